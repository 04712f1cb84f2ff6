// SPDX-License-Identifier: GPL-3.0-or-later
#include "TopUps.h"

#include "Audit.h"
#include "AutoTopUpOps.h"
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
    return NormalisedOrder()
        .field("project", projectId)
        .field("method", method)
        .field("amount", amount)
        .field("save_card", std::int64_t{saveCard ? 1 : 0});
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
        store::TopUp topUp = store::topups::create(tx, order.projectId, order.method, order.amount, actor.userId,
                                                   actor.now, order.saveCard);
        store::audit::Details details;
        details.add("topup_id", topUp.id).add("method", topUp.method).add("amount", topUp.amount);
        if (order.saveCard)
            details.add("save_card", std::int64_t{1});
        recordAudit(tx, actor, order.projectId, "topup.created", std::move(details));
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
        // R27: the card is saved with the payment that asked for it, in its transaction; only
        // the first "paid" saves it (a repeated callback finds the top-up paid).
        const bool savesCard = paid && topUp.saveCard && topUp.status == "pending" && callback.cardToken
            && callback.cardMask;
        // The payment provider, not a signed-in user, settles it: the platform is the actor (R34).
        // Never the token in the audit: the mask says which card.
        store::audit::Details details;
        details.add("topup_id", topUp.id).add("method", topUp.method).add("amount", topUp.amount);
        if (savesCard)
            details.add("card_saved", *callback.cardMask);
        recordPlatformAudit(tx, now, topUp.projectId, paid ? "topup.paid" : "topup.failed", std::move(details));
        store::TopUp settled =
            paid ? store::topups::markPaid(tx, topUp.id, std::nullopt, now) : store::topups::markFailed(tx, topUp.id, now);
        if (savesCard)
            store::autotopup::saveCard(tx, topUp.projectId, *callback.cardToken, *callback.cardMask, now);
        return settled;
    });
}

store::TopUp TopUps::cancel(const Actor &actor, std::int64_t projectId, std::int64_t topUpId, bool mayCancelOthers)
{
    return m_store.write([&](store::Tx &tx) {
        const store::TopUp topUp = existing(tx, topUpId);
        if (topUp.projectId != projectId)
            throw Error(ErrorCode::NotFound, "no such top-up");
        if (!mayCancelOthers && topUp.createdBy != actor.userId)
            throw Error(ErrorCode::Forbidden, "only the project's owner may cancel a top-up somebody else asked for");
        if (topUp.status == "cancelled")
            return topUp;
        store::TopUp cancelled = store::topups::cancel(tx, topUpId, actor.now);
        recordAudit(tx, actor, projectId, "topup.cancelled",
                    store::audit::Details().add("topup_id", topUp.id).add("method", topUp.method).add("amount", topUp.amount));
        return cancelled;
    });
}

} // namespace application
