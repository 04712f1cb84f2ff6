// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace http {

// A fixed set of threads with a bounded queue. The front's event loop never blocks: work that
// may wait (the store, password hashing) runs here, and when the queue is full the caller is
// told at once so it can answer 503 instead of piling requests up in memory (R35).
class WorkQueue
{
public:
    WorkQueue(std::string name, size_t threads, size_t maxQueued);
    ~WorkQueue();
    WorkQueue(const WorkQueue &) = delete;
    WorkQueue &operator=(const WorkQueue &) = delete;

    // False when the queue already holds maxQueued tasks or is stopping; the task is dropped.
    [[nodiscard]] bool tryPost(std::function<void()> task);
    // Runs what is queued, then joins the threads.
    void stop();

private:
    void run();

    std::string m_name;
    size_t m_maxQueued;
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::deque<std::function<void()>> m_tasks;
    bool m_stopping = false;
    std::vector<std::thread> m_threads;
};

} // namespace http
