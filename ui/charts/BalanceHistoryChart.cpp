// SPDX-License-Identifier: GPL-3.0-or-later
#include "BalanceHistoryChart.h"

#include "ChartStyle.h"
#include "Labels.h"
#include "Money.h"

#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLineSeries>
#include <QTimeZone>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace {
// Points sit at noon UTC of their day, so rounding the hovered x finds the day from either side.
qint64 dayPosition(const QDate &day)
{
    return QDateTime(day, QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}
} // namespace

BalanceHistoryChart::BalanceHistoryChart(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setAccessibleName(tr("Balance over time"));
    m_view->setMinimumHeight(220);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    rebuild();
}

int BalanceHistoryChart::seriesCount() const
{
    return int(m_chart->series().size());
}

void BalanceHistoryChart::setData(const DailyBalances &daily)
{
    m_daily = daily;
    rebuild();
}

void BalanceHistoryChart::rebuild()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes())
        m_chart->removeAxis(axis);
    ChartStyle::apply(m_chart, palette());

    const QList<ChartData::BalanceLine> lines = ChartData::balanceLines(m_daily);
    auto *dates = new QDateTimeAxis;
    dates->setFormat(QStringLiteral("d MMM")); // month names from the chart locale
    dates->setTickCount(7);
    auto *amounts = new QValueAxis;
    amounts->setLabelFormat(QStringLiteral("%.0f"));
    m_chart->addAxis(dates, Qt::AlignBottom);
    m_chart->addAxis(amounts, Qt::AlignLeft);

    const QList<QColor> colors = ChartStyle::seriesColors(palette());
    qint64 lowest = 0;
    qint64 highest = 0;
    for (qsizetype index = 0; index < lines.size(); ++index) {
        const ChartData::BalanceLine &line = lines.at(index);
        auto *series = new QLineSeries;
        series->setName(Labels::balanceName(line.balance));
        QPen pen(colors.at(index));
        pen.setWidthF(2.0);
        series->setPen(pen);
        QList<QPointF> points;
        points.reserve(line.days.size());
        for (qsizetype day = 0; day < line.days.size(); ++day) {
            points.append(QPointF(qreal(dayPosition(line.days.at(day))), ChartStyle::axisCoordinate(line.values.at(day))));
            lowest = std::min(lowest, line.values.at(day));
            highest = std::max(highest, line.values.at(day));
        }
        series->replace(points); // one call: the view lays the series out once
        m_chart->addSeries(series);
        series->attachAxis(dates);
        series->attachAxis(amounts);
        connect(series, &QLineSeries::hovered, this, [this](const QPointF &point, bool state) {
            if (state)
                showToolTip(point.x());
            else
                QToolTip::hideText();
        });
    }
    if (!m_daily.days.isEmpty()) {
        dates->setRange(QDateTime(m_daily.days.constFirst().date.startOfDay(QTimeZone::utc())),
                        QDateTime(m_daily.days.constLast().date.addDays(1).startOfDay(QTimeZone::utc())));
    }
    amounts->setRange(-ChartStyle::axisCoordinate(ChartData::roundAxisMaximum(-lowest)),
                      ChartStyle::axisCoordinate(std::max<qint64>(ChartData::roundAxisMaximum(highest), 100)));
    amounts->applyNiceNumbers();
    ChartStyle::styleAxes(m_chart, palette());
}

QString BalanceHistoryChart::toolTipForDay(int dayIndex) const
{
    if (dayIndex < 0 || dayIndex >= m_daily.days.size())
        return {};
    const DailyBalances::Day &day = m_daily.days.at(dayIndex);
    const QLocale locale;
    const QString currency = m_daily.currency;
    return tr("%1\nMain: %2\nBonus: %3\nCredit available: %4")
        .arg(locale.toString(day.date, QLocale::LongFormat), Money::format(day.main, currency, locale),
             Money::format(day.bonus, currency, locale), Money::format(day.credit, currency, locale));
}

void BalanceHistoryChart::showToolTip(double msecsSinceEpoch)
{
    if (m_daily.days.isEmpty())
        return;
    const double first = double(dayPosition(m_daily.days.constFirst().date));
    const auto index = static_cast<int>(std::lround((msecsSinceEpoch - first) / 86400000.0));
    QToolTip::showText(QCursor::pos(), toolTipForDay(index), m_view);
}

void BalanceHistoryChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LocaleChange)
        rebuild();
}
