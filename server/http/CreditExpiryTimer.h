// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <thread>

namespace store {
class Clock;
class Store;
} // namespace store

namespace http {

// R17: credits expire at their due time without anyone calling a route. A thread sleeps until
// the earliest due time by the server clock and runs the expiries then; every request first
// catches up (so no answer read after a due time shows the credit still active), and so does
// the fake clock's route right after it moves. store::credits::expireDue writes each expiry
// exactly once, whoever runs it first.
class CreditExpiryTimer
{
public:
    CreditExpiryTimer(store::Store &store, const store::Clock &clock);
    ~CreditExpiryTimer();
    CreditExpiryTimer(const CreditExpiryTimer &) = delete;
    CreditExpiryTimer &operator=(const CreditExpiryTimer &) = delete;

    // Runs what fell due while the server was down, then starts the thread.
    void start();
    void stop();

    // Runs every expiry whose due time has come before returning; costs one atomic read when
    // nothing is due.
    void catchUp();
    // A credit was granted in the writer's transaction: arm the timer for its due time. Called
    // inside the writer, so it never waits for the store.
    void scheduled(std::int64_t dueAt);
    // The fake clock moved: catch up, and let the thread re-arm for the new time.
    void clockMoved();

private:
    void run();
    void expireDue();
    void lowerNextDue(std::int64_t dueAt);
    // Lowers the next due time to the database's earliest (credits granted by other servers).
    void refreshFromDatabase();

    store::Store &m_store;
    const store::Clock &m_clock;
    // Earliest due time of an active credit (INT64_MAX: none). Too early is harmless (a run
    // that finds nothing re-reads it), so a rolled-back grant cannot make the timer miss one.
    std::atomic<std::int64_t> m_nextDue;
    std::mutex m_expiryMutex; // one catch-up writes at a time; the others wait for its result

    std::mutex m_threadMutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace http
