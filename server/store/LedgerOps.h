// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Records.h"
#include "Sql.h"

#include "Posting.h"

#include <optional>
#include <string_view>

// The double-entry ledger (R22): applying postings, balances and the customer-visible history.
namespace store::ledgerops {

// What a posting is for. `kind` is the history kind of its rows (charge, topup, bonus_grant,
// compensation, correction, credit_grant, credit_expiry, referral_transfer_in, ...).
struct PostingInfo
{
    std::string_view kind;
    std::int64_t at = 0;
    std::optional<std::int64_t> projectId;
    std::optional<std::int64_t> createdBy;
    std::optional<std::string_view> category;
    std::string_view description;
    // Referral history rows: the project whose charge earned an accrual, the withdrawal's destination.
    std::optional<std::int64_t> sourceProjectId;
    std::optional<std::string_view> destination;
    std::optional<std::int64_t> withdrawalId;
};

// Writes the posting and its entries, updates each account's cached balance with checked
// arithmetic in the same transaction, and writes one history row per entry on a project's main,
// bonus or credit account (R26) and one referral history row per entry on a referral account.
// Throws std::logic_error for an unbalanced posting. Returns the posting id.
std::int64_t applyPosting(Tx &tx, const ledger::Posting &posting, const PostingInfo &info);

// A service account's balance is the sum of its rows (migration 4).
std::int64_t balanceOf(Tx &tx, ledger::AccountRef account);

// Which rows an entry writes besides itself (shared by applyPosting and the charge batch):
// a history row on a project's main, bonus or credit account (R26), a referral history row on a
// referral account. historyKind: the posting's kind, except the part of a paid top-up that repays
// used credit (R17), which the customer sees as its own row. referralKind: accrual, withdrawal
// or withdrawal_reversal.
bool isCustomerBalance(ledger::AccountKind kind);
std::string_view historyKind(std::string_view postingKind, const ledger::Entry &entry);
std::string_view referralKind(std::string_view postingKind, const ledger::Entry &entry);
// main and bonus from the accounts; the credit figures from creditSummary.
Balances balancesOf(Tx &tx, std::int64_t projectId);
// granted / available / used / due_at of the project's active credit (R17): available is the
// credit account's balance (unspent), used = granted - available - repaid (spent, not yet repaid).
// All zero and no due time without an active credit.
CreditSummary creditSummary(Tx &tx, std::int64_t projectId);

HistoryPage history(Tx &tx, const HistoryQuery &query);

} // namespace store::ledgerops
