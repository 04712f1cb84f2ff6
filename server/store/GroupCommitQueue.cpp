// SPDX-License-Identifier: GPL-3.0-or-later
#include "GroupCommitQueue.h"

#include "StoreError.h"

namespace store {

GroupCommitQueue::GroupCommitQueue(size_t maxBatch, BatchCommitter commitBatch)
    : m_maxBatch(maxBatch)
    , m_commitBatch(std::move(commitBatch))
    , m_writer([this] { writerLoop(); })
{
}

GroupCommitQueue::~GroupCommitQueue()
{
    stop();
}

void GroupCommitQueue::stop()
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

void GroupCommitQueue::run(const Operation &operation)
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

void GroupCommitQueue::writerLoop()
{
    std::vector<PendingWrite *> batch;
    for (;;) {
        {
            std::unique_lock lock(m_queueMutex);
            m_queueChanged.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty())
                return; // stopping, and every queued write is answered
            while (!m_queue.empty() && batch.size() < m_maxBatch) {
                batch.push_back(m_queue.front());
                m_queue.pop_front();
            }
        }
        commit(batch);
        batch.clear();
    }
}

void GroupCommitQueue::commit(const std::vector<PendingWrite *> &batch)
{
    std::vector<const Operation *> operations;
    operations.reserve(batch.size());
    for (const PendingWrite *pending : batch)
        operations.push_back(pending->operation);
    std::vector<std::exception_ptr> failures;
    try {
        failures = m_commitBatch(operations);
    } catch (...) {
        const std::exception_ptr failure = std::current_exception();
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

} // namespace store
