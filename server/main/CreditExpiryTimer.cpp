// SPDX-License-Identifier: GPL-3.0-or-later
#include "CreditExpiryTimer.h"

#include "Clock.h"
#include "CreditExpiry.h"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>

namespace cabinet {

namespace {
// The thread re-reads the due time from the database at least this often, whatever happens to
// notifications: other servers on the same PostgreSQL database grant credits this one never hears of.
constexpr std::int64_t kMaxSleepSeconds = 5;
} // namespace

CreditExpiryTimer::CreditExpiryTimer(application::CreditExpiry &expiry, const store::Clock &clock)
    : m_expiry(expiry)
    , m_clock(clock)
{
}

CreditExpiryTimer::~CreditExpiryTimer()
{
    stop();
}

void CreditExpiryTimer::start()
{
    m_expiry.expireDue();
    m_thread = std::thread([this] { run(); });
}

void CreditExpiryTimer::stop()
{
    {
        const std::lock_guard lock(m_threadMutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void CreditExpiryTimer::wake()
{
    const std::lock_guard lock(m_threadMutex);
    m_wake.notify_all();
}

void CreditExpiryTimer::run()
{
    std::unique_lock lock(m_threadMutex);
    while (!m_stopping) {
        const std::int64_t wait = m_expiry.nextDue() - m_clock.now();
        if (wait > 0) {
            m_wake.wait_for(lock, std::chrono::seconds(std::min(wait, kMaxSleepSeconds)));
            lock.unlock();
            m_expiry.refreshFromDatabase();
            lock.lock();
            continue;
        }
        lock.unlock();
        bool failed = false;
        try {
            m_expiry.expireDue();
        } catch (const std::exception &error) {
            std::fprintf(stderr, "cabinet-server: credit expiry failed, retrying: %s\n", error.what());
            failed = true;
        }
        lock.lock();
        if (failed)
            m_wake.wait_for(lock, std::chrono::seconds(1), [this] { return m_stopping; });
    }
}

} // namespace cabinet
