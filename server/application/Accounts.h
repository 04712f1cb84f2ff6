// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LoginThrottle.h"
#include "Records.h"
#include "TokenOwners.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace store {
class Clock;
class Store;
class Tx;
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
    // The user of a valid, unexpired bearer token, and the token's session (R33).
    struct SignedIn
    {
        store::User user;
        std::int64_t sessionId = 0;
    };
    std::optional<SignedIn> userOfToken(std::string_view token);

    static constexpr size_t kMinPasswordLength = 10;
    static constexpr std::int64_t kLastSeenResolutionSeconds = 60;
    // R32: sets the invited user's name and password and signs them in. ValidationFailed for a
    // password under 10 characters or a token that is unknown, used or expired.
    Session acceptInvitation(const std::string &token, const std::string &name, const std::string &password);
    // R33: ValidationFailed for a wrong current password (throttled like a login, R35) or a new one
    // under 10 characters; every other session of the user ends, `sessionId` stays.
    void changePassword(const SignedIn &caller, const std::string &current, const std::string &replacement,
                        const std::string &clientAddress);
    std::vector<store::Session> sessionsOf(std::int64_t userId);
    // NotFound unless the session is one of the user's own.
    void endSession(std::int64_t userId, std::int64_t sessionId);

private:
    // A new token for the user, stored as its hash (inside the caller's transaction).
    Session openSession(store::Tx &tx, const store::User &user, std::int64_t now, const std::string &token);
    static void requireLength(const std::string &password, const char *field);

    store::Store &m_store;
    const store::Clock &m_clock;
    LoginThrottle m_throttle;
    TokenOwners m_tokenOwners;
};

} // namespace application
