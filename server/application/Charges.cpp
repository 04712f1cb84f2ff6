// SPDX-License-Identifier: GPL-3.0-or-later
#include "Charges.h"

#include "Audit.h"
#include "ChargeBatch.h"
#include "LedgerOps.h"
#include "MoneyOps.h"
#include "Store.h"

namespace application {

NormalisedOrder ChargeOrder::normalised() const
{
    return NormalisedOrder()
        .field("project", projectId)
        .field("category", ledger::toString(category))
        .field("amount", amount)
        .field("description", description);
}

NormalisedOrder BonusOrder::normalised() const
{
    return NormalisedOrder().field("project", projectId).field("amount", amount).field("reason", reason);
}

NormalisedOrder AdjustmentOrder::normalised() const
{
    return NormalisedOrder()
        .field("project", projectId)
        .field("kind", kind)
        .field("amount", amount)
        .field("reason", reason);
}

Charges::Charges(store::Store &store, Idempotency &idempotency, int referralRateBp)
    : m_store(store)
    , m_idempotency(idempotency)
    , m_referralRateBp(referralRateBp)
{
}

void Charges::charge(const Actor &actor, const ChargeOrder &order, const IdempotentRequest &request,
                     Encoder<Charged> encode, AnswerLater answered)
{
    // The store runs the charges of one group-commit batch together (set-based on PostgreSQL,
    // store::charges::chargeBatch), each under its Idempotency-Key (R23). The command outlives
    // this call, so it owns its encoders.
    auto command = std::make_shared<store::charges::ChargeCommand>();
    command->actor = {actor.userId, actor.now};
    command->key = request.key;
    command->fingerprint = request.fingerprint;
    command->projectId = order.projectId;
    command->category = order.category;
    command->amount = ledger::Money::fromMinor(order.amount);
    command->description = order.description;
    command->referralRateBp = m_referralRateBp;
    command->charged = [encode = std::move(encode)](const store::charges::ChargeOutcome &outcome) {
        const RecordedAnswer answer = encode(Charged{outcome.postingId, outcome.parts, outcome.balances});
        return store::idempotency::StoredAnswer{answer.status, answer.body};
    };
    command->refused = [refusal = request.refusal](const domain::Error &error) {
        const RecordedAnswer answer = refusal(error);
        return store::idempotency::StoredAnswer{answer.status, answer.body};
    };
    m_store.startCharge(std::move(command), [answered = std::move(answered)](
                                                std::exception_ptr failure, store::idempotency::StoredAnswer stored) {
        answered(RecordedAnswer{stored.status, std::move(stored.body)}, failure);
    });
}

RecordedAnswer Charges::grantBonus(const Actor &actor, const BonusOrder &order, const IdempotentRequest &request,
                                   const Encoder<Adjusted> &encode)
{
    return m_idempotency.runEncoded(request, encode, [&](store::Tx &tx) {
        const std::int64_t id = store::money::grantBonus(tx, {actor.userId, actor.now}, order.projectId,
                                                         ledger::Money::fromMinor(order.amount), order.reason);
        recordAudit(tx, actor, order.projectId, "bonus.granted",
                    store::audit::Details().add("posting_id", id).add("amount", order.amount).add("reason", order.reason));
        return Adjusted{id, "bonus_grant", order.amount, store::ledgerops::balancesOf(tx, order.projectId)};
    });
}

RecordedAnswer Charges::adjust(const Actor &actor, const AdjustmentOrder &order, const IdempotentRequest &request,
                               const Encoder<Adjusted> &encode)
{
    return m_idempotency.runEncoded(request, encode, [&](store::Tx &tx) {
        const std::int64_t id = store::money::adjust(tx, {actor.userId, actor.now}, order.projectId, order.kind,
                                                     ledger::Money::fromMinor(order.amount), order.reason);
        recordAudit(tx, actor, order.projectId, "adjustment",
                    store::audit::Details()
                        .add("posting_id", id)
                        .add("kind", order.kind)
                        .add("amount", order.amount)
                        .add("reason", order.reason));
        return Adjusted{id, order.kind, order.amount, store::ledgerops::balancesOf(tx, order.projectId)};
    });
}

} // namespace application
