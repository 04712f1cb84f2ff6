// SPDX-License-Identifier: GPL-3.0-or-later
#include "MonthlyBarsChart.h"

#include "ChartStyle.h"
#include "Money.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

MonthlyBarsChart::MonthlyBarsChart(const QString &accessibleName, SeriesLabel seriesLabel, QWidget *parent)
    : QWidget(parent)
    , m_seriesLabel(std::move(seriesLabel))
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setAccessibleName(accessibleName);
    m_view->setMinimumHeight(220);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    rebuild();
}

int MonthlyBarsChart::seriesCount() const
{
    return int(m_data.series.size());
}

void MonthlyBarsChart::setData(const ChartData::StackedMonths &data, const QString &currency)
{
    m_data = data;
    m_currency = currency;
    rebuild();
}

QString MonthlyBarsChart::monthLabel(int month) const
{
    const QDate date = m_data.months.value(month);
    const QLocale locale;
    return tr("%1 %2").arg(locale.standaloneMonthName(date.month(), QLocale::ShortFormat)).arg(date.year());
}

QString MonthlyBarsChart::toolTipFor(int series, int month) const
{
    if (series < 0 || series >= m_data.series.size() || month < 0 || month >= m_data.months.size())
        return {};
    const QLocale locale;
    const QString amount = Money::format(m_data.values.at(series).at(month), m_currency, locale);
    if (m_data.series.size() == 1)
        return tr("%1: %2").arg(monthLabel(month), amount);
    return tr("%1, %2: %3\nMonth total: %4")
        .arg(monthLabel(month), m_seriesLabel(m_data.series.at(series)), amount,
             Money::format(m_data.total(month), m_currency, locale));
}

void MonthlyBarsChart::rebuild()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes())
        m_chart->removeAxis(axis);
    ChartStyle::apply(m_chart, palette());

    auto *bars = new QStackedBarSeries;
    const QList<QColor> colors = ChartStyle::seriesColors(palette());
    for (qsizetype series = 0; series < m_data.series.size(); ++series) {
        auto *set = new QBarSet(m_seriesLabel(m_data.series.at(series)));
        set->setColor(colors.at(series % colors.size()));
        set->setBorderColor(palette().color(QPalette::Base));
        for (const qint64 value : m_data.values.at(series))
            set->append(ChartStyle::axisCoordinate(value));
        bars->append(set);
    }
    bars->setBarWidth(0.6);
    m_chart->addSeries(bars);

    // Short month names on the axis, so twelve bars fit without eliding even in a narrow chart;
    // the headings say which twelve months, the tooltips carry the month and year.
    QStringList labels;
    const QLocale locale;
    for (const QDate &month : std::as_const(m_data.months))
        labels.append(locale.standaloneMonthName(month.month(), QLocale::ShortFormat));
    auto *months = new QBarCategoryAxis;
    months->append(labels);
    auto *amounts = new QValueAxis;
    amounts->setLabelFormat(QStringLiteral("%.0f"));
    amounts->setRange(0, ChartStyle::axisCoordinate(std::max<qint64>(ChartData::roundAxisMaximum(m_data.largestTotal()), 100)));
    amounts->applyNiceNumbers();
    m_chart->addAxis(months, Qt::AlignBottom);
    m_chart->addAxis(amounts, Qt::AlignLeft);
    bars->attachAxis(months);
    bars->attachAxis(amounts);
    ChartStyle::styleAxes(m_chart, palette());

    connect(bars, &QStackedBarSeries::hovered, this, [this, bars](bool status, int month, QBarSet *set) {
        if (!status) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(QCursor::pos(), toolTipFor(int(bars->barSets().indexOf(set)), month), m_view);
    });
}

void MonthlyBarsChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LocaleChange)
        rebuild();
}
