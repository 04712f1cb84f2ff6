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
    Session session{crypto::randomToken(), now + kTokenLifetimeSeconds, credentials->user};
    const std::string tokenHash = crypto::sha256Hex(session.token);
    m_store.write([&](store::Tx &tx) {
        store::users::insertToken(tx, tokenHash, session.user.id, now, session.expiresAt);
    });
    return session;
}

void Accounts::logout(std::string_view token)
{
    const std::string tokenHash = crypto::sha256Hex(token);
    m_store.write([&](store::Tx &tx) { store::users::deleteToken(tx, tokenHash); });
}

std::optional<store::User> Accounts::userOfToken(std::string_view token)
{
    const std::string tokenHash = crypto::sha256Hex(token);
    const std::int64_t now = m_clock.now();
    const auto owner =
        m_store.read([&](store::Tx &tx) { return store::users::findByToken(tx, tokenHash, now); });
    if (!owner)
        return std::nullopt;
    return owner->user;
}

} // namespace application
