// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiTypes.h"
#include "Jobs.h"
#include "Page.h"

#include <QDateTime>
#include <QPointer>
#include <QTimer>

#include <memory>

class ApiClient;
class EventFeed;
class BalanceCards;
class OfflineController;
class OfflineHistory;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class StatusPanel;
class TransactionsModel;

// Finance > Balance (R2, R3, R12, R26, R29, R31): balance cards refreshed every 60 s and on demand,
// the forecast read again only when the figures moved (and on open and Refresh), the alert
// threshold on open, Refresh and after the auto top-up dialog saved it,
// the history with server-side filters (period, balance, operation) and a text search over
// the loaded rows, top-up and credit request dialogs.
class BalancePage : public Page
{
    Q_OBJECT

public:
    static constexpr std::chrono::seconds RefreshInterval{60};

    BalancePage(ApiClient *api, ProjectMembership project, UserInfo user, QWidget *parent = nullptr);
    ~BalancePage() override;

    void refresh() override;
    // The automatic refresh of the cards (tests shorten it).
    void setRefreshInterval(std::chrono::milliseconds interval) { m_refreshTimer.setInterval(interval); }
    // Cards for Balances, the history and charts for History: a low-balance alert reloads no history.
    void applyEventEffects(EventEffects effects) override;

    BalanceCards *cards() const { return m_cards; }
    QTableView *historyView() const { return m_table; }
    TransactionsModel *historyModel() const { return m_model; }
    StatusPanel *balancesStatus() const { return m_balancesStatus; }
    StatusPanel *historyStatus() const { return m_historyStatus; }
    QComboBox *periodFilter() const { return m_period; }
    QComboBox *balanceFilter() const { return m_balance; }
    QComboBox *kindFilter() const { return m_kind; }
    QLineEdit *searchEdit() const { return m_search; }
    std::optional<Balances> balances() const { return m_balances; }

    // The offline cache and connection state (R25): cached figures and no money-moving buttons offline.
    void setOfflineController(OfflineController *offline);
    // The project's event feed, handed to the top-up dialog (a card payment's outcome, R31).
    void setEventFeed(EventFeed *feed);
    QPushButton *topUpButton() const { return m_topUpButton; }
    QPushButton *creditButton() const { return m_creditButton; }
    QPushButton *whoPaysButton() const { return m_whoPaysButton; }
    QPushButton *autoTopUpButton() const { return m_autoTopUpButton; }

public slots:
    void openTopUpDialog();
    void openCreditDialog();
    void openWhoPaysDialog();
    void openAutoTopUpDialog();

protected:
    void changeEvent(QEvent *event) override;
    void retranslate() override;

private:
    enum class Period { All, Today, Last7Days, Last30Days, ThisMonth, PreviousMonth, ThisYear, Custom };

    QWidget *buildHeader();
    QWidget *buildHistory();
    void loadBalances();
    void reloadHistory();
    void loadForecast();
    void loadAlerts();
    void applyFilters();
    void updateHistoryStatus();
    void updateAmountColors();
    void checkReady();
    void updateOfflineState();
    bool showCachedBalances();
    void showUpdatedAt();

    ApiClient *m_api;
    ProjectMembership m_project;
    UserInfo m_user;
    std::optional<Balances> m_balances;
    QPointer<BalancesJob> m_balancesJob;
    QPointer<ForecastJob> m_forecastJob;
    QPointer<AlertsJob> m_alertsJob;
    QTimer m_refreshTimer;

    BalanceCards *m_cards = nullptr;
    StatusPanel *m_balancesStatus = nullptr;
    QLabel *m_updated = nullptr;
    QDateTime m_updatedAt; // local time of the figures shown (fetched now, or saved offline)
    bool m_updatedFromCache = false;
    QPushButton *m_refreshButton = nullptr;
    QPushButton *m_topUpButton = nullptr;
    QPushButton *m_creditButton = nullptr;
    QPushButton *m_whoPaysButton = nullptr;
    QPushButton *m_autoTopUpButton = nullptr;
    OfflineController *m_offline = nullptr;
    QPointer<EventFeed> m_feed;
    std::unique_ptr<OfflineHistory> m_savedHistory;
    QComboBox *m_period = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_balance = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_table = nullptr;
    TransactionsModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    StatusPanel *m_historyStatus = nullptr;
    bool m_historyLoadedOnce = false;
};
