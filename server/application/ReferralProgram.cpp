// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReferralProgram.h"

#include "ReferralOps.h"
#include "Store.h"

namespace application {

NormalisedOrder WithdrawalOrder::normalised() const
{
    return NormalisedOrder()
        .field("project", projectId)
        .field("amount", amount)
        .field("destination", destination)
        .field("card_mask", cardMasked)
        .field("target_project", targetProjectId);
}

ReferralProgram::ReferralProgram(store::Store &store, Idempotency &idempotency, int referralRateBp)
    : m_store(store)
    , m_idempotency(idempotency)
    , m_referralRateBp(referralRateBp)
{
}

store::ReferralSummary ReferralProgram::summary(std::int64_t projectId)
{
    return m_store.read([&](store::Tx &tx) { return store::referrals::summary(tx, projectId); });
}

store::ReferralPage ReferralProgram::history(std::int64_t projectId, const std::optional<store::HistoryCursor> &after,
                                             int limit)
{
    return m_store.read([&](store::Tx &tx) { return store::referrals::history(tx, projectId, after, limit); });
}

RecordedAnswer ReferralProgram::withdraw(const Actor &actor, const WithdrawalOrder &order,
                                         const IdempotentRequest &request, const Encoder<store::Withdrawal> &encode)
{
    const store::referrals::WithdrawalOrder stored{order.amount, order.destination, order.cardMasked,
                                                   order.targetProjectId};
    return m_idempotency.runEncoded(request, encode, [&](store::Tx &tx) {
        return store::referrals::withdraw(tx, {actor.userId, actor.now}, order.projectId, stored);
    });
}

store::WithdrawalPage ReferralProgram::withdrawals(const WithdrawalFilter &filter)
{
    const store::referrals::WithdrawalFilter query{filter.status, filter.after, filter.limit};
    return m_store.read([&](store::Tx &tx) { return store::referrals::withdrawals(tx, query); });
}

RecordedAnswer ReferralProgram::complete(const Actor &actor, std::int64_t withdrawalId,
                                         const IdempotentRequest &request, const Encoder<store::Withdrawal> &encode)
{
    return m_idempotency.runEncoded(request, encode, [&](store::Tx &tx) {
        return store::referrals::complete(tx, {actor.userId, actor.now}, withdrawalId);
    });
}

RecordedAnswer ReferralProgram::reject(const Actor &actor, std::int64_t withdrawalId, const IdempotentRequest &request,
                                       const Encoder<store::Withdrawal> &encode)
{
    return m_idempotency.runEncoded(request, encode, [&](store::Tx &tx) {
        return store::referrals::reject(tx, {actor.userId, actor.now}, withdrawalId);
    });
}

} // namespace application
