// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GroupCommitQueue.h"
#include "SqliteConnection.h"
#include "Store.h"

#include <exception>
#include <mutex>
#include <vector>

namespace store {

// SQLite backend. One writer thread owns the write connection and applies the queued operations
// with group commit: BEGIN IMMEDIATE, one SAVEPOINT per operation (a failed one rolls back
// alone), one COMMIT with synchronous=FULL, then every waiting caller gets its answer. The single
// writer serialises money movements, so no two operations can spend the same funds (R21), and a
// burst of requests costs one fsync instead of one each.
class SqliteStore final : public Store
{
public:
    explicit SqliteStore(std::string path);
    ~SqliteStore() override;

    void runWrite(const std::function<void(Tx &)> &operation) override;
    void runRead(const std::function<void(Tx &)> &operation) override;
    void stop() override;
    void startCharge(std::shared_ptr<const charges::ChargeCommand> command, ChargeDone done) override;
    void onCommitted(CommitListener listener) override;

private:
    GroupCommitQueue::Committed commitBatch(const std::vector<GroupCommitQueue::Write> &writes);
    std::unique_ptr<SqliteConnection> takeReadConnection();
    void returnReadConnection(std::unique_ptr<SqliteConnection> connection);

    std::string m_path;
    std::unique_ptr<SqliteConnection> m_writeConnection; // the writer thread's only
    std::unique_ptr<GroupCommitQueue> m_writes;

    std::mutex m_readPoolMutex;
    std::vector<std::unique_ptr<SqliteConnection>> m_readPool;
};

} // namespace store
