// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Sql.h"

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <future>
#include <mutex>
#include <thread>
#include <vector>

namespace store {

// The write side shared by SqliteStore and PostgresStore: callers queue operations, one writer
// thread takes everything queued (up to a batch limit) and hands it to the backend, which runs
// the batch as one transaction with a savepoint per operation; then every waiting caller gets
// its own answer. A burst of writes thus costs one commit (one fsync) instead of one each.
class GroupCommitQueue
{
public:
    using Operation = std::function<void(Tx &)>;
    // Runs the operations of one batch in one transaction and returns one entry per operation:
    // null when it succeeded, else what it threw (its savepoint alone rolled back). Throws when
    // the transaction itself failed; then nothing of the batch is committed and every operation
    // of it fails with that exception.
    using BatchCommitter = std::function<std::vector<std::exception_ptr>(const std::vector<const Operation *> &)>;

    // Starts the writer thread.
    GroupCommitQueue(size_t maxBatch, BatchCommitter commitBatch);
    ~GroupCommitQueue();
    GroupCommitQueue(const GroupCommitQueue &) = delete;
    GroupCommitQueue &operator=(const GroupCommitQueue &) = delete;

    // Queues `operation` and returns once its batch is committed; rethrows what it threw.
    // Throws StoreError once the queue is stopping.
    void run(const Operation &operation);
    // Answers every write queued so far, then stops the writer; later writes throw.
    void stop();

private:
    struct PendingWrite
    {
        const Operation *operation = nullptr;
        std::promise<void> done;
    };

    void writerLoop();
    void commit(const std::vector<PendingWrite *> &batch);

    const size_t m_maxBatch;
    const BatchCommitter m_commitBatch;
    std::mutex m_queueMutex;
    std::condition_variable m_queueChanged;
    std::deque<PendingWrite *> m_queue;
    bool m_stopping = false;
    std::thread m_writer; // last: starts once everything above exists
};

} // namespace store
