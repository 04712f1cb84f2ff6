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

namespace http {

// Logins, bearer tokens and the failed-login limits. Tokens are 256-bit random values; only
// their SHA-256 is stored, so a copy of the database holds no usable token. They live 12 hours
// by the server's Clock; logout deletes the token.
class Authenticator
{
public:
    static constexpr std::int64_t kTokenLifetimeSeconds = 12 * 3600;

    Authenticator(store::Store &store, const store::Clock &clock);

    struct Session
    {
        std::string token;
        std::int64_t expiresAt = 0;
        store::User user;
    };
    // Throws domain::Error: Unauthenticated for bad credentials; RateLimited after 10 failures of
    // this e-mail or 30 from this client address within a minute (R35), counted before the
    // password is checked, so parallel guesses cannot get past the limit.
    Session login(const std::string &email, const std::string &password, const std::string &clientAddress);
    void logout(std::string_view token);
    // The user of a valid, unexpired token from an "Authorization: Bearer ..." header value.
    std::optional<store::User> userOf(std::string_view authorizationHeader);
    static std::optional<std::string_view> bearerToken(std::string_view authorizationHeader);

private:
    store::Store &m_store;
    const store::Clock &m_clock;
    LoginThrottle m_throttle;
};

} // namespace http
