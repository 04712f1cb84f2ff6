// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiTypes.h"
#include "Permissions.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

class EventFeed;
class OfflineController;
class Page;
class QWidget;
class Session;

// What a page is built from: the signed-in session, the current project and its offline state.
struct PageContext
{
    Session *session = nullptr;
    ProjectMembership project;
    OfflineController *offline = nullptr;
    EventFeed *feed = nullptr; // the project's event feed (R31), for what it reports
    QWidget *parent = nullptr;
};

// One page of the workspace: its id (settings, --page, tests), the permission its entry needs,
// where and how its entry shows, and how the page is built. The sidebar, the Ctrl+digit
// shortcuts and page creation all read this one table; a role without the permission gets no
// entry, and a page without an entry is never created (R3: no referral for an Administrator).
struct PageEntry
{
    QString id;
    std::optional<Permission> required; // empty: every member of the project
    bool underFinance = false;          // under the "Finance" heading, else at the top level
    const char *title = nullptr;        // QT_TRANSLATE_NOOP("MainWindow", ...): translated when shown
    QString icon;
    int shortcutDigit = 0;              // Ctrl+digit opens it; 0: no shortcut
    std::function<Page *(const PageContext &)> create;

    bool availableTo(Role role) const { return !required || roleHas(role, *required); }
};

// Every page, in sidebar order.
const QList<PageEntry> &workspacePages();
// The entry of a page id, or nullptr.
const PageEntry *findPage(const QString &pageId);
