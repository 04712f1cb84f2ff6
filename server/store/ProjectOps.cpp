// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectOps.h"

#include "DomainError.h"

#include "Posting.h"

#include <array>
#include <random>

namespace store::projects {

namespace {

// Eight characters without look-alikes (no 0/O, 1/I/L), easy to read out and type. The code
// also names a referral transfer's recipient (R20), so it must not be predictable from other
// codes: every character comes from the system's entropy source, not a seeded generator.
std::string randomReferralCode()
{
    static constexpr std::string_view alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    thread_local std::random_device generator;
    std::uniform_int_distribution<size_t> pick(0, alphabet.size() - 1);
    std::string code;
    for (int i = 0; i < 8; ++i)
        code.push_back(alphabet[pick(generator)]);
    return code;
}

Project projectFrom(const SqlRow &row)
{
    return Project{row.integer(0), row.text(1), row.text(2), row.optionalInteger(3), row.integer(4)};
}

} // namespace

Project create(Tx &tx, std::string_view name, std::optional<std::int64_t> referredBy, std::int64_t createdAt)
{
    std::string code = randomReferralCode();
    while (idByReferralCode(tx, code))
        code = randomReferralCode();
    const SqlValue referrer = referredBy ? SqlValue(*referredBy) : SqlValue(nullptr);
    const std::int64_t id = tx.queryInteger("INSERT INTO projects (name, referral_code, referred_by, created_at)"
                                            " VALUES ($1, $2, $3, $4) RETURNING id",
                                            {name, code, referrer, createdAt})
                                .value();
    using ledger::AccountKind;
    for (AccountKind kind : std::array{AccountKind::Main, AccountKind::Bonus, AccountKind::Credit,
                                       AccountKind::Referral, AccountKind::ReferralReserved})
        tx.execute("INSERT INTO accounts (project_id, kind, balance) VALUES ($1, $2, 0)",
                   {id, ledger::toString(kind)});
    return Project{id, std::string(name), code, referredBy, createdAt};
}

std::optional<Project> find(Tx &tx, std::int64_t projectId)
{
    std::optional<Project> found;
    tx.query("SELECT id, name, referral_code, referred_by, created_at FROM projects WHERE id = $1", {projectId},
             [&](const SqlRow &row) { found = projectFrom(row); });
    return found;
}

std::optional<std::int64_t> idByReferralCode(Tx &tx, std::string_view code)
{
    return tx.queryInteger("SELECT id FROM projects WHERE referral_code = $1", {code});
}

} // namespace store::projects
