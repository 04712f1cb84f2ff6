// SPDX-License-Identifier: GPL-3.0-or-later
#include "Charges.h"

#include "LedgerOps.h"
#include "MoneyOps.h"

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

Charges::Charges(Idempotency &idempotency, int referralRateBp)
    : m_idempotency(idempotency)
    , m_referralRateBp(referralRateBp)
{
}

RecordedAnswer Charges::charge(const Actor &actor, const ChargeOrder &order, const IdempotentRequest &request,
                               const Encoder<Charged> &encode)
{
    return m_idempotency.runEncoded(request, encode, [&](store::Tx &tx) {
        const auto charged = store::money::charge(tx, {actor.userId, actor.now}, order.projectId, order.category,
                                                  ledger::Money::fromMinor(order.amount), order.description,
                                                  m_referralRateBp);
        return Charged{charged.id, charged.parts, store::ledgerops::balancesOf(tx, order.projectId)};
    });
}

RecordedAnswer Charges::grantBonus(const Actor &actor, const BonusOrder &order, const IdempotentRequest &request,
                                   const Encoder<Adjusted> &encode)
{
    return m_idempotency.runEncoded(request, encode, [&](store::Tx &tx) {
        const std::int64_t id = store::money::grantBonus(tx, {actor.userId, actor.now}, order.projectId,
                                                         ledger::Money::fromMinor(order.amount), order.reason);
        return Adjusted{id, "bonus_grant", order.amount, store::ledgerops::balancesOf(tx, order.projectId)};
    });
}

RecordedAnswer Charges::adjust(const Actor &actor, const AdjustmentOrder &order, const IdempotentRequest &request,
                               const Encoder<Adjusted> &encode)
{
    return m_idempotency.runEncoded(request, encode, [&](store::Tx &tx) {
        const std::int64_t id = store::money::adjust(tx, {actor.userId, actor.now}, order.projectId, order.kind,
                                                     ledger::Money::fromMinor(order.amount), order.reason);
        return Adjusted{id, order.kind, order.amount, store::ledgerops::balancesOf(tx, order.projectId)};
    });
}

} // namespace application
