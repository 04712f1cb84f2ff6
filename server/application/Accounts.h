// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LoginThrottle.h"
#include "Records.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

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

    Accounts(store::Store &store, const store::Clock &clock);

    struct Session
    {
        std::string token;
        std::int64_t expiresAt = 0;
        store::User user;
    };
    // `email` as the adapter normalised it (trimmed, lower case). Throws domain::Error:
    // Unauthenticated for bad credentials; RateLimited after 10 failures of this e-mail or 30
    // from this client address within a minute (R35), counted before the password is checked,
    // so parallel guesses cannot get past the limit.
    Session login(const std::string &email, const std::string &password, const std::string &clientAddress);
    void logout(std::string_view token);
    // The user of a valid, unexpired bearer token.
    std::optional<store::User> userOfToken(std::string_view token);

private:
    store::Store &m_store;
    const store::Clock &m_clock;
    LoginThrottle m_throttle;
};

} // namespace application
