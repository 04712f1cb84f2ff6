// SPDX-License-Identifier: GPL-3.0-or-later
#include "Members.h"

#include "Audit.h"
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

std::int64_t Members::addUser(const Actor &actor, std::int64_t projectId, const NewUser &user, const std::string &role)
{
    const HashedUser hashedUser = hashed(user);
    return m_store.write([&](store::Tx &tx) {
        if (!store::projects::find(tx, projectId))
            throw domain::Error(domain::ErrorCode::NotFound, "no such project");
        const std::int64_t id = userIdFor(tx, hashedUser, actor.now);
        store::users::addMember(tx, projectId, id, role, actor.now);
        recordAudit(tx, actor, projectId, "member.added",
                    store::audit::Details().add("user_id", id).add("email", user.email).add("role", role).add("invited", 0));
        return id;
    });
}

namespace {

void refuseOwnerRole(const std::string &role)
{
    if (role == "owner")
        throw domain::Error(domain::ErrorCode::ValidationFailed,
                            "the owner role is never given or taken by managing members (R1)");
}

} // namespace

AddedMember Members::add(const Actor &actor, std::int64_t projectId, const std::string &email, const std::string &name,
                         const std::string &role)
{
    refuseOwnerRole(role);
    // Drawn before the writer runs; used only when the e-mail turns out to be new.
    const std::string token = crypto::randomToken();
    const std::string tokenHash = crypto::sha256Hex(token);
    return m_store.write([&](store::Tx &tx) {
        AddedMember added;
        if (const auto existing = store::users::findByEmail(tx, email)) {
            added.userId = existing->user.id;
        } else {
            // No usable password until the invitation is accepted: an empty hash matches nothing.
            added.userId = store::users::create(tx, email, name, "", false, actor.now);
            store::users::insertInvitation(tx, tokenHash, added.userId, projectId, actor.now,
                                           actor.now + kInvitationLifetimeSeconds);
            added.invitationToken = token;
        }
        store::users::addMember(tx, projectId, added.userId, role, actor.now);
        recordAudit(tx, actor, projectId, "member.added",
                    store::audit::Details()
                        .add("user_id", added.userId)
                        .add("email", email)
                        .add("role", role)
                        .add("invited", std::int64_t{added.invitationToken ? 1 : 0}));
        return added;
    });
}

store::Member Members::changeableMember(store::Tx &tx, std::int64_t projectId, std::int64_t userId)
{
    const auto member = store::users::memberOf(tx, projectId, userId);
    if (!member)
        throw domain::Error(domain::ErrorCode::NotFound, "no such member of this project");
    if (member->role == "owner")
        throw domain::Error(domain::ErrorCode::ValidationFailed, "the owner's own row cannot be changed or removed (R1)");
    return *member;
}

store::Member Members::changeRole(const Actor &actor, std::int64_t projectId, std::int64_t userId,
                                  const std::string &role)
{
    refuseOwnerRole(role);
    return m_store.write([&](store::Tx &tx) {
        store::Member member = changeableMember(tx, projectId, userId);
        store::users::setRole(tx, projectId, userId, role);
        recordAudit(tx, actor, projectId, "member.role_changed",
                    store::audit::Details()
                        .add("user_id", userId)
                        .add("email", member.email)
                        .add("from", member.role)
                        .add("to", role));
        member.role = role;
        return member;
    });
}

void Members::remove(const Actor &actor, std::int64_t projectId, std::int64_t userId)
{
    m_store.write([&](store::Tx &tx) {
        const store::Member member = changeableMember(tx, projectId, userId);
        store::users::removeMember(tx, projectId, userId);
        recordAudit(tx, actor, projectId, "member.removed",
                    store::audit::Details().add("user_id", userId).add("email", member.email).add("role", member.role));
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

} // namespace application
