// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Records.h"

#include <cstdint>
#include <deque>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace store {
class Clock;
class Store;
} // namespace store

namespace application {

// Logins, bearer tokens and the failed-login limit. Tokens are 256-bit random values; only
// their SHA-256 is stored, so a copy of the database holds no usable token. They live 12 hours
// by the server's Clock; logout deletes the token, Housekeeping the expired ones.
class Accounts
{
public:
    static constexpr std::int64_t kTokenLifetimeSeconds = 12 * 3600;
    static constexpr int kMaxFailuresPerMinute = 10;

    Accounts(store::Store &store, const store::Clock &clock);

    struct Session
    {
        std::string token;
        std::int64_t expiresAt = 0;
        store::User user;
    };
    // `email` as the adapter normalised it (trimmed, lower case). Throws Error: Unauthenticated
    // for bad credentials, RateLimited after 10 failures of this e-mail within a minute
    // (checked before the password, so guessing stops too).
    Session login(const std::string &email, const std::string &password);
    void logout(std::string_view token);
    // The user of a valid, unexpired bearer token.
    std::optional<store::User> userOfToken(std::string_view token);

private:
    bool isRateLimited(const std::string &email, std::int64_t now);
    void recordFailure(const std::string &email, std::int64_t now);

    store::Store &m_store;
    const store::Clock &m_clock;
    std::mutex m_failuresMutex;
    std::unordered_map<std::string, std::deque<std::int64_t>> m_failures; // e-mail -> failure times
};

} // namespace application
