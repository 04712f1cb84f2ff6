// SPDX-License-Identifier: GPL-3.0-or-later
#include "Schema.h"

#include <string>
#include <vector>

namespace store {

namespace {

// Statements are portable SQL; "{id}" stands for the dialect's auto-increment primary key.
using Migration = std::vector<const char *>;

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> all = {
        // 1: users, projects, the double-entry ledger (R22), history, top-ups, idempotency (R23).
        {
            "CREATE TABLE users (id {id}, email TEXT NOT NULL UNIQUE, name TEXT NOT NULL,"
            " password_hash TEXT NOT NULL, is_staff INTEGER NOT NULL DEFAULT 0, created_at BIGINT NOT NULL)",
            "CREATE TABLE tokens (token_hash TEXT PRIMARY KEY, user_id BIGINT NOT NULL REFERENCES users(id),"
            " created_at BIGINT NOT NULL, expires_at BIGINT NOT NULL)",
            "CREATE INDEX tokens_user ON tokens(user_id)",
            "CREATE TABLE projects (id {id}, name TEXT NOT NULL, referral_code TEXT NOT NULL UNIQUE,"
            " referred_by BIGINT REFERENCES projects(id), created_at BIGINT NOT NULL)",
            "CREATE INDEX projects_referred_by ON projects(referred_by)",
            "CREATE TABLE members (project_id BIGINT NOT NULL REFERENCES projects(id),"
            " user_id BIGINT NOT NULL REFERENCES users(id), role TEXT NOT NULL CHECK (role IN"
            " ('owner','administrator','supervisor','manager','operator')), joined_at BIGINT NOT NULL,"
            " PRIMARY KEY (project_id, user_id))",
            "CREATE INDEX members_user ON members(user_id)",
            // A project has one owner (R1).
            "CREATE UNIQUE INDEX members_one_owner ON members(project_id) WHERE role = 'owner'",
            // project_id NULL: the service's own accounts (payments, revenue, staff, ...).
            "CREATE TABLE accounts (id {id}, project_id BIGINT REFERENCES projects(id), kind TEXT NOT NULL,"
            " balance BIGINT NOT NULL DEFAULT 0)",
            "CREATE UNIQUE INDEX accounts_project_kind ON accounts(project_id, kind)",
            "CREATE UNIQUE INDEX accounts_service_kind ON accounts(kind) WHERE project_id IS NULL",
            "INSERT INTO accounts (project_id, kind) VALUES (NULL, 'payments'), (NULL, 'revenue'),"
            " (NULL, 'staff'), (NULL, 'credit_line'), (NULL, 'referral_commission'), (NULL, 'payouts')",
            // Immutable: rows are only ever inserted (R22).
            "CREATE TABLE postings (id {id}, at BIGINT NOT NULL, kind TEXT NOT NULL,"
            " project_id BIGINT REFERENCES projects(id), created_by BIGINT REFERENCES users(id),"
            " description TEXT NOT NULL DEFAULT '')",
            "CREATE TABLE entries (id {id}, posting_id BIGINT NOT NULL REFERENCES postings(id),"
            " account_id BIGINT NOT NULL REFERENCES accounts(id), amount BIGINT NOT NULL)",
            "CREATE INDEX entries_posting ON entries(posting_id)",
            "CREATE INDEX entries_account ON entries(account_id)",
            // The customer-visible history of main, bonus and credit (R26), paged newest first.
            "CREATE TABLE transactions (id {id}, project_id BIGINT NOT NULL REFERENCES projects(id),"
            " posting_id BIGINT NOT NULL REFERENCES postings(id), at BIGINT NOT NULL, kind TEXT NOT NULL,"
            " category TEXT, balance TEXT NOT NULL, amount BIGINT NOT NULL, balance_after BIGINT NOT NULL,"
            " description TEXT NOT NULL DEFAULT '')",
            "CREATE INDEX transactions_page ON transactions(project_id, at DESC, id DESC)",
            "CREATE INDEX transactions_page_balance ON transactions(project_id, balance, at DESC, id DESC)",
            "CREATE INDEX transactions_page_kind ON transactions(project_id, kind, at DESC, id DESC)",
            "CREATE INDEX transactions_posting ON transactions(posting_id)",
            // The referral balance's own history (R18-R21), never mixed into `transactions`.
            "CREATE TABLE referral_transactions (id {id}, project_id BIGINT NOT NULL REFERENCES projects(id),"
            " posting_id BIGINT NOT NULL REFERENCES postings(id), at BIGINT NOT NULL, kind TEXT NOT NULL"
            " CHECK (kind IN ('accrual','withdrawal','withdrawal_reversal')), amount BIGINT NOT NULL,"
            " balance_after BIGINT NOT NULL, source_project_id BIGINT REFERENCES projects(id), destination TEXT)",
            "CREATE INDEX referral_transactions_page ON referral_transactions(project_id, at DESC, id DESC)",
            "CREATE INDEX referral_transactions_source ON referral_transactions(project_id, source_project_id)",
            "CREATE TABLE topups (id {id}, project_id BIGINT NOT NULL REFERENCES projects(id),"
            " method TEXT NOT NULL CHECK (method IN ('invoice','card')), amount BIGINT NOT NULL CHECK (amount > 0),"
            " status TEXT NOT NULL CHECK (status IN ('pending','paid','cancelled')), invoice_number TEXT UNIQUE,"
            " payment_url TEXT, created_by BIGINT REFERENCES users(id), created_at BIGINT NOT NULL,"
            " settled_at BIGINT, posting_id BIGINT REFERENCES postings(id))",
            "CREATE INDEX topups_project ON topups(project_id, id DESC)",
            "CREATE TABLE idempotency (user_id BIGINT NOT NULL REFERENCES users(id), key TEXT NOT NULL,"
            " fingerprint TEXT NOT NULL, status INTEGER NOT NULL, body TEXT NOT NULL, created_at BIGINT NOT NULL,"
            " PRIMARY KEY (user_id, key))",
        },
    };
    return all;
}

std::string inDialect(const char *statement, Dialect dialect)
{
    std::string sql = statement;
    const std::string placeholder = "{id}";
    const std::string primaryKey = dialect == Dialect::Sqlite
        ? "INTEGER PRIMARY KEY"
        : "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY";
    for (size_t at = sql.find(placeholder); at != std::string::npos; at = sql.find(placeholder, at))
        sql.replace(at, placeholder.size(), primaryKey);
    return sql;
}

} // namespace

int migrate(Tx &tx, Dialect dialect)
{
    tx.execute("CREATE TABLE IF NOT EXISTS schema_version (version BIGINT NOT NULL)");
    const int current = static_cast<int>(tx.queryInteger("SELECT MAX(version) FROM schema_version", {}).value_or(0));
    const auto &all = migrations();
    for (size_t index = static_cast<size_t>(current); index < all.size(); ++index) {
        for (const char *statement : all[index])
            tx.execute(inDialect(statement, dialect));
        tx.execute("INSERT INTO schema_version (version) VALUES ($1)", {static_cast<std::int64_t>(index + 1)});
    }
    return static_cast<int>(all.size());
}

} // namespace store
