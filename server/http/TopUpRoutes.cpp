// SPDX-License-Identifier: GPL-3.0-or-later
// Top-ups (R5): created by members, paid by staff confirmation (invoice) or by the payment
// provider's signed callback (card); each path refuses the other's top-ups (payments.md).
#include "Api.h"
#include "Decoders.h"
#include "DomainError.h"
#include "JsonViews.h"
#include "Routes.h"
#include "TopUps.h"
#include "UseCases.h"

#include <QJsonArray>

#include <algorithm>

namespace http {

namespace {

using domain::Error;
using domain::ErrorCode;

QJsonObject paidTopUpView(const application::PaidTopUp &paid)
{
    QJsonObject object = views::topUp(paid.topUp);
    object.insert(QStringLiteral("balances"), views::balances(paid.balances));
    return object;
}

} // namespace

application::TopUpOrder decode::topUpOrder(const Call &call)
{
    const JsonBody body = call.body();
    application::TopUpOrder order;
    order.projectId = call.projectId;
    order.amount = body.amount("amount");
    if (order.amount <= 0)
        throw Error(ErrorCode::ValidationFailed, "'amount' must be greater than zero (minor units)");
    order.method = body.text("method", 16);
    if (order.method != "invoice" && order.method != "card")
        throw Error(ErrorCode::ValidationFailed, "'method' must be invoice or card");
    order.saveCard = body.optionalBoolean("save_card").value_or(false);
    if (order.saveCard && order.method != "card")
        throw Error(ErrorCode::ValidationFailed, "'save_card' is for card payments only (R27)");
    return order;
}

application::ProviderCallback decode::providerCallback(const Call &call)
{
    const JsonBody body = call.body();
    application::ProviderCallback callback;
    callback.topUpId = body.integer("topup_id");
    callback.status = body.text("status", 16);
    if (callback.status != "paid" && callback.status != "failed")
        throw Error(ErrorCode::ValidationFailed, "'status' must be paid or failed");
    callback.amount = body.optionalInteger("amount");
    // R27: the provider's token and a mask, never a number: a mask shows at most 4 digits.
    callback.cardToken = body.optionalText("card_token", 200);
    callback.cardMask = body.optionalText("card_mask", 32);
    if (callback.cardMask
        && std::count_if(callback.cardMask->begin(), callback.cardMask->end(), [](char c) { return c >= '0' && c <= '9'; }) > 4)
        throw Error(ErrorCode::ValidationFailed, "'card_mask' must hide the card number (at most its last 4 digits)");
    if (callback.cardToken.has_value() != callback.cardMask.has_value())
        throw Error(ErrorCode::ValidationFailed, "'card_token' and 'card_mask' come together");
    return callback;
}

void registerTopUpRoutes(Api &api)
{
    api.postMoney(R"(/api/v1/projects/(\d+)/topups)", Guard::member(Permission::Finance),
                  [&api](Call &call, MoneyRequest &money) {
                      const application::TopUpOrder order = decode::topUpOrder(call);
                      return Answer::recorded(api.app().topUps.create(
                          call.actor(), order, money.forOrder(order.normalised()),
                          jsonEncoder<store::TopUp>(201, views::topUp)));
                  });

    api.get(R"(/api/v1/projects/(\d+)/topups)", Guard::member(Permission::Finance), [&api](Call &call) {
        QJsonArray items;
        for (const store::TopUp &topUp : api.app().topUps.listOf(call.projectId))
            items.append(views::topUp(topUp));
        return Answer::json(200, QJsonObject{{QStringLiteral("items"), items},
                                             {QStringLiteral("next_cursor"), QJsonValue(QJsonValue::Null)}});
    });

    // Issue 12: a member cancels their own pending top-up, the owner any of the project's.
    // Moves no money, so no Idempotency-Key: cancelling a cancelled one answers it as it is.
    api.post(R"(/api/v1/projects/(\d+)/topups/(\d+)/cancel)", Guard::member(Permission::Finance), [&api](Call &call) {
        return Answer::json(200, views::topUp(api.app().topUps.cancel(
                                     call.actor(), call.projectId, call.pathId(2),
                                     application::roleAllows(call.role, Permission::CancelOthersPending))));
    });

    api.postMoney(R"(/api/v1/staff/topups/(\d+)/confirm)", Guard::staff(), [&api](Call &call, MoneyRequest &money) {
        const std::int64_t topUpId = call.pathId(1);
        return Answer::recorded(api.app().topUps.confirm(
            call.actor(), topUpId, money.forOrder(application::NormalisedOrder().field("topup", topUpId)),
            jsonEncoder<application::PaidTopUp>(200, paidTopUpView)));
    });

    // No Idempotency-Key: the provider repeats callbacks as it likes; they are deduplicated by
    // topup_id (a second "paid" finds the top-up paid and changes nothing).
    api.post("/api/v1/payments/callback", Guard::everyone(), [&api](Call &call) {
        api.app().topUps.authenticateCallback(call.request.body, call.request.header("X-Signature"));
        const application::ProviderCallback callback = decode::providerCallback(call);
        return Answer::json(200, views::topUp(api.app().topUps.settle(callback, call.now)));
    });
}

} // namespace http
