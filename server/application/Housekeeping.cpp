// SPDX-License-Identifier: GPL-3.0-or-later
#include "Housekeeping.h"

#include "JobOps.h"
#include "IdempotencyOps.h"
#include "Store.h"
#include "UserOps.h"

#include "CivilTime.h"

namespace application {

Housekeeping::Housekeeping(store::Store &store, std::int64_t idempotencyRetentionDays)
    : m_store(store)
    , m_retentionSeconds(idempotencyRetentionDays * ledger::kSecondsPerDay)
{
}

Housekeeping::Purged Housekeeping::purge(std::int64_t now)
{
    return m_store.write([&](store::Tx &tx) {
        store::jobs::runExclusively(tx, "housekeeping"); // one server purges at a time (JobOps.h)
        Purged purged;
        purged.idempotencyRecords = store::idempotency::purgeRecordedBefore(tx, now - m_retentionSeconds);
        purged.tokens = store::users::deleteExpiredTokens(tx, now);
        return purged;
    });
}

} // namespace application
