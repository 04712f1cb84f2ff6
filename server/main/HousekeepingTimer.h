// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <condition_variable>
#include <mutex>
#include <thread>

namespace store {
class Clock;
} // namespace store

namespace application {
class Housekeeping;
} // namespace application

namespace cabinet {

// Runs application::Housekeeping (old idempotency records, expired tokens) at start, every hour
// of real time, and whenever the fake clock moves (runNow), so tests see its effect at once.
class HousekeepingTimer
{
public:
    HousekeepingTimer(application::Housekeeping &housekeeping, const store::Clock &clock);
    ~HousekeepingTimer();
    HousekeepingTimer(const HousekeepingTimer &) = delete;
    HousekeepingTimer &operator=(const HousekeepingTimer &) = delete;

    void start();
    void stop();
    // Purges now, on the caller's thread; errors are reported, never thrown (the server goes on).
    void runNow();

private:
    void run();

    application::Housekeeping &m_housekeeping;
    const store::Clock &m_clock;
    std::mutex m_threadMutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace cabinet
