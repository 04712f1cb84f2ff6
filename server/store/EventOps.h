// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AuditOps.h"
#include "Records.h"
#include "Sql.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// A project's event feed (R31): low_balance, credit_due, credit_expired, topup_paid,
// auto_topup_opened, auto_topup_failed, and for the Owner only (R3) withdrawal_completed and
// withdrawal_rejected. Each event is written by the transaction of the movement behind it, so an
// event exists exactly when its cause committed.
namespace store::events {

// Appends an event. On PostgreSQL it first locks the project's main account row, as every
// movement of the project's money does: the project's events then take their ids in commit
// order, so a reader that has seen id N never later finds a new event below N (the feed's cursor
// stays true across servers). `data`: the event's details as a JSON object. Notes the project on
// the transaction (Tx::noteEvent), so its waiting long polls re-check once this commits.
void append(Tx &tx, std::int64_t projectId, std::int64_t at, std::string_view type, const audit::Details &data);
// Takes that lock now (nothing on SQLite): an operation that will append an event after locking
// other accounts of the project (referral withdrawals) takes it first, so that it locks in account
// id order like the charge batch (main is a project's first account) instead of deadlocking with it.
void lockFeed(Tx &tx, std::int64_t projectId);

// Oldest first after `afterId`, at most `limit`; withOwnerOnly: the caller may see withdrawal_* (R3).
std::vector<FeedEvent> after(Tx &tx, std::int64_t projectId, std::int64_t afterId, bool withOwnerOnly, int limit);
// The newest event id of each project, whoever may see it (0 without events), in one statement:
// what the waiting long polls re-check.
std::vector<std::int64_t> latestAnyIds(Tx &tx, const std::vector<std::int64_t> &projectIds);

} // namespace store::events
