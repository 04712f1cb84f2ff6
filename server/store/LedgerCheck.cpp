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

// The references of the append-only tables: on PostgreSQL no foreign key guards them (migration 9,
// issue 10), so this is where a row naming a missing one is found.
struct Reference
{
    const char *table;
    const char *column;
    const char *target;
};
constexpr Reference kReferences[] = {
    {"entries", "posting_id", "postings"},
    {"entries", "account_id", "accounts"},
    {"postings", "project_id", "projects"},
    {"postings", "created_by", "users"},
    {"transactions", "posting_id", "postings"},
    {"transactions", "project_id", "projects"},
    {"referral_transactions", "posting_id", "postings"},
    {"referral_transactions", "project_id", "projects"},
    {"referral_transactions", "source_project_id", "projects"},
    {"audit", "project_id", "projects"},
    {"audit", "actor_id", "users"},
    {"idempotency", "user_id", "users"},
    {"events", "project_id", "projects"},
};

void checkReferences(Tx &tx, LedgerCheck &check)
{
    for (const Reference &reference : kReferences) {
        const std::string table = reference.table;
        const std::string column = reference.column;
        // Static names from the list above, never input.
        tx.query("SELECT COUNT(*), MIN(r." + column + ") FROM " + table + " r LEFT JOIN " + reference.target
                     + " t ON t.id = r." + column + " WHERE r." + column + " IS NOT NULL AND t.id IS NULL",
                 {}, [&](const SqlRow &row) {
                     if (row.integer(0) == 0)
                         return;
                     check.breaches.push_back(table + "." + column + " names " + reference.target + " "
                                              + std::to_string(row.integer(1)) + ", which does not exist ("
                                              + std::to_string(row.integer(0)) + " row(s) name a missing one)");
                 });
    }
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
    checkReferences(tx, check);
    return check;
}

} // namespace store
