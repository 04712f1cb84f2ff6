// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GroupCommitQueue.h"
#include "PostgresConnection.h"
#include "Store.h"

#include <condition_variable>
#include <exception>
#include <mutex>
#include <vector>

namespace store {

// The PostgreSQL server named by the URL cannot be reached or refuses the login: the same kind
// of start-up failure as an unknown URL (cabinet-server exits with code 2).
class DatabaseUnreachable : public UnsupportedDatabase
{
public:
    using UnsupportedDatabase::UnsupportedDatabase;
};

// PostgreSQL backend, for several stateless cabinet-server processes on one database.
//
// Writes: one writer thread per process owns the write connection and applies the queued
// operations with group commit, as SqliteStore does: one transaction at SERIALIZABLE isolation,
// a SAVEPOINT per operation (a refused one rolls back alone), one COMMIT (one fsync) for the
// batch. Charges (startCharge) run set-based, a few statements for all charges of a batch
// (charges::chargeBatch), with the rows they change locked in id order; a batch of charges alone
// runs at READ COMMITTED, since its locks, not snapshot checks, keep what it read true, so
// servers charging the same project queue on the rows instead of aborting each other. Every
// other operation locks the account rows it reads too (Tx::rowLock), so the two kinds of batch
// order correctly against each other. Across processes, SERIALIZABLE keeps true whatever a batch read (balances, idempotency
// rows, credit and withdrawal status) until it commits; otherwise PostgreSQL aborts one of the
// conflicting transactions (SQLSTATE 40001/40P01) and that batch runs again from the start on a
// fresh snapshot. So servers never spend the same funds twice (R17, R21), and the second writer
// of an Idempotency-Key finds the first one's row and replays its answer (R23).
// Reads run on pooled connections in READ ONLY REPEATABLE READ transactions (one snapshot each).
// Every connection caches its prepared statements.
class PostgresStore final : public Store
{
public:
    // Connects (throws DatabaseUnreachable when it cannot) and migrates the schema; servers
    // starting together migrate one after another under an advisory lock.
    explicit PostgresStore(std::string url);
    ~PostgresStore() override;

    void runWrite(const std::function<void(Tx &)> &operation) override;
    void runRead(const std::function<void(Tx &)> &operation) override;
    void runSingleRead(const std::function<void(Tx &)> &operation) override;
    void stop() override;
    void startCharge(std::shared_ptr<const charges::ChargeCommand> command, ChargeDone done) override;
    void onCommitted(CommitListener listener) override;

private:
    using Writes = std::vector<GroupCommitQueue::Write>;
    using Outcomes = std::vector<GroupCommitQueue::Outcome>;
    enum class Attempt { Committed, Conflicted, ConcurrentInsert };

    void migrateSchema();
    // A read on a pooled connection, in a REPEATABLE READ snapshot or as one bare statement.
    void read(const std::function<void(Tx &)> &operation, bool inTransaction);
    GroupCommitQueue::Committed commitBatch(const Writes &writes);
    Attempt attemptBatch(const Writes &writes, Outcomes &outcomes, bool retryConcurrentInserts);
    // Runs writes[begin, end) (all charges) set-based into outcomes.
    void chargeRun(PostgresConnection &db, const Writes &writes, size_t begin, size_t end, Outcomes &outcomes);
    void applyInSavepoint(PostgresConnection &db, const GroupCommitQueue::Write &write,
                          GroupCommitQueue::Outcome &outcome);
    void connectWriter();
    std::unique_ptr<PostgresConnection> takeConnection();
    void giveBack(std::unique_ptr<PostgresConnection> connection);
    static void rollBack(PostgresConnection &connection);

    std::string m_url;

    std::unique_ptr<PostgresConnection> m_writeConnection; // the writer thread's only
    std::unique_ptr<GroupCommitQueue> m_writes;

    std::mutex m_poolMutex;
    std::condition_variable m_poolChanged;
    std::vector<std::unique_ptr<PostgresConnection>> m_idle;
    size_t m_open = 0; // read connections in use or idle
    bool m_poolClosed = false;
};

} // namespace store
