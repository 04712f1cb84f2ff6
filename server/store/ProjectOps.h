// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Sql.h"

#include <cstdint>
#include <optional>
#include <string>

// Projects (customer accounts) and their ledger accounts.
namespace store::projects {

struct Project
{
    std::int64_t id = 0;
    std::string name;
    std::string referralCode;
    std::optional<std::int64_t> referredBy;
    std::int64_t createdAt = 0;
};

// Creates the project with its accounts (main, bonus, credit, referral, referral_reserved) and
// a unique referral code.
Project create(Tx &tx, std::string_view name, std::optional<std::int64_t> referredBy, std::int64_t createdAt);
std::optional<Project> find(Tx &tx, std::int64_t projectId);
std::optional<std::int64_t> idByReferralCode(Tx &tx, std::string_view code);

} // namespace store::projects
