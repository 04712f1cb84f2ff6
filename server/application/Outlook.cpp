// SPDX-License-Identifier: GPL-3.0-or-later
#include "Outlook.h"

#include "DomainError.h"
#include "EventOps.h"
#include "LedgerOps.h"
#include "MoneyOps.h"
#include "Store.h"

#include "CivilTime.h"

#include <algorithm>

namespace application {

Outlook::Outlook(store::Store &store)
    : m_store(store)
{
}

Forecast Outlook::forecast(std::int64_t projectId, std::int64_t now)
{
    Forecast forecast;
    const std::int64_t today = ledger::daysFromCivil(ledger::civilDateOf(now)) * ledger::kSecondsPerDay;
    const std::int64_t from = today - forecast.basisDays * ledger::kSecondsPerDay;
    const std::int64_t charged = m_store.read([&](store::Tx &tx) {
        const store::money::ChargeFunds funds = store::money::chargeFunds(tx, projectId);
        forecast.funds = (funds.pots.main + funds.pots.bonus + funds.pots.creditAvailable).minor();
        return store::money::chargedBetween(tx, projectId, from, today);
    });
    forecast.dailySpend = charged / forecast.basisDays;
    // [choice] funds below zero (a debt, R17) leave no days, not a negative count.
    if (forecast.dailySpend > 0)
        forecast.daysLeft = std::max<std::int64_t>(forecast.funds, 0) / forecast.dailySpend;
    return forecast;
}

ledger::ChargeRouting Outlook::preview(std::int64_t projectId, ledger::Category category, std::int64_t amount)
{
    if (amount <= 0)
        throw domain::Error(domain::ErrorCode::ValidationFailed, "'amount' must be greater than zero (minor units)");
    const store::money::ChargeFunds funds =
        m_store.read([&](store::Tx &tx) { return store::money::chargeFunds(tx, projectId); });
    return ledger::routeCharge(category, ledger::Money::fromMinor(amount), funds.pots);
}

std::vector<store::FeedEvent> Outlook::events(std::int64_t projectId, std::int64_t afterId, bool withOwnerOnly, int limit)
{
    return m_store.read([&](store::Tx &tx) { return store::events::after(tx, projectId, afterId, withOwnerOnly, limit); });
}

std::vector<std::int64_t> Outlook::latestEventIds(const std::vector<std::int64_t> &projectIds)
{
    return m_store.read([&](store::Tx &tx) { return store::events::latestAnyIds(tx, projectIds); });
}

void Outlook::onCommitted(std::function<void(const std::vector<std::int64_t> &)> listener)
{
    m_store.onCommitted(std::move(listener));
}

} // namespace application
