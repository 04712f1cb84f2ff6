// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventWaiters.h"

#include <algorithm>
#include <cstdio>
#include <exception>
#include <set>

namespace http {

EventWaiters::EventWaiters(LatestIds latestIds, size_t maxWaiters, size_t maxPerUser, std::chrono::milliseconds tick)
    : m_latestIds(std::move(latestIds))
    , m_maxWaiters(maxWaiters)
    , m_maxPerUser(maxPerUser)
    , m_tick(tick)
    , m_thread([this] { run(); })
{
}

EventWaiters::~EventWaiters()
{
    stop();
}

EventWaiters::Admission EventWaiters::add(Waiter waiter)
{
    {
        const std::lock_guard lock(m_mutex);
        if (m_stopping || m_entries.size() >= m_maxWaiters)
            return Admission::Full;
        size_t &mine = m_perUser[waiter.userId];
        if (mine >= m_maxPerUser)
            return Admission::UserFull;
        ++mine;
        const std::int64_t after = waiter.after;
        const std::int64_t projectId = waiter.projectId;
        m_entries.push_back(Entry{std::move(waiter), after});
        // An event may have committed between the poll's read and now: re-check at once.
        m_dirty.insert(projectId);
    }
    m_wake.notify_one();
    return Admission::Waiting;
}

void EventWaiters::committed(const std::vector<std::int64_t> &projects)
{
    {
        const std::lock_guard lock(m_mutex);
        // While a check runs its polls are out of m_entries: a commit then must still re-check.
        if (m_entries.empty() && !m_checking)
            return;
        m_dirty.insert(projects.begin(), projects.end());
    }
    m_wake.notify_one();
}

size_t EventWaiters::waiting() const
{
    const std::lock_guard lock(m_mutex);
    return m_entries.size();
}

void EventWaiters::stop()
{
    {
        const std::lock_guard lock(m_mutex);
        if (m_stopping)
            return;
        m_stopping = true;
    }
    m_wake.notify_one();
    if (m_thread.joinable())
        m_thread.join();
}

void EventWaiters::run()
{
    auto nextTick = std::chrono::steady_clock::now() + m_tick;
    for (;;) {
        bool all = false;
        std::set<std::int64_t> projects;
        {
            std::unique_lock lock(m_mutex);
            auto until = nextTick;
            for (const Entry &entry : m_entries)
                until = std::min(until, entry.waiter.deadline);
            if (m_entries.empty())
                until = std::chrono::steady_clock::now() + std::chrono::hours(1);
            m_wake.wait_until(lock, until, [this] { return m_stopping || !m_dirty.empty(); });
            if (m_stopping)
                break;
            const auto now = std::chrono::steady_clock::now();
            all = now >= nextTick;
            if (all)
                nextTick = now + m_tick;
            projects.swap(m_dirty);
        }
        check(all, projects);
    }
    // Shutting down: every poll gets what there is now.
    std::list<Entry> left;
    {
        const std::lock_guard lock(m_mutex);
        left.swap(m_entries);
        m_perUser.clear();
    }
    for (Entry &entry : left) {
        try {
            entry.waiter.answer(true);
        } catch (const std::exception &error) {
            std::fprintf(stderr, "cabinet-server: answering a long poll at shutdown failed: %s\n", error.what());
        }
    }
}

void EventWaiters::check(bool all, const std::set<std::int64_t> &projects)
{
    // The polls are taken out while they are checked, so add() and committed() never wait for
    // the store; those still waiting go back afterwards.
    std::list<Entry> entries;
    {
        const std::lock_guard lock(m_mutex);
        entries.swap(m_entries);
        m_checking = true;
    }
    std::map<std::int64_t, std::int64_t> latest;
    std::set<std::int64_t> toRead;
    for (const Entry &entry : entries) {
        if (all || projects.count(entry.waiter.projectId))
            toRead.insert(entry.waiter.projectId);
    }
    if (!toRead.empty()) {
        const std::vector<std::int64_t> ids(toRead.begin(), toRead.end());
        try {
            const std::vector<std::int64_t> newest = m_latestIds(ids);
            for (size_t i = 0; i < ids.size() && i < newest.size(); ++i)
                latest[ids[i]] = newest[i];
        } catch (const std::exception &error) {
            // The database is away: the polls wait on and answer when their time is up.
            std::fprintf(stderr, "cabinet-server: re-checking the event feeds failed: %s\n", error.what());
        }
    }
    const auto now = std::chrono::steady_clock::now();
    std::vector<std::int64_t> answeredUsers;
    for (auto it = entries.begin(); it != entries.end();) {
        const auto found = latest.find(it->waiter.projectId);
        const bool moved = found != latest.end() && found->second > it->seen;
        const bool timeUp = now >= it->waiter.deadline;
        bool answered = false;
        if (moved || timeUp) {
            try {
                answered = it->waiter.answer(timeUp);
            } catch (const std::exception &error) {
                std::fprintf(stderr, "cabinet-server: answering a long poll failed: %s\n", error.what());
                answered = timeUp; // tried at the end of its time: give up on it
            }
            if (!answered && found != latest.end())
                it->seen = found->second; // none of it was the caller's to see: wait for more
        }
        if (answered) {
            answeredUsers.push_back(it->waiter.userId);
            it = entries.erase(it);
        } else {
            ++it;
        }
    }
    const std::lock_guard lock(m_mutex);
    m_checking = false;
    m_entries.splice(m_entries.end(), entries);
    for (const std::int64_t user : answeredUsers) {
        if (const auto mine = m_perUser.find(user); mine != m_perUser.end() && --mine->second == 0)
            m_perUser.erase(mine);
    }
}

} // namespace http
