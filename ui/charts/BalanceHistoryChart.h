// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartData.h"

#include <QWidget>

class QChart;
class QChartView;

// Balance over time (Finance > Balance): main, bonus and available credit as three lines, one
// point per day (the day's closing balance from GET /stats/daily, never one point per entry).
// Hovering a line shows the exact figures of that day.
class BalanceHistoryChart : public QWidget
{
    Q_OBJECT

public:
    explicit BalanceHistoryChart(QWidget *parent = nullptr);

    void setData(const DailyBalances &daily);
    int dayCount() const { return int(m_daily.days.size()); }
    int seriesCount() const;
    // The tooltip of one day: the date and the three balances, formatted from int64 minor units.
    QString toolTipForDay(int dayIndex) const;
    QChart *chart() const { return m_chart; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void showToolTip(double msecsSinceEpoch);

    DailyBalances m_daily;
    QChart *m_chart;
    QChartView *m_view;
};
