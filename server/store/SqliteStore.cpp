// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteStore.h"

#include "StoreError.h"
#include "PostgresStore.h"
#include "ChargeBatch.h"
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
    // Foreign keys off while migrating (SQLite's procedure for rebuilding a table that others
    // reference, migration 8); outside a transaction, where the pragma takes effect. Checked after
    // a migration ran; otherwise the enforced keys held all along, and the full check reads every
    // row of every table (seconds on a large ledger) at each start.
    m_writeConnection->exec("PRAGMA foreign_keys=OFF");
    m_writeConnection->exec("BEGIN IMMEDIATE");
    try {
        const bool versioned = m_writeConnection
                                   ->queryInteger("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'"
                                                  " AND name = 'schema_version'",
                                                  {})
                                   .value_or(0)
            > 0;
        const std::int64_t before =
            versioned ? m_writeConnection->queryInteger("SELECT MAX(version) FROM schema_version", {}).value_or(0) : 0;
        if (migrate(*m_writeConnection, Dialect::Sqlite) != before) {
            bool violated = false;
            m_writeConnection->query("PRAGMA foreign_key_check", {}, [&](const SqlRow &) { violated = true; });
            if (violated)
                throw StoreError("the schema migration left rows that break a foreign key");
        }
        m_writeConnection->exec("COMMIT");
    } catch (...) {
        m_writeConnection->exec("ROLLBACK");
        m_writeConnection->exec("PRAGMA foreign_keys=ON");
        throw;
    }
    m_writeConnection->exec("PRAGMA foreign_keys=ON");
    m_writes = std::make_unique<GroupCommitQueue>(
        kMaxBatch, [this](const std::vector<GroupCommitQueue::Write> &writes) { return commitBatch(writes); });
}

SqliteStore::~SqliteStore()
{
    stop();
}

void SqliteStore::stop()
{
    m_writes->stop();
}

void SqliteStore::runWrite(const std::function<void(Tx &)> &operation)
{
    m_writes->run(operation);
}

void SqliteStore::startCharge(std::shared_ptr<const charges::ChargeCommand> command, ChargeDone done)
{
    m_writes->startCharge(std::move(command), std::move(done));
}

GroupCommitQueue::Committed SqliteStore::commitBatch(const std::vector<GroupCommitQueue::Write> &writes)
{
    SqliteConnection &db = *m_writeConnection;
    std::vector<GroupCommitQueue::Outcome> outcomes(writes.size());
    db.clearNotes(); // a failed batch's
    try {
        db.execute("BEGIN IMMEDIATE");
        for (size_t i = 0; i < writes.size(); ++i) {
            db.execute("SAVEPOINT operation");
            try {
                // In-process statements cost no round trip: a charge runs as one operation.
                if (writes[i].charge)
                    outcomes[i].answer = charges::chargeOnce(db, *writes[i].charge);
                else
                    (*writes[i].operation)(db);
                db.execute("RELEASE operation");
            } catch (...) {
                outcomes[i].failure = std::current_exception();
                db.knownWatches().clear(); // the rollback may undo what the hook wrote (Tx::knownWatches)
                db.execute("ROLLBACK TO operation");
                db.execute("RELEASE operation");
            }
        }
        db.execute("COMMIT");
    } catch (...) {
        // The transaction itself failed (disk full, I/O error): nothing of it is durable,
        // so every operation of the batch fails (GroupCommitQueue), including those that had
        // succeeded.
        try {
            db.exec("ROLLBACK");
        } catch (const StoreError &) {
            // SQLite already rolled back on its own.
        }
        throw;
    }
    return {std::move(outcomes), db.takeEventProjects()};
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

void SqliteStore::onCommitted(CommitListener listener)
{
    m_writes->onCommitted(std::move(listener));
}

} // namespace store
