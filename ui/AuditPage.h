// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiTypes.h"
#include "Page.h"

#include <QPointer>

class ApiClient;
class AuditExport;
class AuditModel;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QPushButton;
class QTableView;
class StatusPanel;

// Audit (R34; Owner and Administrator): who did what and when in the project, newest first,
// paged lazily like the history. Filters by actor (a member), action (a name or a prefix such
// as "member") and period are applied by the server. An Administrator's list comes without
// referral actions from the server (R3); the client offers no referral filter to them either.
// Export to CSV writes every entry the filters match, in the statement export's conventions.
class AuditPage : public Page
{
    Q_OBJECT

public:
    AuditPage(ApiClient *api, ProjectMembership project, QWidget *parent = nullptr);

    void refresh() override;

    AuditModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *actorFilter() const { return m_actor; }
    QComboBox *actionFilter() const { return m_action; }
    QCheckBox *periodFilter() const { return m_period; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QPushButton *exportButton() const { return m_export; }
    StatusPanel *statusPanel() const { return m_status; }

    // Applies the filters shown (also on every change of them).
    void applyFilters();
    // Writes the filtered log to `filePath` (the Export button asks for the path first).
    void exportTo(const QString &filePath);

signals:
    void exportFinished(int rows, const QString &error);

protected:
    void retranslate() override;

private:
    void loadActors();

    ApiClient *m_api;
    ProjectMembership m_project;
    AuditModel *m_model;
    QTableView *m_view;
    QComboBox *m_actor;
    QComboBox *m_action;
    QCheckBox *m_period;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QPushButton *m_export;
    StatusPanel *m_status;
    QPointer<AuditExport> m_exporting;
};
