// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Members.h"
#include "Records.h"

#include <cstdint>
#include <optional>
#include <string>

namespace store {
class Store;
} // namespace store

namespace application {

struct NewProject
{
    std::string name;
    NewUser owner;
    std::optional<std::string> referredBy; // the referring project's referral code
};

struct CreatedProject
{
    std::int64_t id = 0;
    std::string name;
    std::string referralCode;
};

struct ProjectName
{
    std::int64_t id = 0;
    std::string name;
};

// Projects (customer accounts): staff open them; members read their balances and history.
class Projects
{
public:
    explicit Projects(store::Store &store);

    // R1: the owner is the project's first member. ValidationFailed for an unknown referral code.
    CreatedProject create(const NewProject &project, std::int64_t now);
    // Never a referral figure (R3).
    store::Balances balancesOf(std::int64_t projectId);
    store::HistoryPage history(const store::HistoryQuery &query);
    // R20: the name of the project a referral transfer would go to. ValidationFailed for the
    // project itself, NotFound for an unknown id.
    ProjectName transferTarget(std::int64_t projectId, std::int64_t targetId);

private:
    store::Store &m_store;
};

} // namespace application
