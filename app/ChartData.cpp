// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartData.h"

#include <QHash>

#include <algorithm>
#include <limits>

namespace ChartData {

DayRange dayRange(Period period, const QDate &today)
{
    switch (period) {
    case Period::Days30:
        return {today.addDays(-29), today};
    case Period::Days90:
        return {today.addDays(-89), today};
    case Period::Year:
        break;
    }
    return {today.addYears(-1).addDays(1), today};
}

DayRange lastTwelveMonths(const QDate &today)
{
    const QDate month(today.year(), today.month(), 1);
    return {month.addMonths(-11), month};
}

QList<BalanceLine> balanceLines(const DailyBalances &daily)
{
    QList<BalanceLine> lines{{QStringLiteral("main"), {}, {}},
                             {QStringLiteral("bonus"), {}, {}},
                             {QStringLiteral("credit"), {}, {}}};
    for (BalanceLine &line : lines) {
        line.days.reserve(daily.days.size());
        line.values.reserve(daily.days.size());
    }
    for (const DailyBalances::Day &day : daily.days) {
        const qint64 values[] = {day.main, day.bonus, day.credit};
        for (qsizetype index = 0; index < lines.size(); ++index) {
            lines[index].days.append(day.date);
            lines[index].values.append(values[index]);
        }
    }
    return lines;
}

qint64 StackedMonths::total(int month) const
{
    qint64 sum = 0;
    for (const QList<qint64> &row : values)
        sum += row.at(month);
    return sum;
}

qint64 StackedMonths::seriesTotal(int seriesIndex) const
{
    qint64 sum = 0;
    for (const qint64 value : values.at(seriesIndex))
        sum += value;
    return sum;
}

qint64 StackedMonths::largestTotal() const
{
    qint64 largest = 0;
    for (int month = 0; month < int(months.size()); ++month)
        largest = std::max(largest, total(month));
    return largest;
}

StackedMonths spendByCategory(const MonthlySpend &spend)
{
    StackedMonths chart;
    QHash<QString, qint64> totals;
    for (const MonthlySpend::Month &month : spend.months) {
        chart.months.append(month.month);
        for (const auto &[category, amount] : month.categories)
            totals[category] += amount;
    }
    chart.series = totals.keys();
    // The largest category at the bottom of each stack, ties by name so the order is stable.
    std::sort(chart.series.begin(), chart.series.end(), [&](const QString &a, const QString &b) {
        return totals.value(a) != totals.value(b) ? totals.value(a) > totals.value(b) : a < b;
    });
    for (const QString &category : std::as_const(chart.series)) {
        QList<qint64> row;
        row.reserve(spend.months.size());
        for (const MonthlySpend::Month &month : spend.months) {
            qint64 amount = 0;
            for (const auto &[name, value] : month.categories) {
                if (name == category)
                    amount = value;
            }
            row.append(amount);
        }
        chart.values.append(row);
    }
    return chart;
}

StackedMonths referralAccruals(const MonthlyReferral &referral)
{
    StackedMonths chart;
    chart.series = {QStringLiteral("accrued")};
    chart.values = {{}};
    for (const MonthlyReferral::Month &month : referral.months) {
        chart.months.append(month.month);
        chart.values[0].append(month.accrued);
    }
    return chart;
}

qint64 roundAxisMaximum(qint64 minorUnits)
{
    if (minorUnits <= 0)
        return 0;
    // Steps in minor units: 1, 2, 5 major units (100, 200, 500 kopecks), then ×10.
    for (qint64 magnitude = 100; magnitude <= std::numeric_limits<qint64>::max() / 10; magnitude *= 10) {
        for (const qint64 step : {magnitude, 2 * magnitude, 5 * magnitude}) {
            if (step >= minorUnits)
                return step;
        }
    }
    return minorUnits;
}

} // namespace ChartData
