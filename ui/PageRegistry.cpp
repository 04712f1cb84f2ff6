// SPDX-License-Identifier: GPL-3.0-or-later
#include "PageRegistry.h"

#include "ApiClient.h"
#include "AuditPage.h"
#include "BalancePage.h"
#include "CacheLocation.h"
#include "NoFinanceAccessPage.h"
#include "PaymentsPage.h"
#include "ReferralPage.h"
#include "ReportsPage.h"
#include "Session.h"
#include "SettingsPage.h"
#include "UsersPage.h"

#include <QtGlobal>

namespace {

Page *createBalance(const PageContext &context)
{
    // R4: a member without finance rights gets the Balance entry, but a page that asks for nothing.
    if (!roleHas(context.project.role, Permission::ViewFinance))
        return new NoFinanceAccessPage(context.project, context.parent);
    auto *balance = new BalancePage(context.session->api(), context.project, context.session->user(), context.parent);
    balance->setOfflineController(context.offline);
    balance->setEventFeed(context.feed);
    return balance;
}

Page *createPayments(const PageContext &context)
{
    auto *payments = new PaymentsPage(context.session->api(), context.project, context.session->user(), context.parent);
    payments->setOfflineController(context.offline);
    return payments;
}

Page *createReferral(const PageContext &context)
{
    auto *referral = new ReferralPage(context.session->api(), context.project, context.parent);
    referral->setOfflineController(context.offline);
    return referral;
}

Page *createReports(const PageContext &context)
{
    ApiClient *api = context.session->api();
    return new ReportsPage(api,
                           cabinet::cache::projectCacheFile(api->baseUrl(), context.session->user().id, context.project.id),
                           context.project, context.parent);
}

Page *createUsers(const PageContext &context)
{
    auto *users = new UsersPage(context.session->api(), context.project, context.session->user(), context.parent);
    users->setOfflineController(context.offline);
    return users;
}

Page *createAudit(const PageContext &context)
{
    return new AuditPage(context.session->api(), context.project, context.parent);
}

Page *createSettings(const PageContext &context)
{
    return new SettingsPage(context.session, context.parent);
}

} // namespace

const QList<PageEntry> &workspacePages()
{
    static const QList<PageEntry> pages{
        {QStringLiteral("balance"), std::nullopt, true, QT_TRANSLATE_NOOP("MainWindow", "Balance"),
         QStringLiteral("wallet"), 1, createBalance},
        // What the user waits for: top-ups and credit requests with their status (issue 12).
        {QStringLiteral("payments"), Permission::ViewFinance, true, QT_TRANSLATE_NOOP("MainWindow", "Top-ups & requests"),
         QStringLiteral("list"), 0, createPayments},
        {QStringLiteral("referral"), Permission::ViewReferral, true, QT_TRANSLATE_NOOP("MainWindow", "Referral Program"),
         QStringLiteral("gift"), 2, createReferral},
        // Statements: Owner and Administrator (R25).
        {QStringLiteral("reports"), Permission::ViewFinance, true, QT_TRANSLATE_NOOP("MainWindow", "Reports"),
         QStringLiteral("download"), 0, createReports},
        {QStringLiteral("users"), Permission::ViewUsers, false, QT_TRANSLATE_NOOP("MainWindow", "Users"),
         QStringLiteral("users"), 3, createUsers},
        // R34: the Owner and Administrators (the server leaves referral actions out for the latter).
        {QStringLiteral("audit"), Permission::ViewAudit, false, QT_TRANSLATE_NOOP("MainWindow", "Audit log"),
         QStringLiteral("search"), 5, createAudit},
        {QStringLiteral("settings"), std::nullopt, false, QT_TRANSLATE_NOOP("MainWindow", "Settings"),
         QStringLiteral("settings"), 4, createSettings},
    };
    return pages;
}

const PageEntry *findPage(const QString &pageId)
{
    for (const PageEntry &entry : workspacePages()) {
        if (entry.id == pageId)
            return &entry;
    }
    return nullptr;
}
