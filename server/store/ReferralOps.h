// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MoneyOps.h"
#include "Records.h"
#include "Sql.h"

#include <cstdint>
#include <optional>
#include <string>

// The referral program (R18-R21): the owner's summary and history, withdrawals to a card, to
// the project's own main balance or to another project's, and staff decisions on card payouts.
// Accruals are written by the charge itself (MoneyOps, R19). Nothing here is ever shown to an
// administrator: the HTTP layer guards every route with the owner-only permission (R3).
namespace store::referrals {

// Balance, reserved (card payouts in flight), the project's code and its referrals with what
// each one's charges earned (R19).
ReferralSummary summary(Tx &tx, std::int64_t projectId);

// The referral balance's history, newest first (accrual, withdrawal, withdrawal_reversal).
ReferralPage history(Tx &tx, std::int64_t projectId, const std::optional<HistoryCursor> &after, int limit);

struct WithdrawalOrder
{
    std::int64_t amount = 0;
    std::string destination;                     // card, own_main, project
    std::optional<std::string> cardMasked;       // card: only the mask is ever stored
    std::optional<std::int64_t> targetProjectId; // project
};

// R20, R21: refused with domain::Error(InsufficientFunds422) above the available referral balance
// (checked inside the writer, so concurrent withdrawals never overdraw), ValidationFailed for a
// target project that does not exist. own_main / project complete at once: the target's main
// gains a `referral_transfer_in` row that names no referral figure. card reserves the amount
// and waits for staff (status pending).
Withdrawal withdraw(Tx &tx, const money::Actor &actor, std::int64_t projectId, const WithdrawalOrder &order);

// Staff decide a pending card payout: complete pays it out (reserved -> payouts); reject returns
// the reserved amount (row withdrawal_reversal). NotFound for an unknown id; Conflict once
// decided or for a transfer that never waited.
Withdrawal complete(Tx &tx, const money::Actor &actor, std::int64_t withdrawalId);
Withdrawal reject(Tx &tx, const money::Actor &actor, std::int64_t withdrawalId);

struct WithdrawalFilter
{
    std::optional<std::string> status; // pending, completed, rejected
    std::optional<HistoryCursor> after;
    int limit = 100;
};
// Every project's withdrawals for staff, newest first.
WithdrawalPage withdrawals(Tx &tx, const WithdrawalFilter &filter);
std::optional<Withdrawal> find(Tx &tx, std::int64_t withdrawalId);

} // namespace store::referrals
