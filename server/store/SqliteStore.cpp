// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteStore.h"

#include "Errors.h"
#include "PostgresStore.h"
#include "Schema.h"

namespace store {

namespace {
// Enough to amortise one fsync over a burst, small enough that the first caller of a batch
// does not wait long behind the others.
constexpr size_t kMaxBatch = 512;
} // namespace

SqliteStore::SqliteStore(std::string path)
    : m_path(std::move(path))
    , m_writeConnection(std::make_unique<SqliteConnection>(m_path))
{
    m_writeConnection->exec("BEGIN IMMEDIATE");
    try {
        migrate(*m_writeConnection, Dialect::Sqlite);
        m_writeConnection->exec("COMMIT");
    } catch (...) {
        m_writeConnection->exec("ROLLBACK");
        throw;
    }
    m_writer = std::thread([this] { writerLoop(); });
}

SqliteStore::~SqliteStore()
{
    stop();
}

void SqliteStore::stop()
{
    {
        const std::lock_guard lock(m_queueMutex);
        if (m_stopping)
            return;
        m_stopping = true;
    }
    m_queueChanged.notify_all();
    if (m_writer.joinable())
        m_writer.join();
}

void SqliteStore::runWrite(const std::function<void(Tx &)> &operation)
{
    PendingWrite pending;
    pending.operation = &operation;
    std::future<void> done = pending.done.get_future();
    {
        const std::lock_guard lock(m_queueMutex);
        if (m_stopping)
            throw StoreError("the store is shutting down");
        m_queue.push_back(&pending);
    }
    m_queueChanged.notify_one();
    done.get();
}

void SqliteStore::writerLoop()
{
    std::vector<PendingWrite *> batch;
    for (;;) {
        {
            std::unique_lock lock(m_queueMutex);
            m_queueChanged.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty())
                return; // stopping, and every queued write is answered
            while (!m_queue.empty() && batch.size() < kMaxBatch) {
                batch.push_back(m_queue.front());
                m_queue.pop_front();
            }
        }
        commitBatch(batch);
        batch.clear();
    }
}

void SqliteStore::commitBatch(std::vector<PendingWrite *> &batch)
{
    SqliteConnection &db = *m_writeConnection;
    std::vector<std::exception_ptr> failures(batch.size());
    try {
        db.execute("BEGIN IMMEDIATE");
        for (size_t i = 0; i < batch.size(); ++i) {
            db.execute("SAVEPOINT operation");
            try {
                (*batch[i]->operation)(db);
                db.execute("RELEASE operation");
            } catch (...) {
                failures[i] = std::current_exception();
                db.execute("ROLLBACK TO operation");
                db.execute("RELEASE operation");
            }
        }
        db.execute("COMMIT");
    } catch (...) {
        // The transaction itself failed (disk full, I/O error): nothing of it is durable,
        // so every operation of the batch fails, including those that had succeeded.
        const std::exception_ptr failure = std::current_exception();
        try {
            db.exec("ROLLBACK");
        } catch (const StoreError &) {
            // SQLite already rolled back on its own.
        }
        for (PendingWrite *pending : batch)
            pending->done.set_exception(failure);
        return;
    }
    for (size_t i = 0; i < batch.size(); ++i) {
        if (failures[i])
            batch[i]->done.set_exception(failures[i]);
        else
            batch[i]->done.set_value();
    }
}

std::unique_ptr<SqliteConnection> SqliteStore::takeReadConnection()
{
    {
        const std::lock_guard lock(m_readPoolMutex);
        if (!m_readPool.empty()) {
            auto connection = std::move(m_readPool.back());
            m_readPool.pop_back();
            return connection;
        }
    }
    return std::make_unique<SqliteConnection>(m_path);
}

void SqliteStore::returnReadConnection(std::unique_ptr<SqliteConnection> connection)
{
    const std::lock_guard lock(m_readPoolMutex);
    m_readPool.push_back(std::move(connection));
}

void SqliteStore::runRead(const std::function<void(Tx &)> &operation)
{
    std::unique_ptr<SqliteConnection> connection = takeReadConnection();
    connection->execute("BEGIN");
    try {
        operation(*connection);
        connection->execute("COMMIT");
    } catch (...) {
        connection->exec("ROLLBACK");
        returnReadConnection(std::move(connection));
        throw;
    }
    returnReadConnection(std::move(connection));
}

std::unique_ptr<Store> openStore(const std::string &url)
{
    const std::string sqlitePrefix = "sqlite:";
    if (url.rfind(sqlitePrefix, 0) == 0 && url.size() > sqlitePrefix.size())
        return std::make_unique<SqliteStore>(url.substr(sqlitePrefix.size()));
    if (url.rfind("postgresql:", 0) == 0 || url.rfind("postgres:", 0) == 0)
        return std::make_unique<PostgresStore>(url);
    throw UnsupportedDatabase("unknown database URL '" + url
                              + "'; use --db sqlite:/path/file.db or --db postgresql://user:password@host:port/dbname");
}

} // namespace store
