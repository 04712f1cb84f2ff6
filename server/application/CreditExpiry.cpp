// SPDX-License-Identifier: GPL-3.0-or-later
#include "CreditExpiry.h"

#include "Clock.h"
#include "CreditOps.h"
#include "JobOps.h"
#include "Store.h"

#include <cstdio>
#include <limits>

namespace application {

namespace {
constexpr std::int64_t kNoCredit = std::numeric_limits<std::int64_t>::max();
} // namespace

CreditExpiry::CreditExpiry(store::Store &store, const store::Clock &clock)
    : m_store(store)
    , m_clock(clock)
    , m_nextDue(std::numeric_limits<std::int64_t>::min()) // unknown: the first catch-up reads it
{
}

void CreditExpiry::onRescheduled(std::function<void()> wake)
{
    m_wake = std::move(wake);
}

void CreditExpiry::catchUp()
{
    if (m_clock.now() >= m_nextDue.load())
        expireDue();
}

void CreditExpiry::scheduled(std::int64_t dueAt)
{
    lowerNextDue(dueAt);
    if (m_wake)
        m_wake();
}

void CreditExpiry::refreshFromDatabase()
{
    try {
        const auto dueAt = m_store.read([](store::Tx &tx) { return store::credits::nextDueAt(tx); });
        if (dueAt)
            lowerNextDue(*dueAt);
    } catch (const std::exception &error) {
        std::fprintf(stderr, "cabinet-server: cannot read the next credit due time: %s\n", error.what());
    }
}

void CreditExpiry::lowerNextDue(std::int64_t dueAt)
{
    std::int64_t current = m_nextDue.load();
    while (dueAt < current && !m_nextDue.compare_exchange_weak(current, dueAt)) {
    }
}

void CreditExpiry::expireDue()
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

} // namespace application
