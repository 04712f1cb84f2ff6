// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReferralProgram.h"

#include "Audit.h"
#include "ReferralOps.h"
#include "Store.h"

#include <utility>

namespace application {

namespace {

// Referral actions are named "referral.*", so an Administrator's audit list leaves them out (R3).
void auditWithdrawal(store::Tx &tx, const Actor &actor, const char *action, const store::Withdrawal &withdrawal)
{
    store::audit::Details details;
    details.add("withdrawal_id", withdrawal.id).add("amount", withdrawal.amount).add("destination", withdrawal.destination);
    if (withdrawal.cardMasked)
        details.add("card_mask", *withdrawal.cardMasked);
    if (withdrawal.targetProjectId)
        details.add("target_project_id", *withdrawal.targetProjectId);
    recordAudit(tx, actor, withdrawal.projectId, action, std::move(details));
}

} // namespace

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
        store::Withdrawal withdrawal = store::referrals::withdraw(tx, {actor.userId, actor.now}, order.projectId, stored);
        auditWithdrawal(tx, actor, "referral.withdrawal", withdrawal);
        return withdrawal;
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
        store::Withdrawal withdrawal = store::referrals::complete(tx, {actor.userId, actor.now}, withdrawalId);
        auditWithdrawal(tx, actor, "referral.withdrawal_completed", withdrawal);
        return withdrawal;
    });
}

RecordedAnswer ReferralProgram::reject(const Actor &actor, std::int64_t withdrawalId, const IdempotentRequest &request,
                                       const Encoder<store::Withdrawal> &encode)
{
    return m_idempotency.runEncoded(request, encode, [&](store::Tx &tx) {
        store::Withdrawal withdrawal = store::referrals::reject(tx, {actor.userId, actor.now}, withdrawalId);
        auditWithdrawal(tx, actor, "referral.withdrawal_rejected", withdrawal);
        return withdrawal;
    });
}

} // namespace application
