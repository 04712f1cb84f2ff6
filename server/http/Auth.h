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

namespace http {

// An e-mail as logins compare it: trimmed, lower case. Every way a user comes in (login, staff
// creating users, --bootstrap-staff) stores it so.
std::string normalizedEmail(const std::string &email);

// Logins, bearer tokens and the failed-login limit. Tokens are 256-bit random values; only
// their SHA-256 is stored, so a copy of the database holds no usable token. They live 12 hours
// by the server's Clock; logout deletes the token.
class Authenticator
{
public:
    static constexpr std::int64_t kTokenLifetimeSeconds = 12 * 3600;
    static constexpr int kMaxFailuresPerMinute = 10;

    Authenticator(store::Store &store, const store::Clock &clock);

    struct Session
    {
        std::string token;
        std::int64_t expiresAt = 0;
        store::User user;
    };
    // Throws Error: Unauthorized for bad credentials, RateLimited after 10 failures of this
    // e-mail within a minute (checked before the password, so guessing stops too).
    Session login(const std::string &email, const std::string &password);
    void logout(std::string_view token);
    // The user of a valid, unexpired token from an "Authorization: Bearer ..." header value.
    std::optional<store::User> userOf(std::string_view authorizationHeader);
    static std::optional<std::string_view> bearerToken(std::string_view authorizationHeader);

private:
    bool isRateLimited(const std::string &email, std::int64_t now);
    void recordFailure(const std::string &email, std::int64_t now);

    store::Store &m_store;
    const store::Clock &m_clock;
    std::mutex m_failuresMutex;
    std::unordered_map<std::string, std::deque<std::int64_t>> m_failures; // e-mail -> failure times
};

} // namespace http
