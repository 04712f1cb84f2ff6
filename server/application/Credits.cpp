// SPDX-License-Identifier: GPL-3.0-or-later
#include "Credits.h"

#include "Audit.h"
#include "CreditExpiry.h"
#include "CreditOps.h"
#include "LedgerOps.h"
#include "Store.h"

#include "CivilTime.h"

namespace application {

NormalisedOrder CreditOrder::normalised() const
{
    return NormalisedOrder()
        .field("project", projectId)
        .field("amount", amount)
        .field("term_days", termDays)
        .field("request", requestId);
}

Credits::Credits(store::Store &store, Idempotency &idempotency, CreditExpiry &expiry)
    : m_store(store)
    , m_idempotency(idempotency)
    , m_expiry(expiry)
{
}

ledger::CreditAssessment Credits::eligibility(std::int64_t projectId, std::int64_t now)
{
    return m_store.read([&](store::Tx &tx) { return store::credits::assess(tx, projectId, now); });
}

RecordedAnswer Credits::request(const Actor &actor, const CreditOrder &order, const IdempotentRequest &request,
                                const Encoder<store::CreditRequest> &encode)
{
    return m_idempotency.runEncoded(request, encode, [&](store::Tx &tx) {
        store::CreditRequest requested =
            store::credits::request(tx, {actor.userId, actor.now}, order.projectId, order.amount, order.termDays);
        recordAudit(tx, actor, order.projectId, "credit.requested",
                    store::audit::Details().add("request_id", requested.id).add("amount", requested.amount).add("term_days", requested.termDays));
        return requested;
    });
}

store::CreditRequestPage Credits::requests(const CreditRequestFilter &filter)
{
    const store::credits::RequestFilter query{filter.projectId, filter.status, filter.after, filter.limit};
    return m_store.read([&](store::Tx &tx) { return store::credits::requests(tx, query); });
}

RecordedAnswer Credits::grant(const Actor &actor, const CreditOrder &order, const IdempotentRequest &request,
                              const Encoder<GrantedCredit> &encode)
{
    return m_idempotency.runEncoded(request, encode, [&](store::Tx &tx) {
        const store::Credit credit = store::credits::grant(tx, {actor.userId, actor.now}, order.projectId,
                                                           order.amount, order.termDays, order.requestId);
        recordAudit(tx, actor, order.projectId, "credit.granted",
                    store::audit::Details().add("credit_id", credit.id).add("amount", credit.granted).add("term_days", credit.termDays));
        m_expiry.scheduled(credit.dueAt - ledger::kSecondsPerDay); // its credit_due event first (R31)
        return GrantedCredit{credit, store::ledgerops::balancesOf(tx, order.projectId)};
    });
}

store::CreditRequest Credits::reject(const Actor &actor, std::int64_t requestId, const std::string &note)
{
    return m_store.write([&](store::Tx &tx) {
        store::CreditRequest rejected = store::credits::reject(tx, {actor.userId, actor.now}, requestId, note);
        recordAudit(tx, actor, rejected.projectId, "credit.rejected",
                    store::audit::Details().add("request_id", rejected.id).add("amount", rejected.amount).add("note", note));
        return rejected;
    });
}

store::CreditRequest Credits::cancel(const Actor &actor, std::int64_t projectId, std::int64_t requestId,
                                     bool mayCancelOthers)
{
    return m_store.write([&](store::Tx &tx) {
        const auto asked = store::credits::findRequest(tx, requestId);
        if (!asked || asked->projectId != projectId)
            throw domain::Error(domain::ErrorCode::NotFound, "no such credit request");
        if (!mayCancelOthers && asked->requestedBy != actor.userId)
            throw domain::Error(domain::ErrorCode::Forbidden,
                                "only the project's owner may cancel a credit request somebody else made");
        if (asked->status == "cancelled")
            return *asked;
        store::CreditRequest cancelled = store::credits::cancelRequest(tx, requestId, actor.now);
        recordAudit(tx, actor, projectId, "credit.request_cancelled",
                    store::audit::Details().add("request_id", cancelled.id).add("amount", cancelled.amount));
        return cancelled;
    });
}

} // namespace application
