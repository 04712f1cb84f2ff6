// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiTypes.h"
#include "Page.h"

#include <QMessageBox>
#include <QPointer>

class ApiClient;
class CreditRequestsModel;
class OfflineController;

class QPushButton;
class QTabWidget;
class QTableView;
class StatusPanel;
class TopUpsModel;

// Finance > Top-ups & requests (issue 12): what the user waits for. The project's top-ups (invoice,
// card, auto, R5/R28) with their status (pending, paid, cancelled), an invoice's PDF saved again,
// and the project's credit requests (R12) with staff's decision. The user's own pending invoice
// or credit request can be cancelled (after a confirmation); the row then shows the server's answer.
class PaymentsPage : public Page
{
    Q_OBJECT

public:
    PaymentsPage(ApiClient *api, ProjectMembership project, UserInfo user, QWidget *parent = nullptr);

    void refresh() override;
    void applyEventEffects(EventEffects effects) override; // the top-ups list only
    void setOfflineController(OfflineController *offline);

    TopUpsModel *topUpsModel() const { return m_topUps; }
    CreditRequestsModel *requestsModel() const { return m_requests; }
    QTableView *topUpsView() const { return m_topUpsView; }
    QTableView *requestsView() const { return m_requestsView; }
    QTabWidget *tabs() const { return m_tabs; }
    QPushButton *saveInvoiceButton() const { return m_saveInvoice; }
    QPushButton *cancelTopUpButton() const { return m_cancelTopUp; }
    QPushButton *cancelRequestButton() const { return m_cancelRequest; }
    StatusPanel *topUpsStatus() const { return m_topUpsStatus; }
    StatusPanel *requestsStatus() const { return m_requestsStatus; }
    QMessageBox *confirmation() const { return m_confirm; }

    // The invoice of the top-up in `row` as PDF at `filePath` (the button asks for the path first).
    bool saveInvoiceTo(int row, const QString &filePath, QString *error);
    // Ask to cancel the selected row of the current tab (a confirmation comes first).
    void askToCancelSelected();
    // Cancel the top-up or credit request with this id, looked up when called (the rows may have
    // moved since the confirmation opened); if it is gone or no longer pending, the status says so.
    void cancelTopUp(const QString &id);
    void cancelRequest(const QString &id);

signals:
    void cancelFinished(bool ok, const QString &message);

protected:
    void retranslate() override;

private:
    QWidget *buildTopUps();
    QWidget *buildRequests();
    QTableView *makeView(QWidget *parent);
    void updateButtons();
    void updateStatus();
    void saveSelectedInvoice();
    void checkReady();
    static QString currencyOf(const QString &answered);

    ApiClient *m_api;
    ProjectMembership m_project;
    UserInfo m_user;
    OfflineController *m_offline = nullptr;
    TopUpsModel *m_topUps;
    CreditRequestsModel *m_requests;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_topUpsView = nullptr;
    QTableView *m_requestsView = nullptr;
    QPushButton *m_saveInvoice = nullptr;
    QPushButton *m_cancelTopUp = nullptr;
    QPushButton *m_cancelRequest = nullptr;
    StatusPanel *m_topUpsStatus = nullptr;
    StatusPanel *m_requestsStatus = nullptr;
    QPointer<QMessageBox> m_confirm;
    bool m_busy = false;
    QString m_topUpsNotice; // a cancel the server refused (409), shown until the next cancel
    QString m_requestsNotice;
    bool m_topUpsLoaded = false;
    bool m_requestsLoaded = false;
};
