// SPDX-License-Identifier: GPL-3.0-or-later
#include "CreditExpiryTimer.h"

#include "Clock.h"
#include "CreditOps.h"
#include "JobOps.h"
#include "Store.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <limits>

namespace http {

namespace {
constexpr std::int64_t kNoCredit = std::numeric_limits<std::int64_t>::max();
// The thread re-reads the due time from the database at least this often, whatever happens to
// notifications: other servers on the same PostgreSQL database grant credits this one never hears of.
constexpr std::int64_t kMaxSleepSeconds = 5;
} // namespace

CreditExpiryTimer::CreditExpiryTimer(store::Store &store, const store::Clock &clock)
    : m_store(store)
    , m_clock(clock)
    , m_nextDue(std::numeric_limits<std::int64_t>::min()) // unknown: the first catch-up reads it
{
}

CreditExpiryTimer::~CreditExpiryTimer()
{
    stop();
}

void CreditExpiryTimer::start()
{
    expireDue();
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

void CreditExpiryTimer::catchUp()
{
    if (m_clock.now() >= m_nextDue.load())
        expireDue();
}

void CreditExpiryTimer::scheduled(std::int64_t dueAt)
{
    lowerNextDue(dueAt);
    const std::lock_guard lock(m_threadMutex);
    m_wake.notify_all();
}

void CreditExpiryTimer::clockMoved()
{
    refreshFromDatabase();
    catchUp();
    const std::lock_guard lock(m_threadMutex);
    m_wake.notify_all();
}

void CreditExpiryTimer::refreshFromDatabase()
{
    try {
        const auto dueAt = m_store.read([](store::Tx &tx) { return store::credits::nextDueAt(tx); });
        if (dueAt)
            lowerNextDue(*dueAt);
    } catch (const std::exception &error) {
        std::fprintf(stderr, "cabinet-server: cannot read the next credit due time: %s\n", error.what());
    }
}

void CreditExpiryTimer::lowerNextDue(std::int64_t dueAt)
{
    std::int64_t current = m_nextDue.load();
    while (dueAt < current && !m_nextDue.compare_exchange_weak(current, dueAt)) {
    }
}

void CreditExpiryTimer::expireDue()
{
    const std::lock_guard lock(m_expiryMutex);
    const std::int64_t now = m_clock.now();
    if (now < m_nextDue.load())
        return; // the catch-up this one waited for covered it
    try {
        m_store.write([&](store::Tx &tx) {
            store::jobs::runExclusively(tx, "credit_expiry"); // other servers' runs queue (JobOps.h)
            store::credits::expireDue(tx, now);
            // Set inside the writer, where grants call scheduled(): updates happen in commit order.
            m_nextDue.store(store::credits::nextDueAt(tx).value_or(kNoCredit));
        });
    } catch (...) {
        lowerNextDue(now); // nothing was committed: the next request or wake-up retries
        throw;
    }
}

void CreditExpiryTimer::run()
{
    std::unique_lock lock(m_threadMutex);
    while (!m_stopping) {
        const std::int64_t wait = m_nextDue.load() - m_clock.now();
        if (wait > 0) {
            m_wake.wait_for(lock, std::chrono::seconds(std::min(wait, kMaxSleepSeconds)));
            lock.unlock();
            refreshFromDatabase();
            lock.lock();
            continue;
        }
        lock.unlock();
        bool failed = false;
        try {
            expireDue();
        } catch (const std::exception &error) {
            std::fprintf(stderr, "cabinet-server: credit expiry failed, retrying: %s\n", error.what());
            failed = true;
        }
        lock.lock();
        if (failed)
            m_wake.wait_for(lock, std::chrono::seconds(1), [this] { return m_stopping; });
    }
}

} // namespace http
