// SPDX-License-Identifier: GPL-3.0-or-later
// Aggregates for the client's charts (not in API.md; documented in docs/openapi.yaml):
//   GET /projects/{pid}/stats/daily?from=&to=          closing main/bonus/credit per UTC day (Finance)
//   GET /projects/{pid}/stats/monthly-spend?from=&to=  charges per UTC month and category (Finance)
//   GET /projects/{pid}/referral/stats/monthly?from=&to= accruals/withdrawals per month (Referral: owner only, R3)
// The database sums the rows; a year of a busy project answers a few hundred figures.
#include "Api.h"
#include "DomainError.h"
#include "JsonViews.h"
#include "Routes.h"
#include "StatsOps.h"
#include "Store.h"
#include "TimeText.h"

#include "CivilTime.h"

#include <QJsonArray>
#include <QString>

namespace http {

namespace {

using domain::Error;
using domain::ErrorCode;

constexpr std::int64_t kMaxDays = 1100;  // three years of daily points
constexpr int kMaxMonths = 120;          // ten years of monthly bars
constexpr std::int64_t kDefaultDays = 30;
constexpr int kDefaultMonths = 12;

struct Period
{
    std::int64_t from = 0; // inclusive instant
    std::int64_t to = 0;   // exclusive instant
};

std::int64_t floorDiv(std::int64_t value, std::int64_t divisor)
{
    const std::int64_t quotient = value / divisor;
    return (value % divisor != 0 && value < 0) ? quotient - 1 : quotient;
}

std::int64_t timeParameter(const Request &request, const char *name, std::int64_t fallback)
{
    if (!request.hasQuery(name))
        return fallback;
    const auto value = parseTime(request.queryValue(name));
    if (!value)
        throw Error(ErrorCode::ValidationFailed, std::string("query parameter '") + name +
                                                        "' must be an RFC 3339 time such as 2026-01-31T00:00:00Z");
    return *value;
}

// ?from= (inclusive) and ?to= (exclusive, default now); from defaults to `defaultFrom(to)`.
template <typename DefaultFrom>
Period periodOf(const Call &call, DefaultFrom defaultFrom)
{
    Period period;
    period.to = timeParameter(call.request, "to", call.now);
    period.from = timeParameter(call.request, "from", defaultFrom(period.to));
    if (period.from >= period.to)
        throw Error(ErrorCode::ValidationFailed, "'from' must be before 'to'");
    return period;
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

struct MonthRange
{
    ledger::YearMonth first;
    ledger::YearMonth last;
};

MonthRange monthsOf(const Call &call)
{
    const Period period = periodOf(call, [](std::int64_t to) {
        return ledger::monthStart(ledger::addMonths(ledger::yearMonthOf(to - 1), 1 - kDefaultMonths));
    });
    const MonthRange range{ledger::yearMonthOf(period.from), ledger::yearMonthOf(period.to - 1)};
    const int count = (range.last.year - range.first.year) * 12 + (range.last.month - range.first.month) + 1;
    if (count > kMaxMonths)
        throw Error(ErrorCode::ValidationFailed, "the period may span at most 120 months");
    return range;
}

QJsonObject withCurrency(QJsonObject object)
{
    object.insert(QStringLiteral("currency"), QStringLiteral("UAH"));
    return object;
}

} // namespace

void registerStatsRoutes(Api &api)
{
    api.get(R"(/api/v1/projects/(\d+)/stats/daily)", Guard::member(Permission::Finance), [&api](Call &call) {
        const Period period = periodOf(call, [](std::int64_t to) { return to - kDefaultDays * ledger::kSecondsPerDay; });
        const std::int64_t fromDay = floorDiv(period.from, ledger::kSecondsPerDay);
        const std::int64_t toDay = floorDiv(period.to - 1, ledger::kSecondsPerDay) + 1; // the day holding `to - 1` included
        if (toDay - fromDay > kMaxDays)
            throw Error(ErrorCode::ValidationFailed, "the period may span at most 1100 days");
        const auto days = api.services().store.read([&](store::Tx &tx) {
            return store::stats::dailyClosingBalances(tx, call.projectId, fromDay, toDay);
        });
        QJsonArray items;
        for (const store::stats::DailyClose &day : days)
            items.append(QJsonObject{{QStringLiteral("date"), dayText(day.day)},
                                     {QStringLiteral("main"), views::integer(day.main)},
                                     {QStringLiteral("bonus"), views::integer(day.bonus)},
                                     {QStringLiteral("credit"), views::integer(day.credit)}});
        return Answer::json(200, withCurrency({{QStringLiteral("days"), items}}));
    });

    api.get(R"(/api/v1/projects/(\d+)/stats/monthly-spend)", Guard::member(Permission::Finance), [&api](Call &call) {
        const MonthRange range = monthsOf(call);
        const auto months = api.services().store.read([&](store::Tx &tx) {
            return store::stats::monthlySpend(tx, call.projectId, range.first, range.last);
        });
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
                const MonthRange range = monthsOf(call);
                const auto months = api.services().store.read([&](store::Tx &tx) {
                    return store::stats::monthlyReferral(tx, call.projectId, range.first, range.last);
                });
                QJsonArray items;
                for (const store::stats::MonthReferral &month : months)
                    items.append(QJsonObject{{QStringLiteral("month"), monthText(month.month)},
                                             {QStringLiteral("accrued"), views::integer(month.accrued)},
                                             {QStringLiteral("withdrawn"), views::integer(month.withdrawn)}});
                return Answer::json(200, withCurrency({{QStringLiteral("months"), items}}));
            });
}

} // namespace http
