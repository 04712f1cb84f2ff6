// SPDX-License-Identifier: GPL-3.0-or-later
#include "Auth.h"

#include "Clock.h"
#include "Crypto.h"
#include "DomainError.h"
#include "Store.h"
#include "UserOps.h"

#include <QString>

namespace http {

namespace {
constexpr std::int64_t kFailureWindowSeconds = 60;
} // namespace

std::string normalizedEmail(const std::string &email)
{
    return QString::fromStdString(email).trimmed().toLower().toStdString();
}

Authenticator::Authenticator(store::Store &store, const store::Clock &clock)
    : m_store(store)
    , m_clock(clock)
{
}

bool Authenticator::isRateLimited(const std::string &email, std::int64_t now)
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

void Authenticator::recordFailure(const std::string &email, std::int64_t now)
{
    const std::lock_guard lock(m_failuresMutex);
    m_failures[email].push_back(now);
}

Authenticator::Session Authenticator::login(const std::string &rawEmail, const std::string &password)
{
    const std::string email = normalizedEmail(rawEmail);
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

void Authenticator::logout(std::string_view token)
{
    const std::string tokenHash = crypto::sha256Hex(token);
    m_store.write([&](store::Tx &tx) { store::users::deleteToken(tx, tokenHash); });
}

std::optional<std::string_view> Authenticator::bearerToken(std::string_view header)
{
    constexpr std::string_view scheme = "Bearer ";
    if (header.size() <= scheme.size())
        return std::nullopt;
    for (size_t i = 0; i < scheme.size(); ++i) {
        if (std::tolower(static_cast<unsigned char>(header[i])) != std::tolower(static_cast<unsigned char>(scheme[i])))
            return std::nullopt;
    }
    std::string_view token = header.substr(scheme.size());
    while (!token.empty() && token.front() == ' ')
        token.remove_prefix(1);
    while (!token.empty() && token.back() == ' ')
        token.remove_suffix(1);
    if (token.empty())
        return std::nullopt;
    return token;
}

std::optional<store::User> Authenticator::userOf(std::string_view authorizationHeader)
{
    const auto token = bearerToken(authorizationHeader);
    if (!token)
        return std::nullopt;
    const std::string tokenHash = crypto::sha256Hex(*token);
    const std::int64_t now = m_clock.now();
    const auto owner =
        m_store.read([&](store::Tx &tx) { return store::users::findByToken(tx, tokenHash, now); });
    if (!owner)
        return std::nullopt;
    return owner->user;
}

} // namespace http
