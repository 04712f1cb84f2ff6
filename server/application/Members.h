// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Records.h"
#include "UseCase.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace store {
class Store;
class Tx;
} // namespace store

namespace application {

// A user named by e-mail, created when new. The password is hashed before the writer runs
// (argon2 is slow by design); an existing user keeps theirs.
struct NewUser
{
    std::string email; // normalised (lower case)
    std::string name;
    std::optional<std::string> password;
};

// What adding a member answers (R32): the user, and for an e-mail not known before the one-time
// invitation token (shown once; only its hash is stored).
struct AddedMember
{
    std::int64_t userId = 0;
    std::optional<std::string> invitationToken;
};

// Users and their memberships in projects (R1-R4), managed by the project's owner (R32).
class Members
{
public:
    static constexpr std::int64_t kInvitationLifetimeSeconds = 7 * 24 * 3600;

    explicit Members(store::Store &store);

    // GET /me: the caller's projects with their role in each.
    std::vector<store::Membership> membershipsOf(std::int64_t userId);
    std::vector<store::Member> membersOf(std::int64_t projectId);
    std::optional<std::string> roleIn(std::int64_t projectId, std::int64_t userId);
    // Staff add a user to a project with a role other than owner (R1). NotFound for an unknown
    // project, ValidationFailed for a new user without a password. Returns the user's id. Audited (R34).
    std::int64_t addUser(const Actor &actor, std::int64_t projectId, const NewUser &user, const std::string &role);
    // R32, the owner's actions (the adapter checked the permission). `role` is a known role;
    // owner is never given or taken this way (R1): ValidationFailed. Each is audited (R34).
    // Conflict when the user is already a member.
    AddedMember add(const Actor &actor, std::int64_t projectId, const std::string &email, const std::string &name,
                    const std::string &role);
    // NotFound for a non-member; ValidationFailed for the owner's row or the owner role.
    store::Member changeRole(const Actor &actor, std::int64_t projectId, std::int64_t userId, const std::string &role);
    void remove(const Actor &actor, std::int64_t projectId, std::int64_t userId);

    // The first staff user (--bootstrap-staff); nothing when a staff user exists.
    void bootstrapStaff(const std::string &email, const std::string &password, std::int64_t now);

    // Hashes the new user's password outside the writer.
    struct HashedUser
    {
        std::string email;
        std::string name;
        std::optional<std::string> passwordHash;
    };
    static HashedUser hashed(const NewUser &user);
    // The user with this e-mail, created when new (inside the caller's transaction).
    static std::int64_t userIdFor(store::Tx &tx, const HashedUser &user, std::int64_t now);

private:
    // The member `userId` of the project, which must not be the owner's row.
    static store::Member changeableMember(store::Tx &tx, std::int64_t projectId, std::int64_t userId);

    store::Store &m_store;
};

} // namespace application
