// SPDX-License-Identifier: GPL-3.0-or-later
#include "TopUps.h"

#include "Audit.h"
#include "Crypto.h"
#include "DomainError.h"
#include "LedgerOps.h"
#include "Store.h"
#include "TopUpOps.h"

namespace application {

namespace {

using domain::Error;
using domain::ErrorCode;

store::TopUp existing(store::Tx &tx, std::int64_t topUpId)
{
    const auto topUp = store::topups::find(tx, topUpId);
    if (!topUp)
        throw Error(ErrorCode::NotFound, "no such top-up");
    return *topUp;
}

} // namespace

NormalisedOrder TopUpOrder::normalised() const
{
    return NormalisedOrder().field("project", projectId).field("method", method).field("amount", amount);
}

TopUps::TopUps(store::Store &store, Idempotency &idempotency, std::string paymentSecret)
    : m_store(store)
    , m_idempotency(idempotency)
    , m_paymentSecret(std::move(paymentSecret))
{
}

RecordedAnswer TopUps::create(const Actor &actor, const TopUpOrder &order, const IdempotentRequest &request,
                              const Encoder<store::TopUp> &encode)
{
    return m_idempotency.runEncoded(request, encode, [&](store::Tx &tx) {
        store::TopUp topUp = store::topups::create(tx, order.projectId, order.method, order.amount, actor.userId, actor.now);
        recordAudit(tx, actor, order.projectId, "topup.created",
                    store::audit::Details().add("topup_id", topUp.id).add("method", topUp.method).add("amount", topUp.amount));
        return topUp;
    });
}

std::vector<store::TopUp> TopUps::listOf(std::int64_t projectId)
{
    return m_store.read([&](store::Tx &tx) { return store::topups::listOf(tx, projectId); });
}

RecordedAnswer TopUps::confirm(const Actor &actor, std::int64_t topUpId, const IdempotentRequest &request,
                               const Encoder<PaidTopUp> &encode)
{
    return m_idempotency.runEncoded(request, encode, [&](store::Tx &tx) {
        if (existing(tx, topUpId).method != "invoice")
            throw Error(ErrorCode::Conflict, "only invoice top-ups are confirmed by staff; the payment provider "
                                             "settles card payments");
        const store::TopUp paid = store::topups::markPaid(tx, topUpId, actor.userId, actor.now);
        recordAudit(tx, actor, paid.projectId, "topup.paid",
                    store::audit::Details().add("topup_id", paid.id).add("method", paid.method).add("amount", paid.amount));
        return PaidTopUp{paid, store::ledgerops::balancesOf(tx, paid.projectId)};
    });
}

void TopUps::authenticateCallback(std::string_view rawBody, std::string_view signature) const
{
    if (m_paymentSecret.empty())
        throw Error(ErrorCode::Unauthenticated, "payment callbacks are disabled: the server has no payment secret");
    if (!crypto::hmacSha256HexMatches(m_paymentSecret, rawBody, signature))
        throw Error(ErrorCode::Unauthenticated, "bad X-Signature");
}

store::TopUp TopUps::settle(const ProviderCallback &callback, std::int64_t now)
{
    return m_store.write([&](store::Tx &tx) {
        const store::TopUp topUp = existing(tx, callback.topUpId);
        if (topUp.method == "invoice")
            throw Error(ErrorCode::ValidationFailed,
                        "an invoice top-up is paid by bank transfer and confirmed by staff, not by the payment provider");
        if (callback.amount && *callback.amount != topUp.amount)
            throw Error(ErrorCode::ValidationFailed, "'amount' " + std::to_string(*callback.amount)
                                                         + " is not the top-up's amount "
                                                         + std::to_string(topUp.amount));
        const bool paid = callback.status == "paid";
        // The payment provider, not a signed-in user, settles it: the platform is the actor (R34).
        recordPlatformAudit(tx, now, topUp.projectId, paid ? "topup.paid" : "topup.failed",
                            store::audit::Details().add("topup_id", topUp.id).add("method", topUp.method).add("amount", topUp.amount));
        return paid ? store::topups::markPaid(tx, topUp.id, std::nullopt, now) : store::topups::markFailed(tx, topUp.id, now);
    });
}

} // namespace application
