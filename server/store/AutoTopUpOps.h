// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Records.h"
#include "Sql.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

// The saved card (R27), auto top-up (R28) and the low-balance alert (R31) of a project, and the
// one hook every committed movement of a project's main balance runs in its own transaction.
namespace store::autotopup {

// R27: the provider's token and the mask only; one per project (a new one replaces the old).
void saveCard(Tx &tx, std::int64_t projectId, std::string_view token, std::string_view mask, std::int64_t now);
std::optional<std::string> savedCardMask(Tx &tx, std::int64_t projectId);
// Removes the card and disables auto top-up (API.md v1.1). False when there was no card.
bool removeCard(Tx &tx, std::int64_t projectId);

AutoTopUpSettings settings(Tx &tx, std::int64_t projectId);
// Stores T and A; enabling needs a saved card (domain::Error NoSavedCard). Saving re-arms: the
// next movement that leaves main below T opens a top-up, even when main is below T already.
void setSettings(Tx &tx, std::int64_t projectId, const AutoTopUpSettings &settings);

std::optional<std::int64_t> alertThreshold(Tx &tx, std::int64_t projectId);
// R31: null turns the alert off. Armed when main is at or above the threshold now, so the alert
// says "main crossed below", not "main is below" on the first movement after it is set.
void setAlertThreshold(Tx &tx, std::int64_t projectId, std::optional<std::int64_t> threshold);

// What the hook needs of a project: its balance_watch row (R28, R31).
using Watch = BalanceWatch;

// The columns of a balance_watch row as the hook reads them (the charge batch reads many at once).
#define CABINET_WATCH_COLUMNS "project_id, auto_enabled, auto_threshold, auto_amount, auto_armed, alert_threshold, alert_armed"
Watch watchFrom(const SqlRow &row);

// Runs after a committed-to-be movement left the project's main at `mainAfter`, inside that
// movement's transaction (R28, R31): below the alert threshold while armed, a low_balance event
// (disarms); below T while armed, enabled, with a saved card and no auto top-up pending, one
// `auto` top-up of A, its audit row (the platform's action, R34) and an auto_topup_opened event
// (disarms); at or above a threshold, re-arms it. Writes nothing when nothing changes. Reads the
// project's balance_watch row once per transaction (Tx::knownWatches): a charge on SQLite costs
// no statement here unless a threshold is crossed.
void afterMainMoved(Tx &tx, std::int64_t projectId, std::int64_t mainAfter, std::int64_t at);

} // namespace store::autotopup
