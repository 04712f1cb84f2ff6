// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Records.h"

#include "Category.h"
#include "ChargeRouter.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace store {
class Store;
} // namespace store

namespace application {

// R29: the plain average of the last 30 full UTC days.
struct Forecast
{
    std::int64_t dailySpend = 0;              // floor(charges of the 30 days / 30)
    int basisDays = 30;
    std::optional<std::int64_t> daysLeft;     // none when dailySpend is 0
    std::int64_t funds = 0;                   // main + bonus + available credit
};

// What a project's members read about what is coming: the forecast (R29), "who will pay this?"
// (R30) and the event feed (R31).
class Outlook
{
public:
    explicit Outlook(store::Store &store);

    Forecast forecast(std::int64_t projectId, std::int64_t now);
    // R30: routes a hypothetical charge over the project's balances now, with the same funds and
    // the same ledger function (ledger::routeCharge) as a real charge, posting nothing. An amount
    // of zero or less is domain::Error(ValidationFailed).
    ledger::ChargeRouting preview(std::int64_t projectId, ledger::Category category, std::int64_t amount);

    // R31: events after `afterId`, oldest first; withOwnerOnly: withdrawal_* too (R3).
    std::vector<store::FeedEvent> events(std::int64_t projectId, std::int64_t afterId, bool withOwnerOnly, int limit);
    // The newest event id of each project (0 without events), in one read.
    std::vector<std::int64_t> latestEventIds(const std::vector<std::int64_t> &projectIds);
    // `listener` runs on the store's writer thread after every committed write batch that
    // appended events, with those events' projects (it must not block).
    void onCommitted(std::function<void(const std::vector<std::int64_t> &)> listener);

private:
    store::Store &m_store;
};

} // namespace application
