// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReferralOps.h"

#include "DomainError.h"
#include "EventOps.h"
#include "Keyset.h"
#include "LedgerOps.h"
#include "ProjectOps.h"

#include "Money.h"
#include "Posting.h"
#include "Referral.h"

#include <string>

namespace store::referrals {

namespace {

using ledger::AccountKind;
using ledger::Money;

constexpr std::string_view kWithdrawalColumns =
    "SELECT w.id, w.project_id, p.name, w.amount, w.destination, w.card_masked, w.target_project_id, w.status,"
    " w.created_at, w.decided_at FROM referral_withdrawals w JOIN projects p ON p.id = w.project_id";

Withdrawal withdrawalFrom(const SqlRow &row)
{
    return Withdrawal{row.integer(0),         row.integer(1),         row.text(2),    row.integer(3),
                      row.text(4),            row.optionalText(5),    row.optionalInteger(6), row.text(7),
                      row.integer(8),         row.optionalInteger(9)};
}

Withdrawal require(Tx &tx, std::int64_t withdrawalId)
{
    auto found = find(tx, withdrawalId);
    if (!found)
        throw domain::Error(domain::ErrorCode::NotFound, "no such referral withdrawal");
    return *found;
}

// The text of the receiving main history row: where the money came from, never how much the
// referral balance holds (R20).
std::string transferDescription(Tx &tx, std::int64_t projectId, std::int64_t targetId)
{
    if (projectId == targetId)
        return "Transfer from the referral program";
    return "Transfer from the referral program of \u00ab" + projects::find(tx, projectId).value().name + "\u00bb";
}

// Staff decide a pending card payout, guarded so a payout is decided once.
Withdrawal decide(Tx &tx, const money::Actor &actor, std::int64_t withdrawalId, bool completeIt)
{
    const Withdrawal withdrawal = require(tx, withdrawalId);
    events::lockFeed(tx, withdrawal.projectId); // before the referral accounts (EventOps.h)
    if (withdrawal.destination != "card")
        throw domain::Error(domain::ErrorCode::Conflict, "only card payouts wait for staff; this transfer completed at once");
    const char *status = completeIt ? "completed" : "rejected";
    if (tx.execute("UPDATE referral_withdrawals SET status = $1, decided_by = $2, decided_at = $3"
                   " WHERE id = $4 AND status = 'pending'",
                   {std::string_view(status), actor.userId, actor.now, withdrawalId})
        != 1)
        throw domain::Error(domain::ErrorCode::Conflict, "the card payout is already " + withdrawal.status);
    const Money amount = Money::fromMinor(withdrawal.amount);
    ledgerops::PostingInfo info;
    info.kind = completeIt ? "card_payout" : "withdrawal_reversal";
    info.at = actor.now;
    info.projectId = withdrawal.projectId;
    info.createdBy = actor.userId;
    info.description = completeIt ? "Card payout completed" : "Card payout rejected: the amount returns";
    info.destination = "card";
    info.withdrawalId = withdrawalId;
    ledgerops::applyPosting(tx,
                            completeIt ? ledger::postCardPayoutComplete(withdrawal.projectId, amount)
                                       : ledger::postCardPayoutReject(withdrawal.projectId, amount),
                            info);
    // R31, owner only (R3): the feed keeps withdrawal_* from an Administrator.
    events::append(tx, withdrawal.projectId, actor.now, completeIt ? "withdrawal_completed" : "withdrawal_rejected",
                   audit::Details()
                       .add("withdrawal_id", withdrawalId)
                       .add("amount", withdrawal.amount)
                       .add("destination", withdrawal.destination));
    return require(tx, withdrawalId);
}

} // namespace

ReferralSummary summary(Tx &tx, std::int64_t projectId)
{
    const auto project = projects::find(tx, projectId);
    if (!project)
        throw domain::Error(domain::ErrorCode::NotFound, "no such project");
    ReferralSummary result;
    result.code = project->referralCode;
    result.balance = ledgerops::balanceOf(tx, ledger::projectAccount(projectId, AccountKind::Referral));
    result.reserved = ledgerops::balanceOf(tx, ledger::projectAccount(projectId, AccountKind::ReferralReserved));
    tx.query("SELECT p.id, p.name, p.created_at, (SELECT COALESCE(SUM(t.amount), 0) FROM referral_transactions t"
             " WHERE t.project_id = $1 AND t.source_project_id = p.id AND t.kind = 'accrual')"
             " FROM projects p WHERE p.referred_by = $1 ORDER BY p.created_at, p.id",
             {projectId}, [&](const SqlRow &row) {
                 result.referrals.push_back(Referee{row.integer(0), row.text(1), row.integer(2), row.integer(3)});
             });
    return result;
}

ReferralPage history(Tx &tx, std::int64_t projectId, const std::optional<HistoryCursor> &after, int limit)
{
    ReferralPage page;
    tx.query("SELECT t.id, t.at, t.kind, t.amount, t.balance_after, t.source_project_id, s.name, t.destination,"
             " t.withdrawal_id, w.status, w.card_masked, w.target_project_id FROM referral_transactions t"
             " LEFT JOIN projects s ON s.id = t.source_project_id"
             " LEFT JOIN referral_withdrawals w ON w.id = t.withdrawal_id"
             " WHERE t.project_id = $1 AND t.at <= $2 AND (t.at < $2 OR t.id < $3)"
             " ORDER BY t.at DESC, t.id DESC LIMIT $4",
             {projectId, keyset::atBound(after), keyset::idBound(after), static_cast<std::int64_t>(limit) + 1},
             [&](const SqlRow &row) {
                 page.items.push_back(ReferralItem{row.integer(0), row.integer(1), row.text(2), row.integer(3),
                                                   row.integer(4), row.optionalInteger(5), row.optionalText(6),
                                                   row.optionalText(7), row.optionalInteger(8), row.optionalText(9),
                                                   row.optionalText(10), row.optionalInteger(11)});
             });
    keyset::finish(page, limit, [](const ReferralItem &item) { return item.at; });
    return page;
}

Withdrawal withdraw(Tx &tx, const money::Actor &actor, std::int64_t projectId, const WithdrawalOrder &order)
{
    const Money amount = Money::fromMinor(order.amount);
    const bool card = order.destination == "card";
    if (!card)
        events::lockFeed(tx, projectId); // before the referral account (EventOps.h)
    std::int64_t target = projectId;
    if (order.destination == "project") {
        if (!order.targetProjectId || !projects::find(tx, *order.targetProjectId))
            throw domain::Error(domain::ErrorCode::ValidationFailed, "'target_project_id' is not the id of an existing project");
        target = *order.targetProjectId;
    }
    // R21: checked in the writer's transaction; the single writer serialises withdrawals.
    const Money available =
        Money::fromMinor(ledgerops::balanceOf(tx, ledger::projectAccount(projectId, AccountKind::Referral)));
    if (!ledger::canWithdraw(available, amount))
        throw domain::Error(domain::ErrorCode::ReferralBalanceExceeded, "the amount is above the available referral balance");

    const SqlValue mask = order.cardMasked ? SqlValue(std::string_view(*order.cardMasked)) : SqlValue(nullptr);
    const SqlValue targetValue = order.destination == "project" ? SqlValue(target) : SqlValue(nullptr);
    const SqlValue decidedAt = card ? SqlValue(nullptr) : SqlValue(actor.now);
    const std::int64_t id =
        tx.queryInteger("INSERT INTO referral_withdrawals (project_id, amount, destination, card_masked,"
                        " target_project_id, status, created_by, created_at, decided_at)"
                        " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
                        {projectId, order.amount, std::string_view(order.destination), mask, targetValue,
                         std::string_view(card ? "pending" : "completed"), actor.userId, actor.now, decidedAt})
            .value();
    const std::string description = card ? "Card payout to " + order.cardMasked.value_or(std::string())
                                         : transferDescription(tx, projectId, target);
    ledgerops::PostingInfo info;
    // The posting's kind is the receiving main row's kind (referral_transfer_in); a card payout
    // only moves the amount to the reserve.
    info.kind = card ? "card_payout_reserve" : "referral_transfer_in";
    info.at = actor.now;
    info.projectId = projectId;
    info.createdBy = actor.userId;
    info.description = description;
    info.destination = order.destination;
    info.withdrawalId = id;
    ledgerops::applyPosting(tx,
                            card ? ledger::postCardPayoutReserve(projectId, amount)
                                 : ledger::postReferralTransfer(projectId, target, amount),
                            info);
    if (!card) // an internal transfer completes at once (R20)
        events::append(tx, projectId, actor.now, "withdrawal_completed",
                       audit::Details().add("withdrawal_id", id).add("amount", order.amount).add("destination", order.destination));
    return require(tx, id);
}

Withdrawal complete(Tx &tx, const money::Actor &actor, std::int64_t withdrawalId)
{
    return decide(tx, actor, withdrawalId, true);
}

Withdrawal reject(Tx &tx, const money::Actor &actor, std::int64_t withdrawalId)
{
    return decide(tx, actor, withdrawalId, false);
}

WithdrawalPage withdrawals(Tx &tx, const WithdrawalFilter &filter)
{
    WithdrawalPage page;
    const auto onRow = [&](const SqlRow &row) { page.items.push_back(withdrawalFrom(row)); };
    const std::string keyset = keyset::newestCreatedFirst("w");
    const auto [at, id, fetch] = keyset::bounds(filter.after, filter.limit);
    if (filter.status)
        tx.query(std::string(kWithdrawalColumns) + " WHERE w.status = $4" + keyset, {at, id, fetch, *filter.status},
                 onRow);
    else
        tx.query(std::string(kWithdrawalColumns) + " WHERE w.id > 0" + keyset, {at, id, fetch}, onRow);
    keyset::finish(page, filter.limit, [](const Withdrawal &item) { return item.createdAt; });
    return page;
}

std::optional<Withdrawal> find(Tx &tx, std::int64_t withdrawalId)
{
    std::optional<Withdrawal> found;
    tx.query(std::string(kWithdrawalColumns) + " WHERE w.id = $1", {withdrawalId},
             [&](const SqlRow &row) { found = withdrawalFrom(row); });
    return found;
}

} // namespace store::referrals
