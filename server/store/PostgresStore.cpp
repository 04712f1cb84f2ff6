// SPDX-License-Identifier: GPL-3.0-or-later
#include "PostgresStore.h"

#include "Schema.h"

#include <algorithm>
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
        m_writeConnection = std::make_unique<PostgresConnection>(m_url);
    } catch (const DatabaseUnreachable &) {
        throw;
    } catch (const StoreError &error) {
        throw StoreError(std::string("cannot migrate the PostgreSQL schema: ") + error.what());
    }
    m_writes = std::make_unique<GroupCommitQueue>(
        kMaxBatch, [this](const Operations &operations) { return commitBatch(operations); });
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

std::vector<std::exception_ptr> PostgresStore::commitBatch(const Operations &operations)
{
    std::vector<std::exception_ptr> failures(operations.size());
    int concurrentInserts = 0;
    for (int attempt = 1;; ++attempt) {
        // An exception from the attempt means the transaction itself failed (connection lost,
        // disk full): nothing of it is committed, so every operation of the batch fails, those
        // that had succeeded too (GroupCommitQueue).
        const Attempt outcome = attemptBatch(operations, failures, concurrentInserts < kMaxConcurrentInsertRetries);
        if (outcome == Attempt::Committed)
            return failures;
        if (outcome == Attempt::ConcurrentInsert)
            ++concurrentInserts;
        if (attempt == kMaxAttempts)
            throw SerializationFailure("PostgreSQL kept aborting the transaction for conflicts with other servers");
        backOff(attempt);
    }
}

PostgresStore::Attempt PostgresStore::attemptBatch(const Operations &operations,
                                                   std::vector<std::exception_ptr> &failures,
                                                   bool retryConcurrentInserts)
{
    if (!m_writeConnection || !m_writeConnection->isUsable())
        m_writeConnection = std::make_unique<PostgresConnection>(m_url); // the server restarted
    PostgresConnection &db = *m_writeConnection;
    std::fill(failures.begin(), failures.end(), nullptr);
    db.resetConflictSeen();
    try {
        db.exec("BEGIN ISOLATION LEVEL SERIALIZABLE");
        for (size_t i = 0; i < operations.size(); ++i) {
            db.exec("SAVEPOINT operation");
            try {
                (*operations[i])(db);
                db.exec("RELEASE operation");
            } catch (const SerializationFailure &) {
                throw; // the whole transaction is doomed, not only this operation
            } catch (...) {
                failures[i] = std::current_exception();
                db.exec("ROLLBACK TO operation");
                db.exec("RELEASE operation");
            }
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
    } catch (...) {
        rollBack(db);
        throw;
    }
}

void PostgresStore::rollBack(PostgresConnection &connection)
{
    try {
        connection.exec("ROLLBACK");
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
    std::unique_ptr<PostgresConnection> connection;
    for (int attempt = 1;; ++attempt) {
        connection = takeConnection();
        try {
            connection->exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
            break;
        } catch (const StoreError &) {
            // A pooled connection the server closed meanwhile (restart, idle timeout): nothing
            // ran yet, so the read may go to a new connection, once.
            const bool stale = !connection->isUsable();
            giveBack(std::move(connection));
            if (!stale || attempt > 1)
                throw;
        }
    }
    try {
        operation(*connection);
        connection->exec("COMMIT");
    } catch (...) {
        rollBack(*connection);
        giveBack(std::move(connection));
        throw;
    }
    giveBack(std::move(connection));
}

} // namespace store
