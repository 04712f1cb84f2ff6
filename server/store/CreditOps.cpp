// SPDX-License-Identifier: GPL-3.0-or-later
#include "CreditOps.h"

#include "EventOps.h"

#include "AuditOps.h"
#include "DomainError.h"
#include "Keyset.h"
#include "LedgerOps.h"
#include "MoneyOps.h"
#include "ProjectOps.h"

#include "CivilTime.h"
#include "CreditMechanics.h"
#include "Posting.h"

#include <algorithm>
#include <string>

namespace store::credits {

namespace {

using ledger::AccountKind;
using ledger::Money;

constexpr std::string_view kRequestColumns =
    "SELECT r.id, r.project_id, p.name, r.amount, r.term_days, r.status, r.created_at, r.decided_at,"
    " r.decision_note, r.credit_id, r.requested_by FROM credit_requests r JOIN projects p ON p.id = r.project_id";

CreditRequest requestFrom(const SqlRow &row)
{
    return CreditRequest{row.integer(0),      row.integer(1),         row.text(2),
                         row.integer(3),      static_cast<int>(row.integer(4)), row.text(5),
                         row.integer(6),      row.optionalInteger(7), row.text(8),
                         row.optionalInteger(9), row.optionalInteger(10)};
}

constexpr std::string_view kCreditColumns =
    "SELECT id, project_id, granted, term_days, granted_at, due_at, status, repaid, request_id FROM credits";

Credit creditFrom(const SqlRow &row)
{
    return Credit{row.integer(0), row.integer(1), row.integer(2), static_cast<int>(row.integer(3)),
                  row.integer(4), row.integer(5), row.text(6),    row.integer(7),
                  row.optionalInteger(8)};
}

CreditRequest requireRequest(Tx &tx, std::int64_t requestId)
{
    auto found = findRequest(tx, requestId);
    if (!found)
        throw domain::Error(domain::ErrorCode::NotFound, "no such credit request");
    return *found;
}

// Paid top-ups (R13 [choice]): the ledger's `topup` rows, i.e. invoice and card payments that
// arrived. Bonuses, compensations and referral transfers have kinds of their own.
void loadTopUps(Tx &tx, std::int64_t projectId, std::int64_t now, ledger::CreditFacts &facts)
{
    tx.query("SELECT COUNT(*), COALESCE(SUM(amount), 0) FROM transactions"
             " WHERE project_id = $1 AND kind = 'topup' AND at <= $2",
             {projectId, now}, [&](const SqlRow &row) {
                 facts.topupsCount = static_cast<int>(row.integer(0));
                 facts.topupsTotal = Money::fromMinor(row.integer(1));
             });
}

std::string termText(std::int64_t days)
{
    return std::to_string(days) + (days == 1 ? " day" : " days");
}

} // namespace

ledger::CreditAssessment assess(Tx &tx, std::int64_t projectId, std::int64_t now)
{
    const auto project = projects::find(tx, projectId);
    if (!project)
        throw domain::Error(domain::ErrorCode::NotFound, "no such project");
    ledger::CreditFacts facts;
    facts.createdAt = project->createdAt;
    facts.now = now;
    loadTopUps(tx, projectId, now, facts);
    for (const ledger::YearMonth month : ledger::fullMonthsForSpend(project->createdAt, now))
        // R14 [choice]: every charge of the month, whichever balance paid (the R29 sum).
        facts.spendPerMonth.push_back(
            Money::fromMinor(money::chargedBetween(tx, projectId, ledger::monthStart(month), ledger::monthEnd(month))));
    facts.hasActiveCredit = active(tx, projectId).has_value();
    facts.mainBalance =
        Money::fromMinor(ledgerops::balanceOf(tx, ledger::projectAccount(projectId, AccountKind::Main)));
    return ledger::assessCredit(facts);
}

std::optional<Credit> active(Tx &tx, std::int64_t projectId)
{
    std::optional<Credit> credit;
    tx.query(std::string(kCreditColumns) + " WHERE project_id = $1 AND status = 'active'", {projectId},
             [&](const SqlRow &row) { credit = creditFrom(row); });
    return credit;
}

void requireAllowed(const ledger::CreditAssessment &assessment, std::int64_t amount, std::int64_t termDays)
{
    // Any term outside 1..5 stays outside after the clamp; the ledger only sees an int.
    const int term = static_cast<int>(std::clamp<std::int64_t>(termDays, -1, ledger::kMaxCreditTermDays + 1));
    switch (ledger::validateCreditRequest(assessment, Money::fromMinor(amount), term)) {
    case ledger::CreditRequestCheck::Ok:
        return;
    case ledger::CreditRequestCheck::AlreadyActive:
        throw domain::Error(domain::ErrorCode::CreditAlreadyActive, "the project already has an active credit: one at a time (R17)");
    case ledger::CreditRequestCheck::InvalidAmount:
        throw domain::Error(domain::ErrorCode::ValidationFailed, "'amount' must be greater than zero (minor units)");
    case ledger::CreditRequestCheck::InvalidTerm:
        throw domain::Error(domain::ErrorCode::ValidationFailed, "'term_days' must be from 1 to 5 (R15)");
    case ledger::CreditRequestCheck::NotEligible: {
        std::string reasons;
        for (const std::string &reason : assessment.reasons)
            reasons += (reasons.empty() ? "" : "; ") + reason;
        throw domain::Error(domain::ErrorCode::CreditNotEligible, "not eligible for credit: " + reasons);
    }
    case ledger::CreditRequestCheck::LimitExceeded:
        throw domain::Error(domain::ErrorCode::CreditLimitExceeded,
                       "the limit is " + ledger::formatUah(assessment.maxAmount) + " (30% of the monthly spend of "
                           + ledger::formatUah(assessment.monthlySpend) + ", R14)");
    }
}

CreditRequest request(Tx &tx, const money::Actor &actor, std::int64_t projectId, std::int64_t amount,
                      std::int64_t termDays)
{
    requireAllowed(assess(tx, projectId, actor.now), amount, termDays);
    const std::int64_t id =
        tx.queryInteger("INSERT INTO credit_requests (project_id, amount, term_days, status, requested_by, created_at)"
                        " VALUES ($1, $2, $3, 'pending', $4, $5) RETURNING id",
                        {projectId, amount, termDays, actor.userId, actor.now})
            .value();
    return requireRequest(tx, id);
}

std::optional<CreditRequest> findRequest(Tx &tx, std::int64_t requestId)
{
    std::optional<CreditRequest> found;
    tx.query(std::string(kRequestColumns) + " WHERE r.id = $1", {requestId},
             [&](const SqlRow &row) { found = requestFrom(row); });
    return found;
}

CreditRequestPage requests(Tx &tx, const RequestFilter &filter)
{
    CreditRequestPage page;
    const auto onRow = [&](const SqlRow &row) { page.items.push_back(requestFrom(row)); };
    const std::string keyset = keyset::newestCreatedFirst("r");
    const auto [at, id, fetch] = keyset::bounds(filter.after, filter.limit);
    const std::string sql(kRequestColumns);
    if (filter.projectId && filter.status)
        tx.query(sql + " WHERE r.project_id = $4 AND r.status = $5" + keyset,
                 {at, id, fetch, *filter.projectId, *filter.status}, onRow);
    else if (filter.projectId)
        tx.query(sql + " WHERE r.project_id = $4" + keyset, {at, id, fetch, *filter.projectId}, onRow);
    else if (filter.status)
        tx.query(sql + " WHERE r.status = $4" + keyset, {at, id, fetch, *filter.status}, onRow);
    else
        tx.query(sql + " WHERE r.id > 0" + keyset, {at, id, fetch}, onRow);
    keyset::finish(page, filter.limit, [](const CreditRequest &item) { return item.createdAt; });
    return page;
}

Credit grant(Tx &tx, const money::Actor &actor, std::int64_t projectId, std::int64_t amount, std::int64_t termDays,
             std::optional<std::int64_t> requestId)
{
    requireAllowed(assess(tx, projectId, actor.now), amount, termDays);
    if (requestId) {
        const auto asked = findRequest(tx, *requestId);
        if (!asked || asked->projectId != projectId)
            throw domain::Error(domain::ErrorCode::ValidationFailed, "'request_id' is not a credit request of this project");
        if (asked->status != "pending")
            throw domain::Error(domain::ErrorCode::Conflict, "the credit request is already " + asked->status);
        if (amount > asked->amount)
            throw domain::Error(domain::ErrorCode::ValidationFailed, "'amount' is more than the request asked for");
    }
    const Money granted = Money::fromMinor(amount);
    const std::int64_t dueAt = actor.now + termDays * ledger::kSecondsPerDay;
    const std::string description = "Credit funds for " + termText(termDays);
    ledgerops::PostingInfo info;
    info.kind = "credit_grant";
    info.at = actor.now;
    info.projectId = projectId;
    info.createdBy = actor.userId;
    info.description = description;
    const std::int64_t postingId = ledgerops::applyPosting(tx, ledger::postCreditGrant(projectId, granted), info);
    const SqlValue request = requestId ? SqlValue(*requestId) : SqlValue(nullptr);
    const std::int64_t creditId =
        tx.queryInteger("INSERT INTO credits (project_id, request_id, granted, term_days, granted_at, due_at, status,"
                        " granted_by, grant_posting_id) VALUES ($1, $2, $3, $4, $5, $6, 'active', $7, $8) RETURNING id",
                        {projectId, request, amount, termDays, actor.now, dueAt, actor.userId, postingId})
            .value();
    if (requestId)
        tx.execute("UPDATE credit_requests SET status = 'granted', decided_by = $1, decided_at = $2, credit_id = $3"
                   " WHERE id = $4",
                   {actor.userId, actor.now, creditId, *requestId});
    return active(tx, projectId).value();
}

CreditRequest reject(Tx &tx, const money::Actor &actor, std::int64_t requestId, std::string_view note)
{
    const CreditRequest asked = requireRequest(tx, requestId);
    if (asked.status == "rejected")
        return asked;
    if (asked.status != "pending")
        throw domain::Error(domain::ErrorCode::Conflict, "the credit request is already " + asked.status);
    tx.execute("UPDATE credit_requests SET status = 'rejected', decided_by = $1, decided_at = $2, decision_note = $3"
               " WHERE id = $4 AND status = 'pending'",
               {actor.userId, actor.now, note, requestId});
    return requireRequest(tx, requestId);
}

CreditRequest cancelRequest(Tx &tx, std::int64_t requestId, std::int64_t now)
{
    const CreditRequest asked = requireRequest(tx, requestId);
    if (asked.status == "cancelled")
        return asked;
    if (asked.status != "pending")
        throw domain::Error(domain::ErrorCode::Conflict,
                            "the credit request is already " + asked.status + "; only a pending one can be cancelled");
    tx.execute("UPDATE credit_requests SET status = 'cancelled', decided_at = $1 WHERE id = $2 AND status = 'pending'",
               {now, requestId});
    return requireRequest(tx, requestId);
}

void recordRepayment(Tx &tx, std::int64_t projectId, Money repaid)
{
    if (repaid.isZero())
        return;
    tx.execute("UPDATE credits SET repaid = repaid + $1 WHERE project_id = $2 AND status = 'active'",
               {repaid.minor(), projectId});
}

int expireDue(Tx &tx, std::int64_t now)
{
    // R31: credit_due 24 h before the due time, once per credit (guarded like the expiry below).
    std::vector<Credit> soon;
    tx.query(std::string(kCreditColumns) + " WHERE status = 'active' AND due_notified = 0 AND due_at <= $1 ORDER BY due_at, id",
             {now + ledger::kSecondsPerDay}, [&](const SqlRow &row) { soon.push_back(creditFrom(row)); });
    for (const Credit &credit : soon) {
        // The project's main first, before the credit's row (EventOps.h): the charge batch locks
        // main, then updates the credits it repays; the other order could deadlock against it.
        events::lockFeed(tx, credit.projectId);
        if (tx.execute("UPDATE credits SET due_notified = 1 WHERE id = $1 AND due_notified = 0", {credit.id}) != 1)
            continue;
        if (credit.dueAt <= now)
            continue; // noticed only after its due time (the server was down): credit_expired says it
        events::append(tx, credit.projectId, std::max(now, credit.dueAt - ledger::kSecondsPerDay), "credit_due",
                       audit::Details()
                           .add("credit_id", credit.id)
                           .add("due_at", ledger::utcText(credit.dueAt))
                           .add("available", ledgerops::balanceOf(tx, ledger::projectAccount(credit.projectId, AccountKind::Credit))));
    }
    std::vector<Credit> due;
    tx.query(std::string(kCreditColumns) + " WHERE status = 'active' AND due_at <= $1 ORDER BY due_at, id", {now},
             [&](const SqlRow &row) { due.push_back(creditFrom(row)); });
    int expired = 0;
    for (const Credit &credit : due) {
        events::lockFeed(tx, credit.projectId); // main before the credit's row, as above
        // The guard: only the run that moves the credit out of 'active' writes its expiry.
        if (tx.execute("UPDATE credits SET status = 'expired' WHERE id = $1 AND status = 'active'", {credit.id}) != 1)
            continue;
        ++expired;
        const Money available =
            Money::fromMinor(ledgerops::balanceOf(tx, ledger::projectAccount(credit.projectId, AccountKind::Credit)));
        const Money outstanding = Money::fromMinor(credit.granted) - available - Money::fromMinor(credit.repaid);
        const ledger::CreditExpiry expiry = ledger::expiryOf(available, outstanding);
        // R34: the expiry is the platform's own action, recorded with the credit's due time.
        audit::record(tx, {credit.projectId, credit.dueAt, std::nullopt, "credit.expired",
                           audit::Details()
                               .add("credit_id", credit.id)
                               .add("unspent_withdrawn", expiry.unspentWithdrawn.minor())
                               .add("debt_to_main", expiry.debtToMain.minor())});
        events::append(tx, credit.projectId, credit.dueAt, "credit_expired",
                       audit::Details()
                           .add("credit_id", credit.id)
                           .add("unspent_withdrawn", expiry.unspentWithdrawn.minor())
                           .add("debt_to_main", expiry.debtToMain.minor()));
        if (expiry.unspentWithdrawn.isZero() && expiry.debtToMain.isZero())
            continue; // spent and repaid in full: nothing left to move
        ledgerops::PostingInfo info;
        info.kind = "credit_expiry";
        info.at = credit.dueAt; // R17: the history shows it at the due time, whenever this runs
        info.projectId = credit.projectId;
        info.description = "Credit term ended: unspent credit withdrawn, unrepaid credit owed on main";
        const std::int64_t postingId = ledgerops::applyPosting(
            tx, ledger::postCreditExpiry(credit.projectId, expiry.unspentWithdrawn, expiry.debtToMain), info);
        tx.execute("UPDATE credits SET expiry_posting_id = $1 WHERE id = $2", {postingId, credit.id});
    }
    return expired;
}

std::optional<std::int64_t> nextDueAt(Tx &tx)
{
    std::optional<std::int64_t> next;
    // The due time, or a day before it while its credit_due event is still to be written (R31).
    tx.query("SELECT MIN(CASE WHEN due_notified = 0 THEN due_at - $1 ELSE due_at END) FROM credits WHERE status = 'active'",
             {ledger::kSecondsPerDay}, [&](const SqlRow &row) { next = row.optionalInteger(0); });
    return next;
}

} // namespace store::credits
