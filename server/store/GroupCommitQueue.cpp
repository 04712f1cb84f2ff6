// SPDX-License-Identifier: GPL-3.0-or-later
#include "GroupCommitQueue.h"

#include "StoreError.h"

#include <algorithm>
#include <future>

namespace store {

GroupCommitQueue::GroupCommitQueue(size_t maxBatch, BatchCommitter commitBatch)
    : m_maxBatch(maxBatch)
    , m_commitBatch(std::move(commitBatch))
    , m_answerer([this] { answererLoop(); })
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
    {
        const std::lock_guard lock(m_finishedMutex);
        m_writerDone = true;
    }
    m_finishedChanged.notify_all();
    if (m_answerer.joinable())
        m_answerer.join();
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

void GroupCommitQueue::startCharge(std::shared_ptr<const charges::ChargeCommand> charge, Store::ChargeDone done)
{
    auto pending = std::make_unique<PendingWrite>();
    pending->write = Write{nullptr, charge.get()};
    pending->charge = std::move(charge);
    pending->done = [done = std::move(done)](Outcome &&outcome) { done(outcome.failure, std::move(outcome.answer)); };
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
    for (;;) {
        Batch batch;
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
        commit(std::move(batch));
    }
}

void GroupCommitQueue::commit(Batch batch)
{
    std::vector<Write> writes;
    writes.reserve(batch.size());
    for (const auto &pending : batch)
        writes.push_back(pending->write);
    Committed committed;
    try {
        committed = m_commitBatch(writes);
    } catch (...) {
        hand(Finished{std::move(batch), std::vector<Outcome>(writes.size(), Outcome{std::current_exception(), {}})});
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
    hand(Finished{std::move(batch), std::move(committed.outcomes)});
}

void GroupCommitQueue::hand(Finished finished)
{
    {
        const std::lock_guard lock(m_finishedMutex);
        m_finished.push_back(std::move(finished));
    }
    m_finishedChanged.notify_one();
}

void GroupCommitQueue::answererLoop()
{
    std::deque<Finished> taken;
    for (;;) {
        {
            std::unique_lock lock(m_finishedMutex);
            m_finishedChanged.wait(lock, [this] { return m_writerDone || !m_finished.empty(); });
            if (m_finished.empty())
                return; // the writer has stopped and every batch is answered
            taken.swap(m_finished);
        }
        for (Finished &finished : taken) {
            for (size_t i = 0; i < finished.batch.size(); ++i)
                finished.batch[i]->done(std::move(finished.outcomes[i]));
        }
        taken.clear();
    }
}

} // namespace store
