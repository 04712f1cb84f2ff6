// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkQueue.h"

#include <cstdio>
#include <exception>

namespace http {

WorkQueue::WorkQueue(std::string name, size_t threads, size_t maxQueued)
    : m_name(std::move(name))
    , m_maxQueued(maxQueued)
{
    m_threads.reserve(threads);
    for (size_t i = 0; i < threads; ++i)
        m_threads.emplace_back([this] { run(); });
}

WorkQueue::~WorkQueue()
{
    stop();
}

bool WorkQueue::tryPost(std::function<void()> task)
{
    {
        const std::lock_guard lock(m_mutex);
        if (m_stopping || m_tasks.size() >= m_maxQueued)
            return false;
        m_tasks.push_back(std::move(task));
    }
    m_ready.notify_one();
    return true;
}

void WorkQueue::stop()
{
    {
        const std::lock_guard lock(m_mutex);
        if (m_stopping && m_threads.empty())
            return;
        m_stopping = true;
    }
    m_ready.notify_all();
    for (std::thread &thread : m_threads) {
        if (thread.joinable())
            thread.join();
    }
    m_threads.clear();
}

void WorkQueue::run()
{
    for (;;) {
        std::function<void()> task;
        {
            std::unique_lock lock(m_mutex);
            m_ready.wait(lock, [this] { return m_stopping || !m_tasks.empty(); });
            if (m_tasks.empty())
                return;
            task = std::move(m_tasks.front());
            m_tasks.pop_front();
        }
        try {
            task();
        } catch (const std::exception &error) {
            // Tasks answer their own errors; one that escapes is a bug, not a reason to lose a thread.
            std::fprintf(stderr, "cabinet-server: %s task failed: %s\n", m_name.c_str(), error.what());
        }
    }
}

} // namespace http
