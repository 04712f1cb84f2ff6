// SPDX-License-Identifier: GPL-3.0-or-later
#include "BulkHistory.h"

#include "LedgerOps.h"
#include "Schema.h"

#include "Posting.h"

#include <random>
#include <string>

namespace store {

namespace {

using ledger::AccountKind;

constexpr std::int64_t kRebuildIndexesFrom = 20000;

std::int64_t accountId(Tx &tx, ledger::AccountRef account)
{
    if (ledger::isProjectAccount(account.kind))
        return tx.queryInteger("SELECT id FROM accounts WHERE project_id = $1 AND kind = $2",
                               {account.projectId, ledger::toString(account.kind)})
            .value();
    return tx.queryInteger("SELECT id FROM accounts WHERE project_id IS NULL AND kind = $1",
                           {ledger::toString(account.kind)})
        .value();
}

} // namespace

void appendBulkHistory(Tx &tx, Dialect dialect, std::int64_t projectId, std::int64_t count, std::int64_t from,
                       std::int64_t to)
{
    if (count <= 0)
        return;
    const std::int64_t mainId = accountId(tx, ledger::projectAccount(projectId, AccountKind::Main));
    const std::int64_t paymentsId = accountId(tx, ledger::serviceAccount(AccountKind::Payments));
    const std::int64_t revenueId = accountId(tx, ledger::serviceAccount(AccountKind::Revenue));
    ledger::Money main = ledger::Money::fromMinor(ledgerops::balanceOf(tx, ledger::projectAccount(projectId, AccountKind::Main)));
    ledger::Money paidIn;
    ledger::Money charged;

    constexpr std::int64_t kTopUpAmount = 5000000; // 50 000.00 UAH
    std::mt19937_64 random(20260101);
    std::uniform_int_distribution<std::int64_t> callCost(15, 4500);
    // Above a few thousand rows, updating the history's secondary indexes row by row costs more
    // than the inserts: drop them and build each once, sorted, in the same transaction.
    const bool rebuildIndexes = count >= kRebuildIndexesFrom;
    if (rebuildIndexes) {
        for (const IndexDefinition &index : historyIndexes())
            tx.execute(std::string("DROP INDEX ") + index.name);
    }
    const std::int64_t span = to > from ? to - from : 1;
    // Explicit posting ids (the writer is alone in the database): a RETURNING per row costs a
    // quarter of the load.
    std::int64_t postingId = tx.queryInteger("SELECT COALESCE(MAX(id), 0) FROM postings", {}).value_or(0);
    for (std::int64_t i = 0; i < count; ++i) {
        const std::int64_t at = from + span * i / count;
        const bool topUp = main.minor() < 5000;
        const ledger::Money amount = ledger::Money::fromMinor(topUp ? kTopUpAmount : callCost(random));
        const std::string_view kind = topUp ? "topup" : "charge";
        ++postingId;
        tx.execute("INSERT INTO postings (id, at, kind, project_id, description) VALUES ($1, $2, $3, $4, $5)",
                   {postingId, at, kind, projectId,
                    topUp ? std::string_view("Invoice payment") : std::string_view("API call")});
        const ledger::Money delta = topUp ? amount : -amount;
        main += delta;
        (topUp ? paidIn : charged) += amount;
        const std::int64_t counterpart = topUp ? paymentsId : revenueId;
        tx.execute("INSERT INTO entries (posting_id, account_id, amount) VALUES ($1, $2, $3), ($1, $4, $5)",
                   {postingId, mainId, delta.minor(), counterpart, (-delta).minor()});
        const SqlValue category = topUp ? SqlValue(nullptr) : SqlValue(std::string_view("api_call"));
        tx.execute("INSERT INTO transactions (project_id, posting_id, at, kind, category, balance, amount, balance_after,"
                   " description) VALUES ($1, $2, $3, $4, $5, 'main', $6, $7, $8)",
                   {projectId, postingId, at, kind, category, delta.minor(), main.minor(),
                    topUp ? std::string_view("Invoice payment") : std::string_view("API call")});
    }
    if (rebuildIndexes) {
        for (const IndexDefinition &index : historyIndexes())
            tx.execute(index.create);
    }
    // PostgreSQL's identity does not see explicit ids: move it past them.
    if (dialect == Dialect::PostgreSql)
        tx.query("SELECT setval(pg_get_serial_sequence('postings', 'id'), (SELECT MAX(id) FROM postings))", {},
                 [](const SqlRow &) {});
    tx.execute("UPDATE accounts SET balance = $1 WHERE id = $2", {main.minor(), mainId});
    tx.execute("UPDATE accounts SET balance = balance - $1 WHERE id = $2", {paidIn.minor(), paymentsId});
    tx.execute("UPDATE accounts SET balance = balance + $1 WHERE id = $2", {charged.minor(), revenueId});
}

} // namespace store
