// SPDX-License-Identifier: GPL-3.0-or-later
#include "AutoTopUps.h"

#include "Audit.h"
#include "AutoTopUpOps.h"
#include "DomainError.h"
#include "Store.h"

namespace application {

using domain::Error;
using domain::ErrorCode;

AutoTopUps::AutoTopUps(store::Store &store)
    : m_store(store)
{
}

std::optional<std::string> AutoTopUps::savedCardMask(std::int64_t projectId)
{
    return m_store.read([&](store::Tx &tx) { return store::autotopup::savedCardMask(tx, projectId); });
}

void AutoTopUps::removeCard(const Actor &actor, std::int64_t projectId)
{
    m_store.write([&](store::Tx &tx) {
        const auto mask = store::autotopup::savedCardMask(tx, projectId);
        if (!mask)
            throw Error(ErrorCode::NotFound, "the project has no saved card");
        store::autotopup::removeCard(tx, projectId);
        recordAudit(tx, actor, projectId, "card.removed", store::audit::Details().add("card_mask", *mask));
    });
}

store::AutoTopUpSettings AutoTopUps::settings(std::int64_t projectId)
{
    return m_store.read([&](store::Tx &tx) { return store::autotopup::settings(tx, projectId); });
}

store::AutoTopUpSettings AutoTopUps::update(const Actor &actor, std::int64_t projectId,
                                            const store::AutoTopUpSettings &settings)
{
    if (settings.threshold < 0)
        throw Error(ErrorCode::ValidationFailed, "'threshold' must be zero or more (minor units)");
    if (settings.amount <= 0)
        throw Error(ErrorCode::ValidationFailed, "'amount' must be greater than zero (minor units)");
    return m_store.write([&](store::Tx &tx) {
        store::autotopup::setSettings(tx, projectId, settings);
        recordAudit(tx, actor, projectId, "autotopup.updated",
                    store::audit::Details()
                        .add("enabled", std::int64_t{settings.enabled ? 1 : 0})
                        .add("threshold", settings.threshold)
                        .add("amount", settings.amount));
        return store::autotopup::settings(tx, projectId);
    });
}

std::optional<std::int64_t> AutoTopUps::alertThreshold(std::int64_t projectId)
{
    return m_store.read([&](store::Tx &tx) { return store::autotopup::alertThreshold(tx, projectId); });
}

std::optional<std::int64_t> AutoTopUps::setAlertThreshold(const Actor &actor, std::int64_t projectId,
                                                          std::optional<std::int64_t> threshold)
{
    if (threshold && *threshold < 0)
        throw Error(ErrorCode::ValidationFailed, "'low_balance_threshold' must be zero or more, or null");
    return m_store.write([&](store::Tx &tx) {
        store::autotopup::setAlertThreshold(tx, projectId, threshold);
        store::audit::Details details;
        if (threshold)
            details.add("low_balance_threshold", *threshold);
        recordAudit(tx, actor, projectId, "alerts.updated", std::move(details));
        return store::autotopup::alertThreshold(tx, projectId);
    });
}

} // namespace application
