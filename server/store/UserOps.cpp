// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserOps.h"

#include "DomainError.h"

#include <stdexcept>

namespace store::users {

namespace {

// A SELECT of the user columns userFrom reads (first, in its order), then `rest`.
std::string selectUser(std::string_view rest)
{
    return "SELECT u.id, u.email, u.name, u.is_staff, COALESCE(u.service_role, '')" + std::string(rest);
}

User userFrom(const SqlRow &row)
{
    return User{row.integer(0), row.text(1), row.text(2), row.integer(3) != 0, row.text(4)};
}
} // namespace

std::optional<Credentials> findByEmail(Tx &tx, std::string_view email)
{
    std::optional<Credentials> found;
    tx.query(selectUser(", u.password_hash FROM users u WHERE u.email = $1"), {email},
             [&](const SqlRow &row) { found = Credentials{userFrom(row), row.text(5)}; });
    return found;
}

std::optional<User> findById(Tx &tx, std::int64_t userId)
{
    std::optional<User> found;
    tx.query(selectUser(" FROM users u WHERE u.id = $1"), {userId},
             [&](const SqlRow &row) { found = userFrom(row); });
    return found;
}

std::int64_t create(Tx &tx, std::string_view email, std::string_view name, std::string_view passwordHash,
                    bool isStaff, std::int64_t now)
{
    if (findByEmail(tx, email))
        throw domain::Error(domain::ErrorCode::Conflict, "a user with this email already exists");
    const SqlValue serviceRole = isStaff ? SqlValue(std::string_view("staff")) : SqlValue(nullptr);
    const auto id = tx.queryInteger("INSERT INTO users (email, name, password_hash, is_staff, service_role, created_at)"
                                    " VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
                                    {email, name, passwordHash, std::int64_t{isStaff ? 1 : 0}, serviceRole, now});
    return id.value();
}

std::int64_t createPlatform(Tx &tx, std::string_view email, std::string_view passwordHash, std::int64_t now)
{
    const std::int64_t id = create(tx, email, "Telephony platform", passwordHash, false, now);
    tx.execute("UPDATE users SET service_role = 'platform' WHERE id = $1", {id});
    return id;
}

bool anyStaff(Tx &tx)
{
    return tx.queryInteger("SELECT 1 FROM users WHERE is_staff = 1 LIMIT 1", {}).has_value();
}

void insertToken(Tx &tx, std::string_view tokenHash, std::int64_t userId, std::int64_t now, std::int64_t expiresAt)
{
    // Expired tokens of this user go at the next login, so the table does not grow forever.
    tx.execute("DELETE FROM tokens WHERE user_id = $1 AND expires_at <= $2", {userId, now});
    tx.execute("INSERT INTO tokens (token_hash, user_id, created_at, expires_at, last_seen_at)"
               " VALUES ($1, $2, $3, $4, $3)",
               {tokenHash, userId, now, expiresAt});
}

void deleteToken(Tx &tx, std::string_view tokenHash)
{
    tx.execute("DELETE FROM tokens WHERE token_hash = $1", {tokenHash});
}

std::int64_t deleteExpiredTokens(Tx &tx, std::int64_t now)
{
    return tx.execute("DELETE FROM tokens WHERE expires_at <= $1", {now});
}

std::vector<TokenOwner> findByTokens(Tx &tx, const std::vector<std::string> &tokenHashes)
{
    // The hashes go as one parameter (one prepared statement whatever their number). They are
    // SHA-256 in hex, so the array text needs no quoting.
    static const std::string kSelect =
        selectUser(", t.expires_at, t.id, t.last_seen_at, t.token_hash FROM tokens t JOIN users u ON u.id = t.user_id");
    static const std::string kPostgres = kSelect + " WHERE t.token_hash = ANY($1::text[])";
    static const std::string kSqlite = kSelect + " WHERE t.token_hash IN (SELECT value FROM json_each($1))";
    for (const std::string &hash : tokenHashes) {
        if (hash.find_first_not_of("0123456789abcdef") != std::string::npos)
            throw std::invalid_argument("a token hash is not lower-case hex");
    }
    const std::string list = listParameter(tx.dialect(), tokenHashes);
    std::vector<TokenOwner> found;
    tx.query(tx.dialect() == Dialect::PostgreSql ? kPostgres : kSqlite, {std::string_view(list)}, [&](const SqlRow &row) {
                 found.push_back(TokenOwner{userFrom(row), row.integer(5), row.integer(6), row.integer(7), row.text(8)});
             });
    return found;
}

void touchSession(Tx &tx, std::int64_t sessionId, std::int64_t now)
{
    tx.execute("UPDATE tokens SET last_seen_at = $2 WHERE id = $1 AND last_seen_at < $2", {sessionId, now});
}

std::vector<Session> sessionsOf(Tx &tx, std::int64_t userId, std::int64_t now)
{
    std::vector<Session> result;
    tx.query("SELECT id, created_at, last_seen_at FROM tokens WHERE user_id = $1 AND expires_at > $2"
             " ORDER BY created_at DESC, id DESC",
             {userId, now}, [&](const SqlRow &row) { result.push_back({row.integer(0), row.integer(1), row.integer(2)}); });
    return result;
}

bool deleteSession(Tx &tx, std::int64_t userId, std::int64_t sessionId)
{
    return tx.execute("DELETE FROM tokens WHERE id = $1 AND user_id = $2", {sessionId, userId}) > 0;
}

void deleteOtherSessions(Tx &tx, std::int64_t userId, std::int64_t keptSessionId)
{
    tx.execute("DELETE FROM tokens WHERE user_id = $1 AND id <> $2", {userId, keptSessionId});
}

void setPassword(Tx &tx, std::int64_t userId, std::string_view passwordHash)
{
    tx.execute("UPDATE users SET password_hash = $2 WHERE id = $1", {userId, passwordHash});
}

void setName(Tx &tx, std::int64_t userId, std::string_view name)
{
    tx.execute("UPDATE users SET name = $2 WHERE id = $1", {userId, name});
}

void insertInvitation(Tx &tx, std::string_view tokenHash, std::int64_t userId, std::int64_t projectId,
                      std::int64_t now, std::int64_t expiresAt)
{
    tx.execute("INSERT INTO invitations (token_hash, user_id, project_id, created_at, expires_at)"
               " VALUES ($1, $2, $3, $4, $5)",
               {tokenHash, userId, projectId, now, expiresAt});
}

std::optional<std::int64_t> useInvitation(Tx &tx, std::string_view tokenHash, std::int64_t now)
{
    const auto userId = tx.queryInteger("SELECT user_id FROM invitations WHERE token_hash = $1 AND used_at IS NULL"
                                        " AND expires_at > $2",
                                        {tokenHash, now});
    if (userId)
        tx.execute("UPDATE invitations SET used_at = $2 WHERE token_hash = $1", {tokenHash, now});
    return userId;
}

std::vector<Membership> membershipsOf(Tx &tx, std::int64_t userId)
{
    std::vector<Membership> result;
    tx.query("SELECT p.id, p.name, m.role FROM members m JOIN projects p ON p.id = m.project_id"
             " WHERE m.user_id = $1 ORDER BY p.id",
             {userId}, [&](const SqlRow &row) { result.push_back({row.integer(0), row.text(1), row.text(2)}); });
    return result;
}

std::optional<std::string> roleIn(Tx &tx, std::int64_t projectId, std::int64_t userId)
{
    return tx.queryText("SELECT role FROM members WHERE project_id = $1 AND user_id = $2", {projectId, userId});
}

std::vector<Member> membersOf(Tx &tx, std::int64_t projectId)
{
    std::vector<Member> result;
    tx.query("SELECT u.id, u.email, u.name, m.role FROM members m JOIN users u ON u.id = m.user_id"
             " WHERE m.project_id = $1 ORDER BY u.id",
             {projectId},
             [&](const SqlRow &row) { result.push_back({row.integer(0), row.text(1), row.text(2), row.text(3)}); });
    return result;
}

void addMember(Tx &tx, std::int64_t projectId, std::int64_t userId, std::string_view role, std::int64_t now)
{
    if (roleIn(tx, projectId, userId))
        throw domain::Error(domain::ErrorCode::Conflict, "the user is already a member of this project");
    tx.execute("INSERT INTO members (project_id, user_id, role, joined_at) VALUES ($1, $2, $3, $4)",
               {projectId, userId, role, now});
}

std::optional<Member> memberOf(Tx &tx, std::int64_t projectId, std::int64_t userId)
{
    std::optional<Member> found;
    tx.query("SELECT u.id, u.email, u.name, m.role FROM members m JOIN users u ON u.id = m.user_id"
             " WHERE m.project_id = $1 AND m.user_id = $2",
             {projectId, userId}, [&](const SqlRow &row) { found = Member{row.integer(0), row.text(1), row.text(2), row.text(3)}; });
    return found;
}

void setRole(Tx &tx, std::int64_t projectId, std::int64_t userId, std::string_view role)
{
    tx.execute("UPDATE members SET role = $3 WHERE project_id = $1 AND user_id = $2", {projectId, userId, role});
}

void removeMember(Tx &tx, std::int64_t projectId, std::int64_t userId)
{
    tx.execute("DELETE FROM members WHERE project_id = $1 AND user_id = $2", {projectId, userId});
}

} // namespace store::users
