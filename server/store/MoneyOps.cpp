// SPDX-License-Identifier: GPL-3.0-or-later
#include "MoneyOps.h"

#include "DomainError.h"
#include "LedgerOps.h"
#include "ProjectOps.h"

#include "Money.h"
#include "Posting.h"
#include "Referral.h"

namespace store::money {

namespace {

using ledger::AccountKind;
using ledger::Money;

projects::Project requireProject(Tx &tx, std::int64_t projectId)
{
    auto project = projects::find(tx, projectId);
    if (!project)
        throw domain::Error(domain::ErrorCode::NotFound, "no such project");
    return *project;
}

} // namespace

ChargePlan planCharge(std::int64_t projectId, const ChargeFunds &funds, ledger::Category category, Money amount,
                      int referralRateBp)
{
    ledger::ChargeRouting routing = ledger::routeCharge(category, amount, funds.pots);
    if (!routing.covered)
        throw domain::Error(domain::ErrorCode::InsufficientFunds,
                            "the balances that may pay this charge lack " + ledger::formatUah(routing.shortfall));
    std::optional<ledger::ReferralAccrual> accrual;
    if (funds.referredBy)
        accrual = ledger::ReferralAccrual{*funds.referredBy,
                                          ledger::commission(ledger::realMoneyOf(routing), referralRateBp)};
    ledger::Posting posting = ledger::postCharge(projectId, routing, accrual);
    return ChargePlan{std::move(routing), std::move(posting)};
}

ledgerops::PostingInfo chargeInfo(const Actor &actor, std::int64_t projectId, ledger::Category category,
                                  std::string_view description)
{
    ledgerops::PostingInfo info;
    info.kind = "charge";
    info.at = actor.now;
    info.projectId = projectId;
    info.createdBy = actor.userId;
    info.category = ledger::toString(category);
    info.description = description;
    info.sourceProjectId = projectId;
    return info;
}

ChargeFunds chargeFunds(Tx &tx, std::int64_t projectId)
{
    const projects::Project project = requireProject(tx, projectId);
    return ChargeFunds{
        ledger::Pots{
            Money::fromMinor(ledgerops::balanceOf(tx, ledger::projectAccount(projectId, AccountKind::Bonus))),
            Money::fromMinor(ledgerops::balanceOf(tx, ledger::projectAccount(projectId, AccountKind::Main))),
            Money::fromMinor(ledgerops::creditSummary(tx, projectId).available),
        },
        project.referredBy,
    };
}

std::int64_t chargedBetween(Tx &tx, std::int64_t projectId, std::int64_t from, std::int64_t to)
{
    return tx.queryInteger("SELECT COALESCE(SUM(-amount), 0) FROM transactions WHERE project_id = $1 AND kind = 'charge'"
                           " AND at >= $2 AND at < $3",
                           {projectId, from, to})
        .value_or(0);
}

ChargeResult charge(Tx &tx, const Actor &actor, std::int64_t projectId, ledger::Category category, Money amount,
                    std::string_view description, int referralRateBp)
{
    const ChargeFunds funds = chargeFunds(tx, projectId);
    ChargePlan plan = planCharge(projectId, funds, category, amount, referralRateBp);
    const std::int64_t postingId =
        ledgerops::applyPosting(tx, plan.posting, chargeInfo(actor, projectId, category, description));
    return ChargeResult{postingId, std::move(plan.routing.parts)};
}

std::int64_t grantBonus(Tx &tx, const Actor &actor, std::int64_t projectId, Money amount, std::string_view reason)
{
    requireProject(tx, projectId);
    ledgerops::PostingInfo info;
    info.kind = "bonus_grant";
    info.at = actor.now;
    info.projectId = projectId;
    info.createdBy = actor.userId;
    info.description = reason;
    return ledgerops::applyPosting(tx, ledger::postBonusGrant(projectId, amount), info);
}

std::int64_t adjust(Tx &tx, const Actor &actor, std::int64_t projectId, std::string_view kind, Money signedAmount,
                    std::string_view reason)
{
    requireProject(tx, projectId);
    ledgerops::PostingInfo info;
    info.kind = kind;
    info.at = actor.now;
    info.projectId = projectId;
    info.createdBy = actor.userId;
    info.description = reason;
    return ledgerops::applyPosting(tx, ledger::postAdjustment(projectId, signedAmount), info);
}

} // namespace store::money
