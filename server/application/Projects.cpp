// SPDX-License-Identifier: GPL-3.0-or-later
#include "Projects.h"

#include "DomainError.h"
#include "LedgerOps.h"
#include "ProjectOps.h"
#include "Store.h"
#include "UserOps.h"

#include <cctype>

namespace application {

Projects::Projects(store::Store &store)
    : m_store(store)
    , m_failedLookups(kFailedLookupsPerUser, kFailedLookupWindowSeconds, kMaxTrackedUsers)
{
}

CreatedProject Projects::create(const NewProject &project, std::int64_t now)
{
    const Members::HashedUser owner = Members::hashed(project.owner);
    const auto created = m_store.write([&](store::Tx &tx) {
        std::optional<std::int64_t> referrer;
        if (project.referredBy) {
            referrer = store::projects::idByReferralCode(tx, *project.referredBy);
            if (!referrer)
                throw domain::Error(domain::ErrorCode::ValidationFailed,
                                    "'referred_by' is not the referral code of any project");
        }
        const auto made = store::projects::create(tx, project.name, referrer, now);
        store::users::addMember(tx, made.id, Members::userIdFor(tx, owner, now), "owner", now);
        return made;
    });
    return CreatedProject{created.id, created.name, created.referralCode};
}

store::Balances Projects::balancesOf(std::int64_t projectId)
{
    return m_store.read([&](store::Tx &tx) { return store::ledgerops::balancesOf(tx, projectId); });
}

store::HistoryPage Projects::history(const store::HistoryQuery &query)
{
    return m_store.read([&](store::Tx &tx) { return store::ledgerops::history(tx, query); });
}

ProjectName Projects::transferRecipient(std::int64_t userId, std::int64_t projectId, std::string_view code,
                                       std::int64_t now)
{
    // Codes are upper case without look-alikes; what people type may have spaces or lower case.
    std::string normalised;
    for (const char c : code)
        if (!std::isspace(static_cast<unsigned char>(c)))
            normalised.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
    if (normalised.empty() || normalised.size() > 32)
        throw domain::Error(domain::ErrorCode::ValidationFailed, "the receiving project's code has 1 to 32 characters");
    // Counted before the look-up, so parallel guesses cannot pass the limit; a hit gives it back.
    const std::string key = std::to_string(userId);
    if (!m_failedLookups.tryTake(key, now))
        throw domain::Error(domain::ErrorCode::RateLimited,
                            "too many unknown project codes; try again in an hour");
    const auto target = m_store.read([&](store::Tx &tx) -> std::optional<store::projects::Project> {
        const auto id = store::projects::idByReferralCode(tx, normalised);
        return id ? store::projects::find(tx, *id) : std::nullopt;
    });
    if (!target)
        throw domain::Error(domain::ErrorCode::NotFound, "no project has this code");
    m_failedLookups.giveBack(key);
    if (target->id == projectId)
        throw domain::Error(domain::ErrorCode::ValidationFailed,
                            "this is the project's own code: withdraw to its own main balance instead");
    return ProjectName{target->id, target->name};
}

} // namespace application
