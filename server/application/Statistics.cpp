// SPDX-License-Identifier: GPL-3.0-or-later
#include "Statistics.h"

#include "DomainError.h"
#include "StatsOps.h"
#include "Store.h"

#include "CivilTime.h"

namespace application {

namespace {

using domain::Error;
using domain::ErrorCode;

constexpr std::int64_t kMaxDays = 1100; // three years of daily points
constexpr int kMaxMonths = 120;         // ten years of monthly bars
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

template <typename DefaultFrom>
Period periodOf(const PeriodQuery &query, std::int64_t now, DefaultFrom defaultFrom)
{
    Period period;
    period.to = query.to.value_or(now);
    period.from = query.from ? *query.from : defaultFrom(period.to);
    if (period.from >= period.to)
        throw Error(ErrorCode::ValidationFailed, "'from' must be before 'to'");
    return period;
}

struct MonthRange
{
    ledger::YearMonth first;
    ledger::YearMonth last;
};

MonthRange monthsOf(const PeriodQuery &query, std::int64_t now)
{
    const Period period = periodOf(query, now, [](std::int64_t to) {
        return ledger::monthStart(ledger::addMonths(ledger::yearMonthOf(to - 1), 1 - kDefaultMonths));
    });
    const MonthRange range{ledger::yearMonthOf(period.from), ledger::yearMonthOf(period.to - 1)};
    const int count = (range.last.year - range.first.year) * 12 + (range.last.month - range.first.month) + 1;
    if (count > kMaxMonths)
        throw Error(ErrorCode::ValidationFailed, "the period may span at most 120 months");
    return range;
}

} // namespace

Statistics::Statistics(store::Store &store)
    : m_store(store)
{
}

std::vector<store::stats::DailyClose> Statistics::dailyCloses(std::int64_t projectId, const PeriodQuery &query,
                                                              std::int64_t now)
{
    const Period period =
        periodOf(query, now, [](std::int64_t to) { return to - kDefaultDays * ledger::kSecondsPerDay; });
    const std::int64_t fromDay = floorDiv(period.from, ledger::kSecondsPerDay);
    const std::int64_t toDay = floorDiv(period.to - 1, ledger::kSecondsPerDay) + 1; // the day holding `to - 1` included
    if (toDay - fromDay > kMaxDays)
        throw Error(ErrorCode::ValidationFailed, "the period may span at most 1100 days");
    return m_store.read(
        [&](store::Tx &tx) { return store::stats::dailyClosingBalances(tx, projectId, fromDay, toDay); });
}

std::vector<store::stats::MonthSpend> Statistics::monthlySpend(std::int64_t projectId, const PeriodQuery &query,
                                                               std::int64_t now)
{
    const MonthRange range = monthsOf(query, now);
    return m_store.read(
        [&](store::Tx &tx) { return store::stats::monthlySpend(tx, projectId, range.first, range.last); });
}

std::vector<store::stats::MonthReferral> Statistics::monthlyReferral(std::int64_t projectId,
                                                                     const PeriodQuery &query, std::int64_t now)
{
    const MonthRange range = monthsOf(query, now);
    return m_store.read(
        [&](store::Tx &tx) { return store::stats::monthlyReferral(tx, projectId, range.first, range.last); });
}

} // namespace application
