// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 12: the saved card (R27), auto top-up (R28), the forecast (R29), "who will pay this?"
// (R30) and the low-balance alert (R31) of a project, for its owner and administrators.
#include "Api.h"
#include "DomainError.h"
#include "JsonViews.h"
#include "Routes.h"
#include "UseCases.h"

#include "Category.h"

#include <QJsonArray>

namespace http {

namespace {

using domain::Error;
using domain::ErrorCode;

QJsonObject settingsView(const store::AutoTopUpSettings &settings)
{
    return QJsonObject{{QStringLiteral("enabled"), settings.enabled},
                       {QStringLiteral("threshold"), views::integer(settings.threshold)},
                       {QStringLiteral("amount"), views::integer(settings.amount)},
                       {QStringLiteral("currency"), QStringLiteral("UAH")}};
}

QJsonObject alertsView(const std::optional<std::int64_t> &threshold)
{
    return QJsonObject{{QStringLiteral("low_balance_threshold"), views::optionalInteger(threshold)}};
}

QJsonArray partsView(const std::vector<ledger::ChargePart> &parts)
{
    QJsonArray array;
    for (const ledger::ChargePart &part : parts)
        array.append(QJsonObject{{QStringLiteral("balance"), QString::fromUtf8(ledger::toString(part.balance))},
                                 {QStringLiteral("amount"), views::integer(part.amount.minor())}});
    return array;
}

void registerCardRoutes(Api &api)
{
    api.get(R"(/api/v1/projects/(\d+)/saved-card)", Guard::member(Permission::Finance), [&api](Call &call) {
        const auto mask = api.app().autoTopUps.savedCardMask(call.projectId);
        if (!mask)
            throw Error(ErrorCode::NotFound, "the project has no saved card");
        return Answer::json(200, QJsonObject{{QStringLiteral("card_mask"), QString::fromStdString(*mask)}});
    });
    api.del(R"(/api/v1/projects/(\d+)/saved-card)", Guard::member(Permission::Finance), [&api](Call &call) {
        api.app().autoTopUps.removeCard(call.actor(), call.projectId);
        return Answer::noContent();
    });

    api.get(R"(/api/v1/projects/(\d+)/auto-topup)", Guard::member(Permission::Finance), [&api](Call &call) {
        return Answer::json(200, settingsView(api.app().autoTopUps.settings(call.projectId)));
    });
    api.put(R"(/api/v1/projects/(\d+)/auto-topup)", Guard::member(Permission::Finance), [&api](Call &call) {
        const JsonBody body = call.body();
        store::AutoTopUpSettings settings;
        settings.enabled = body.boolean("enabled");
        settings.threshold = body.amount("threshold");
        settings.amount = body.amount("amount");
        return Answer::json(200, settingsView(api.app().autoTopUps.update(call.actor(), call.projectId, settings)));
    });

    api.get(R"(/api/v1/projects/(\d+)/alerts)", Guard::member(Permission::Finance), [&api](Call &call) {
        return Answer::json(200, alertsView(api.app().autoTopUps.alertThreshold(call.projectId)));
    });
    api.put(R"(/api/v1/projects/(\d+)/alerts)", Guard::member(Permission::Finance), [&api](Call &call) {
        const JsonBody body = call.body();
        if (!body.present("low_balance_threshold"))
            throw Error(ErrorCode::ValidationFailed, "'low_balance_threshold' is required (null turns the alert off)");
        const std::optional<std::int64_t> threshold =
            body.has("low_balance_threshold") ? std::optional(body.amount("low_balance_threshold")) : std::nullopt;
        return Answer::json(200, alertsView(api.app().autoTopUps.setAlertThreshold(call.actor(), call.projectId, threshold)));
    });
}

void registerOutlookRoutes(Api &api)
{
    api.get(R"(/api/v1/projects/(\d+)/forecast)", Guard::member(Permission::Finance), [&api](Call &call) {
        const application::Forecast forecast = api.app().outlook.forecast(call.projectId, call.now);
        return Answer::json(200, QJsonObject{{QStringLiteral("daily_spend"), views::integer(forecast.dailySpend)},
                                             {QStringLiteral("basis_days"), forecast.basisDays},
                                             {QStringLiteral("days_left"), views::optionalInteger(forecast.daysLeft)},
                                             {QStringLiteral("funds"), views::integer(forecast.funds)},
                                             {QStringLiteral("currency"), QStringLiteral("UAH")}});
    });

    // R30: a plain POST (it posts nothing, so no Idempotency-Key).
    api.post(R"(/api/v1/projects/(\d+)/charges/preview)", Guard::member(Permission::Finance), [&api](Call &call) {
        const JsonBody body = call.body();
        const auto category = ledger::categoryFromString(body.text("category", 64));
        if (!category)
            throw Error(ErrorCode::ValidationFailed, "'category' is not a known category of charges");
        // The use case refuses an amount of zero or less (Outlook::preview).
        const ledger::ChargeRouting routing = api.app().outlook.preview(call.projectId, *category, body.amount("amount"));
        return Answer::json(200, QJsonObject{{QStringLiteral("parts"), partsView(routing.parts)},
                                             {QStringLiteral("sufficient"), routing.covered},
                                             {QStringLiteral("shortfall"), views::integer(routing.shortfall.minor())},
                                             {QStringLiteral("currency"), QStringLiteral("UAH")}});
    });
}

} // namespace

void registerAutoTopUpRoutes(Api &api)
{
    registerCardRoutes(api);
    registerOutlookRoutes(api);
}

} // namespace http
