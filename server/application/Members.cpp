// SPDX-License-Identifier: GPL-3.0-or-later
#include "Members.h"

#include "Crypto.h"
#include "DomainError.h"
#include "ProjectOps.h"
#include "Store.h"
#include "UserOps.h"

namespace application {

Members::Members(store::Store &store)
    : m_store(store)
{
}

std::vector<store::Membership> Members::membershipsOf(std::int64_t userId)
{
    return m_store.read([&](store::Tx &tx) { return store::users::membershipsOf(tx, userId); });
}

std::vector<store::Member> Members::membersOf(std::int64_t projectId)
{
    return m_store.read([&](store::Tx &tx) { return store::users::membersOf(tx, projectId); });
}

std::optional<std::string> Members::roleIn(std::int64_t projectId, std::int64_t userId)
{
    return m_store.read([&](store::Tx &tx) { return store::users::roleIn(tx, projectId, userId); });
}

Members::HashedUser Members::hashed(const NewUser &user)
{
    HashedUser result{user.email, user.name, std::nullopt};
    if (user.password)
        result.passwordHash = crypto::hashPassword(*user.password);
    return result;
}

std::int64_t Members::userIdFor(store::Tx &tx, const HashedUser &user, std::int64_t now)
{
    if (const auto existing = store::users::findByEmail(tx, user.email))
        return existing->user.id;
    if (!user.passwordHash)
        throw domain::Error(domain::ErrorCode::ValidationFailed, "'password' is required for a new user");
    return store::users::create(tx, user.email, user.name, *user.passwordHash, false, now);
}

std::int64_t Members::addUser(std::int64_t projectId, const NewUser &user, const std::string &role, std::int64_t now)
{
    const HashedUser hashedUser = hashed(user);
    return m_store.write([&](store::Tx &tx) {
        if (!store::projects::find(tx, projectId))
            throw domain::Error(domain::ErrorCode::NotFound, "no such project");
        const std::int64_t id = userIdFor(tx, hashedUser, now);
        store::users::addMember(tx, projectId, id, role, now);
        return id;
    });
}

void Members::bootstrapStaff(const std::string &email, const std::string &password, std::int64_t now)
{
    if (m_store.read([](store::Tx &tx) { return store::users::anyStaff(tx); }))
        return;
    const std::string hash = crypto::hashPassword(password);
    m_store.write([&](store::Tx &tx) {
        if (!store::users::anyStaff(tx))
            store::users::create(tx, email, "Staff", hash, true, now);
    });
}

void Members::bootstrapPlatform(const std::string &email, const std::string &password, std::int64_t now)
{
    const auto platformExists = [&](store::Tx &tx) {
        const auto existing = store::users::findByEmail(tx, email);
        if (existing && existing->user.serviceRole != "platform")
            throw domain::Error(domain::ErrorCode::Conflict, email + " is a user who is not the platform");
        return existing.has_value();
    };
    if (m_store.read(platformExists))
        return;
    const std::string hash = crypto::hashPassword(password);
    m_store.write([&](store::Tx &tx) {
        if (!platformExists(tx))
            store::users::createPlatform(tx, email, hash, now);
    });
}

} // namespace application
