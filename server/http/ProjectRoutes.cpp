// SPDX-License-Identifier: GPL-3.0-or-later
// GET /projects/{pid}/balances, /transactions, /users (API.md "Project members").
#include "Api.h"
#include "Decoders.h"
#include "JsonViews.h"
#include "Members.h"
#include "Paging.h"
#include "Projects.h"
#include "Routes.h"
#include "TimeText.h"
#include "UseCases.h"

#include "Balance.h"

#include <QJsonArray>

#include <algorithm>
#include <array>

namespace http {

namespace {

constexpr std::array<std::string_view, 9> kHistoryKinds{
    "charge",       "topup",           "bonus_grant",   "compensation",        "correction",
    "credit_grant", "credit_repayment", "credit_expiry", "referral_transfer_in",
};

using paging::invalidParameter;

} // namespace

store::HistoryQuery decode::historyQuery(const Call &call)
{
    const Request &request = call.request;
    store::HistoryQuery query;
    query.projectId = call.projectId;
    query.limit = paging::limitOf(request);
    if (const auto from = paging::timeOf(request, "from", Rounding::Ceil))
        query.from = *from;
    if (const auto to = paging::timeOf(request, "to", Rounding::Floor))
        query.to = *to;
    if (request.hasQuery("balance")) {
        const std::string balance = request.queryValue("balance");
        if (!ledger::balanceFromString(balance))
            invalidParameter("balance", "must be main, bonus or credit");
        query.balance = balance;
    }
    if (request.hasQuery("kind")) {
        const std::string kind = request.queryValue("kind");
        if (std::find(kHistoryKinds.begin(), kHistoryKinds.end(), kind) == kHistoryKinds.end())
            invalidParameter("kind", "is not a kind of history row");
        query.kind = kind;
    }
    query.after = paging::cursorOf(request);
    return query;
}

void registerProjectRoutes(Api &api)
{
    api.get(R"(/api/v1/projects/(\d+)/balances)", Guard::member(Permission::Finance), [&api](Call &call) {
        return Answer::json(200, views::balances(api.app().projects.balancesOf(call.projectId)));
    });

    api.get(R"(/api/v1/projects/(\d+)/transactions)", Guard::member(Permission::Finance), [&api](Call &call) {
        const store::HistoryQuery query = decode::historyQuery(call);
        const store::HistoryPage page = api.app().projects.history(query);
        QJsonArray items;
        for (const store::HistoryItem &item : page.items)
            items.append(views::historyItem(item));
        return Answer::json(200, paging::page(items, page.next));
    });

    api.get(R"(/api/v1/projects/(\d+)/users)", Guard::member(Permission::ViewUsers), [&api](Call &call) {
        QJsonArray items;
        for (const store::Member &member : api.app().members.membersOf(call.projectId))
            items.append(views::member(member));
        return Answer::json(200, QJsonObject{{QStringLiteral("items"), items},
                                             {QStringLiteral("next_cursor"), QJsonValue(QJsonValue::Null)}});
    });
}

} // namespace http
