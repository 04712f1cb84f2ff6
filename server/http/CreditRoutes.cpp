// SPDX-License-Identifier: GPL-3.0-or-later
// Credit funds (R12-R17): eligibility and requests for owners and administrators; the request
// list, grants and rejections for staff. Expiry runs by itself (server/main/CreditExpiryTimer).
#include "Api.h"
#include "Decoders.h"
#include "Credits.h"
#include "DomainError.h"
#include "JsonViews.h"
#include "Paging.h"
#include "Routes.h"
#include "UseCases.h"

#include <QJsonArray>

#include <algorithm>
#include <array>

namespace http {

namespace {

constexpr int kMaxNoteLength = 500;
constexpr std::array<std::string_view, 4> kRequestStatuses{"pending", "granted", "rejected", "cancelled"};

QJsonObject eligibilityView(const ledger::CreditAssessment &assessment)
{
    QJsonArray reasons;
    for (const std::string &reason : assessment.reasons)
        reasons.append(QString::fromStdString(reason));
    return QJsonObject{
        {QStringLiteral("eligible"), assessment.eligible},
        {QStringLiteral("reasons"), reasons},
        {QStringLiteral("max_amount"), views::integer(assessment.maxAmount.minor())},
        {QStringLiteral("max_term_days"), assessment.maxTermDays},
        {QStringLiteral("tenure_days"), views::integer(assessment.tenureDays)},
        {QStringLiteral("topups_count"), assessment.topupsCount},
        {QStringLiteral("topups_total"), views::integer(assessment.topupsTotal.minor())},
        {QStringLiteral("monthly_spend"), views::integer(assessment.monthlySpend.minor())},
        {QStringLiteral("currency"), QStringLiteral("UAH")},
    };
}

Answer requestPage(Api &api, const application::CreditRequestFilter &filter)
{
    const store::CreditRequestPage page = api.app().credits.requests(filter);
    QJsonArray items;
    for (const store::CreditRequest &item : page.items)
        items.append(views::creditRequest(item));
    return Answer::json(200, paging::page(items, page.next));
}

QJsonObject grantedView(const application::GrantedCredit &granted)
{
    QJsonObject answer = views::credit(granted.credit);
    answer.insert(QStringLiteral("balances"), views::balances(granted.balances));
    return answer;
}

void registerMemberRoutes(Api &api)
{
    api.get(R"(/api/v1/projects/(\d+)/credit/eligibility)", Guard::member(Permission::Finance), [&api](Call &call) {
        return Answer::json(200, eligibilityView(api.app().credits.eligibility(call.projectId, call.now)));
    });

    api.postMoney(R"(/api/v1/projects/(\d+)/credit/requests)", Guard::member(Permission::Finance),
                  [&api](Call &call, MoneyRequest &money) {
                      const application::CreditOrder order = decode::creditOrder(call, call.projectId, false);
                      return Answer::recorded(
                          api.app().credits.request(call.actor(), order, money.forOrder(order.normalised()),
                                                    jsonEncoder<store::CreditRequest>(201, views::creditRequest)));
                  });

    // The owner's and administrators' view of their requests and what staff decided.
    api.get(R"(/api/v1/projects/(\d+)/credit/requests)", Guard::member(Permission::Finance), [&api](Call &call) {
        application::CreditRequestFilter filter = decode::creditRequestFilter(call.request);
        filter.projectId = call.projectId;
        return requestPage(api, filter);
    });

    // Issue 12: a member withdraws their own pending request, the owner any of the project's.
    // Moves no money, so no Idempotency-Key: cancelling a cancelled one answers it as it is.
    api.post(R"(/api/v1/projects/(\d+)/credit/requests/(\d+)/cancel)", Guard::member(Permission::Finance),
             [&api](Call &call) {
                 return Answer::json(200, views::creditRequest(api.app().credits.cancel(
                                              call.actor(), call.projectId, call.pathId(2),
                                              application::roleAllows(call.role, Permission::CancelOthersPending))));
             });
}

void registerStaffCreditRoutes(Api &api)
{
    api.get("/api/v1/staff/credit-requests", Guard::staff(),
            [&api](Call &call) { return requestPage(api, decode::creditRequestFilter(call.request)); });

    api.postMoney(R"(/api/v1/staff/projects/(\d+)/credits)", Guard::staff(), [&api](Call &call, MoneyRequest &money) {
        const application::CreditOrder order = decode::creditOrder(call, call.pathId(1), true);
        return Answer::recorded(api.app().credits.grant(call.actor(), order, money.forOrder(order.normalised()),
                                                        jsonEncoder<application::GrantedCredit>(201, grantedView)));
    });

    // Staff decline a request (not money-moving: repeating it changes nothing).
    api.post(R"(/api/v1/staff/credit-requests/(\d+)/reject)", Guard::staff(), [&api](Call &call) {
        const std::int64_t requestId = call.pathId(1);
        const std::string note =
            call.request.body.empty() ? std::string() : call.body().optionalText("note", kMaxNoteLength).value_or("");
        return Answer::json(200, views::creditRequest(api.app().credits.reject(call.actor(), requestId, note)));
    });
}

} // namespace

// ?status=pending|granted|rejected|cancelled (absent: every status).
application::CreditRequestFilter decode::creditRequestFilter(const Request &request)
{
    application::CreditRequestFilter filter;
    filter.limit = paging::limitOf(request);
    filter.after = paging::cursorOf(request);
    if (request.hasQuery("status")) {
        const std::string status = request.queryValue("status");
        if (std::find(kRequestStatuses.begin(), kRequestStatuses.end(), status) == kRequestStatuses.end())
            paging::invalidParameter("status", "must be pending, granted, rejected or cancelled");
        filter.status = status;
    }
    return filter;
}

// A member's request: amount and term; a staff grant may answer a request.
application::CreditOrder decode::creditOrder(const Call &call, std::int64_t projectId, bool grant)
{
    const JsonBody body = call.body();
    application::CreditOrder order;
    order.projectId = projectId;
    order.amount = body.amount("amount");
    order.termDays = body.integer("term_days");
    if (grant)
        order.requestId = body.optionalInteger("request_id");
    return order;
}

void registerCreditRoutes(Api &api)
{
    registerMemberRoutes(api);
    registerStaffCreditRoutes(api);
}

} // namespace http
