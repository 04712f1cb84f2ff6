// SPDX-License-Identifier: GPL-3.0-or-later
#include "Projects.h"

#include "DomainError.h"
#include "LedgerOps.h"
#include "ProjectOps.h"
#include "Store.h"
#include "UserOps.h"

namespace application {

Projects::Projects(store::Store &store)
    : m_store(store)
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

ProjectName Projects::transferTarget(std::int64_t projectId, std::int64_t targetId)
{
    if (targetId == projectId)
        throw domain::Error(domain::ErrorCode::ValidationFailed,
                            "this is the project itself: withdraw to its own main balance instead");
    const auto target = m_store.read([&](store::Tx &tx) { return store::projects::find(tx, targetId); });
    if (!target)
        throw domain::Error(domain::ErrorCode::NotFound, "no project has this id");
    return ProjectName{target->id, target->name};
}

} // namespace application
