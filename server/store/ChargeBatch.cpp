// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChargeBatch.h"

#include "AuditOps.h"
#include "AutoTopUpOps.h"
#include "CreditOps.h"
#include "DomainError.h"
#include "LedgerOps.h"
#include "PostgresConnection.h"
#include "StoreError.h"

#include <map>
#include <set>
#include <string_view>
#include <utility>

namespace store::charges {

namespace {

using ledger::AccountKind;
using ledger::Money;

// PostgreSQL array literals, passed as one text parameter and cast in SQL ($1::bigint[]): one
// prepared statement whatever the batch's size.
class ArrayLiteral
{
public:
    void add(std::int64_t value) { next() += std::to_string(value); }
    void add(const std::optional<std::int64_t> &value) { value ? add(*value) : addNull(); }
    void add(std::string_view text)
    {
        std::string &out = next();
        out += '"';
        for (const char c : text) {
            if (c == '"' || c == '\\')
                out += '\\';
            out += c;
        }
        out += '"';
    }
    void addOptional(const std::optional<std::string_view> &text) { text ? add(*text) : addNull(); }
    void addNull() { next() += "NULL"; }
    [[nodiscard]] std::string text() const { return m_text + '}'; }
    [[nodiscard]] bool empty() const { return m_text.size() == 1; }

private:
    std::string &next()
    {
        if (m_text.size() > 1)
            m_text += ',';
        return m_text;
    }
    std::string m_text = "{";
};

// The rows a batch writes, one array per column.
struct BatchRows
{
    ArrayLiteral postingId, postingAt, postingProject, postingCreatedBy, postingDescription;
    ArrayLiteral entryPosting, entryAccount, entryAmount;
    ArrayLiteral historyProject, historyPosting, historyAt, historyKind, historyCategory, historyBalance,
        historyAmount, historyAfter, historyDescription;
    ArrayLiteral referralProject, referralPosting, referralAt, referralKind, referralAmount, referralAfter,
        referralSource;
    ArrayLiteral keyUser, keyText, keyFingerprint, keyStatus, keyBody, keyAt;
    ArrayLiteral auditProject, auditAt, auditActor, auditDetails;
    int keys = 0;
};

// The audit row of a charge made (R34), the same whether it runs alone or in a batch.
audit::Event chargeAudit(const ChargeCommand &command, std::int64_t postingId)
{
    audit::Details details;
    details.add("posting_id", postingId)
        .add("category", ledger::toString(command.category))
        .add("amount", command.amount.minor());
    return audit::Event{command.projectId, command.actor.now, command.actor.userId, "charge", std::move(details)};
}

struct Account
{
    std::int64_t id = 0;
    std::int64_t balance = 0;
    bool changed = false;
};

struct ProjectFacts
{
    std::optional<std::int64_t> referredBy;
    std::optional<Credit> credit; // the active one (R17)
};

// Everything the batch's charges read, locked until the commit.
class BatchState
{
public:
    std::map<std::int64_t, ProjectFacts> projects;
    std::map<ledger::AccountRef, Account> accounts; // service accounts under projectId 0: this batch's shard
    // R28, R31: when each project's main last moved in this batch.
    std::map<std::int64_t, std::int64_t> mainMovedAt;

    Account &account(const ledger::AccountRef &ref)
    {
        const auto found = accounts.find(ref);
        if (found == accounts.end())
            throw domain::Error(domain::ErrorCode::NotFound, "no such account");
        return found->second;
    }
    Money balance(std::int64_t projectId, AccountKind kind)
    {
        return Money::fromMinor(account(ledger::projectAccount(projectId, kind)).balance);
    }
    Balances balancesOf(std::int64_t projectId)
    {
        Balances balances;
        balances.main = balance(projectId, AccountKind::Main).minor();
        balances.bonus = balance(projectId, AccountKind::Bonus).minor();
        balances.credit.available = balance(projectId, AccountKind::Credit).minor();
        if (const auto &credit = projects.at(projectId).credit) {
            balances.credit.granted = credit->granted;
            balances.credit.used = credit->granted - balances.credit.available - credit->repaid;
            balances.credit.dueAt = credit->dueAt;
        }
        return balances;
    }
};

std::optional<AccountKind> accountKindFrom(std::string_view text)
{
    for (const AccountKind kind : {AccountKind::Main, AccountKind::Bonus, AccountKind::Credit, AccountKind::Referral,
                                   AccountKind::Revenue, AccountKind::ReferralCommission}) {
        if (ledger::toString(kind) == text)
            return kind;
    }
    return std::nullopt;
}

using StoredKeys = std::map<std::pair<std::int64_t, std::string>, std::pair<std::string, idempotency::StoredAnswer>>;

// One round trip for everything the batch reads: the stored answers of its keys (R23); the
// accounts of its projects (a project exists when it has its main account) and of their
// referrers (R19), locked in id order, with the service rows of `shard` that charges credit;
// then, after the locks (so a credit expiry that committed while this batch waited is seen),
// the active credits and `postingCount` posting ids drawn from the postings' sequence, so that
// each answer can name its charge before the rows are written.
void loadAndLock(PostgresConnection &db, const ArrayLiteral &keyUsers, const ArrayLiteral &keyTexts,
                 const std::set<std::int64_t> &projectIds, int shard, size_t postingCount, StoredKeys &stored,
                 BatchState &state, std::vector<std::int64_t> &postingIds)
{
    static constexpr std::string_view kWatches = "SELECT " CABINET_WATCH_COLUMNS
                                                 " FROM balance_watch WHERE project_id = ANY($1::bigint[])"
                                                 " ORDER BY project_id FOR UPDATE";
    ArrayLiteral ids;
    for (const std::int64_t id : projectIds)
        ids.add(id);
    // The queries hold views of these until queryAll returns.
    const std::string idArray = ids.text();
    const std::string users = keyUsers.text();
    const std::string keys = keyTexts.text();
    std::vector<PostgresConnection::Query> queries;
    queries.push_back({"SELECT i.user_id, i.key, i.fingerprint, i.status, i.body FROM idempotency i"
                       " JOIN unnest($1::bigint[], $2::text[]) AS k(user_id, key) ON i.user_id = k.user_id AND i.key = k.key",
                       {users, keys}, [&](const SqlRow &row) {
                           stored[{row.integer(0), row.text(1)}] = {
                               row.text(2), idempotency::StoredAnswer{static_cast<int>(row.integer(3)), row.text(4)}};
                       },
                       /*planEachRun=*/true}); // the table grows by every charge

    // Each arm of the OR is an index condition (a BitmapOr): an `IN (subquery)` inside an OR
    // cannot use an index, and made PostgreSQL scan every account (140 ms per batch with 100,000
    // projects); the referrers' ids are an array computed once instead. A charge changes the
    // project's main, bonus and credit and its referrer's referral balance (R19), nothing else.
    queries.push_back({"SELECT a.id, COALESCE(a.project_id, 0), a.kind, a.balance, p.referred_by FROM accounts a"
                       " LEFT JOIN projects p ON p.id = a.project_id AND p.id = ANY($1::bigint[])"
                       " WHERE (a.project_id = ANY($1::bigint[]) AND a.kind IN ('main', 'bonus', 'credit'))"
                       "    OR (a.project_id = ANY(ARRAY(SELECT referred_by FROM projects"
                       "                                 WHERE id = ANY($1::bigint[]) AND referred_by IS NOT NULL))"
                       "        AND a.kind = 'referral')"
                       "    OR (a.project_id IS NULL AND a.shard = $2 AND a.kind IN ('revenue', 'referral_commission'))"
                       " ORDER BY a.id FOR UPDATE OF a",
                       {idArray, std::int64_t{shard}}, [&](const SqlRow &row) {
                           const auto kind = accountKindFrom(row.text(2));
                           if (!kind)
                               return;
                           const std::int64_t projectId = row.integer(1);
                           state.accounts[ledger::AccountRef{projectId, *kind}] = Account{row.integer(0), row.integer(3)};
                           if (*kind == AccountKind::Main && projectIds.count(projectId))
                               state.projects[projectId].referredBy = row.optionalInteger(4);
                       }});
    queries.push_back({"SELECT project_id, id, granted, repaid, due_at FROM credits"
                       " WHERE status = 'active' AND project_id = ANY($1::bigint[])"
                       " UNION ALL SELECT 0, nextval(pg_get_serial_sequence('postings', 'id')), 0, 0, 0"
                       " FROM generate_series(1, $2)",
                       {idArray, static_cast<std::int64_t>(postingCount)}, [&](const SqlRow &row) {
                           if (row.integer(0) == 0) {
                               postingIds.push_back(row.integer(1));
                               return;
                           }
                           const auto project = state.projects.find(row.integer(0));
                           if (project == state.projects.end())
                               return;
                           Credit credit;
                           credit.id = row.integer(1);
                           credit.projectId = row.integer(0);
                           credit.granted = row.integer(2);
                           credit.repaid = row.integer(3);
                           credit.dueAt = row.integer(4);
                           credit.status = "active";
                           project->second.credit = credit;
                       }});
    // Pipelined after the account locks: a batch of another server that moved these projects'
    // main has committed by then, so its auto top-up and alert state is seen (R28). Handed to the
    // transaction's watch (Tx::knownWatches), which then reads nothing more; a project without a
    // row is known to have none.
    for (const std::int64_t id : projectIds)
        db.knownWatches()[id] = std::nullopt;
    queries.push_back({std::string(kWatches), {idArray}, [&](const SqlRow &row) {
                           const autotopup::Watch watch = autotopup::watchFrom(row);
                           db.knownWatches()[watch.projectId] = watch;
                       }});
    db.queryAll(queries);
    if (postingIds.size() != postingCount)
        throw StoreError("PostgreSQL handed out fewer posting ids than asked for");
}

// Applies one charge to the batch's balances and rows; throws (changing nothing) when refused.
ChargeOutcome applyCharge(BatchState &state, BatchRows &rows, const ChargeCommand &command, std::int64_t postingId)
{
    if (!state.projects.count(command.projectId))
        throw domain::Error(domain::ErrorCode::NotFound, "no such project");
    const money::ChargeFunds funds{
        ledger::Pots{state.balance(command.projectId, AccountKind::Bonus),
                     state.balance(command.projectId, AccountKind::Main),
                     state.balance(command.projectId, AccountKind::Credit)},
        state.projects.at(command.projectId).referredBy,
    };
    money::ChargePlan plan =
        money::planCharge(command.projectId, funds, command.category, command.amount, command.referralRateBp);
    const ledgerops::PostingInfo info =
        money::chargeInfo(command.actor, command.projectId, command.category, command.description);
    // Checked first for every entry (a balance beyond int64 refuses the charge whole), applied after.
    // An account may take several entries of one posting (revenue: the bonus and the main part).
    std::vector<std::pair<Account *, std::int64_t>> after;
    std::map<Account *, std::int64_t> running;
    for (const ledger::Entry &entry : plan.posting.entries()) {
        Account &account = state.account(entry.account);
        std::int64_t &balance = running.try_emplace(&account, account.balance).first->second;
        balance = (Money::fromMinor(balance) + entry.amount).minor();
        after.emplace_back(&account, balance);
    }
    rows.postingId.add(postingId);
    rows.postingAt.add(info.at);
    rows.postingProject.add(info.projectId);
    rows.postingCreatedBy.add(info.createdBy);
    rows.postingDescription.add(info.description);
    for (size_t i = 0; i < after.size(); ++i) {
        const ledger::Entry &entry = plan.posting.entries()[i];
        Account &account = *after[i].first;
        account.balance = after[i].second;
        account.changed = true;
        rows.entryPosting.add(postingId);
        rows.entryAccount.add(account.id);
        rows.entryAmount.add(entry.amount.minor());
        const AccountKind kind = entry.account.kind;
        if (kind == AccountKind::Main)
            state.mainMovedAt[entry.account.projectId] = info.at;
        if (ledgerops::isCustomerBalance(kind)) {
            rows.historyProject.add(entry.account.projectId);
            rows.historyPosting.add(postingId);
            rows.historyAt.add(info.at);
            rows.historyKind.add(ledgerops::historyKind(info.kind, entry));
            rows.historyCategory.addOptional(info.category);
            rows.historyBalance.add(ledger::toString(kind));
            rows.historyAmount.add(entry.amount.minor());
            rows.historyAfter.add(account.balance);
            rows.historyDescription.add(info.description);
        } else if (kind == AccountKind::Referral) {
            rows.referralProject.add(entry.account.projectId);
            rows.referralPosting.add(postingId);
            rows.referralAt.add(info.at);
            rows.referralKind.add(ledgerops::referralKind(info.kind, entry));
            rows.referralAmount.add(entry.amount.minor());
            rows.referralAfter.add(account.balance);
            rows.referralSource.add(info.sourceProjectId);
        }
    }
    const audit::Event event = chargeAudit(command, postingId);
    rows.auditProject.add(event.projectId);
    rows.auditAt.add(event.at);
    rows.auditActor.add(event.actorUserId);
    rows.auditDetails.add(event.details.json());
    return ChargeOutcome{postingId, std::move(plan.routing.parts), state.balancesOf(command.projectId)};
}

void storeAnswer(BatchRows &rows, const ChargeCommand &command, const idempotency::StoredAnswer &answer)
{
    rows.keyUser.add(command.actor.userId);
    rows.keyText.add(command.key);
    rows.keyFingerprint.add(command.fingerprint);
    rows.keyStatus.add(std::int64_t{answer.status});
    rows.keyBody.add(answer.body);
    rows.keyAt.add(command.actor.now);
    ++rows.keys;
}

void writeRows(Tx &tx, const BatchRows &rows, const BatchState &state)
{
    if (!rows.postingId.empty()) {
        tx.executeLater("INSERT INTO postings (id, at, kind, project_id, created_by, description)"
                   " SELECT id, at, 'charge', project_id, created_by, description FROM unnest($1::bigint[],"
                   " $2::bigint[], $3::bigint[], $4::bigint[], $5::text[]) AS r(id, at, project_id, created_by, description)",
                   {rows.postingId.text(), rows.postingAt.text(), rows.postingProject.text(),
                    rows.postingCreatedBy.text(), rows.postingDescription.text()});
        tx.executeLater("INSERT INTO entries (posting_id, account_id, amount)"
                   " SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::bigint[])",
                   {rows.entryPosting.text(), rows.entryAccount.text(), rows.entryAmount.text()});
    }
    if (!rows.historyProject.empty())
        tx.executeLater("INSERT INTO transactions (project_id, posting_id, at, kind, category, balance, amount,"
                   " balance_after, description) SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::bigint[],"
                   " $4::text[], $5::text[], $6::text[], $7::bigint[], $8::bigint[], $9::text[])",
                   {rows.historyProject.text(), rows.historyPosting.text(), rows.historyAt.text(),
                    rows.historyKind.text(), rows.historyCategory.text(), rows.historyBalance.text(),
                    rows.historyAmount.text(), rows.historyAfter.text(), rows.historyDescription.text()});
    // The charges' audit rows (R34): the actor's kind and e-mail come from the users table, as
    // for every audited action (audit::record); a platform credential would set the kind there.
    if (!rows.auditProject.empty())
        tx.executeLater("INSERT INTO audit (project_id, created_at, actor_kind, actor_id, actor_email, action, details)"
                        " SELECT r.project_id, r.at, " + std::string(audit::kActorKindOfUser) + ", u.id, u.email,"
                        " 'charge', r.details FROM unnest($1::bigint[], $2::bigint[], $3::bigint[], $4::text[])"
                        " AS r(project_id, at, actor_id, details) JOIN users u ON u.id = r.actor_id",
                        {rows.auditProject.text(), rows.auditAt.text(), rows.auditActor.text(), rows.auditDetails.text()});
    if (!rows.referralProject.empty())
        tx.executeLater("INSERT INTO referral_transactions (project_id, posting_id, at, kind, amount, balance_after,"
                   " source_project_id) SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::bigint[], $4::text[],"
                   " $5::bigint[], $6::bigint[], $7::bigint[])",
                   {rows.referralProject.text(), rows.referralPosting.text(), rows.referralAt.text(),
                    rows.referralKind.text(), rows.referralAmount.text(), rows.referralAfter.text(),
                    rows.referralSource.text()});
    ArrayLiteral accountIds, balances;
    for (const auto &[ref, account] : state.accounts) {
        if (account.changed) {
            accountIds.add(account.id);
            balances.add(account.balance);
        }
    }
    if (!accountIds.empty())
        tx.executeLater("UPDATE accounts SET balance = v.balance FROM unnest($1::bigint[], $2::bigint[]) AS v(id, balance)"
                   " WHERE accounts.id = v.id",
                   {accountIds.text(), balances.text()});
    if (rows.keys > 0)
        tx.executeLater("INSERT INTO idempotency (user_id, key, fingerprint, status, body, created_at)"
                        " SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::int[], $5::text[], $6::bigint[])",
                        {rows.keyUser.text(), rows.keyText.text(), rows.keyFingerprint.text(), rows.keyStatus.text(),
                         rows.keyBody.text(), rows.keyAt.text()});
}

std::exception_ptr reusedKey()
{
    return std::make_exception_ptr(domain::Error(domain::ErrorCode::IdempotencyConflict,
                                                 "this Idempotency-Key was already used for a different request"));
}

} // namespace

idempotency::StoredAnswer chargeOnce(Tx &tx, const ChargeCommand &command)
{
    if (auto stored = idempotency::find(tx, command.actor.userId, command.key, command.fingerprint))
        return *stored;
    idempotency::StoredAnswer answer;
    try {
        const money::ChargeResult charged = money::charge(tx, command.actor, command.projectId, command.category,
                                                          command.amount, command.description, command.referralRateBp);
        audit::record(tx, chargeAudit(command, charged.id));
        answer = command.charged(ChargeOutcome{charged.id, charged.parts, ledgerops::balancesOf(tx, command.projectId)});
    } catch (const domain::Error &error) {
        // Refused before anything was written (an unknown project, R17 funds: chargeFunds and
        // planCharge only read); the refusal is the key's answer (R23).
        answer = command.refused(error);
    }
    idempotency::save(tx, command.actor.userId, command.key, command.fingerprint, answer, command.actor.now);
    return answer;
}

std::vector<BatchResult> chargeBatch(PostgresConnection &db, const std::vector<const ChargeCommand *> &commands,
                                     int serviceShard)
{
    std::vector<BatchResult> results(commands.size());
    // R23: answers stored earlier, and a key repeated inside this batch (the later ones replay the first).
    std::map<std::pair<std::int64_t, std::string_view>, size_t> firstWithKey;
    std::vector<std::optional<size_t>> repeatOf(commands.size());
    ArrayLiteral keyUsers, keyTexts;
    std::set<std::int64_t> projectIds;
    size_t distinct = 0;
    for (size_t i = 0; i < commands.size(); ++i) {
        const auto [first, isNew] =
            firstWithKey.emplace(std::pair{commands[i]->actor.userId, std::string_view(commands[i]->key)}, i);
        if (!isNew) {
            repeatOf[i] = first->second;
            continue;
        }
        keyUsers.add(commands[i]->actor.userId);
        keyTexts.add(commands[i]->key);
        projectIds.insert(commands[i]->projectId);
        ++distinct;
    }
    // Read and locked for every distinct key at once; a key found stored leaves its posting id unused.
    StoredKeys stored;
    BatchState state;
    std::vector<std::int64_t> ids;
    loadAndLock(db, keyUsers, keyTexts, projectIds, serviceShard, distinct, stored, state, ids);

    BatchRows rows;
    size_t nextId = 0;
    for (size_t i = 0; i < commands.size(); ++i) {
        if (repeatOf[i])
            continue;
        const ChargeCommand &command = *commands[i];
        const std::int64_t postingId = ids[nextId++];
        BatchResult &result = results[i];
        if (const auto found = stored.find({command.actor.userId, command.key}); found != stored.end()) {
            if (found->second.first != command.fingerprint)
                result.failure = reusedKey();
            else
                result.answer = found->second.second;
            continue;
        }
        try {
            result.answer = command.charged(applyCharge(state, rows, command, postingId));
        } catch (const domain::Error &error) {
            // Refused, nothing changed (an unknown project, R17 funds): the key's answer (R23).
            result.answer = command.refused(error);
        } catch (const ledger::MoneyOverflow &) {
            result.failure = std::current_exception();
            continue;
        }
        storeAnswer(rows, command, *result.answer);
    }
    writeRows(db, rows, state);
    // R28, R31 in the batch's own transaction: charges only lower main, so main after the last
    // charge of a project tells whether the batch left it below a threshold. The hook reads no row
    // (the batch handed them over, Tx::knownWatches) and sends statements only when something
    // changes (rare), so the usual batch keeps its two round trips.
    for (const auto &[projectId, at] : state.mainMovedAt)
        autotopup::afterMainMoved(db, projectId, state.balance(projectId, AccountKind::Main).minor(), at);

    for (size_t i = 0; i < commands.size(); ++i) {
        if (!repeatOf[i])
            continue;
        const size_t first = *repeatOf[i];
        if (commands[first]->fingerprint != commands[i]->fingerprint)
            results[i].failure = reusedKey();
        else
            results[i] = results[first];
    }
    return results;
}

} // namespace store::charges

