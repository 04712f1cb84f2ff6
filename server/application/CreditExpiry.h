// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <mutex>

namespace store {
class Clock;
class Store;
} // namespace store

namespace application {

// R17: credits expire at their due time. This use case knows the earliest due time and runs
// the expiries; every request first catches up (so no answer read after a due time shows the
// credit still active), and a timer thread (server/main/CreditExpiryTimer) sleeps until the
// next due time. store::credits::expireDue writes each expiry exactly once, whoever runs it first.
class CreditExpiry
{
public:
    CreditExpiry(store::Store &store, const store::Clock &clock);

    // Runs every expiry whose due time has come; costs one atomic read when nothing is due.
    void catchUp();
    // Runs the expiries due now (the timer's step); throws when the store fails.
    void expireDue();
    // A credit was granted inside the writer's transaction: lower the next due time and wake the
    // timer. Never waits for the store.
    void scheduled(std::int64_t dueAt);
    // The clock moved or another server may have granted credits: re-read the earliest due time.
    void refreshFromDatabase();
    [[nodiscard]] std::int64_t nextDue() const { return m_nextDue.load(); }
    // Called whenever the next due time may have come closer (the timer re-arms).
    void onRescheduled(std::function<void()> wake);

private:
    void lowerNextDue(std::int64_t dueAt);

    store::Store &m_store;
    const store::Clock &m_clock;
    // Earliest due time of an active credit (INT64_MAX: none). Too early is harmless (a run
    // that finds nothing re-reads it), so a rolled-back grant cannot make the timer miss one.
    std::atomic<std::int64_t> m_nextDue;
    std::mutex m_expiryMutex; // one catch-up writes at a time; the others wait for its result
    std::function<void()> m_wake;
};

} // namespace application
