// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Sql.h"

#include "CivilTime.h"

#include <cstdint>
#include <string>
#include <vector>

// Aggregates of the history for charts, computed by the database with GROUP BY over the
// indexed (project_id, at) / (project_id, kind, at) columns, so a year of a busy project
// (hundreds of thousands of rows) becomes a few hundred figures before it leaves the server.
// Days and months are UTC calendar days and months, like every other date of the ledger.
namespace store::stats {

// The closing balance of main, bonus and credit (available credit) at the end of one UTC day.
struct DailyClose
{
    std::int64_t day = 0; // days since 1970-01-01
    std::int64_t main = 0;
    std::int64_t bonus = 0;
    std::int64_t credit = 0;
};

// One entry per UTC day of [fromDay, toDay): the balance before fromDay plus the day sums.
std::vector<DailyClose> dailyClosingBalances(Tx &tx, std::int64_t projectId, std::int64_t fromDay,
                                             std::int64_t toDay);

// What charges took from the project in one month, per category (positive minor units).
struct MonthSpend
{
    ledger::YearMonth month;
    std::vector<std::pair<std::string, std::int64_t>> categories; // sorted by category name
    std::int64_t total = 0;
};

// One entry per UTC month of [firstMonth, lastMonth] (months without charges included, empty).
std::vector<MonthSpend> monthlySpend(Tx &tx, std::int64_t projectId, ledger::YearMonth firstMonth,
                                     ledger::YearMonth lastMonth);

// The referral balance's movements in one month (positive minor units).
struct MonthReferral
{
    ledger::YearMonth month;
    std::int64_t accrued = 0;   // commissions earned (R19)
    std::int64_t withdrawn = 0; // withdrawals less their reversals (R20)
};

std::vector<MonthReferral> monthlyReferral(Tx &tx, std::int64_t projectId, ledger::YearMonth firstMonth,
                                           ledger::YearMonth lastMonth);

} // namespace store::stats
