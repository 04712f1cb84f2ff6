// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <list>
#include <map>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

namespace http {

// The long polls of GET /projects/{pid}/events?wait= (R31) that found nothing yet. A waiting
// poll holds no worker thread: it is a small record here (the connection stays with the front's
// event loop), and one thread of this class answers it when the project's feed moves or its
// time is up. The feeds are re-checked with one read (one index seek per project):
//   - at once after a commit of this server's writer that appended events (Store::onCommitted),
//     for those events' projects only, so an event written here reaches a poll within
//     milliseconds and a commit without events (most charge batches) costs nothing;
//   - every `tick` while anybody waits, for every waiting project, so an event another server
//     wrote to the same PostgreSQL reaches it within about a tick.
// Bounded (R35): at most maxWaiters polls wait in all and maxPerUser per user; add() refuses
// beyond, and the route answers at once instead.
class EventWaiters
{
public:
    // The newest event id of each project, in one read (application::Outlook::latestEventIds).
    using LatestIds = std::function<std::vector<std::int64_t>(const std::vector<std::int64_t> &)>;

    struct Waiter
    {
        std::int64_t projectId = 0;
        std::int64_t userId = 0;
        std::int64_t after = 0; // the poll's cursor
        std::chrono::steady_clock::time_point deadline;
        // Reads the feed after `after` and answers the poll; returns false (nothing answered)
        // when the caller may see none of the new events (an Administrator and withdrawal_*, R3)
        // and the time is not up. `timeUp`: answer whatever there is, an empty page included.
        std::function<bool(bool timeUp)> answer;
    };

    enum class Admission { Waiting, Full, UserFull };

    EventWaiters(LatestIds latestIds, size_t maxWaiters, size_t maxPerUser, std::chrono::milliseconds tick);
    ~EventWaiters();
    EventWaiters(const EventWaiters &) = delete;
    EventWaiters &operator=(const EventWaiters &) = delete;

    Admission add(Waiter waiter);
    // A commit on this server appended events of `projects`: their polls re-check now. Never
    // blocks for long (called by the writer thread after the commit; it only takes this class's
    // mutex).
    void committed(const std::vector<std::int64_t> &projects);
    // Answers every waiting poll with what it has and joins the thread.
    void stop();
    [[nodiscard]] size_t waiting() const;

private:
    struct Entry
    {
        Waiter waiter;
        std::int64_t seen = 0; // the newest id already re-checked for this poll
    };
    void run();
    // Answers the polls whose feed moved or whose time is up; called without the lock. Reads the
    // feed of every waiting project (`all`) or of those in `projects`.
    void check(bool all, const std::set<std::int64_t> &projects);

    LatestIds m_latestIds;
    const size_t m_maxWaiters;
    const size_t m_maxPerUser;
    const std::chrono::milliseconds m_tick;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::list<Entry> m_entries;
    std::map<std::int64_t, size_t> m_perUser;
    std::set<std::int64_t> m_dirty; // projects to re-check at once
    bool m_checking = false; // check() holds the polls outside m_entries
    bool m_stopping = false;
    std::thread m_thread; // last: starts once everything above exists
};

} // namespace http
