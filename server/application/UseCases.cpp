// SPDX-License-Identifier: GPL-3.0-or-later
#include "UseCases.h"

namespace application {

UseCases::UseCases(store::Store &store, store::Clock &clock, const Settings &settings)
    : idempotency(store)
    , accounts(store, clock)
    , members(store)
    , audit(store)
    , projects(store)
    , topUps(store, idempotency, settings.paymentSecret)
    , charges(store, idempotency, settings.referralRateBp)
    , creditExpiry(store, clock)
    , credits(store, idempotency, creditExpiry)
    , referrals(store, idempotency, settings.referralRateBp)
    , statistics(store)
    , testClock(clock)
    , housekeeping(store, settings.idempotencyRetentionDays)
    , autoTopUps(store)
    , outlook(store)
{
}

} // namespace application
