// SPDX-License-Identifier: GPL-3.0-or-later
#include "LedgerOps.h"

#include "AutoTopUpOps.h"
#include "CreditOps.h"
#include "DomainError.h"
#include "Schema.h"

#include <random>
#include <stdexcept>
#include <string>

namespace store::ledgerops {

namespace {

using ledger::AccountKind;

struct AccountRow
{
    std::int64_t id = 0;
    std::int64_t balance = 0;
};

// The row of a service account that this posting moves: any of its kServiceShards rows (the
// balance is their sum), picked at random so that concurrent writers rarely meet on one row.
std::int64_t serviceShard()
{
    thread_local std::minstd_rand random{std::random_device{}()};
    return std::uniform_int_distribution<std::int64_t>(0, kServiceShards - 1)(random);
}

AccountRow accountRow(Tx &tx, ledger::AccountRef account)
{
    std::optional<AccountRow> row;
    const auto onRow = [&](const SqlRow &r) { row = AccountRow{r.integer(0), r.integer(1)}; };
    // Static text: a posting reads several accounts, and a charge is the hot path.
    static constexpr std::string_view kProject = "SELECT id, balance FROM accounts WHERE project_id = $1 AND kind = $2";
    static constexpr std::string_view kProjectLocked =
        "SELECT id, balance FROM accounts WHERE project_id = $1 AND kind = $2 FOR UPDATE";
    static constexpr std::string_view kService =
        "SELECT id, balance FROM accounts WHERE project_id IS NULL AND kind = $1 AND shard = $2";
    static constexpr std::string_view kServiceLocked =
        "SELECT id, balance FROM accounts WHERE project_id IS NULL AND kind = $1 AND shard = $2 FOR UPDATE";
    const bool locked = !tx.rowLock().empty();
    if (ledger::isProjectAccount(account.kind))
        tx.query(locked ? kProjectLocked : kProject, {account.projectId, ledger::toString(account.kind)}, onRow);
    else
        tx.query(locked ? kServiceLocked : kService, {ledger::toString(account.kind), serviceShard()}, onRow);
    if (!row)
        throw domain::Error(domain::ErrorCode::NotFound, "no such account");
    return *row;
}

} // namespace

bool isCustomerBalance(AccountKind kind)
{
    return kind == AccountKind::Main || kind == AccountKind::Bonus || kind == AccountKind::Credit;
}

std::string_view historyKind(std::string_view postingKind, const ledger::Entry &entry)
{
    if (postingKind == "topup" && entry.account.kind == AccountKind::Main && entry.amount.isNegative())
        return "credit_repayment";
    return postingKind;
}

std::string_view referralKind(std::string_view postingKind, const ledger::Entry &entry)
{
    if (postingKind == "charge")
        return "accrual";
    if (postingKind == "withdrawal_reversal" || entry.amount.isPositive())
        return "withdrawal_reversal";
    return "withdrawal";
}

namespace {

SqlValue optionalValue(const std::optional<std::int64_t> &value)
{
    return value ? SqlValue(*value) : SqlValue(nullptr);
}
SqlValue optionalValue(const std::optional<std::string_view> &value)
{
    return value ? SqlValue(*value) : SqlValue(nullptr);
}

} // namespace

std::int64_t applyPosting(Tx &tx, const ledger::Posting &posting, const PostingInfo &info)
{
    if (!posting.isBalanced())
        throw std::logic_error("refusing an unbalanced posting");
    const std::int64_t postingId =
        tx.queryInteger("INSERT INTO postings (at, kind, project_id, created_by, description)"
                        " VALUES ($1, $2, $3, $4, $5) RETURNING id",
                        {info.at, info.kind, optionalValue(info.projectId), optionalValue(info.createdBy),
                         info.description})
            .value();
    // The project whose main this posting moves, and main afterwards (R28, R31 watch it).
    std::optional<std::pair<std::int64_t, std::int64_t>> mainMoved;
    for (const ledger::Entry &entry : posting.entries()) {
        const AccountRow account = accountRow(tx, entry.account);
        // Checked: a balance that would leave int64 throws instead of wrapping (R22).
        const std::int64_t after = (ledger::Money::fromMinor(account.balance) + entry.amount).minor();
        tx.execute("UPDATE accounts SET balance = $1 WHERE id = $2", {after, account.id});
        tx.execute("INSERT INTO entries (posting_id, account_id, amount) VALUES ($1, $2, $3)",
                   {postingId, account.id, entry.amount.minor()});
        const AccountKind kind = entry.account.kind;
        if (kind == AccountKind::Main)
            mainMoved = std::pair{entry.account.projectId, after};
        if (isCustomerBalance(kind)) {
            tx.execute("INSERT INTO transactions (project_id, posting_id, at, kind, category, balance, amount,"
                       " balance_after, description) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
                       {entry.account.projectId, postingId, info.at, historyKind(info.kind, entry),
                        optionalValue(info.category), ledger::toString(kind), entry.amount.minor(), after,
                        info.description});
        } else if (kind == AccountKind::Referral) {
            tx.execute("INSERT INTO referral_transactions (project_id, posting_id, at, kind, amount, balance_after,"
                       " source_project_id, destination, withdrawal_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
                       {entry.account.projectId, postingId, info.at, referralKind(info.kind, entry),
                        entry.amount.minor(), after, optionalValue(info.sourceProjectId),
                        optionalValue(info.destination), optionalValue(info.withdrawalId)});
        }
    }
    if (mainMoved)
        autotopup::afterMainMoved(tx, mainMoved->first, mainMoved->second, info.at);
    return postingId;
}

std::int64_t balanceOf(Tx &tx, ledger::AccountRef account)
{
    if (ledger::isProjectAccount(account.kind))
        return accountRow(tx, account).balance;
    return tx.queryInteger("SELECT COALESCE(SUM(balance), 0) FROM accounts WHERE project_id IS NULL AND kind = $1",
                           {ledger::toString(account.kind)})
        .value_or(0);
}

CreditSummary creditSummary(Tx &tx, std::int64_t projectId)
{
    CreditSummary summary;
    summary.available = balanceOf(tx, ledger::projectAccount(projectId, AccountKind::Credit));
    if (const auto credit = credits::active(tx, projectId)) {
        summary.granted = credit->granted;
        summary.used = credit->granted - summary.available - credit->repaid;
        summary.dueAt = credit->dueAt;
    }
    return summary;
}

Balances balancesOf(Tx &tx, std::int64_t projectId)
{
    Balances balances;
    tx.query("SELECT kind, balance FROM accounts WHERE project_id = $1 AND kind IN ('main', 'bonus')", {projectId},
             [&](const SqlRow &row) {
                 (row.text(0) == "main" ? balances.main : balances.bonus) = row.integer(1);
             });
    balances.credit = creditSummary(tx, projectId);
    return balances;
}

HistoryPage history(Tx &tx, const HistoryQuery &query)
{
    // One statement per filter combination, so each uses its own (project, filter, at, id) index.
    std::string sql = "SELECT id, at, kind, category, balance, amount, balance_after, description"
                      " FROM transactions WHERE project_id = $1 AND at >= $2 AND at <= $3"
                      // (at, id) < ($4, $5), spelled so that SQLite still picks the filter's index.
                      " AND at <= $4 AND (at < $4 OR id < $5)";
    const std::int64_t cursorAt = query.after ? query.after->at : std::numeric_limits<std::int64_t>::max();
    const std::int64_t cursorId = query.after ? query.after->id : std::numeric_limits<std::int64_t>::max();
    const std::int64_t fetch = query.limit + 1; // one more tells whether a next page exists
    HistoryPage page;
    const auto onRow = [&](const SqlRow &row) {
        page.items.push_back(HistoryItem{row.integer(0), row.integer(1), row.text(2), row.optionalText(3),
                                         row.text(4), row.integer(5), row.integer(6), row.text(7)});
    };
    const std::string order = " ORDER BY at DESC, id DESC LIMIT $6";
    if (query.balance && query.kind) {
        tx.query(sql + " AND balance = $7 AND kind = $8" + order,
                 {query.projectId, query.from, query.to, cursorAt, cursorId, fetch, *query.balance, *query.kind},
                 onRow);
    } else if (query.balance) {
        tx.query(sql + " AND balance = $7" + order,
                 {query.projectId, query.from, query.to, cursorAt, cursorId, fetch, *query.balance}, onRow);
    } else if (query.kind) {
        tx.query(sql + " AND kind = $7" + order,
                 {query.projectId, query.from, query.to, cursorAt, cursorId, fetch, *query.kind}, onRow);
    } else {
        tx.query(sql + order, {query.projectId, query.from, query.to, cursorAt, cursorId, fetch}, onRow);
    }
    if (page.items.size() > static_cast<size_t>(query.limit)) {
        page.items.pop_back();
        page.next = HistoryCursor{page.items.back().at, page.items.back().id};
    }
    return page;
}

} // namespace store::ledgerops
