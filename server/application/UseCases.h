// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Accounts.h"
#include "Audit.h"
#include "AutoTopUps.h"
#include "Charges.h"
#include "CreditExpiry.h"
#include "Credits.h"
#include "Housekeeping.h"
#include "Idempotency.h"
#include "Members.h"
#include "Outlook.h"
#include "Projects.h"
#include "ReferralProgram.h"
#include "Statistics.h"
#include "TestClock.h"
#include "TopUps.h"

#include <cstdint>
#include <string>

namespace store {
class Clock;
class Store;
} // namespace store

namespace application {

// What the use cases take from the server's configuration.
struct Settings
{
    int referralRateBp = 1000;      // R19 [choice]
    std::string paymentSecret;      // empty: every payment callback is refused
    std::int64_t idempotencyRetentionDays = 30;
};

// Every use case of the server over one store and one clock: what the adapters (http, the
// seed, the timers in server/main) call. Members only, built once at start-up.
struct UseCases
{
    UseCases(store::Store &store, store::Clock &clock, const Settings &settings);
    UseCases(const UseCases &) = delete;
    UseCases &operator=(const UseCases &) = delete;

    Idempotency idempotency;
    Accounts accounts;
    Members members;
    Audit audit;
    Projects projects;
    TopUps topUps;
    Charges charges;
    CreditExpiry creditExpiry;
    Credits credits;
    ReferralProgram referrals;
    Statistics statistics;
    TestClock testClock;
    Housekeeping housekeeping;
    AutoTopUps autoTopUps; // R27, R28, R31's alert
    Outlook outlook;       // R29, R30, R31's feed
};

} // namespace application
