// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <list>
#include <mutex>
#include <string>
#include <unordered_map>

namespace application {

// Failed sign-ins per key (an account, a client address) within a fixed window, in a table of
// bounded size: when it is full the key used least recently is forgotten, so a flood of
// invented e-mails costs a bounded amount of memory (R35).
class AttemptWindow
{
public:
    AttemptWindow(int maxAttempts, std::int64_t windowSeconds, size_t maxKeys);

    // Counts an attempt unless the key is at its limit; false (nothing counted) when it is.
    bool tryTake(const std::string &key, std::int64_t now);
    // Gives one attempt back (a sign-in that turned out right).
    void giveBack(const std::string &key);
    [[nodiscard]] size_t trackedKeys() const;

private:
    struct Entry
    {
        std::int64_t windowStart = 0;
        int attempts = 0;
        std::list<std::string>::iterator recency;
    };

    int m_maxAttempts;
    std::int64_t m_windowSeconds;
    size_t m_maxKeys;
    mutable std::mutex m_mutex;
    std::list<std::string> m_recency; // least recently used first
    std::unordered_map<std::string, Entry> m_entries;
};

// R35: sign-in is throttled per account and per client address. An attempt is counted before its
// password is checked, so a burst of parallel guesses cannot slip past the limit; a correct
// password gives its attempt back, so only failures use the allowance up.
class LoginThrottle
{
public:
    static constexpr int kFailuresPerAccount = 10;
    static constexpr int kFailuresPerAddress = 30;
    static constexpr std::int64_t kWindowSeconds = 60;
    static constexpr size_t kMaxTrackedKeys = 100000;

    LoginThrottle();

    enum class Verdict { Allowed, AccountLimited, AddressLimited };
    Verdict tryAttempt(const std::string &account, const std::string &address, std::int64_t now);
    void succeeded(const std::string &account, const std::string &address);

private:
    AttemptWindow m_accounts;
    AttemptWindow m_addresses;
};

} // namespace application
