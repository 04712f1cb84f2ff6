// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Sql.h"

#include "ChargeRouter.h"
#include "LedgerOps.h"
#include "Posting.h"

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

// Staff and platform money movements on a project: charges, bonus grants, adjustments.
// The rules come from cabinet_ledger; these functions only load the facts and store the posting.
namespace store::money {

struct Actor
{
    std::int64_t userId = 0;
    std::int64_t now = 0;
};

// What a charge needs to know of its project (R9-R17, R19).
struct ChargeFunds
{
    ledger::Pots pots;                      // bonus, main, available credit
    std::optional<std::int64_t> referredBy; // the referrer earns the commission (R19)
};

struct ChargePlan
{
    ledger::ChargeRouting routing;
    ledger::Posting posting;
};

// What a charge of the project may be paid with now (NotFound for an unknown project): what
// charge() routes over, and what a preview routes over (R30), so the two cannot disagree.
ChargeFunds chargeFunds(Tx &tx, std::int64_t projectId);
// The sum of the project's charges (every balance's part) with from <= at < to: the forecast's
// basis (R29) and a month's spend for credit eligibility (R14).
std::int64_t chargedBetween(Tx &tx, std::int64_t projectId, std::int64_t from, std::int64_t to);

// The ledger's decision for one charge: routing over the pots, refused whole with
// domain::Error(InsufficientFunds) when not covered (R17), the referrer's commission (R19).
// Shared by charge() and the set-based charge batch (ChargeBatch.h).
ChargePlan planCharge(std::int64_t projectId, const ChargeFunds &funds, ledger::Category category,
                      ledger::Money amount, int referralRateBp);
// The PostingInfo of a charge's posting.
ledgerops::PostingInfo chargeInfo(const Actor &actor, std::int64_t projectId, ledger::Category category,
                                  std::string_view description);

struct ChargeResult
{
    std::int64_t id = 0; // the posting id
    std::vector<ledger::ChargePart> parts;
};

// R9-R11, R16, R17, R19: routes the charge over bonus, main and credit; refuses it whole with
// domain::Error(InsufficientFunds) when not covered; accrues the referrer's commission at
// referralRateBp in the same transaction.
ChargeResult charge(Tx &tx, const Actor &actor, std::int64_t projectId, ledger::Category category,
                    ledger::Money amount, std::string_view description, int referralRateBp);

// R8: staff -amount, bonus +amount, with the reason as the row's description.
std::int64_t grantBonus(Tx &tx, const Actor &actor, std::int64_t projectId, ledger::Money amount,
                        std::string_view reason);

// R6: kind "compensation" (amount > 0) or "correction" (signed, may take main below zero).
std::int64_t adjust(Tx &tx, const Actor &actor, std::int64_t projectId, std::string_view kind,
                    ledger::Money signedAmount, std::string_view reason);

} // namespace store::money
