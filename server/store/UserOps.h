// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Records.h"
#include "Sql.h"

#include <optional>
#include <string>
#include <vector>

// Users, login tokens and project memberships (R1-R4).
namespace store::users {

struct Credentials
{
    User user;
    std::string passwordHash;
};

std::optional<Credentials> findByEmail(Tx &tx, std::string_view email);
std::optional<User> findById(Tx &tx, std::int64_t userId);
// Throws domain::Error(Conflict) when the email is taken.
std::int64_t create(Tx &tx, std::string_view email, std::string_view name, std::string_view passwordHash,
                    bool isStaff, std::int64_t now);
// The telephony platform's credential (issue 11, R4): a user whose service role is "platform",
// which may only post charges (application/Permissions.cpp). Conflict when the email is taken.
std::int64_t createPlatform(Tx &tx, std::string_view email, std::string_view passwordHash, std::int64_t now);
bool anyStaff(Tx &tx);

void insertToken(Tx &tx, std::string_view tokenHash, std::int64_t userId, std::int64_t now, std::int64_t expiresAt);
void deleteToken(Tx &tx, std::string_view tokenHash);
// Deletes every token whose expiry has come by `now`. Returns how many.
std::int64_t deleteExpiredTokens(Tx &tx, std::int64_t now);
// The user of a token, with the token's expiry and its session row (R33).
struct TokenOwner
{
    User user;
    std::int64_t expiresAt = 0;
    std::int64_t sessionId = 0;
    std::int64_t lastSeenAt = 0;
    std::string tokenHash;
};
// The owners of those of the tokens (SHA-256, lower-case hex) that exist, expired or not, in one
// statement (application::TokenOwners).
std::vector<TokenOwner> findByTokens(Tx &tx, const std::vector<std::string> &tokenHashes);

void touchSession(Tx &tx, std::int64_t sessionId, std::int64_t now);
// The user's unexpired sessions, newest first.
std::vector<Session> sessionsOf(Tx &tx, std::int64_t userId, std::int64_t now);
// Ends one of the user's own sessions; false when the user has no session with this id.
bool deleteSession(Tx &tx, std::int64_t userId, std::int64_t sessionId);
// Signs the user out everywhere but `keptSessionId` (R33).
void deleteOtherSessions(Tx &tx, std::int64_t userId, std::int64_t keptSessionId);
void setPassword(Tx &tx, std::int64_t userId, std::string_view passwordHash);
void setName(Tx &tx, std::int64_t userId, std::string_view name);

// Invitations (R32): only the token's SHA-256 is stored.
void insertInvitation(Tx &tx, std::string_view tokenHash, std::int64_t userId, std::int64_t projectId,
                      std::int64_t now, std::int64_t expiresAt);
// Marks an unused, unexpired invitation used and returns its user; nothing when there is none.
std::optional<std::int64_t> useInvitation(Tx &tx, std::string_view tokenHash, std::int64_t now);

std::vector<Membership> membershipsOf(Tx &tx, std::int64_t userId);
std::optional<std::string> roleIn(Tx &tx, std::int64_t projectId, std::int64_t userId);
std::vector<Member> membersOf(Tx &tx, std::int64_t projectId);
// Adds the membership; Conflict when the user is already a member.
void addMember(Tx &tx, std::int64_t projectId, std::int64_t userId, std::string_view role, std::int64_t now);
std::optional<Member> memberOf(Tx &tx, std::int64_t projectId, std::int64_t userId);
void setRole(Tx &tx, std::int64_t projectId, std::int64_t userId, std::string_view role);
void removeMember(Tx &tx, std::int64_t projectId, std::int64_t userId);

} // namespace store::users
