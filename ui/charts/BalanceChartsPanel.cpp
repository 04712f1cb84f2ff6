// SPDX-License-Identifier: GPL-3.0-or-later
#include "BalanceChartsPanel.h"

#include "ApiClient.h"
#include "BalanceHistoryChart.h"
#include "Labels.h"
#include "Money.h"
#include "MonthlyBarsChart.h"
#include "StatusPanel.h"
#include "Theme.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimeZone>
#include <QVBoxLayout>

namespace {
// The server's calendar is UTC: "today" is the UTC date.
QDate utcToday()
{
    return QDateTime::currentDateTimeUtc().date();
}
} // namespace

BalanceChartsPanel::BalanceChartsPanel(ApiClient *api, QString projectId, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_projectId(std::move(projectId))
    , m_period(new QComboBox(this))
    , m_status(new StatusPanel(this))
    , m_balanceChart(new BalanceHistoryChart(this))
    , m_spendChart(new MonthlyBarsChart(tr("Spend by category per month"), &Labels::category, this))
    , m_balanceTitle(new QLabel(this))
    , m_spendTitle(new QLabel(this))
{
    auto *periodLabel = new QLabel(this);
    m_texts.add([this, periodLabel] {
        m_period->setAccessibleName(tr("Chart period"));
        TranslatedTexts::setItems(m_period, {{tr("Last 30 days"), int(ChartData::Period::Days30)},
                                             {tr("Last 90 days"), int(ChartData::Period::Days90)},
                                             {tr("Last year"), int(ChartData::Period::Year)}});
        periodLabel->setText(tr("&Period"));
        if (!m_requested) {
            m_balanceTitle->setText(tr("Balance at the end of each day"));
            m_spendTitle->setText(tr("Spend by category per month"));
        }
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    auto *balanceHeader = new QHBoxLayout;
    Theme::makeHeading(m_balanceTitle);
    periodLabel->setBuddy(m_period);
    balanceHeader->addWidget(m_balanceTitle, 1);
    balanceHeader->addWidget(periodLabel);
    balanceHeader->addWidget(m_period);
    Theme::makeHeading(m_spendTitle);

    layout->addWidget(m_status);
    layout->addLayout(balanceHeader);
    layout->addWidget(m_balanceChart, 1);
    layout->addWidget(m_spendTitle);
    layout->addWidget(m_spendChart, 1);

    connect(m_period, &QComboBox::currentIndexChanged, this, &BalanceChartsPanel::loadBalances);
    connect(m_status, &StatusPanel::retryRequested, this, &BalanceChartsPanel::reload);
}

void BalanceChartsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_requested)
        reload();
}

void BalanceChartsPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    m_texts.apply();
    // Titles, axes and month names are written when the figures arrive: draw them again.
    if (m_requested)
        reload();
}

void BalanceChartsPanel::reload()
{
    m_requested = true;
    loadBalances();
    loadSpend();
}

void BalanceChartsPanel::loadBalances()
{
    m_balanceLoaded = false;
    m_status->showLoading(tr("Loading the charts…"));
    const ChartData::DayRange range =
        ChartData::dayRange(static_cast<ChartData::Period>(m_period->currentData().toInt()), utcToday());
    DailyBalancesJob *job = m_api->dailyBalances(m_projectId, range.first, range.last);
    const int period = m_period->currentIndex();
    connect(job, &DailyBalancesJob::finished, this, [this, period](const ApiResult<DailyBalances> &result) {
        if (period != m_period->currentIndex())
            return; // the user picked another period meanwhile: its own answer follows
        if (!result.ok()) {
            m_status->showError(result.error.message);
            return;
        }
        m_balanceChart->setData(*result.value);
        m_balanceTitle->setText(tr("Balance at the end of each day, %1").arg(Money::currencySymbol(result.value->currency)));
        m_balanceLoaded = true;
        checkLoaded();
    });
}

void BalanceChartsPanel::loadSpend()
{
    m_spendLoaded = false;
    const ChartData::DayRange months = ChartData::lastTwelveMonths(utcToday());
    MonthlySpendJob *job = m_api->monthlySpend(m_projectId, months.first, months.last);
    connect(job, &MonthlySpendJob::finished, this, [this](const ApiResult<MonthlySpend> &result) {
        if (!result.ok()) {
            m_status->showError(result.error.message);
            return;
        }
        m_spendChart->setData(ChartData::spendByCategory(*result.value), result.value->currency);
        m_spendTitle->setText(tr("Spend by category per month, last 12 months, %1").arg(Money::currencySymbol(result.value->currency)));
        m_spendLoaded = true;
        checkLoaded();
    });
}

void BalanceChartsPanel::checkLoaded()
{
    if (!isLoaded())
        return;
    m_status->clear();
    emit loaded();
}
