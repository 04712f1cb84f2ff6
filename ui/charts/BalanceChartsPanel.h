// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartData.h"
#include "TranslatedTexts.h"

#include <QWidget>

class ApiClient;
class BalanceHistoryChart;
class MonthlyBarsChart;
class QComboBox;
class QLabel;
class StatusPanel;

// The "Charts" tab of Finance > Balance: balance over time (30 days / 90 days / 1 year) and
// spend by category for the last twelve months. Both come aggregated from the server
// (GET /stats/daily and /stats/monthly-spend), so a project with hundreds of thousands of
// entries charts at once. Nothing is requested until the tab is first shown.
class BalanceChartsPanel : public QWidget
{
    Q_OBJECT

public:
    BalanceChartsPanel(ApiClient *api, QString projectId, QWidget *parent = nullptr);

    void reload();
    bool isLoaded() const { return m_balanceLoaded && m_spendLoaded; }
    QComboBox *periodSelector() const { return m_period; }
    BalanceHistoryChart *balanceChart() const { return m_balanceChart; }
    MonthlyBarsChart *spendChart() const { return m_spendChart; }

signals:
    // Both charts show the server's figures (after each load).
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void loadBalances();
    void loadSpend();
    void checkLoaded();

    ApiClient *m_api;
    QString m_projectId;
    bool m_requested = false;
    bool m_balanceLoaded = false;
    bool m_spendLoaded = false;
    QComboBox *m_period;
    StatusPanel *m_status;
    TranslatedTexts m_texts;
    BalanceHistoryChart *m_balanceChart;
    MonthlyBarsChart *m_spendChart;
    QLabel *m_balanceTitle;
    QLabel *m_spendTitle;
};
