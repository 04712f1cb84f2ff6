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
};

// R2: the owner sees everything. R3: an administrator everything but the referral program.
// R4 [choice]: supervisor, manager and operator only read the members list. R32: only the owner
// manages members. R34: owner and administrator read the audit log, the administrator without
// its referral actions (R3).
constexpr std::array kRoleTable{
    //         role             users finance referral members audit referral-audit
    RoleRights{"owner",         true, true,   true,    true,   true, true},
    RoleRights{"administrator", true, true,   false,   false,  true, false},
    RoleRights{"supervisor",    true, false,  false,   false,  false, false},
    RoleRights{"manager",       true, false,  false,   false,  false, false},
    RoleRights{"operator",      true, false,  false,   false,  false, false},
};

const RoleRights *rightsOf(std::string_view role)
{
    const auto found = std::find_if(kRoleTable.begin(), kRoleTable.end(),
                                    [&](const RoleRights &rights) { return rights.role == role; });
    return found == kRoleTable.end() ? nullptr : &*found;
}

} // namespace

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
    }
    return false;
}

bool isKnownRole(std::string_view role)
{
    return rightsOf(role) != nullptr;
}

} // namespace application
