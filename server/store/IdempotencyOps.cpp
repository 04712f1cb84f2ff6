// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdempotencyOps.h"

#include "DomainError.h"

namespace store::idempotency {

std::optional<StoredAnswer> find(Tx &tx, std::int64_t userId, std::string_view key, std::string_view fingerprint)
{
    std::optional<StoredAnswer> answer;
    bool sameRequest = true;
    tx.query("SELECT fingerprint, status, body FROM idempotency WHERE user_id = $1 AND key = $2", {userId, key},
             [&](const SqlRow &row) {
                 sameRequest = row.text(0) == fingerprint;
                 answer = StoredAnswer{static_cast<int>(row.integer(1)), row.text(2)};
             });
    if (!sameRequest)
        throw domain::Error(domain::ErrorCode::IdempotencyConflict,
                       "this Idempotency-Key was already used for a different request");
    return answer;
}

void save(Tx &tx, std::int64_t userId, std::string_view key, std::string_view fingerprint, const StoredAnswer &answer,
          std::int64_t now)
{
    tx.execute("INSERT INTO idempotency (user_id, key, fingerprint, status, body, created_at)"
               " VALUES ($1, $2, $3, $4, $5, $6)",
               {userId, key, fingerprint, std::int64_t{answer.status}, answer.body, now});
}

std::int64_t purgeRecordedBefore(Tx &tx, std::int64_t cutoff)
{
    return tx.execute("DELETE FROM idempotency WHERE created_at < $1", {cutoff});
}

} // namespace store::idempotency
