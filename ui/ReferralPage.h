// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiTypes.h"
#include "Page.h"

#include <QUrl>

class ApiClient;
class MonthlyBarsChart;
class OfflineController;
class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;
class ReferralHistoryModel;
class StatusPanel;
class WithdrawDialog;

// Finance > Referral Program (R18-R21): the referral balance, the commission rate, the project's
// referral code and shareable sign-up link, the referred projects with what each earned, the
// balance's history (paged lazily), accruals per month, and withdrawals. Created for the Owner
// only: for any other role the page does not exist and no /referral route is requested (R3).
class ReferralPage : public Page
{
    Q_OBJECT

public:
    // Where a referral link sends people: the sign-up page of the web cabinet with the code.
    static QUrl signUpLink(const QString &code);

    ReferralPage(ApiClient *api, ProjectMembership project, QWidget *parent = nullptr);

    void refresh() override;
    void applyEventEffects(EventEffects effects) override; // withdrawal_* (R3: the Owner's page only)
    QString balanceText() const;
    QString codeText() const;
    QString rateText() const;
    QString linkText() const;
    std::optional<Referral> referral() const { return m_referral; }
    ReferralHistoryModel *historyModel() const { return m_history; }
    QTableView *historyView() const { return m_historyView; }
    QTableWidget *referralsTable() const { return m_referrals; }
    MonthlyBarsChart *accrualsChart() const { return m_accruals; }
    QPushButton *withdrawButton() const { return m_withdraw; }
    // Offline (R25) the referral figures saved in the cache are shown (an Owner's cache is the only
    // one that holds them, R3) and withdrawing waits for the server.
    void setOfflineController(OfflineController *offline);
    bool isShowingSavedFigures() const { return m_showingSaved; }

public slots:
    WithdrawDialog *openWithdrawDialog();

signals:
    // Everything on the page shows the server's figures again (after each refresh).
    void refreshed();

protected:
    void changeEvent(QEvent *event) override;
    void retranslate() override;

private:
    QWidget *buildCards();
    QWidget *buildHistory();
    void loadSummary();
    void loadAccruals();
    void showReferral(const Referral &referral);
    void checkReady();
    bool showSavedReferral();
    bool isOffline() const;

    ApiClient *m_api;
    ProjectMembership m_project;
    OfflineController *m_offline = nullptr;
    bool m_showingSaved = false;
    std::optional<Referral> m_referral;
    bool m_summaryLoaded = false;
    bool m_historyLoaded = false;
    bool m_accrualsLoaded = false;
    StatusPanel *m_status;
    QLabel *m_balance = nullptr;
    QLabel *m_rate = nullptr;
    QLabel *m_code = nullptr;
    QLabel *m_link = nullptr;
    QPushButton *m_withdraw = nullptr;
    QTableWidget *m_referrals = nullptr;
    MonthlyBarsChart *m_accruals = nullptr;
    ReferralHistoryModel *m_history = nullptr;
    QTableView *m_historyView = nullptr;
    StatusPanel *m_historyStatus = nullptr;
};
