// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatsOps.h"

#include "Money.h"

#include <array>
#include <map>

namespace store::stats {

namespace {

using ledger::Money;
using ledger::YearMonth;

constexpr std::array<std::string_view, 3> kBalances{"main", "bonus", "credit"};

// Integer division of a non-negative epoch by 86400 is the UTC day in SQLite and PostgreSQL
// alike (both truncate BIGINT / BIGINT); history times are never before 1970.
constexpr std::string_view kDayExpression = "at / 86400";

std::int64_t checkedAdd(std::int64_t a, std::int64_t b)
{
    return (Money::fromMinor(a) + Money::fromMinor(b)).minor();
}

int monthIndex(YearMonth month)
{
    return month.year * 12 + (month.month - 1);
}

template <typename Month>
std::vector<Month> emptyMonths(YearMonth first, YearMonth last)
{
    std::vector<Month> months;
    for (YearMonth month = first; !(last < month); month = ledger::addMonths(month, 1))
        months.push_back(Month{month, {}, 0});
    return months;
}

} // namespace

std::vector<DailyClose> dailyClosingBalances(Tx &tx, std::int64_t projectId, std::int64_t fromDay, std::int64_t toDay)
{
    std::vector<DailyClose> days;
    if (toDay <= fromDay)
        return days;
    const std::int64_t start = fromDay * ledger::kSecondsPerDay;
    const std::int64_t end = toDay * ledger::kSecondsPerDay;

    // The opening figure of each balance: its newest row before the period (an index seek on
    // (project_id, balance, at DESC, id DESC)), 0 for a balance without history yet.
    std::array<std::int64_t, kBalances.size()> running{};
    for (size_t index = 0; index < kBalances.size(); ++index) {
        running[index] = tx.queryInteger("SELECT balance_after FROM transactions WHERE project_id = $1 AND balance = $2"
                                         " AND at < $3 ORDER BY at DESC, id DESC LIMIT 1",
                                         {projectId, kBalances[index], start})
                             .value_or(0);
    }

    // Net movement per balance and day inside the period, summed by the database.
    std::map<std::int64_t, std::array<std::int64_t, kBalances.size()>> movements;
    const std::string sql = "SELECT balance, " + std::string(kDayExpression) + " AS day, SUM(amount) FROM transactions"
                            " WHERE project_id = $1 AND at >= $2 AND at < $3 GROUP BY balance, " +
                            std::string(kDayExpression);
    tx.query(sql, {projectId, start, end}, [&](const SqlRow &row) {
        const std::string balance = row.text(0);
        for (size_t index = 0; index < kBalances.size(); ++index) {
            if (kBalances[index] == balance)
                movements[row.integer(1)][index] = row.integer(2);
        }
    });

    days.reserve(static_cast<size_t>(toDay - fromDay));
    for (std::int64_t day = fromDay; day < toDay; ++day) {
        if (const auto found = movements.find(day); found != movements.end()) {
            for (size_t index = 0; index < kBalances.size(); ++index)
                running[index] = checkedAdd(running[index], found->second[index]);
        }
        days.push_back(DailyClose{day, running[0], running[1], running[2]});
    }
    return days;
}

std::vector<MonthSpend> monthlySpend(Tx &tx, std::int64_t projectId, YearMonth firstMonth, YearMonth lastMonth)
{
    std::vector<MonthSpend> months = emptyMonths<MonthSpend>(firstMonth, lastMonth);
    if (months.empty())
        return months;
    // Grouped by day in SQL (portable), folded into months here: a year is at most 366 rows per category.
    std::vector<std::map<std::string, std::int64_t>> perMonth(months.size());
    const std::string sql = "SELECT category, " + std::string(kDayExpression) + " AS day, SUM(amount) FROM transactions"
                            " WHERE project_id = $1 AND kind = 'charge' AND at >= $2 AND at < $3"
                            " GROUP BY category, " + std::string(kDayExpression);
    tx.query(sql, {projectId, ledger::monthStart(firstMonth), ledger::monthEnd(lastMonth)}, [&](const SqlRow &row) {
        const YearMonth month = ledger::yearMonthOf(row.integer(1) * ledger::kSecondsPerDay);
        const auto index = static_cast<size_t>(monthIndex(month) - monthIndex(firstMonth));
        const std::string category = row.isNull(0) ? std::string("other") : row.text(0);
        // Charges are negative entries; the chart shows what was spent as a positive figure.
        std::int64_t &sum = perMonth[index][category];
        sum = checkedAdd(sum, (-Money::fromMinor(row.integer(2))).minor());
    });
    for (size_t index = 0; index < months.size(); ++index) {
        for (const auto &[category, amount] : perMonth[index]) {
            months[index].categories.emplace_back(category, amount);
            months[index].total = checkedAdd(months[index].total, amount);
        }
    }
    return months;
}

std::vector<MonthReferral> monthlyReferral(Tx &tx, std::int64_t projectId, YearMonth firstMonth, YearMonth lastMonth)
{
    std::vector<MonthReferral> months = emptyMonths<MonthReferral>(firstMonth, lastMonth);
    if (months.empty())
        return months;
    const std::string sql = "SELECT kind, " + std::string(kDayExpression) + " AS day, SUM(amount)"
                            " FROM referral_transactions WHERE project_id = $1 AND at >= $2 AND at < $3"
                            " GROUP BY kind, " + std::string(kDayExpression);
    tx.query(sql, {projectId, ledger::monthStart(firstMonth), ledger::monthEnd(lastMonth)}, [&](const SqlRow &row) {
        const YearMonth month = ledger::yearMonthOf(row.integer(1) * ledger::kSecondsPerDay);
        MonthReferral &target = months[static_cast<size_t>(monthIndex(month) - monthIndex(firstMonth))];
        const std::string kind = row.text(0);
        const std::int64_t amount = row.integer(2);
        if (kind == "accrual")
            target.accrued = checkedAdd(target.accrued, amount);
        else // withdrawals are negative, their reversals positive: withdrawn = -(sum of both)
            target.withdrawn = checkedAdd(target.withdrawn, (-Money::fromMinor(amount)).minor());
    });
    return months;
}

} // namespace store::stats
