// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Project member roles and what the client shows each of them (R1-R4). The rights are a
// role x permission table (Permissions.cpp), so changing a role is data, not code.
// The server enforces the same table; the client only uses it to build navigation.
enum class Role { Owner, Administrator, Supervisor, Manager, Operator, Unknown };

enum class Permission {
    ViewFinance,  // Finance > Balance: balances, history, top-up, credit (R2, R3, R4)
    ViewReferral, // Finance > Referral Program (R2, R3, R18)
    ViewUsers,    // Users (R4)
    ManageMembers, // Users: add, change the role of and remove members (R32, Owner only)
    ViewAudit,     // Audit log (R34: Owner and Administrator; the server leaves referral actions out for the latter)
};

Role roleFromApi(const QString &apiName);
QString roleToApi(Role role);
QString roleDisplayName(Role role); // translated
bool roleHas(Role role, Permission permission);
