// SPDX-License-Identifier: GPL-3.0-or-later
#include "GroupCommitQueue.h"

#include "StoreError.h"

#include <algorithm>

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

void GroupCommitQueue::onCommitted(Listener listener)
{
    const std::lock_guard lock(m_listenerMutex);
    m_committed = std::move(listener);
}

void GroupCommitQueue::run(const Operation &operation)
{
    enqueue(Write{&operation, nullptr});
}

idempotency::StoredAnswer GroupCommitQueue::runCharge(const charges::ChargeCommand &charge)
{
    return enqueue(Write{nullptr, &charge});
}

idempotency::StoredAnswer GroupCommitQueue::enqueue(Write write)
{
    PendingWrite pending;
    pending.write = write;
    std::future<idempotency::StoredAnswer> done = pending.done.get_future();
    {
        const std::lock_guard lock(m_queueMutex);
        if (m_stopping)
            throw StoreError("the store is shutting down");
        m_queue.push_back(&pending);
    }
    m_queueChanged.notify_one();
    return done.get();
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
    std::vector<Write> writes;
    writes.reserve(batch.size());
    for (const PendingWrite *pending : batch)
        writes.push_back(pending->write);
    Committed committed;
    try {
        committed = m_commitBatch(writes);
    } catch (...) {
        const std::exception_ptr failure = std::current_exception();
        for (PendingWrite *pending : batch)
            pending->done.set_exception(failure);
        return;
    }
    if (!committed.eventProjects.empty()) {
        std::sort(committed.eventProjects.begin(), committed.eventProjects.end());
        committed.eventProjects.erase(std::unique(committed.eventProjects.begin(), committed.eventProjects.end()),
                                      committed.eventProjects.end());
        const std::lock_guard lock(m_listenerMutex);
        if (m_committed)
            m_committed(committed.eventProjects);
    }
    std::vector<Outcome> &outcomes = committed.outcomes;
    for (size_t i = 0; i < batch.size(); ++i) {
        if (outcomes[i].failure)
            batch[i]->done.set_exception(outcomes[i].failure);
        else
            batch[i]->done.set_value(std::move(outcomes[i].answer));
    }
}

} // namespace store
