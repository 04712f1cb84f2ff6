// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiTypes.h"
#include "Jobs.h"
#include "Page.h"

#include <QPointer>

#include <functional>
#include <optional>

class AddMemberDialog;
class ApiClient;
class OfflineController;
class QComboBox;
class QLabel;
class QMessageBox;
class QPushButton;
class QTableView;
class StatusPanel;
class UsersModel;

// Users: the project's members and their roles; the signed-in user's row says "(you)" (R4).
// The Owner also adds members (an unknown e-mail gets a one-time invitation token, shown once),
// changes a member's role and removes a member, each after a confirmation (R32). Everyone else
// sees the list read-only: no such buttons exist for them (the server refuses them anyway).
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

    // The Owner's actions (R32); null for every other role.
    QPushButton *addButton() const { return m_add; }
    QComboBox *roleChooser() const { return m_roleChooser; }
    QPushButton *changeRoleButton() const { return m_changeRole; }
    QPushButton *removeButton() const { return m_remove; }
    AddMemberDialog *addMemberDialog() const;
    // The confirmation a role change or a removal waits for, while it is open.
    QMessageBox *confirmation() const;
    // Invitations created in this session (e-mail and role; the token is shown once, not kept).
    QStringList sessionInvitations() const { return m_invitations; }

    void openAddMember();
    void changeSelectedRole(); // asks to confirm, then PATCHes the selected member's role
    void removeSelected();     // asks to confirm, then DELETEs the selected member

protected:
    void retranslate() override;

private:
    bool showSavedList();
    QWidget *buildOwnerActions();
    std::optional<Member> selectedMember() const;
    void updateActions();
    void confirm(const QString &question, const QString &action, std::function<void()> onConfirmed);
    void watchChange(NoContentJob *job, const QString &done);
    void showInvitations();

    UsersModel *m_model;
    QTableView *m_view;
    StatusPanel *m_status;
    OfflineController *m_offline = nullptr;
    bool m_showingSaved = false;
    ApiClient *m_api;
    QString m_projectId;
    QString m_userId;
    QPushButton *m_add = nullptr;
    QComboBox *m_roleChooser = nullptr;
    QPushButton *m_changeRole = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_invitationList = nullptr;
    QPointer<AddMemberDialog> m_addDialog;
    QPointer<QMessageBox> m_confirmation;
    QStringList m_invitations;
    QString m_doneNotice;
};
