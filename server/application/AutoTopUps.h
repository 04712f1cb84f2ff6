// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Records.h"
#include "UseCase.h"

#include <cstdint>
#include <optional>
#include <string>

namespace store {
class Store;
} // namespace store

namespace application {

// The saved card (R27), auto top-up (R28) and the low-balance alert (R31) of a project, as its
// owner and administrators set them. Each change is audited (R34); no card number or token is
// ever read back or recorded, only the mask.
class AutoTopUps
{
public:
    explicit AutoTopUps(store::Store &store);

    std::optional<std::string> savedCardMask(std::int64_t projectId);
    // NotFound without a saved card. Disables auto top-up too.
    void removeCard(const Actor &actor, std::int64_t projectId);

    store::AutoTopUpSettings settings(std::int64_t projectId);
    // NoSavedCard when enabling without a card; ValidationFailed for threshold < 0 or amount <= 0.
    store::AutoTopUpSettings update(const Actor &actor, std::int64_t projectId, const store::AutoTopUpSettings &settings);

    std::optional<std::int64_t> alertThreshold(std::int64_t projectId);
    // ValidationFailed for a negative threshold; nullopt turns the alert off.
    std::optional<std::int64_t> setAlertThreshold(const Actor &actor, std::int64_t projectId,
                                                  std::optional<std::int64_t> threshold);

private:
    store::Store &m_store;
};

} // namespace application
