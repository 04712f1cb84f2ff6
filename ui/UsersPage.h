// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiTypes.h"
#include "Page.h"

class ApiClient;
class OfflineController;
class QTableView;
class StatusPanel;
class UsersModel;

// Users: the project's members and their roles; the signed-in user's row says "(you)" (R4).
class UsersPage : public Page
{
    Q_OBJECT

public:
    UsersPage(ApiClient *api, ProjectMembership project, UserInfo user, QWidget *parent = nullptr);

    void refresh() override;

    UsersModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    StatusPanel *statusPanel() const { return m_status; }
    // Offline (R25) the members saved in the cache are shown, read-only; back online, the server's.
    void setOfflineController(OfflineController *offline);
    bool isShowingSavedList() const { return m_showingSaved; }

protected:
    void retranslate() override;

private:
    bool showSavedList();

    UsersModel *m_model;
    QTableView *m_view;
    StatusPanel *m_status;
    OfflineController *m_offline = nullptr;
    bool m_showingSaved = false;
};
