// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <condition_variable>
#include <mutex>
#include <thread>

namespace store {
class Clock;
} // namespace store

namespace application {
class CreditExpiry;
} // namespace application

namespace cabinet {

// R17: credits expire at their due time without anyone calling a route. A thread sleeps until
// the earliest due time by the server clock and runs application::CreditExpiry then; the use
// case wakes it when a grant brings the next due time closer.
class CreditExpiryTimer
{
public:
    CreditExpiryTimer(application::CreditExpiry &expiry, const store::Clock &clock);
    ~CreditExpiryTimer();
    CreditExpiryTimer(const CreditExpiryTimer &) = delete;
    CreditExpiryTimer &operator=(const CreditExpiryTimer &) = delete;

    // Runs what fell due while the server was down, then starts the thread.
    void start();
    void stop();
    // Something may have come due sooner (a grant, the fake clock): re-arm.
    void wake();

private:
    void run();

    application::CreditExpiry &m_expiry;
    const store::Clock &m_clock;
    std::mutex m_threadMutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace cabinet
