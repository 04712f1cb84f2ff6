// SPDX-License-Identifier: GPL-3.0-or-later
#include "Schema.h"

#include <string>
#include <vector>

namespace store {

namespace {

// The secondary indexes of the history tables, also built once after a bulk load (BulkHistory).
constexpr IndexDefinition kTransactionsPage{
    "transactions_page", "CREATE INDEX transactions_page ON transactions(project_id, at DESC, id DESC)"};
constexpr IndexDefinition kTransactionsPageBalance{
    "transactions_page_balance",
    "CREATE INDEX transactions_page_balance ON transactions(project_id, balance, at DESC, id DESC)"};
constexpr IndexDefinition kTransactionsPageKind{
    "transactions_page_kind", "CREATE INDEX transactions_page_kind ON transactions(project_id, kind, at DESC, id DESC)"};

// Statements are portable SQL; "{id}" stands for the dialect's auto-increment primary key. The
// few that cannot be portable (triggers) carry one text per dialect, nullptr where a dialect needs none.
struct Statement
{
    Statement(const char *portable) // most statements: the same text on both engines
        : sqlite(portable)
        , postgres(portable)
    {
    }
    Statement(const char *sqliteText, const char *postgresText)
        : sqlite(sqliteText)
        , postgres(postgresText)
    {
    }
    const char *sqlite;
    const char *postgres;
};
using Migration = std::vector<Statement>;

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
            "CREATE INDEX entries_posting ON entries(posting_id)", // dropped by migration 9
            "CREATE INDEX entries_account ON entries(account_id)", // dropped by migration 9
            // The customer-visible history of main, bonus and credit (R26), paged newest first.
            "CREATE TABLE transactions (id {id}, project_id BIGINT NOT NULL REFERENCES projects(id),"
            " posting_id BIGINT NOT NULL REFERENCES postings(id), at BIGINT NOT NULL, kind TEXT NOT NULL,"
            " category TEXT, balance TEXT NOT NULL, amount BIGINT NOT NULL, balance_after BIGINT NOT NULL,"
            " description TEXT NOT NULL DEFAULT '')",
            kTransactionsPage.create,
            kTransactionsPageBalance.create,
            kTransactionsPageKind.create,
            "CREATE INDEX transactions_posting ON transactions(posting_id)", // dropped by migration 9
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
        // 2: credit requests and credits (R12-R17), referral withdrawals (R20, R21).
        {
            "CREATE TABLE credit_requests (id {id}, project_id BIGINT NOT NULL REFERENCES projects(id),"
            " amount BIGINT NOT NULL CHECK (amount > 0), term_days INTEGER NOT NULL CHECK (term_days BETWEEN 1 AND 5),"
            " status TEXT NOT NULL CHECK (status IN ('pending','granted','rejected')),"
            " requested_by BIGINT REFERENCES users(id), created_at BIGINT NOT NULL,"
            " decided_by BIGINT REFERENCES users(id), decided_at BIGINT, decision_note TEXT NOT NULL DEFAULT '',"
            " credit_id BIGINT)",
            "CREATE INDEX credit_requests_project ON credit_requests(project_id, created_at DESC, id DESC)",
            "CREATE INDEX credit_requests_status ON credit_requests(status, created_at DESC, id DESC)",
            // `repaid`: the part of the spent credit that top-ups paid back (R17); used = granted -
            // available - repaid. Status changes only from active to expired, guarded in the expiry's
            // own transaction, so an expiry is written exactly once.
            "CREATE TABLE credits (id {id}, project_id BIGINT NOT NULL REFERENCES projects(id),"
            " request_id BIGINT REFERENCES credit_requests(id), granted BIGINT NOT NULL CHECK (granted > 0),"
            " term_days INTEGER NOT NULL, granted_at BIGINT NOT NULL, due_at BIGINT NOT NULL,"
            " status TEXT NOT NULL CHECK (status IN ('active','expired')), repaid BIGINT NOT NULL DEFAULT 0,"
            " granted_by BIGINT REFERENCES users(id), grant_posting_id BIGINT REFERENCES postings(id),"
            " expiry_posting_id BIGINT REFERENCES postings(id))",
            // One active credit per project (R17), enforced by the database too.
            "CREATE UNIQUE INDEX credits_one_active ON credits(project_id) WHERE status = 'active'",
            "CREATE INDEX credits_due ON credits(status, due_at)",
            // Card numbers are never stored: only the mask (R20).
            "CREATE TABLE referral_withdrawals (id {id}, project_id BIGINT NOT NULL REFERENCES projects(id),"
            " amount BIGINT NOT NULL CHECK (amount > 0),"
            " destination TEXT NOT NULL CHECK (destination IN ('card','own_main','project')), card_masked TEXT,"
            " target_project_id BIGINT REFERENCES projects(id),"
            " status TEXT NOT NULL CHECK (status IN ('pending','completed','rejected')),"
            " created_by BIGINT REFERENCES users(id), created_at BIGINT NOT NULL,"
            " decided_by BIGINT REFERENCES users(id), decided_at BIGINT)",
            "CREATE INDEX referral_withdrawals_project ON referral_withdrawals(project_id, created_at DESC, id DESC)",
            "CREATE INDEX referral_withdrawals_status ON referral_withdrawals(status, created_at DESC, id DESC)",
            "ALTER TABLE referral_transactions ADD COLUMN withdrawal_id BIGINT REFERENCES referral_withdrawals(id)",
        },
        // 3: housekeeping deletes old idempotency records and expired tokens by time (issue 11).
        {
            "CREATE INDEX idempotency_created ON idempotency(created_at)",
            "CREATE INDEX tokens_expires ON tokens(expires_at)",
        },
        // 4: every service account (revenue, payments, ...) becomes kServiceShards rows, summed on read
        // (R22 holds per row), so concurrent writers credit different rows instead of queueing on one.
        {
            "ALTER TABLE accounts ADD COLUMN shard INTEGER NOT NULL DEFAULT 0",
            "DROP INDEX accounts_service_kind",
            "CREATE UNIQUE INDEX accounts_service_kind ON accounts(kind, shard) WHERE project_id IS NULL",
            "WITH RECURSIVE shards(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM shards WHERE n < 15)"
            " INSERT INTO accounts (project_id, kind, shard) SELECT NULL, accounts.kind, shards.n"
            " FROM accounts, shards WHERE accounts.project_id IS NULL AND accounts.shard = 0",
        },
        // 5: R22 in the database itself. Entries and postings are only ever inserted, so an UPDATE,
        // DELETE or (PostgreSQL) TRUNCATE of them is refused whoever runs it: the server, a script,
        // a superuser at a psql prompt. Cached balances (accounts.balance) are updated by design.
        {
            {nullptr,
             "CREATE FUNCTION ledger_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
             " RAISE EXCEPTION 'the ledger is immutable (R22): % cannot be changed', TG_TABLE_NAME"
             " USING ERRCODE = 'integrity_constraint_violation'; END $$"},
            {"CREATE TRIGGER entries_no_update BEFORE UPDATE ON entries"
             " BEGIN SELECT RAISE(ABORT, 'the ledger is immutable (R22): entries cannot be changed'); END",
             "CREATE TRIGGER entries_immutable BEFORE UPDATE OR DELETE OR TRUNCATE ON entries"
             " FOR EACH STATEMENT EXECUTE FUNCTION ledger_is_immutable()"},
            {"CREATE TRIGGER entries_no_delete BEFORE DELETE ON entries"
             " BEGIN SELECT RAISE(ABORT, 'the ledger is immutable (R22): entries cannot be deleted'); END",
             nullptr},
            {"CREATE TRIGGER postings_no_update BEFORE UPDATE ON postings"
             " BEGIN SELECT RAISE(ABORT, 'the ledger is immutable (R22): postings cannot be changed'); END",
             "CREATE TRIGGER postings_immutable BEFORE UPDATE OR DELETE OR TRUNCATE ON postings"
             " FOR EACH STATEMENT EXECUTE FUNCTION ledger_is_immutable()"},
            {"CREATE TRIGGER postings_no_delete BEFORE DELETE ON postings"
             " BEGIN SELECT RAISE(ABORT, 'the ledger is immutable (R22): postings cannot be deleted'); END",
             nullptr},
        },
        // 6: the service's own users get a role (issue 11, R4): "staff" may do every staff action,
        // "platform" (the telephony platform's credential) only posts charges. NULL: a customer.
        {
            "ALTER TABLE users ADD COLUMN service_role TEXT CHECK (service_role IN ('staff','platform'))",
            "UPDATE users SET service_role = 'staff' WHERE is_staff = 1",
        },
        // 7: the team (R32-R34). Sessions are the token rows with an id a user can name and a
        // last_seen_at (R33): the table is rebuilt, as SQLite cannot add a primary key, keeping every
        // signed-in token. Invitations keep only the token's SHA-256, like sessions (R32). The audit
        // log (R34) is written in the transaction of the action it records, paged newest first.
        {
            "CREATE TABLE tokens_v5 (id {id}, token_hash TEXT NOT NULL UNIQUE,"
            " user_id BIGINT NOT NULL REFERENCES users(id), created_at BIGINT NOT NULL,"
            " expires_at BIGINT NOT NULL, last_seen_at BIGINT NOT NULL)",
            "INSERT INTO tokens_v5 (token_hash, user_id, created_at, expires_at, last_seen_at)"
            " SELECT token_hash, user_id, created_at, expires_at, created_at FROM tokens",
            "DROP TABLE tokens",
            "ALTER TABLE tokens_v5 RENAME TO tokens",
            "CREATE INDEX tokens_user ON tokens(user_id)",
            "CREATE INDEX tokens_expires ON tokens(expires_at)",
            "CREATE TABLE invitations (id {id}, token_hash TEXT NOT NULL UNIQUE,"
            " user_id BIGINT NOT NULL REFERENCES users(id), project_id BIGINT NOT NULL REFERENCES projects(id),"
            " created_at BIGINT NOT NULL, expires_at BIGINT NOT NULL, used_at BIGINT)",
            "CREATE TABLE audit (id {id}, project_id BIGINT NOT NULL REFERENCES projects(id),"
            " created_at BIGINT NOT NULL, actor_kind TEXT NOT NULL CHECK (actor_kind IN ('user','staff','platform')),"
            " actor_id BIGINT REFERENCES users(id), actor_email TEXT, action TEXT NOT NULL, details TEXT NOT NULL)",
            "CREATE INDEX audit_page ON audit(project_id, created_at DESC, id DESC)",
        },
        // 8: saved card, auto top-up, alerts and the event feed (R27-R31, issue 12). Top-ups gain the
        // method 'auto' and credit requests the status 'cancelled' (a member withdraws their own):
        // PostgreSQL alters the CHECK constraints, SQLite rebuilds the tables (it cannot alter a
        // CHECK; SqliteStore migrates with foreign keys off, as SQLite's own procedure says).
        {
            {"CREATE TABLE topups_v8 (id {id}, project_id BIGINT NOT NULL REFERENCES projects(id),"
             " method TEXT NOT NULL CHECK (method IN ('invoice','card','auto')), amount BIGINT NOT NULL CHECK (amount > 0),"
             " status TEXT NOT NULL CHECK (status IN ('pending','paid','cancelled')), invoice_number TEXT UNIQUE,"
             " payment_url TEXT, created_by BIGINT REFERENCES users(id), created_at BIGINT NOT NULL,"
             " settled_at BIGINT, posting_id BIGINT REFERENCES postings(id))",
             "ALTER TABLE topups DROP CONSTRAINT topups_method_check"},
            {"INSERT INTO topups_v8 SELECT id, project_id, method, amount, status, invoice_number, payment_url,"
             " created_by, created_at, settled_at, posting_id FROM topups",
             "ALTER TABLE topups ADD CONSTRAINT topups_method_check CHECK (method IN ('invoice','card','auto'))"},
            {"DROP TABLE topups", nullptr},
            {"ALTER TABLE topups_v8 RENAME TO topups", nullptr},
            {"CREATE INDEX topups_project ON topups(project_id, id DESC)", nullptr},
            // A card top-up asked to save the card (R27): the paid callback's token becomes the saved card.
            "ALTER TABLE topups ADD COLUMN save_card INTEGER NOT NULL DEFAULT 0",
            // R28: at most one pending auto top-up per project, also across servers.
            "CREATE UNIQUE INDEX topups_one_pending_auto ON topups(project_id) WHERE method = 'auto' AND status = 'pending'",
            {"CREATE TABLE credit_requests_v8 (id {id}, project_id BIGINT NOT NULL REFERENCES projects(id),"
             " amount BIGINT NOT NULL CHECK (amount > 0), term_days INTEGER NOT NULL CHECK (term_days BETWEEN 1 AND 5),"
             " status TEXT NOT NULL CHECK (status IN ('pending','granted','rejected','cancelled')),"
             " requested_by BIGINT REFERENCES users(id), created_at BIGINT NOT NULL,"
             " decided_by BIGINT REFERENCES users(id), decided_at BIGINT, decision_note TEXT NOT NULL DEFAULT '',"
             " credit_id BIGINT)",
             "ALTER TABLE credit_requests DROP CONSTRAINT credit_requests_status_check"},
            {"INSERT INTO credit_requests_v8 SELECT id, project_id, amount, term_days, status, requested_by, created_at,"
             " decided_by, decided_at, decision_note, credit_id FROM credit_requests",
             "ALTER TABLE credit_requests ADD CONSTRAINT credit_requests_status_check"
             " CHECK (status IN ('pending','granted','rejected','cancelled'))"},
            {"DROP TABLE credit_requests", nullptr},
            {"ALTER TABLE credit_requests_v8 RENAME TO credit_requests", nullptr},
            {"CREATE INDEX credit_requests_project ON credit_requests(project_id, created_at DESC, id DESC)", nullptr},
            {"CREATE INDEX credit_requests_status ON credit_requests(status, created_at DESC, id DESC)", nullptr},
            // R27: the provider's token and the mask only, never a card number; one card per project.
            "CREATE TABLE saved_cards (project_id BIGINT PRIMARY KEY REFERENCES projects(id), token TEXT NOT NULL,"
            " mask TEXT NOT NULL, saved_at BIGINT NOT NULL)",
            // R28 and R31's low-balance alert. `*_armed`: the next movement that leaves main below the
            // threshold acts; acting disarms, main at or above the threshold again re-arms (one
            // action per crossing).
            "CREATE TABLE balance_watch (project_id BIGINT PRIMARY KEY REFERENCES projects(id),"
            " auto_enabled INTEGER NOT NULL DEFAULT 0, auto_threshold BIGINT NOT NULL DEFAULT 0 CHECK (auto_threshold >= 0),"
            " auto_amount BIGINT NOT NULL DEFAULT 0 CHECK (auto_amount >= 0), auto_armed INTEGER NOT NULL DEFAULT 1,"
            " alert_threshold BIGINT, alert_armed INTEGER NOT NULL DEFAULT 1)",
            // R31: the project's event feed, written in the transaction of the movement behind each event.
            // owner_only: withdrawal_* (R3).
            "CREATE TABLE events (id {id}, project_id BIGINT NOT NULL REFERENCES projects(id), at BIGINT NOT NULL,"
            " type TEXT NOT NULL CHECK (type IN ('low_balance','credit_due','credit_expired','topup_paid',"
            "'auto_topup_opened','auto_topup_failed','withdrawal_completed','withdrawal_rejected')),"
            " data TEXT NOT NULL, owner_only INTEGER NOT NULL DEFAULT 0)",
            "CREATE INDEX events_feed ON events(project_id, id)",
            // credit_due (R31) is written once per credit, guarded like its expiry.
            "ALTER TABLE credits ADD COLUMN due_notified INTEGER NOT NULL DEFAULT 0",
        },
        {
            // Issue 10: what every charge paid for and nothing reads. No query looks entries up by
            // posting or account, nor the history by posting (`verify` scans them whole).
            "DROP INDEX IF EXISTS entries_posting",
            "DROP INDEX IF EXISTS entries_account",
            "DROP INDEX IF EXISTS transactions_posting",
            // On PostgreSQL a foreign key is a trigger per inserted row that locks the referenced row
            // (FOR KEY SHARE): a third of the database's work per charge. The rows of these
            // append-only tables are written only by the server, naming rows it read in the same
            // transaction, and nothing referenced is ever deleted; `cabinet-server verify` checks
            // every such reference (checkLedger). SQLite's foreign keys cost little and stay.
            {nullptr,
             "DO $$DECLARE fk record; BEGIN"
             " FOR fk IN SELECT conrelid::regclass AS tab, conname FROM pg_constraint WHERE contype = 'f'"
             " AND conrelid::regclass::text IN ('postings', 'entries', 'transactions', 'referral_transactions',"
             " 'audit', 'idempotency', 'events') LOOP"
             " EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', fk.tab, fk.conname); END LOOP; END$$"},
        },
    };
    return all;
}

// The statement's text for `dialect`; empty when that dialect has none.
std::string inDialect(const Statement &statement, Dialect dialect)
{
    const char *text = dialect == Dialect::Sqlite ? statement.sqlite : statement.postgres;
    if (!text)
        return {};
    std::string sql = text;
    const std::string placeholder = "{id}";
    const std::string primaryKey = dialect == Dialect::Sqlite
        ? "INTEGER PRIMARY KEY"
        : "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY";
    for (size_t at = sql.find(placeholder); at != std::string::npos; at = sql.find(placeholder, at))
        sql.replace(at, placeholder.size(), primaryKey);
    return sql;
}

} // namespace

const std::vector<IndexDefinition> &historyIndexes()
{
    static const std::vector<IndexDefinition> all = {kTransactionsPage, kTransactionsPageBalance, kTransactionsPageKind};
    return all;
}

int migrate(Tx &tx, Dialect dialect)
{
    tx.execute("CREATE TABLE IF NOT EXISTS schema_version (version BIGINT NOT NULL)");
    const int current = static_cast<int>(tx.queryInteger("SELECT MAX(version) FROM schema_version", {}).value_or(0));
    const auto &all = migrations();
    for (size_t index = static_cast<size_t>(current); index < all.size(); ++index) {
        for (const Statement &statement : all[index]) {
            if (const std::string sql = inDialect(statement, dialect); !sql.empty())
                tx.execute(sql);
        }
        tx.execute("INSERT INTO schema_version (version) VALUES ($1)", {static_cast<std::int64_t>(index + 1)});
    }
    return static_cast<int>(all.size());
}

} // namespace store
