// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiTypes.h"

#include <QDate>
#include <QList>
#include <QStringList>

// What the charts draw, prepared from the server's aggregates (GET /stats/daily,
// /stats/monthly-spend, /referral/stats/monthly) without any Qt Charts type, so it is tested
// on its own and survives the move from Qt Charts to Qt Graphs. Money stays int64 minor units.
namespace ChartData {

// The periods of the balance-over-time chart.
enum class Period { Days30, Days90, Year };
// The first and last UTC day of the period ending today (inclusive).
struct DayRange
{
    QDate first;
    QDate last;
};
DayRange dayRange(Period period, const QDate &today);
// The twelve months ending with today's month (first days of the months).
DayRange lastTwelveMonths(const QDate &today);

// One line per balance (main, bonus, credit), one point per day: the day's closing balance.
struct BalanceLine
{
    QString balance; // API name: main | bonus | credit
    QList<QDate> days;
    QList<qint64> values;
};
QList<BalanceLine> balanceLines(const DailyBalances &daily);

// Bars per month with one stack segment per series (categories, or accrued for referral).
struct StackedMonths
{
    QList<QDate> months;         // first days of the months, oldest first
    QStringList series;          // API names, the largest total first
    QList<QList<qint64>> values; // values[series][month], minor units
    qint64 total(int month) const;
    qint64 seriesTotal(int series) const;
    qint64 largestTotal() const; // the tallest stack
};
StackedMonths spendByCategory(const MonthlySpend &spend);
StackedMonths referralAccruals(const MonthlyReferral &referral); // one series: "accrued"

// The smallest "round" value (1, 2 or 5 × 10^n major units, in minor units) >= value, so axes
// end on a readable figure. 0 for 0 and below.
qint64 roundAxisMaximum(qint64 minorUnits);

} // namespace ChartData
