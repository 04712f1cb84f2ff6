// SPDX-License-Identifier: GPL-3.0-or-later
// Credit funds (R12-R17): eligibility and requests for owners and administrators; the request
// list, grants and rejections for staff. Expiry runs by itself (CreditExpiryTimer).
#include "Api.h"
#include "CreditExpiryTimer.h"
#include "CreditOps.h"
#include "DomainError.h"
#include "JsonViews.h"
#include "LedgerOps.h"
#include "Paging.h"
#include "Routes.h"
#include "Store.h"

#include <QJsonArray>

#include <algorithm>
#include <array>

namespace http {

namespace {

constexpr int kMaxNoteLength = 500;
constexpr std::array<std::string_view, 3> kRequestStatuses{"pending", "granted", "rejected"};

store::money::Actor actorOf(const Call &call)
{
    return store::money::Actor{call.caller().id, call.now};
}

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

// ?status=pending|granted|rejected (absent: every status).
store::credits::RequestFilter requestFilterOf(const Request &request)
{
    store::credits::RequestFilter filter;
    filter.limit = paging::limitOf(request);
    filter.after = paging::cursorOf(request);
    if (request.hasQuery("status")) {
        const std::string status = request.queryValue("status");
        if (std::find(kRequestStatuses.begin(), kRequestStatuses.end(), status) == kRequestStatuses.end())
            paging::invalidParameter("status", "must be pending, granted or rejected");
        filter.status = status;
    }
    return filter;
}

Answer requestPage(Api &api, const store::credits::RequestFilter &filter)
{
    const store::CreditRequestPage page =
        api.services().store.read([&](store::Tx &tx) { return store::credits::requests(tx, filter); });
    QJsonArray items;
    for (const store::CreditRequest &item : page.items)
        items.append(views::creditRequest(item));
    return Answer::json(200, paging::page(items, page.next));
}

void registerMemberRoutes(Api &api)
{
    api.get(R"(/api/v1/projects/(\d+)/credit/eligibility)", Guard::member(Permission::Finance), [&api](Call &call) {
        const auto assessment = api.services().store.read(
            [&](store::Tx &tx) { return store::credits::assess(tx, call.projectId, call.now); });
        return Answer::json(200, eligibilityView(assessment));
    });

    api.postMoney(R"(/api/v1/projects/(\d+)/credit/requests)", Guard::member(Permission::Finance),
                  [](Call &call) -> Api::TxOperation {
                      const JsonBody body = call.body();
                      const std::int64_t amount = body.amount("amount");
                      const std::int64_t termDays = body.integer("term_days");
                      return [=, projectId = call.projectId, actor = actorOf(call)](store::Tx &tx) {
                          return Answer::json(201, views::creditRequest(store::credits::request(
                                                       tx, actor, projectId, amount, termDays)));
                      };
                  });

    // The owner's and administrators' view of their requests and what staff decided.
    api.get(R"(/api/v1/projects/(\d+)/credit/requests)", Guard::member(Permission::Finance), [&api](Call &call) {
        store::credits::RequestFilter filter = requestFilterOf(call.request);
        filter.projectId = call.projectId;
        return requestPage(api, filter);
    });
}

void registerStaffCreditRoutes(Api &api)
{
    api.get("/api/v1/staff/credit-requests", Guard::staff(),
            [&api](Call &call) { return requestPage(api, requestFilterOf(call.request)); });

    api.postMoney(R"(/api/v1/staff/projects/(\d+)/credits)", Guard::staff(), [&api](Call &call) -> Api::TxOperation {
        const std::int64_t projectId = call.pathId(1);
        const JsonBody body = call.body();
        const std::int64_t amount = body.amount("amount");
        const std::int64_t termDays = body.integer("term_days");
        const std::optional<std::int64_t> requestId = body.optionalInteger("request_id");
        CreditExpiryTimer &timer = api.services().creditExpiry;
        return [=, &timer, actor = actorOf(call)](store::Tx &tx) {
            const store::Credit credit = store::credits::grant(tx, actor, projectId, amount, termDays, requestId);
            timer.scheduled(credit.dueAt);
            QJsonObject answer = views::credit(credit);
            answer.insert(QStringLiteral("balances"), views::balances(store::ledgerops::balancesOf(tx, projectId)));
            return Answer::json(201, answer);
        };
    });

    // Staff decline a request (not money-moving: repeating it changes nothing).
    api.post(R"(/api/v1/staff/credit-requests/(\d+)/reject)", Guard::staff(), [&api](Call &call) {
        const std::int64_t requestId = call.pathId(1);
        const std::string note =
            call.request.body.empty() ? std::string() : call.body().optionalText("note", kMaxNoteLength).value_or("");
        const store::CreditRequest rejected = api.services().store.write(
            [&](store::Tx &tx) { return store::credits::reject(tx, actorOf(call), requestId, note); });
        return Answer::json(200, views::creditRequest(rejected));
    });
}

} // namespace

void registerCreditRoutes(Api &api)
{
    registerMemberRoutes(api);
    registerStaffCreditRoutes(api);
}

} // namespace http
