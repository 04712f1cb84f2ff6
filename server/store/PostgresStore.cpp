// SPDX-License-Identifier: GPL-3.0-or-later
#include "PostgresStore.h"

#include "Schema.h"

#include <chrono>
#include <random>
#include <thread>

namespace store {

namespace {

// Connections per server process. Writes to one hot account serialise in PostgreSQL anyway;
// more connections than this only add aborted-and-retried transactions. Two or three servers
// stay well below PostgreSQL's default max_connections (100).
constexpr size_t kPoolSize = 16;
// A transaction aborted by a serialisation conflict runs again; this many attempts in all.
// Every round of a conflict commits at least one of the contenders, so this is far above what
// the number of concurrent writers (servers x kPoolSize) needs.
constexpr int kMaxAttempts = 100;
// A unique-index conflict is retried this often: the first one is usually another server's
// concurrent insert (seen on a fresh snapshot), a repeated one is a real duplicate.
constexpr int kMaxUniqueConflictRetries = 2;
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
    } catch (const DatabaseUnreachable &) {
        throw;
    } catch (const StoreError &error) {
        throw StoreError(std::string("cannot migrate the PostgreSQL schema: ") + error.what());
    }
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
        rollBackAndGiveBack(std::move(connection));
        throw;
    }
    giveBack(std::move(connection));
}

void PostgresStore::stop()
{
    std::vector<std::unique_ptr<PostgresConnection>> closing;
    {
        const std::lock_guard lock(m_poolMutex);
        m_stopped = true;
        closing.swap(m_idle);
        m_open -= closing.size();
    }
    m_poolChanged.notify_all();
}

std::unique_ptr<PostgresConnection> PostgresStore::takeConnection()
{
    {
        std::unique_lock lock(m_poolMutex);
        m_poolChanged.wait(lock, [this] { return m_stopped || !m_idle.empty() || m_open < kPoolSize; });
        if (m_stopped)
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
        if (!m_stopped && connection->isUsable()) {
            m_idle.push_back(std::move(connection));
        } else {
            --m_open;
        }
    }
    m_poolChanged.notify_one();
    // A connection that is not kept closes here, outside the lock.
}

void PostgresStore::runWrite(const std::function<void(Tx &)> &operation)
{
    int uniqueConflictRetries = 0;
    for (int attempt = 1;; ++attempt) {
        const Retries allowed{attempt < kMaxAttempts, uniqueConflictRetries < kMaxUniqueConflictRetries};
        switch (attemptWrite(operation, allowed)) {
        case Outcome::Committed:
            return;
        case Outcome::UniqueConflict:
            ++uniqueConflictRetries;
            break;
        case Outcome::Conflicted:
            break;
        }
        backOff(attempt);
    }
}

PostgresStore::Outcome PostgresStore::attemptWrite(const std::function<void(Tx &)> &operation, Retries allowed)
{
    std::unique_ptr<PostgresConnection> connection = takeConnection();
    connection->resetConflictSeen();
    try {
        connection->exec("BEGIN ISOLATION LEVEL SERIALIZABLE");
    } catch (const StoreError &) {
        // A pooled connection the server closed meanwhile (restart, idle timeout): nothing ran
        // yet, so try again on a new one.
        const bool stale = !connection->isUsable();
        giveBack(std::move(connection));
        if (stale && allowed.serialization)
            return Outcome::Conflicted;
        throw;
    }
    try {
        operation(*connection);
        connection->commit();
    } catch (const SerializationFailure &) {
        rollBackAndGiveBack(std::move(connection));
        if (!allowed.serialization)
            throw;
        return Outcome::Conflicted;
    } catch (const ApiError &error) {
        // A unique index refused a row this snapshot could not see: another server inserted
        // it concurrently. On a new snapshot the operation sees it and takes its "already
        // there" path (e.g. replays the stored answer of an Idempotency-Key, R23).
        const bool concurrentInsert = error.code() == ErrorCode::Conflict && connection->conflictSeen();
        rollBackAndGiveBack(std::move(connection));
        if (!concurrentInsert || !allowed.uniqueConflict || !allowed.serialization)
            throw;
        return Outcome::UniqueConflict;
    } catch (...) {
        rollBackAndGiveBack(std::move(connection));
        throw;
    }
    giveBack(std::move(connection));
    return Outcome::Committed;
}

void PostgresStore::rollBackAndGiveBack(std::unique_ptr<PostgresConnection> connection)
{
    try {
        connection->exec("ROLLBACK");
    } catch (const StoreError &) {
        // The connection is gone; giveBack drops it.
    }
    giveBack(std::move(connection));
}

void PostgresStore::runRead(const std::function<void(Tx &)> &operation)
{
    std::unique_ptr<PostgresConnection> connection = takeConnection();
    try {
        connection->exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
        operation(*connection);
        connection->exec("COMMIT");
    } catch (...) {
        rollBackAndGiveBack(std::move(connection));
        throw;
    }
    giveBack(std::move(connection));
}

} // namespace store
