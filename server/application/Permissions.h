// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string_view>

namespace application {

// What a member may do in a project (R2-R4). Roles map to permissions in one table
// (Permissions.cpp): changing a role's rights is data, not code.
enum class Permission {
    ViewUsers,   // GET users: every role
    Finance,     // balances, history, top-ups, credit (owner, administrator)
    Referral,    // the referral program (owner only, R3, R18)
    ManageMembers,     // add, re-role and remove members (owner only, R32)
    ViewAudit,         // the project's audit log (owner, administrator, R34)
    ViewReferralAudit, // its referral actions too (owner only, R3)
    CancelOthersPending, // cancel another member's pending top-up or credit request (owner only, issue 12)
};

// True when `role` (owner, administrator, supervisor, manager, operator) has the permission.
bool roleAllows(std::string_view role, Permission permission);
bool isKnownRole(std::string_view role);

// What one of the service's own users may do (/api/v1/staff/..., issue 11). Service roles map to
// these in their own table (Permissions.cpp), like member roles.
enum class ServicePermission {
    PostCharges, // POST /staff/projects/{pid}/charges: staff and the telephony platform
    Manage,      // every other staff action: projects, members, bonus, credit, adjustments, confirm, payouts
};

// True when the service role ("staff", "platform"; "" for a customer) has the permission.
bool serviceRoleAllows(std::string_view serviceRole, ServicePermission permission);

} // namespace application
