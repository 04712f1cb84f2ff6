// SPDX-License-Identifier: GPL-3.0-or-later
#include "PostgresStore.h"

#include "ChargeBatch.h"
#include "DomainError.h"
#include "Schema.h"

#include <algorithm>
#include <stdexcept>
#include <chrono>
#include <random>
#include <thread>

namespace store {

namespace {

// Read connections per server process (plus the writer's one). A few servers stay well below
// PostgreSQL's default max_connections (100).
constexpr size_t kPoolSize = 16;
// Enough to amortise one commit (fsync) over a burst, small enough that the first caller of a
// batch does not wait long behind the others.
constexpr size_t kMaxBatch = 256;
// A batch aborted by a serialisation conflict with another server runs again; this many
// attempts in all. Every round of a conflict commits at least one of the contenders (one writer
// per server), so this is far above what a handful of servers needs.
constexpr int kMaxAttempts = 100;
// A unique-index conflict (another server inserted the same key concurrently) reruns the batch
// this often; a repeated one is a real duplicate and stays the operation's 409.
constexpr int kMaxConcurrentInsertRetries = 2;
// Migrations of servers starting together run one after another under this advisory lock.
constexpr const char *kMigrationLock = "SELECT pg_advisory_xact_lock(4242610007)";

// Random, growing pauses between attempts, so that the contenders of a conflict do not meet
// again at once.
void backOff(int attempt)
{
    thread_local std::minstd_rand random{std::random_device{}()};
    const int ceilingMs = std::min(20, 1 << std::min(attempt, 5));
    std::uniform_int_distribution<int> pause(0, ceilingMs * 1000);
    std::this_thread::sleep_for(std::chrono::microseconds(pause(random)));
}

} // namespace

PostgresStore::PostgresStore(std::string url)
    : m_url(std::move(url))
{
    try {
        migrateSchema();
        connectWriter();
    } catch (const DatabaseUnreachable &) {
        throw;
    } catch (const StoreError &error) {
        throw StoreError(std::string("cannot migrate the PostgreSQL schema: ") + error.what());
    }
    m_writes = std::make_unique<GroupCommitQueue>(
        kMaxBatch, [this](const Writes &writes) { return commitBatch(writes); });
}

void PostgresStore::connectWriter()
{
    m_writeConnection = std::make_unique<PostgresConnection>(m_url);
    m_writeConnection->lockRowsOnRead();
}

PostgresStore::~PostgresStore()
{
    stop();
}

void PostgresStore::migrateSchema()
{
    std::unique_ptr<PostgresConnection> connection;
    try {
        connection = takeConnection();
    } catch (const StoreError &error) {
        throw DatabaseUnreachable(error.what());
    }
    try {
        connection->exec("BEGIN");
        connection->exec(kMigrationLock);
        migrate(*connection, Dialect::PostgreSql);
        connection->commit();
    } catch (...) {
        rollBack(*connection);
        giveBack(std::move(connection));
        throw;
    }
    giveBack(std::move(connection));
}

void PostgresStore::stop()
{
    m_writes->stop();
    std::vector<std::unique_ptr<PostgresConnection>> closing;
    {
        const std::lock_guard lock(m_poolMutex);
        m_poolClosed = true;
        closing.swap(m_idle);
        m_open -= closing.size();
    }
    m_poolChanged.notify_all();
}

void PostgresStore::runWrite(const std::function<void(Tx &)> &operation)
{
    m_writes->run(operation);
}

void PostgresStore::startCharge(std::shared_ptr<const charges::ChargeCommand> command, ChargeDone done)
{
    m_writes->startCharge(std::move(command), std::move(done));
}

GroupCommitQueue::Committed PostgresStore::commitBatch(const Writes &writes)
{
    Outcomes outcomes(writes.size());
    int concurrentInserts = 0;
    for (int attempt = 1;; ++attempt) {
        // An exception from the attempt means the transaction itself failed (connection lost,
        // disk full): nothing of it is committed, so every operation of the batch fails, those
        // that had succeeded too (GroupCommitQueue).
        const Attempt outcome = attemptBatch(writes, outcomes, concurrentInserts < kMaxConcurrentInsertRetries);
        if (outcome == Attempt::Committed)
            return {std::move(outcomes), m_writeConnection->takeEventProjects()};
        if (outcome == Attempt::ConcurrentInsert)
            ++concurrentInserts;
        if (attempt == kMaxAttempts)
            throw SerializationFailure("PostgreSQL kept aborting the transaction for conflicts with other servers");
        backOff(attempt);
    }
}

PostgresStore::Attempt PostgresStore::attemptBatch(const Writes &writes, Outcomes &outcomes,
                                                   bool retryConcurrentInserts)
{
    if (!m_writeConnection || !m_writeConnection->isUsable())
        connectWriter(); // the server restarted
    PostgresConnection &db = *m_writeConnection;
    std::fill(outcomes.begin(), outcomes.end(), GroupCommitQueue::Outcome{});
    db.resetConflictSeen();
    db.clearNotes(); // an earlier attempt's
    const bool chargesOnly =
        std::all_of(writes.begin(), writes.end(), [](const GroupCommitQueue::Write &write) { return write.charge; });
    try {
        db.executeLater(chargesOnly ? "BEGIN ISOLATION LEVEL READ COMMITTED" : "BEGIN ISOLATION LEVEL SERIALIZABLE");
        for (size_t i = 0; i < writes.size();) {
            size_t end = i + 1;
            if (writes[i].charge) {
                while (end < writes.size() && writes[end].charge)
                    ++end;
                chargeRun(db, writes, i, end, outcomes);
            } else {
                applyInSavepoint(db, writes[i], outcomes[i]);
            }
            i = end;
        }
        if (retryConcurrentInserts && db.conflictSeen()) {
            // A unique index refused a row this snapshot could not see: another server inserted
            // it concurrently. On a new snapshot the operation sees it and takes its "already
            // there" path (e.g. replays the stored answer of an Idempotency-Key, R23).
            rollBack(db);
            return Attempt::ConcurrentInsert;
        }
        db.commit();
        return Attempt::Committed;
    } catch (const SerializationFailure &) {
        rollBack(db);
        return Attempt::Conflicted;
    } catch (const domain::Error &) {
        rollBack(db);
        // The charges' rows go with the COMMIT (executeLater): an Idempotency-Key that another
        // server stored meanwhile fails there. Run again, the batch replays that server's answer.
        if (db.conflictSeen())
            return Attempt::ConcurrentInsert;
        throw;
    } catch (...) {
        rollBack(db);
        throw;
    }
}

void PostgresStore::chargeRun(PostgresConnection &db, const Writes &writes, size_t begin, size_t end,
                              Outcomes &outcomes)
{
    std::vector<const charges::ChargeCommand *> commands;
    for (size_t i = begin; i < end; ++i)
        commands.push_back(writes[i].charge);
    thread_local std::minstd_rand random{std::random_device{}()};
    const int shard = std::uniform_int_distribution<int>(0, kServiceShards - 1)(random);
    std::vector<charges::BatchResult> results = charges::chargeBatch(db, commands, shard);
    for (size_t i = begin; i < end; ++i) {
        charges::BatchResult &result = results[i - begin];
        outcomes[i].failure = result.failure;
        if (result.answer)
            outcomes[i].answer = std::move(*result.answer);
    }
}

void PostgresStore::applyInSavepoint(PostgresConnection &db, const GroupCommitQueue::Write &write,
                                     GroupCommitQueue::Outcome &outcome)
{
    db.exec("SAVEPOINT operation");
    try {
        (*write.operation)(db);
        db.exec("RELEASE operation");
    } catch (const SerializationFailure &) {
        throw; // the whole transaction is doomed, not only this operation
    } catch (...) {
        outcome.failure = std::current_exception();
        db.knownWatches().clear(); // the rollback may undo what the hook wrote (Tx::knownWatches)
        db.exec("ROLLBACK TO operation");
        db.exec("RELEASE operation");
    }
}

void PostgresStore::rollBack(PostgresConnection &connection)
{
    try {
        connection.rollback();
    } catch (const StoreError &) {
        // The connection is gone, and the transaction with it.
    }
}

std::unique_ptr<PostgresConnection> PostgresStore::takeConnection()
{
    {
        std::unique_lock lock(m_poolMutex);
        m_poolChanged.wait(lock, [this] { return m_poolClosed || !m_idle.empty() || m_open < kPoolSize; });
        if (m_poolClosed)
            throw StoreError("the store is shutting down");
        if (!m_idle.empty()) {
            auto connection = std::move(m_idle.back());
            m_idle.pop_back();
            return connection;
        }
        ++m_open;
    }
    try {
        return std::make_unique<PostgresConnection>(m_url);
    } catch (...) {
        {
            const std::lock_guard lock(m_poolMutex);
            --m_open;
        }
        m_poolChanged.notify_one();
        throw;
    }
}

void PostgresStore::giveBack(std::unique_ptr<PostgresConnection> connection)
{
    {
        const std::lock_guard lock(m_poolMutex);
        if (!m_poolClosed && connection->isUsable()) {
            m_idle.push_back(std::move(connection));
        } else {
            --m_open;
        }
    }
    m_poolChanged.notify_one();
    // A connection that is not kept closes here, outside the lock.
}

void PostgresStore::runRead(const std::function<void(Tx &)> &operation)
{
    read(operation, true);
}

void PostgresStore::runSingleRead(const std::function<void(Tx &)> &operation)
{
    read(operation, false);
}

void PostgresStore::read(const std::function<void(Tx &)> &operation, bool inTransaction)
{
    for (int attempt = 1;; ++attempt) {
        std::unique_ptr<PostgresConnection> connection = takeConnection();
        const std::int64_t done = connection->statementsDone();
        try {
            if (inTransaction) {
                // BEGIN goes with the read's first statement: one round trip less per read.
                connection->executeLater("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
                operation(*connection);
                connection->commitWithoutWaiting();
            } else {
                operation(*connection);
                // Each statement was its own snapshot: only one may have run.
                if (connection->statementsDone() - done != 1)
                    throw std::logic_error("a single-statement read ran another number of statements");
            }
        } catch (const StoreError &) {
            // A pooled connection the server closed meanwhile (restart, idle timeout), found by
            // the read's first statement: nothing reached the operation, so the read may go to a
            // new connection, once.
            const bool retry = !connection->isUsable() && connection->statementsDone() == done && attempt == 1;
            rollBack(*connection);
            giveBack(std::move(connection));
            if (retry)
                continue;
            throw;
        } catch (...) {
            rollBack(*connection);
            giveBack(std::move(connection));
            throw;
        }
        giveBack(std::move(connection));
        return;
    }
}

void PostgresStore::onCommitted(CommitListener listener)
{
    m_writes->onCommitted(std::move(listener));
}

} // namespace store
