// SPDX-License-Identifier: GPL-3.0-or-later
// Staff and platform routes (API.md "Platform and staff"): projects, members, charges, bonus,
// adjustments; and the fake clock of the tests.
#include "Api.h"
#include "Charges.h"
#include "CivilTime.h"
#include "Decoders.h"
#include "DomainError.h"
#include "JsonViews.h"
#include "Projects.h"
#include "Routes.h"
#include "TestClock.h"
#include "TimeText.h"
#include "UseCases.h"

#include "Category.h"

#include <QJsonArray>
#include <QString>

namespace http {

namespace {

using domain::Error;
using domain::ErrorCode;

constexpr int kMaxReasonLength = 500;

std::string checkedEmail(const std::string &email)
{
    const std::string lower = normalizedEmail(email);
    const size_t at = lower.find('@');
    if (at == std::string::npos || at == 0 || at + 1 == lower.size() || lower.find(' ') != std::string::npos)
        validationFailed("'email' is not an e-mail address");
    return lower;
}

std::int64_t positiveAmount(const JsonBody &body)
{
    const std::int64_t amount = body.amount("amount");
    if (amount <= 0)
        validationFailed("'amount' must be greater than zero (minor units)");
    return amount;
}

QJsonObject chargedView(const application::Charged &charged)
{
    QJsonArray parts;
    for (const ledger::ChargePart &part : charged.parts)
        parts.append(QJsonObject{
            {QStringLiteral("balance"), QString::fromUtf8(ledger::toString(part.balance))},
            {QStringLiteral("amount"), views::integer(part.amount.minor())},
        });
    return QJsonObject{{QStringLiteral("id"), views::integer(charged.id)},
                       {QStringLiteral("parts"), parts},
                       {QStringLiteral("balances"), views::balances(charged.balances)}};
}

// A bonus answers {id, amount, balances}; an adjustment names its kind too.
QJsonObject bonusView(const application::Adjusted &granted)
{
    return QJsonObject{{QStringLiteral("id"), views::integer(granted.id)},
                       {QStringLiteral("amount"), views::integer(granted.amount)},
                       {QStringLiteral("balances"), views::balances(granted.balances)}};
}

QJsonObject adjustmentView(const application::Adjusted &adjusted)
{
    QJsonObject object = bonusView(adjusted);
    object.insert(QStringLiteral("kind"), QString::fromStdString(adjusted.kind));
    return object;
}

void registerProjectAdministration(Api &api)
{
    api.post("/api/v1/staff/projects", Guard::staff(), [&api](Call &call) {
        const JsonBody body = call.body();
        application::NewProject project;
        project.name = body.text("name", 200);
        project.owner = decode::newUser(body.object("owner"));
        project.referredBy = body.optionalText("referred_by", 64);
        const application::CreatedProject created = api.app().projects.create(project, call.now);
        return Answer::json(201, QJsonObject{
                                     {QStringLiteral("id"), views::integer(created.id)},
                                     {QStringLiteral("name"), QString::fromStdString(created.name)},
                                     {QStringLiteral("referral_code"), QString::fromStdString(created.referralCode)},
                                 });
    });

    api.post(R"(/api/v1/staff/projects/(\d+)/users)", Guard::staff(), [&api](Call &call) {
        const std::int64_t projectId = call.pathId(1);
        const JsonBody body = call.body();
        const std::string role = body.text("role", 32);
        if (role == "owner")
            validationFailed("a project has exactly one owner (R1); add administrators instead");
        if (!application::isKnownRole(role))
            validationFailed("'role' must be administrator, supervisor, manager or operator");
        const application::NewUser user = decode::newUser(body);
        const std::int64_t userId = api.app().members.addUser(call.actor(), projectId, user, role);
        return Answer::json(201, QJsonObject{
                                     {QStringLiteral("id"), views::integer(userId)},
                                     {QStringLiteral("project_id"), views::integer(projectId)},
                                     {QStringLiteral("email"), QString::fromStdString(user.email)},
                                     {QStringLiteral("role"), QString::fromStdString(role)},
                                 });
    });
}

void registerMoneyRoutes(Api &api)
{
    api.postMoney(R"(/api/v1/staff/projects/(\d+)/charges)", Guard::service(ServicePermission::PostCharges), [&api](Call &call, MoneyRequest &money) {
        const application::ChargeOrder order = decode::chargeOrder(call);
        api.app().charges.charge(call.actor(), order, money.forOrder(order.normalised()),
                                 jsonEncoder<application::Charged>(201, chargedView), api.answerRecordedLater(call));
        return Answer::later();
    });

    api.postMoney(R"(/api/v1/staff/projects/(\d+)/bonus)", Guard::staff(), [&api](Call &call, MoneyRequest &money) {
        const application::BonusOrder order = decode::bonusOrder(call);
        return Answer::recorded(api.app().charges.grantBonus(call.actor(), order, money.forOrder(order.normalised()),
                                                             jsonEncoder<application::Adjusted>(201, bonusView)));
    });

    api.postMoney(R"(/api/v1/staff/projects/(\d+)/adjustments)", Guard::staff(),
                  [&api](Call &call, MoneyRequest &money) {
                      const application::AdjustmentOrder order = decode::adjustmentOrder(call);
                      return Answer::recorded(
                          api.app().charges.adjust(call.actor(), order, money.forOrder(order.normalised()),
                                                   jsonEncoder<application::Adjusted>(201, adjustmentView)));
                  });
}

} // namespace

application::NewUser decode::newUser(const JsonBody &body)
{
    application::NewUser user;
    user.email = checkedEmail(body.text("email", 254));
    user.name = body.optionalText("name", 200).value_or(user.email);
    user.password = body.optionalText("password", 1024);
    return user;
}

application::ChargeOrder decode::chargeOrder(const Call &call)
{
    application::ChargeOrder order;
    order.projectId = call.pathId(1);
    const JsonBody body = call.body();
    const auto category = ledger::categoryFromString(body.text("category", 64));
    if (!category)
        validationFailed("'category' is not a known category of charges");
    order.category = *category;
    order.amount = positiveAmount(body);
    order.description = body.optionalText("description", kMaxReasonLength).value_or(std::string());
    return order;
}

application::BonusOrder decode::bonusOrder(const Call &call)
{
    application::BonusOrder order;
    order.projectId = call.pathId(1);
    const JsonBody body = call.body();
    order.amount = positiveAmount(body);
    order.reason = body.text("reason", kMaxReasonLength);
    return order;
}

application::AdjustmentOrder decode::adjustmentOrder(const Call &call)
{
    application::AdjustmentOrder order;
    order.projectId = call.pathId(1);
    const JsonBody body = call.body();
    order.amount = body.amount("amount");
    order.kind = body.text("kind", 32);
    order.reason = body.text("reason", kMaxReasonLength);
    if (order.kind != "compensation" && order.kind != "correction")
        validationFailed("'kind' must be compensation or correction");
    if (order.kind == "compensation" && order.amount <= 0)
        validationFailed("a compensation credits main: 'amount' must be greater than zero");
    if (order.amount == 0)
        validationFailed("'amount' must not be zero");
    return order;
}

void registerStaffRoutes(Api &api)
{
    registerProjectAdministration(api);
    registerMoneyRoutes(api);
}

void registerTestClockRoutes(Api &api)
{
    // Only with --fake-clock; otherwise the route does not exist (404).
    if (!api.app().testClock.enabled())
        return;
    api.post("/api/v1/test/clock", Guard::staff(), [&api](Call &call) {
        const JsonBody body = call.body();
        const auto now = parseTime(body.text("now", 64));
        if (!now)
            validationFailed("'now' must be an RFC 3339 time such as 2026-11-25T10:00:00Z");
        // R17: the very next answer already shows credits that fell due on the way.
        api.app().testClock.moveTo(*now);
        return Answer::json(200, QJsonObject{{QStringLiteral("now"), QString::fromStdString(ledger::utcText(*now))}});
    });
}

} // namespace http
