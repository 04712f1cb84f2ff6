// SPDX-License-Identifier: GPL-3.0-or-later
#include "Permissions.h"

#include <algorithm>
#include <array>
#include <initializer_list>

namespace application {

namespace {

struct RoleRights
{
    std::string_view role;
    bool viewUsers;
    bool finance;
    bool referral;
    bool manageMembers;
    bool viewAudit;
    bool viewReferralAudit;
    bool cancelOthersPending;
};

// R2: the owner sees everything. R3: an administrator everything but the referral program.
// R4 [choice]: supervisor, manager and operator only read the members list. R32: only the owner
// manages members. R34: owner and administrator read the audit log, the administrator without
// its referral actions (R3). Issue 12: a member cancels their own pending top-up or credit
// request; the owner any of the project's.
constexpr std::array kRoleTable{
    //         role             users finance referral members audit referral-audit cancel-others
    RoleRights{"owner",         true, true,   true,    true,   true, true,          true},
    RoleRights{"administrator", true, true,   false,   false,  true, false,         false},
    RoleRights{"supervisor",    true, false,  false,   false,  false, false,        false},
    RoleRights{"manager",       true, false,  false,   false,  false, false,        false},
    RoleRights{"operator",      true, false,  false,   false,  false, false,        false},
};

const RoleRights *rightsOf(std::string_view role)
{
    const auto found = std::find_if(kRoleTable.begin(), kRoleTable.end(),
                                    [&](const RoleRights &rights) { return rights.role == role; });
    return found == kRoleTable.end() ? nullptr : &*found;
}

struct ServiceRoleRights
{
    std::string_view role;
    bool postCharges;
    bool manage;
};

// Staff do everything; the telephony platform's credential only posts charges, so a leaked
// platform password cannot grant bonuses, credit or corrections (issue 11).
constexpr std::array kServiceRoleTable{
    ServiceRoleRights{"staff", true, true},
    ServiceRoleRights{"platform", true, false},
};

} // namespace

bool serviceRoleAllows(std::string_view serviceRole, ServicePermission permission)
{
    const auto found = std::find_if(kServiceRoleTable.begin(), kServiceRoleTable.end(),
                                    [&](const ServiceRoleRights &rights) { return rights.role == serviceRole; });
    if (found == kServiceRoleTable.end())
        return false;
    switch (permission) {
    case ServicePermission::PostCharges:
        return found->postCharges;
    case ServicePermission::Manage:
        return found->manage;
    }
    return false;
}

bool roleAllows(std::string_view role, Permission permission)
{
    const RoleRights *rights = rightsOf(role);
    if (!rights)
        return false;
    switch (permission) {
    case Permission::ViewUsers:
        return rights->viewUsers;
    case Permission::Finance:
        return rights->finance;
    case Permission::Referral:
        return rights->referral;
    case Permission::ManageMembers:
        return rights->manageMembers;
    case Permission::ViewAudit:
        return rights->viewAudit;
    case Permission::ViewReferralAudit:
        return rights->viewReferralAudit;
    case Permission::CancelOthersPending:
        return rights->cancelOthersPending;
    }
    return false;
}

bool isKnownRole(std::string_view role)
{
    return rightsOf(role) != nullptr;
}

} // namespace application
