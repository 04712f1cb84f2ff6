// SPDX-License-Identifier: GPL-3.0-or-later
#include "Accounts.h"

#include "Clock.h"
#include "Crypto.h"
#include "DomainError.h"
#include "Store.h"
#include "UserOps.h"

namespace application {

Accounts::Accounts(store::Store &store, const store::Clock &clock)
    : m_store(store)
    , m_clock(clock)
    , m_tokenOwners(store)
{
}

Accounts::Session Accounts::login(const std::string &email, const std::string &password,
                                  const std::string &clientAddress)
{
    const std::int64_t now = m_clock.now();
    switch (m_throttle.tryAttempt(email, clientAddress, now)) {
    case LoginThrottle::Verdict::Allowed:
        break;
    case LoginThrottle::Verdict::AccountLimited:
        throw domain::Error(domain::ErrorCode::RateLimited, "too many failed logins for this account; try again in a minute");
    case LoginThrottle::Verdict::AddressLimited:
        throw domain::Error(domain::ErrorCode::RateLimited, "too many failed logins from your address; try again in a minute");
    }
    const auto credentials = m_store.read([&](store::Tx &tx) { return store::users::findByEmail(tx, email); });
    bool valid = false;
    if (credentials)
        valid = crypto::verifyPassword(credentials->passwordHash, password);
    else
        crypto::verifyAgainstDummy(password);
    if (!valid)
        throw domain::Error(domain::ErrorCode::Unauthenticated, "wrong e-mail or password");
    m_throttle.succeeded(email, clientAddress);
    const std::string token = crypto::randomToken();
    return m_store.write([&](store::Tx &tx) { return openSession(tx, credentials->user, now, token); });
}

Accounts::Session Accounts::openSession(store::Tx &tx, const store::User &user, std::int64_t now,
                                        const std::string &token)
{
    Session session{token, now + kTokenLifetimeSeconds, user};
    store::users::insertToken(tx, crypto::sha256Hex(token), user.id, now, session.expiresAt);
    return session;
}

void Accounts::requireLength(const std::string &password, const char *field)
{
    if (password.size() < kMinPasswordLength)
        throw domain::Error(domain::ErrorCode::ValidationFailed,
                            std::string("'") + field + "' must be at least 10 characters long");
}

Accounts::Session Accounts::acceptInvitation(const std::string &token, const std::string &name,
                                             const std::string &password)
{
    requireLength(password, "password");
    const std::string hash = crypto::hashPassword(password);
    const std::string tokenHash = crypto::sha256Hex(token);
    const std::string sessionToken = crypto::randomToken();
    const std::int64_t now = m_clock.now();
    return m_store.write([&](store::Tx &tx) {
        const auto userId = store::users::useInvitation(tx, tokenHash, now);
        if (!userId)
            throw domain::Error(domain::ErrorCode::ValidationFailed, "the invitation is unknown, already used or expired");
        store::users::setName(tx, *userId, name);
        store::users::setPassword(tx, *userId, hash);
        return openSession(tx, store::users::findById(tx, *userId).value(), now, sessionToken);
    });
}

void Accounts::changePassword(const SignedIn &caller, const std::string &current, const std::string &replacement,
                              const std::string &clientAddress)
{
    requireLength(replacement, "new");
    const std::string &email = caller.user.email;
    // A stolen session must not become a way around the login limit (R35).
    if (m_throttle.tryAttempt(email, clientAddress, m_clock.now()) != LoginThrottle::Verdict::Allowed)
        throw domain::Error(domain::ErrorCode::RateLimited, "too many wrong passwords; try again in a minute");
    const auto credentials = m_store.read([&](store::Tx &tx) { return store::users::findByEmail(tx, email); });
    if (!credentials || !crypto::verifyPassword(credentials->passwordHash, current))
        throw domain::Error(domain::ErrorCode::ValidationFailed, "'current' is not your current password");
    m_throttle.succeeded(email, clientAddress);
    const std::string hash = crypto::hashPassword(replacement);
    m_store.write([&](store::Tx &tx) {
        store::users::setPassword(tx, caller.user.id, hash);
        store::users::deleteOtherSessions(tx, caller.user.id, caller.sessionId);
    });
}

std::vector<store::Session> Accounts::sessionsOf(std::int64_t userId)
{
    const std::int64_t now = m_clock.now();
    return m_store.read([&](store::Tx &tx) { return store::users::sessionsOf(tx, userId, now); });
}

void Accounts::endSession(std::int64_t userId, std::int64_t sessionId)
{
    const bool ended = m_store.write([&](store::Tx &tx) { return store::users::deleteSession(tx, userId, sessionId); });
    if (!ended)
        throw domain::Error(domain::ErrorCode::NotFound, "you have no session with this id");
}

void Accounts::logout(std::string_view token)
{
    const std::string tokenHash = crypto::sha256Hex(token);
    m_store.write([&](store::Tx &tx) { store::users::deleteToken(tx, tokenHash); });
}

std::optional<Accounts::SignedIn> Accounts::userOfToken(std::string_view token)
{
    const std::string tokenHash = crypto::sha256Hex(token);
    const std::int64_t now = m_clock.now();
    const auto owner = m_tokenOwners.find(tokenHash, now);
    if (!owner)
        return std::nullopt;
    // last_seen_at (R33) is written at most once a minute per token: a write per request would
    // put every read of the API through the single writer. The sessions list needs no finer time.
    if (now - owner->lastSeenAt >= kLastSeenResolutionSeconds)
        m_store.write([&](store::Tx &tx) { store::users::touchSession(tx, owner->sessionId, now); });
    return SignedIn{owner->user, owner->sessionId};
}

} // namespace application
