// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoginThrottle.h"

namespace application {

AttemptWindow::AttemptWindow(int maxAttempts, std::int64_t windowSeconds, size_t maxKeys)
    : m_maxAttempts(maxAttempts)
    , m_windowSeconds(windowSeconds)
    , m_maxKeys(maxKeys)
{
}

bool AttemptWindow::tryTake(const std::string &key, std::int64_t now)
{
    const std::lock_guard lock(m_mutex);
    auto found = m_entries.find(key);
    if (found == m_entries.end()) {
        if (m_entries.size() >= m_maxKeys) {
            m_entries.erase(m_recency.front());
            m_recency.pop_front();
        }
        m_recency.push_back(key);
        found = m_entries.emplace(key, Entry{now, 0, std::prev(m_recency.end())}).first;
    } else {
        m_recency.splice(m_recency.end(), m_recency, found->second.recency);
    }
    Entry &entry = found->second;
    if (now - entry.windowStart >= m_windowSeconds) {
        entry.windowStart = now;
        entry.attempts = 0;
    }
    if (entry.attempts >= m_maxAttempts)
        return false;
    ++entry.attempts;
    return true;
}

void AttemptWindow::giveBack(const std::string &key)
{
    const std::lock_guard lock(m_mutex);
    auto found = m_entries.find(key);
    if (found != m_entries.end() && found->second.attempts > 0)
        --found->second.attempts;
}

size_t AttemptWindow::trackedKeys() const
{
    const std::lock_guard lock(m_mutex);
    return m_entries.size();
}

LoginThrottle::LoginThrottle()
    : m_accounts(kFailuresPerAccount, kWindowSeconds, kMaxTrackedKeys)
    , m_addresses(kFailuresPerAddress, kWindowSeconds, kMaxTrackedKeys)
{
}

LoginThrottle::Verdict LoginThrottle::tryAttempt(const std::string &account, const std::string &address,
                                                 std::int64_t now)
{
    if (!m_addresses.tryTake(address, now))
        return Verdict::AddressLimited;
    if (!m_accounts.tryTake(account, now)) {
        m_addresses.giveBack(address);
        return Verdict::AccountLimited;
    }
    return Verdict::Allowed;
}

void LoginThrottle::succeeded(const std::string &account, const std::string &address)
{
    m_accounts.giveBack(account);
    m_addresses.giveBack(address);
}

} // namespace application
