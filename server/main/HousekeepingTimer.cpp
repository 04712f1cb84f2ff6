// SPDX-License-Identifier: GPL-3.0-or-later
#include "HousekeepingTimer.h"

#include "Clock.h"
#include "Housekeeping.h"

#include <chrono>
#include <cstdio>

namespace cabinet {

namespace {
constexpr std::chrono::hours kInterval{1};
} // namespace

HousekeepingTimer::HousekeepingTimer(application::Housekeeping &housekeeping, const store::Clock &clock)
    : m_housekeeping(housekeeping)
    , m_clock(clock)
{
}

HousekeepingTimer::~HousekeepingTimer()
{
    stop();
}

void HousekeepingTimer::start()
{
    runNow();
    m_thread = std::thread([this] { run(); });
}

void HousekeepingTimer::stop()
{
    {
        const std::lock_guard lock(m_threadMutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void HousekeepingTimer::runNow()
{
    try {
        m_housekeeping.purge(m_clock.now());
    } catch (const std::exception &error) {
        std::fprintf(stderr, "cabinet-server: housekeeping failed, retrying later: %s\n", error.what());
    }
}

void HousekeepingTimer::run()
{
    std::unique_lock lock(m_threadMutex);
    while (!m_wake.wait_for(lock, kInterval, [this] { return m_stopping; })) {
        lock.unlock();
        runNow();
        lock.lock();
    }
}

} // namespace cabinet
