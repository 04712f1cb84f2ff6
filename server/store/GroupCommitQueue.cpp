// SPDX-License-Identifier: GPL-3.0-or-later
#include "GroupCommitQueue.h"

#include "StoreError.h"

#include <algorithm>
#include <future>

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
    // The caller waits here, so its own frame holds the result until `done` has set it.
    std::promise<void> committed;
    std::future<void> done = committed.get_future();
    auto pending = std::make_unique<PendingWrite>();
    pending->write = Write{&operation, nullptr};
    pending->done = [&committed](Outcome &&outcome) {
        if (outcome.failure)
            committed.set_exception(outcome.failure);
        else
            committed.set_value();
    };
    enqueue(std::move(pending));
    done.get();
}

void GroupCommitQueue::startCharge(std::shared_ptr<const charges::ChargeCommand> charge, Done done)
{
    auto pending = std::make_unique<PendingWrite>();
    pending->write = Write{nullptr, charge.get()};
    pending->charge = std::move(charge);
    pending->done = std::move(done);
    enqueue(std::move(pending));
}

void GroupCommitQueue::enqueue(std::unique_ptr<PendingWrite> pending)
{
    {
        const std::lock_guard lock(m_queueMutex);
        if (m_stopping)
            throw StoreError("the store is shutting down");
        m_queue.push_back(std::move(pending));
    }
    m_queueChanged.notify_one();
}

void GroupCommitQueue::writerLoop()
{
    std::vector<std::unique_ptr<PendingWrite>> batch;
    for (;;) {
        {
            std::unique_lock lock(m_queueMutex);
            m_queueChanged.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty())
                return; // stopping, and every queued write is answered
            while (!m_queue.empty() && batch.size() < m_maxBatch) {
                batch.push_back(std::move(m_queue.front()));
                m_queue.pop_front();
            }
        }
        commit(batch);
        batch.clear();
    }
}

void GroupCommitQueue::commit(std::vector<std::unique_ptr<PendingWrite>> &batch)
{
    std::vector<Write> writes;
    writes.reserve(batch.size());
    for (const auto &pending : batch)
        writes.push_back(pending->write);
    Committed committed;
    try {
        committed = m_commitBatch(writes);
    } catch (...) {
        const std::exception_ptr failure = std::current_exception();
        for (const auto &pending : batch)
            pending->done(Outcome{failure, {}});
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
    for (size_t i = 0; i < batch.size(); ++i)
        batch[i]->done(std::move(committed.outcomes[i]));
}

} // namespace store
