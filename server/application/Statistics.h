// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Records.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace store {
class Store;
} // namespace store

namespace application {

// ?from= (inclusive) and ?to= (exclusive) as the caller gave them.
struct PeriodQuery
{
    std::optional<std::int64_t> from;
    std::optional<std::int64_t> to;
};

// Aggregates for the client's charts: the database sums the rows, so a year of a busy project
// answers a few hundred figures. The referral aggregate is for the owner only (R3): the adapter
// guards it like every referral route.
class Statistics
{
public:
    explicit Statistics(store::Store &store);

    // Closing balances per UTC day; `to` defaults to now, `from` to 30 days before it; at most
    // 1100 days. ValidationFailed for an empty or too long period.
    std::vector<store::stats::DailyClose> dailyCloses(std::int64_t projectId, const PeriodQuery &period,
                                                      std::int64_t now);
    // Per UTC month; `from` defaults to the start of the 12th month before `to`; at most 120 months.
    std::vector<store::stats::MonthSpend> monthlySpend(std::int64_t projectId, const PeriodQuery &period,
                                                       std::int64_t now);
    std::vector<store::stats::MonthReferral> monthlyReferral(std::int64_t projectId, const PeriodQuery &period,
                                                             std::int64_t now);

private:
    store::Store &m_store;
};

} // namespace application
