// SPDX-License-Identifier: GPL-3.0-or-later
#include "Permissions.h"

#include <QCoreApplication>

#include <array>

namespace {

struct RoleRow
{
    Role role;
    const char *apiName;
    const char *displayName;
    bool finance;
    bool referral;
    bool users;
    bool manageMembers;
    bool audit;
};

// R2: the Owner sees everything. R3: an Administrator everything but the referral program.
// R4 [choice]: Supervisor, Manager and Operator have no finance rights, but read the members list.
// R32: only the Owner manages members. R34: the Owner and Administrators read the audit log.
constexpr std::array<RoleRow, 5> RoleTable{{
    {Role::Owner, "owner", QT_TRANSLATE_NOOP("Role", "Owner"), true, true, true, true, true},
    {Role::Administrator, "administrator", QT_TRANSLATE_NOOP("Role", "Administrator"), true, false, true, false, true},
    {Role::Supervisor, "supervisor", QT_TRANSLATE_NOOP("Role", "Supervisor"), false, false, true, false, false},
    {Role::Manager, "manager", QT_TRANSLATE_NOOP("Role", "Manager"), false, false, true, false, false},
    {Role::Operator, "operator", QT_TRANSLATE_NOOP("Role", "Operator"), false, false, true, false, false},
}};

const RoleRow *rowOf(Role role)
{
    for (const RoleRow &row : RoleTable) {
        if (row.role == role)
            return &row;
    }
    return nullptr;
}

} // namespace

Role roleFromApi(const QString &apiName)
{
    for (const RoleRow &row : RoleTable) {
        if (apiName == QLatin1String(row.apiName))
            return row.role;
    }
    return Role::Unknown;
}

QString roleToApi(Role role)
{
    const RoleRow *row = rowOf(role);
    return row ? QString::fromLatin1(row->apiName) : QString();
}

QString roleDisplayName(Role role)
{
    const RoleRow *row = rowOf(role);
    return row ? QCoreApplication::translate("Role", row->displayName)
               : QCoreApplication::translate("Role", "Unknown role");
}

bool roleHas(Role role, Permission permission)
{
    const RoleRow *row = rowOf(role); // an unknown role has no rights at all
    if (!row)
        return false;
    switch (permission) {
    case Permission::ViewFinance:
        return row->finance;
    case Permission::ViewReferral:
        return row->referral;
    case Permission::ViewUsers:
        return row->users;
    case Permission::ManageMembers:
        return row->manageMembers;
    case Permission::ViewAudit:
        return row->audit;
    }
    return false;
}
