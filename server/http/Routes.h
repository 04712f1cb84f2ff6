// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace http {

class Api;

// One function per route group; each registers its routes of API.md on the Api.
void registerHealthAuthRoutes(Api &api);
void registerProjectRoutes(Api &api);
void registerTopUpRoutes(Api &api);
void registerStaffRoutes(Api &api);
void registerCreditRoutes(Api &api);
void registerReferralRoutes(Api &api);
void registerTestClockRoutes(Api &api);
void registerStatsRoutes(Api &api);          // StatsRoutes.cpp: aggregates for the client's charts
void registerReferralTargetRoutes(Api &api); // ReferralTargetRoutes.cpp: target project's name before a transfer
void registerTeamRoutes(Api &api);
void registerAutoTopUpRoutes(Api &api);      // OutlookRoutes.cpp: saved card, auto top-up, alerts, forecast, preview (R27-R31)
void registerEventRoutes(Api &api);          // EventRoutes.cpp: the event feed with long poll (R31)           // TeamRoutes.cpp: members, invitations, password, sessions, audit (R32-R34)

} // namespace http
