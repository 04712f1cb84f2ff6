// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Api.h"
#include "Json.h"
#include "Records.h"
#include "Request.h"

#include "Audit.h"
#include "Charges.h"
#include "Credits.h"
#include "Members.h"
#include "ReferralProgram.h"
#include "Statistics.h"
#include "TopUps.h"

#include <cstdint>
#include <functional>
#include <string>

// The routes' decoders of outside input into typed orders and queries, each the very function its
// route calls. They are declared here so the fuzz targets (fuzz/, issue 15) drive exactly what a
// request meets; a route file keeps its decoder next to its registration. Each throws
// domain::Error (400/404/422) for input it refuses and nothing else.
namespace http::decode {

// The Idempotency-Key of a money-moving request (Api.cpp): 400 when absent or over 200 bytes (R23).
std::string idempotencyKey(const Request &request);

// Staff and platform (StaffRoutes.cpp).
application::NewUser newUser(const JsonBody &body);
application::ChargeOrder chargeOrder(const Call &call);
application::BonusOrder bonusOrder(const Call &call);
application::AdjustmentOrder adjustmentOrder(const Call &call);

// Top-ups (TopUpRoutes.cpp): a member's order and the payment provider's callback body.
application::TopUpOrder topUpOrder(const Call &call);
application::ProviderCallback providerCallback(const Call &call);

// Credit (CreditRoutes.cpp).
application::CreditRequestFilter creditRequestFilter(const Request &request);
application::CreditOrder creditOrder(const Call &call, std::int64_t projectId, bool grant);

// Referral withdrawals (ReferralRoutes.cpp); a referral code is resolved by `recipientOf`.
using RecipientOfCode = std::function<std::int64_t(const std::string &code)>;
application::WithdrawalOrder withdrawalOrder(std::int64_t projectId, const JsonBody &body,
                                             const RecipientOfCode &recipientOf);

// The team and the account (TeamRoutes.cpp).
std::string memberEmail(const JsonBody &body);
std::string memberRole(const JsonBody &body);
std::string password(const JsonBody &body, const char *field);
application::AuditFilter auditFilter(const Call &call);

// Lists and aggregates (ProjectRoutes.cpp, StatsRoutes.cpp).
store::HistoryQuery historyQuery(const Call &call);
application::PeriodQuery period(const Request &request);

} // namespace http::decode
