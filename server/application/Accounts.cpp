// SPDX-License-Identifier: GPL-3.0-or-later
#include "Accounts.h"

#include "Clock.h"
#include "Crypto.h"
#include "DomainError.h"
#include "Store.h"
#include "UserOps.h"

namespace application {

namespace {
constexpr std::int64_t kFailureWindowSeconds = 60;
} // namespace

Accounts::Accounts(store::Store &store, const store::Clock &clock)
    : m_store(store)
    , m_clock(clock)
{
}

bool Accounts::isRateLimited(const std::string &email, std::int64_t now)
{
    const std::lock_guard lock(m_failuresMutex);
    auto found = m_failures.find(email);
    if (found == m_failures.end())
        return false;
    std::deque<std::int64_t> &times = found->second;
    while (!times.empty() && times.front() <= now - kFailureWindowSeconds)
        times.pop_front();
    if (times.empty()) {
        m_failures.erase(found);
        return false;
    }
    return times.size() >= static_cast<size_t>(kMaxFailuresPerMinute);
}

void Accounts::recordFailure(const std::string &email, std::int64_t now)
{
    const std::lock_guard lock(m_failuresMutex);
    m_failures[email].push_back(now);
}

Accounts::Session Accounts::login(const std::string &email, const std::string &password)
{
    const std::int64_t now = m_clock.now();
    if (isRateLimited(email, now))
        throw domain::Error(domain::ErrorCode::RateLimited, "too many failed logins; try again in a minute");
    const auto credentials = m_store.read([&](store::Tx &tx) { return store::users::findByEmail(tx, email); });
    bool valid = false;
    if (credentials)
        valid = crypto::verifyPassword(credentials->passwordHash, password);
    else
        crypto::verifyAgainstDummy(password);
    if (!valid) {
        recordFailure(email, now);
        throw domain::Error(domain::ErrorCode::Unauthenticated, "wrong e-mail or password");
    }
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
