// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartData.h"

#include <QWidget>

#include <functional>

class QChart;
class QChartView;

// Stacked bars per month (spend by category on Finance > Balance, accruals on Referral
// Program) from the server's monthly aggregates. Hovering a segment shows its exact amount and
// the month's total, formatted from int64 minor units.
class MonthlyBarsChart : public QWidget
{
    Q_OBJECT

public:
    // Turns a series' API name (a category, "accrued") into its legend text.
    using SeriesLabel = std::function<QString(const QString &)>;

    MonthlyBarsChart(const QString &accessibleName, SeriesLabel seriesLabel, QWidget *parent = nullptr);

    void setData(const ChartData::StackedMonths &data, const QString &currency);
    const ChartData::StackedMonths &data() const { return m_data; }
    int seriesCount() const;
    QString monthLabel(int month) const; // "Jan 2026" in the application's locale
    QString toolTipFor(int series, int month) const;
    QChart *chart() const { return m_chart; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    SeriesLabel m_seriesLabel;
    ChartData::StackedMonths m_data;
    QString m_currency = QStringLiteral("UAH");
    QChart *m_chart;
    QChartView *m_view;
};
