// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Sql.h"

#include <optional>
#include <string>
#include <string_view>

// R23: the first answer of a money-moving request, per (calling user, Idempotency-Key).
// Looked up and stored inside the same savepoint as the operation, so a request applies once
// even when its repeat arrives while the first is still queued.
namespace store::idempotency {

struct StoredAnswer
{
    int status = 0;
    std::string body;
};

// The stored answer for this key, or nothing for a new key. Throws
// domain::Error(IdempotencyConflict) when the key was used with a different fingerprint.
std::optional<StoredAnswer> find(Tx &tx, std::int64_t userId, std::string_view key, std::string_view fingerprint);
void save(Tx &tx, std::int64_t userId, std::string_view key, std::string_view fingerprint, const StoredAnswer &answer,
          std::int64_t now);
// Forgets the answers recorded before `cutoff` (retention, issue 11). Returns how many.
std::int64_t purgeRecordedBefore(Tx &tx, std::int64_t cutoff);

} // namespace store::idempotency
