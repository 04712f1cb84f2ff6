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

// A new referral code (R19): eight characters without look-alikes (no 0/O, 1/I/L), easy to read out
// and type, drawn from libsodium's CSPRNG (the kernel's getrandom): a code gives away nothing about
// the next one, and a forked process never repeats its parent's codes.
std::string randomReferralCode();
// Creates the project with its accounts (main, bonus, credit, referral, referral_reserved) and
// a unique referral code.
Project create(Tx &tx, std::string_view name, std::optional<std::int64_t> referredBy, std::int64_t createdAt);
std::optional<Project> find(Tx &tx, std::int64_t projectId);
std::optional<std::int64_t> idByReferralCode(Tx &tx, std::string_view code);

} // namespace store::projects
