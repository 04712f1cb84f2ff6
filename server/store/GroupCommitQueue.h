// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IdempotencyOps.h"
#include "Sql.h"
#include "Store.h"

#include <condition_variable>
#include <cstdint>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace store {

namespace charges {
struct ChargeCommand;
}

// The write side shared by SqliteStore and PostgresStore: callers queue operations, one writer
// thread takes everything queued (up to a batch limit) and hands it to the backend, which runs
// the batch as one transaction with a savepoint per operation; then every caller gets its own
// answer. A burst of writes thus costs one commit (one fsync) instead of one each. The answers
// go out from a second thread, one hand-over per batch, while the writer starts the next batch:
// the writer is the one thread every write waits for.
class GroupCommitQueue
{
public:
    using Operation = std::function<void(Tx &)>;
    // One queued write: an operation, or a charge that a backend may run set-based with the other
    // charges of its batch (ChargeBatch.h).
    struct Write
    {
        const Operation *operation = nullptr;
        const charges::ChargeCommand *charge = nullptr;
    };
    // A write's result: what it threw (its savepoint alone rolled back), or for a charge its answer.
    struct Outcome
    {
        std::exception_ptr failure;
        idempotency::StoredAnswer answer;
    };
    // What a committed batch did: one Outcome per write, and the projects whose event feed it
    // appended to (Tx::noteEvent; repeats allowed).
    struct Committed
    {
        std::vector<Outcome> outcomes;
        std::vector<std::int64_t> eventProjects;
    };
    // Runs the writes of one batch in one transaction. Throws when the transaction itself failed;
    // then nothing of the batch is committed and every write of it fails with that exception.
    using BatchCommitter = std::function<Committed(const std::vector<Write> &)>;
    using Listener = std::function<void(const std::vector<std::int64_t> &)>;

    // Starts the writer thread.
    GroupCommitQueue(size_t maxBatch, BatchCommitter commitBatch);
    ~GroupCommitQueue();
    GroupCommitQueue(const GroupCommitQueue &) = delete;
    GroupCommitQueue &operator=(const GroupCommitQueue &) = delete;

    // Queues `operation` and returns once its batch is committed; rethrows what it threw.
    // Throws StoreError once the queue is stopping.
    void run(const Operation &operation);
    // Queues a charge and returns at once, holding no thread while it waits (Store::startCharge):
    // `done` runs on the answering thread once its batch is committed (or has failed), and must
    // neither wait for the store nor throw (that thread would stop). Throws StoreError once the
    // queue is stopping.
    void startCharge(std::shared_ptr<const charges::ChargeCommand> charge, Store::ChargeDone done);
    // Answers every write queued so far, then stops the writer; later writes throw.
    void stop();
    // Runs `listener` on the writer thread after each committed batch that appended events, with
    // their projects (Store::onCommitted). A batch without events (most charge batches) calls
    // nothing and takes no lock for it.
    void onCommitted(Listener listener);

private:
    struct PendingWrite
    {
        Write write;
        std::shared_ptr<const charges::ChargeCommand> charge; // kept alive while queued
        std::function<void(Outcome &&)> done;
    };

    using Batch = std::vector<std::unique_ptr<PendingWrite>>;
    // A committed (or failed) batch and its outcomes, on their way to the answering thread.
    struct Finished
    {
        Batch batch;
        std::vector<Outcome> outcomes;
    };

    void enqueue(std::unique_ptr<PendingWrite> pending);

    void writerLoop();
    void commit(Batch batch);
    void hand(Finished finished);
    void answererLoop();

    const size_t m_maxBatch;
    const BatchCommitter m_commitBatch;
    std::mutex m_queueMutex;
    std::condition_variable m_queueChanged;
    std::deque<std::unique_ptr<PendingWrite>> m_queue;
    bool m_stopping = false;
    std::mutex m_listenerMutex;
    Listener m_committed;
    std::mutex m_finishedMutex;
    std::condition_variable m_finishedChanged;
    std::deque<Finished> m_finished;
    bool m_writerDone = false;
    std::thread m_answerer; // last two: start once everything above exists
    std::thread m_writer;
};

} // namespace store
