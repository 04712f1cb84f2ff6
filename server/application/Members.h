// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Records.h"

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

// Users and their memberships in projects (R1-R4).
class Members
{
public:
    explicit Members(store::Store &store);

    // GET /me: the caller's projects with their role in each.
    std::vector<store::Membership> membershipsOf(std::int64_t userId);
    std::vector<store::Member> membersOf(std::int64_t projectId);
    std::optional<std::string> roleIn(std::int64_t projectId, std::int64_t userId);
    // Staff add a user to a project with a role other than owner (R1). NotFound for an unknown
    // project, ValidationFailed for a new user without a password. Returns the user's id.
    std::int64_t addUser(std::int64_t projectId, const NewUser &user, const std::string &role, std::int64_t now);
    // The first staff user (--bootstrap-staff); nothing when a staff user exists.
    void bootstrapStaff(const std::string &email, const std::string &password, std::int64_t now);
    // The telephony platform's credential (--bootstrap-platform, issue 11): a user who may only
    // post charges. Nothing when this e-mail is the platform's already; Conflict when the e-mail
    // belongs to anyone else (a customer or staff is never turned into the platform).
    void bootstrapPlatform(const std::string &email, const std::string &password, std::int64_t now);

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
    store::Store &m_store;
};

} // namespace application
