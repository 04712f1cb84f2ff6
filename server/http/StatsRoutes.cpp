// SPDX-License-Identifier: GPL-3.0-or-later
// Aggregates for the client's charts (not in API.md; documented in docs/openapi.yaml):
//   GET /projects/{pid}/stats/daily?from=&to=          closing main/bonus/credit per UTC day (Finance)
//   GET /projects/{pid}/stats/monthly-spend?from=&to=  charges per UTC month and category (Finance)
//   GET /projects/{pid}/referral/stats/monthly?from=&to= accruals/withdrawals per month (Referral: owner only, R3)
// The database sums the rows; a year of a busy project answers a few hundred figures.
#include "Api.h"
#include "Decoders.h"
#include "DomainError.h"
#include "JsonViews.h"
#include "Routes.h"
#include "Statistics.h"
#include "TimeText.h"
#include "UseCases.h"

#include "CivilTime.h"

#include <QJsonArray>
#include <QString>

namespace http {

namespace {

using domain::Error;
using domain::ErrorCode;

std::int64_t timeParameter(const Request &request, const char *name)
{
    const auto value = parseTime(request.queryValue(name));
    if (!value)
        throw Error(ErrorCode::ValidationFailed, std::string("query parameter '") + name +
                                                        "' must be an RFC 3339 time such as 2026-01-31T00:00:00Z");
    return *value;
}

QString dayText(std::int64_t day)
{
    const ledger::CivilDate date = ledger::civilFromDays(day);
    return QStringLiteral("%1-%2-%3")
        .arg(date.year, 4, 10, QLatin1Char('0'))
        .arg(date.month, 2, 10, QLatin1Char('0'))
        .arg(date.day, 2, 10, QLatin1Char('0'));
}

QString monthText(ledger::YearMonth month)
{
    return QStringLiteral("%1-%2").arg(month.year, 4, 10, QLatin1Char('0')).arg(month.month, 2, 10, QLatin1Char('0'));
}

QJsonObject withCurrency(QJsonObject object)
{
    object.insert(QStringLiteral("currency"), QStringLiteral("UAH"));
    return object;
}

} // namespace

// ?from= (inclusive) and ?to= (exclusive); the use case fills in the defaults.
application::PeriodQuery decode::period(const Request &request)
{
    application::PeriodQuery period;
    if (request.hasQuery("to"))
        period.to = timeParameter(request, "to");
    if (request.hasQuery("from"))
        period.from = timeParameter(request, "from");
    return period;
}

void registerStatsRoutes(Api &api)
{
    api.get(R"(/api/v1/projects/(\d+)/stats/daily)", Guard::member(Permission::Finance), [&api](Call &call) {
        const auto days = api.app().statistics.dailyCloses(call.projectId, decode::period(call.request), call.now);
        QJsonArray items;
        for (const store::stats::DailyClose &day : days)
            items.append(QJsonObject{{QStringLiteral("date"), dayText(day.day)},
                                     {QStringLiteral("main"), views::integer(day.main)},
                                     {QStringLiteral("bonus"), views::integer(day.bonus)},
                                     {QStringLiteral("credit"), views::integer(day.credit)}});
        return Answer::json(200, withCurrency({{QStringLiteral("days"), items}}));
    });

    api.get(R"(/api/v1/projects/(\d+)/stats/monthly-spend)", Guard::member(Permission::Finance), [&api](Call &call) {
        const auto months = api.app().statistics.monthlySpend(call.projectId, decode::period(call.request), call.now);
        QJsonArray items;
        for (const store::stats::MonthSpend &month : months) {
            QJsonArray categories;
            for (const auto &[category, amount] : month.categories)
                categories.append(QJsonObject{{QStringLiteral("category"), QString::fromStdString(category)},
                                              {QStringLiteral("amount"), views::integer(amount)}});
            items.append(QJsonObject{{QStringLiteral("month"), monthText(month.month)},
                                     {QStringLiteral("total"), views::integer(month.total)},
                                     {QStringLiteral("categories"), categories}});
        }
        return Answer::json(200, withCurrency({{QStringLiteral("months"), items}}));
    });

    // The referral aggregate goes through the same owner-only permission as every referral route (R3).
    api.get(R"(/api/v1/projects/(\d+)/referral/stats/monthly)", Guard::member(Permission::Referral),
            [&api](Call &call) {
                const auto months =
                    api.app().statistics.monthlyReferral(call.projectId, decode::period(call.request), call.now);
                QJsonArray items;
                for (const store::stats::MonthReferral &month : months)
                    items.append(QJsonObject{{QStringLiteral("month"), monthText(month.month)},
                                             {QStringLiteral("accrued"), views::integer(month.accrued)},
                                             {QStringLiteral("withdrawn"), views::integer(month.withdrawn)}});
                return Answer::json(200, withCurrency({{QStringLiteral("months"), items}}));
            });
}

} // namespace http
