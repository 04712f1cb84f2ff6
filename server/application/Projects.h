// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LoginThrottle.h"
#include "Members.h"
#include "Records.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

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
    // R20: the project a referral transfer would go to, found by its referral code, which its
    // owner hands out; never by id, so names cannot be listed (issue 11, docs/security.md).
    // ValidationFailed for the project's own code or a malformed one, NotFound for an unknown
    // code, RateLimited once the user has failed kFailedLookupsPerUser times in the window.
    ProjectName transferRecipient(std::int64_t userId, std::int64_t projectId, std::string_view code,
                                  std::int64_t now);

    static constexpr int kFailedLookupsPerUser = 10;
    static constexpr std::int64_t kFailedLookupWindowSeconds = 3600;
    static constexpr size_t kMaxTrackedUsers = 100000;

private:
    store::Store &m_store;
    AttemptWindow m_failedLookups; // per user: guesses cost one attempt each, hits give it back
};

} // namespace application
