// SPDX-License-Identifier: GPL-3.0-or-later
// The referral program (R3, R18-R21). Every /projects/{pid}/referral route needs the Referral
// permission, which only the owner has: an administrator gets 403 before anything is read.
// Staff list and decide card payouts.
#include "Api.h"
#include "Decoders.h"
#include "DomainError.h"
#include "JsonViews.h"
#include "Paging.h"
#include "Projects.h"
#include "ReferralProgram.h"
#include "Routes.h"
#include "UseCases.h"

#include "Referral.h"

#include <QJsonArray>

#include <algorithm>
#include <array>
#include <functional>

namespace http {

namespace {

using domain::Error;
using domain::ErrorCode;

constexpr std::array<std::string_view, 3> kWithdrawalStatuses{"pending", "completed", "rejected"};
constexpr int kMaxCardNumberLength = 64;
constexpr int kMaxTargetCodeLength = 64;

QJsonObject summaryView(const store::ReferralSummary &summary, int rateBp)
{
    QJsonArray referrals;
    for (const store::Referee &referee : summary.referrals)
        referrals.append(QJsonObject{
            {QStringLiteral("project_id"), views::integer(referee.projectId)},
            {QStringLiteral("name"), QString::fromStdString(referee.name)},
            {QStringLiteral("joined_at"), views::optionalTime(referee.joinedAt)},
            {QStringLiteral("earned_total"), views::integer(referee.earnedTotal)},
        });
    return QJsonObject{
        {QStringLiteral("balance"), views::integer(summary.balance)},
        {QStringLiteral("reserved"), views::integer(summary.reserved)},
        {QStringLiteral("currency"), QStringLiteral("UAH")},
        {QStringLiteral("code"), QString::fromStdString(summary.code)},
        {QStringLiteral("rate_bp"), rateBp},
        {QStringLiteral("referrals"), referrals},
    };
}

void registerOwnerRoutes(Api &api)
{
    const Guard ownerOnly = Guard::member(Permission::Referral);
    api.get(R"(/api/v1/projects/(\d+)/referral)", ownerOnly, [&api](Call &call) {
        return Answer::json(200, summaryView(api.app().referrals.summary(call.projectId), api.app().referrals.rateBp()));
    });

    api.get(R"(/api/v1/projects/(\d+)/referral/transactions)", ownerOnly, [&api](Call &call) {
        const int limit = paging::limitOf(call.request);
        const auto after = paging::cursorOf(call.request);
        const store::ReferralPage page = api.app().referrals.history(call.projectId, after, limit);
        QJsonArray items;
        for (const store::ReferralItem &item : page.items)
            items.append(views::referralItem(item));
        return Answer::json(200, paging::page(items, page.next));
    });

    api.postMoney(R"(/api/v1/projects/(\d+)/referral/withdrawals)", ownerOnly, [&api](Call &call, MoneyRequest &money) {
        const application::WithdrawalOrder order =
            decode::withdrawalOrder(call.projectId, call.body(), [&api, &call](const std::string &code) {
                return api.app().projects.transferRecipient(call.caller().id, call.projectId, code, call.now).id;
            });
        return Answer::recorded(api.app().referrals.withdraw(call.actor(), order, money.forOrder(order.normalised()),
                                                             jsonEncoder<store::Withdrawal>(201, views::withdrawal)));
    });
}

void registerStaffPayoutRoutes(Api &api)
{
    api.get("/api/v1/staff/referral-withdrawals", Guard::staff(), [&api](Call &call) {
        application::WithdrawalFilter filter;
        filter.limit = paging::limitOf(call.request);
        filter.after = paging::cursorOf(call.request);
        if (call.request.hasQuery("status")) {
            const std::string status = call.request.queryValue("status");
            if (std::find(kWithdrawalStatuses.begin(), kWithdrawalStatuses.end(), status) == kWithdrawalStatuses.end())
                paging::invalidParameter("status", "must be pending, completed or rejected");
            filter.status = status;
        }
        const store::WithdrawalPage page = api.app().referrals.withdrawals(filter);
        QJsonArray items;
        for (const store::Withdrawal &item : page.items)
            items.append(views::withdrawal(item));
        return Answer::json(200, paging::page(items, page.next));
    });

    using Decision = application::RecordedAnswer (application::ReferralProgram::*)(
        const application::Actor &, std::int64_t, const application::IdempotentRequest &,
        const application::Encoder<store::Withdrawal> &);
    const auto decisionRoute = [&api](const char *pattern, Decision decide) {
        api.postMoney(pattern, Guard::staff(), [&api, decide](Call &call, MoneyRequest &money) {
            const std::int64_t withdrawalId = call.pathId(1);
            return Answer::recorded((api.app().referrals.*decide)(
                call.actor(), withdrawalId, money.forOrder(application::NormalisedOrder().field("withdrawal", withdrawalId)),
                jsonEncoder<store::Withdrawal>(200, views::withdrawal)));
        });
    };
    decisionRoute(R"(/api/v1/staff/referral-withdrawals/(\d+)/complete)", &application::ReferralProgram::complete);
    // The reserved amount returns to the referral balance (row withdrawal_reversal).
    decisionRoute(R"(/api/v1/staff/referral-withdrawals/(\d+)/reject)", &application::ReferralProgram::reject);
}

} // namespace

// R20: the body of a withdrawal, validated before the writer. A card number must pass the
// Luhn check and only its mask goes further. Another project is named by its referral code
// (`target_code`, what the client sends: issue 11) or by `target_project_id` (API.md).
application::WithdrawalOrder decode::withdrawalOrder(std::int64_t projectId, const JsonBody &body,
                                                    const RecipientOfCode &recipientOf)
{
    application::WithdrawalOrder order;
    order.projectId = projectId;
    order.amount = body.amount("amount");
    if (order.amount <= 0)
        validationFailed("'amount' must be greater than zero (minor units)");
    order.destination = body.text("destination", 16);
    if (order.destination == "card") {
        const auto number = body.optionalRawText("card_number", kMaxCardNumberLength);
        if (!number)
            validationFailed("'card_number' is required for a card payout");
        if (!ledger::luhnValid(*number))
            validationFailed("'card_number' is not a valid card number (12 to 19 digits passing the Luhn check)");
        order.cardMasked = ledger::maskCard(*number);
    } else if (order.destination == "project") {
        order.targetProjectId = body.optionalInteger("target_project_id");
        const auto code = body.optionalRawText("target_code", kMaxTargetCodeLength);
        if (order.targetProjectId.has_value() == code.has_value())
            validationFailed("a transfer to another project needs either 'target_code' (its referral code) or "
                    "'target_project_id', not both");
        if (code)
            order.targetProjectId = recipientOf(*code);
    } else if (order.destination != "own_main") {
        validationFailed("'destination' must be card, own_main or project");
    }
    return order;
}

void registerReferralRoutes(Api &api)
{
    registerOwnerRoutes(api);
    registerStaffPayoutRoutes(api);
}

} // namespace http
