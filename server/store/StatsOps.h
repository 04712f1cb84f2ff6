// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Records.h"
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

// One entry per UTC day of [fromDay, toDay): the balance before fromDay plus the day sums.
std::vector<DailyClose> dailyClosingBalances(Tx &tx, std::int64_t projectId, std::int64_t fromDay,
                                             std::int64_t toDay);

// One entry per UTC month of [firstMonth, lastMonth] (months without charges included, empty).
std::vector<MonthSpend> monthlySpend(Tx &tx, std::int64_t projectId, ledger::YearMonth firstMonth,
                                     ledger::YearMonth lastMonth);

std::vector<MonthReferral> monthlyReferral(Tx &tx, std::int64_t projectId, ledger::YearMonth firstMonth,
                                           ledger::YearMonth lastMonth);

} // namespace store::stats
