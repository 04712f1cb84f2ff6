// SPDX-License-Identifier: GPL-3.0-or-later
// Top-ups (R5): created by members, paid by staff confirmation (invoice) or by the payment
// provider's signed callback (card).
#include "Api.h"
#include "Crypto.h"
#include "DomainError.h"
#include "JsonViews.h"
#include "LedgerOps.h"
#include "Routes.h"
#include "Store.h"
#include "TopUpOps.h"

#include <QJsonArray>

namespace http {

namespace {

using domain::Error;
using domain::ErrorCode;

QJsonObject topUpWithBalances(const store::TopUp &topUp, store::Tx &tx)
{
    QJsonObject object = views::topUp(topUp);
    object.insert(QStringLiteral("balances"), views::balances(store::ledgerops::balancesOf(tx, topUp.projectId)));
    return object;
}

// The payment provider proves a callback with hex(HMAC-SHA256(secret, raw body)) in X-Signature.
void verifySignature(const std::string &secret, const Call &call)
{
    if (secret.empty())
        throw Error(ErrorCode::Unauthenticated, "payment callbacks are disabled: the server has no payment secret");
    if (!crypto::hmacSha256HexMatches(secret, call.request.body, call.request.header("X-Signature")))
        throw Error(ErrorCode::Unauthenticated, "bad X-Signature");
}

} // namespace

void registerTopUpRoutes(Api &api)
{
    api.postMoney(R"(/api/v1/projects/(\d+)/topups)", Guard::member(Permission::Finance),
                  [](Call &call) -> Api::TxOperation {
                      const JsonBody body = call.body();
                      const std::int64_t amount = body.amount("amount");
                      if (amount <= 0)
                          throw Error(ErrorCode::ValidationFailed, "'amount' must be greater than zero (minor units)");
                      const std::string method = body.text("method", 16);
                      if (method != "invoice" && method != "card")
                          throw Error(ErrorCode::ValidationFailed, "'method' must be invoice or card");
                      return [=, projectId = call.projectId, userId = call.caller().id, now = call.now](store::Tx &tx) {
                          return Answer::json(201, views::topUp(store::topups::create(tx, projectId, method, amount,
                                                                                      userId, now)));
                      };
                  });

    api.get(R"(/api/v1/projects/(\d+)/topups)", Guard::member(Permission::Finance), [&api](Call &call) {
        const auto list =
            api.services().store.read([&](store::Tx &tx) { return store::topups::listOf(tx, call.projectId); });
        QJsonArray items;
        for (const store::TopUp &topUp : list)
            items.append(views::topUp(topUp));
        return Answer::json(200, QJsonObject{{QStringLiteral("items"), items},
                                             {QStringLiteral("next_cursor"), QJsonValue(QJsonValue::Null)}});
    });

    api.postMoney(R"(/api/v1/staff/topups/(\d+)/confirm)", Guard::staff(), [](Call &call) -> Api::TxOperation {
        return [topUpId = call.pathId(1), userId = call.caller().id, now = call.now](store::Tx &tx) {
            return Answer::json(200, topUpWithBalances(store::topups::markPaid(tx, topUpId, userId, now), tx));
        };
    });

    // No Idempotency-Key: the provider repeats callbacks as it likes; they are deduplicated by
    // topup_id (a second "paid" finds the top-up paid and changes nothing).
    api.post("/api/v1/payments/callback", Guard::everyone(), [&api](Call &call) {
        verifySignature(api.services().config.paymentSecret, call);
        const JsonBody body = call.body();
        const std::int64_t topUpId = body.integer("topup_id");
        const std::string status = body.text("status", 16);
        if (status != "paid" && status != "failed")
            throw Error(ErrorCode::ValidationFailed, "'status' must be paid or failed");
        const std::int64_t now = call.now;
        const store::TopUp topUp = api.services().store.write([&](store::Tx &tx) {
            return status == "paid" ? store::topups::markPaid(tx, topUpId, std::nullopt, now)
                                    : store::topups::markFailed(tx, topUpId, now);
        });
        return Answer::json(200, views::topUp(topUp));
    });
}

} // namespace http
