// SPDX-License-Identifier: GPL-3.0-or-later
#include "LedgerCheck.h"

namespace store {

namespace {

std::string accountName(const SqlRow &row, int idColumn)
{
    const std::string kind = row.text(idColumn + 1);
    const std::optional<std::int64_t> project = row.optionalInteger(idColumn + 2);
    return "account " + std::to_string(row.integer(idColumn)) + " (" + kind
        + (project ? ", project " + std::to_string(*project) : std::string(", service")) + ")";
}

} // namespace

LedgerCheck checkLedger(Tx &tx)
{
    LedgerCheck check;
    check.postings = tx.queryInteger("SELECT COUNT(*) FROM postings", {}).value_or(0);
    check.entries = tx.queryInteger("SELECT COUNT(*) FROM entries", {}).value_or(0);
    check.accounts = tx.queryInteger("SELECT COUNT(*) FROM accounts", {}).value_or(0);

    tx.query("SELECT posting_id, SUM(amount) FROM entries GROUP BY posting_id HAVING SUM(amount) <> 0"
             " ORDER BY posting_id",
             {}, [&](const SqlRow &row) {
                 check.breaches.push_back("posting " + std::to_string(row.integer(0)) + " sums to "
                                          + std::to_string(row.integer(1)) + ", not 0");
             });

    check.globalSum = tx.queryInteger("SELECT COALESCE(SUM(amount), 0) FROM entries", {}).value_or(0);
    if (check.globalSum != 0)
        check.breaches.push_back("the entries of all accounts sum to " + std::to_string(check.globalSum) + ", not 0");

    tx.query("SELECT a.id, a.kind, a.project_id, a.balance, COALESCE(SUM(e.amount), 0) FROM accounts a"
             " LEFT JOIN entries e ON e.account_id = a.id GROUP BY a.id, a.kind, a.project_id, a.balance"
             " HAVING a.balance <> COALESCE(SUM(e.amount), 0) ORDER BY a.id",
             {}, [&](const SqlRow &row) {
                 check.breaches.push_back(accountName(row, 0) + ": cached balance " + std::to_string(row.integer(3))
                                          + " but its entries sum to " + std::to_string(row.integer(4)));
             });
    return check;
}

} // namespace store
