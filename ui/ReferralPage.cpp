// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReferralPage.h"

#include "ApiClient.h"
#include "ChartData.h"
#include "ConnectivityMonitor.h"
#include "Icons.h"
#include "Money.h"
#include "OfflineCache.h"
#include "OfflineController.h"
#include "ReferralModels.h"
#include "StatusPanel.h"
#include "Theme.h"
#include "WithdrawDialog.h"
#include "charts/MonthlyBarsChart.h"

#include <QClipboard>
#include <QEvent>
#include <QFrame>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QUrlQuery>
#include <QVBoxLayout>

#include <functional>

namespace {

QFrame *makeCard(QWidget *parent, TranslatedTexts &texts, const std::function<QString()> &caption,
                 const QString &iconName, QLabel *value, QWidget *extra = nullptr, QWidget *below = nullptr)
{
    auto *card = new QFrame(parent);
    card->setObjectName(QStringLiteral("card"));
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(18, 14, 18, 14);
    auto *header = new QHBoxLayout;
    auto *icon = new QLabel(card);
    icon->setPixmap(Icons::icon(iconName, parent->palette()).pixmap(20, 20));
    auto *label = new QLabel(card);
    Theme::makeSecondary(label);
    header->addWidget(icon);
    header->addWidget(label, 1);
    layout->addLayout(header);
    value->setProperty("role", QStringLiteral("amount"));
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    texts.add([=] {
        card->setAccessibleName(caption());
        label->setText(caption());
        value->setAccessibleName(caption());
    });
    auto *valueRow = new QHBoxLayout;
    valueRow->addWidget(value, 1);
    if (extra)
        valueRow->addWidget(extra, 0, Qt::AlignVCenter);
    layout->addLayout(valueRow);
    if (below)
        layout->addWidget(below);
    return card;
}

QPushButton *copyButton(QWidget *parent, TranslatedTexts &texts, const std::function<QString()> &what)
{
    auto *button = new QPushButton(Icons::icon(QStringLiteral("copy"), parent->palette()), QString(), parent);
    texts.add([=] {
        button->setToolTip(what());
        button->setAccessibleName(what());
    });
    return button;
}

// Basis points as a percentage with integer arithmetic: 1000 bp -> "10 %", 125 bp -> "1.25 %".
QString percentText(int basisPoints, const QLocale &locale)
{
    const int whole = basisPoints / 100;
    const int hundredths = basisPoints % 100;
    const QString number = hundredths == 0 ? locale.toString(whole)
                                           : locale.toString(whole) + locale.decimalPoint()
                                                 + QStringLiteral("%1").arg(hundredths, 2, 10, QLatin1Char('0'));
    return ReferralPage::tr("%1 %").arg(number);
}

} // namespace

QUrl ReferralPage::signUpLink(const QString &code)
{
    QUrl link(QStringLiteral("https://my.unitalk.cloud/signup"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("ref"), code);
    link.setQuery(query);
    return link;
}

ReferralPage::ReferralPage(ApiClient *api, ProjectMembership project, QWidget *parent)
    : Page(parent)
    , m_api(api)
    , m_project(std::move(project))
    , m_status(new StatusPanel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 22, 28, 16);
    layout->setSpacing(10);
    auto *title = new QLabel(this);
    Theme::makeTitle(title);
    auto *subtitle = new QLabel(this);
    Theme::makeSecondary(subtitle);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addWidget(m_status);
    layout->addWidget(buildCards());

    // Referred projects beside the accruals per month, above the history.
    m_referrals = new QTableWidget(0, 3, this);
    m_referrals->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_referrals->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_referrals->setShowGrid(false);
    m_referrals->setAlternatingRowColors(true);
    m_referrals->verticalHeader()->hide();
    m_referrals->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_referrals->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_referrals->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_referrals->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_accruals = new MonthlyBarsChart(tr("Commission earned per month"),
                                      [](const QString &) { return tr("Commission earned"); }, this);
    auto *middle = new QHBoxLayout;
    middle->setSpacing(16);
    auto *referralsColumn = new QVBoxLayout;
    auto *referralsHeading = new QLabel(this);
    Theme::makeHeading(referralsHeading);
    referralsColumn->addWidget(referralsHeading);
    referralsColumn->addWidget(m_referrals, 1);
    auto *accrualsColumn = new QVBoxLayout;
    auto *accrualsHeading = new QLabel(this);
    Theme::makeHeading(accrualsHeading);
    accrualsColumn->addWidget(accrualsHeading);
    accrualsColumn->addWidget(m_accruals, 1);
    middle->addLayout(referralsColumn, 2);
    middle->addLayout(accrualsColumn, 3);
    auto *middleBox = new QWidget(this);
    middleBox->setLayout(middle);
    middle->setContentsMargins(0, 0, 0, 0);
    middleBox->setFixedHeight(250);
    layout->addWidget(middleBox);
    layout->addWidget(buildHistory(), 1);
    m_texts.add([=, this] {
        setAccessibleName(tr("Finance, Referral Program"));
        title->setText(tr("Referral Program"));
        subtitle->setText(tr("Invite other companies with your code or link: you earn a commission every time "
                             "their main or credit balance is charged. Only the Owner sees this page."));
        m_referrals->setHorizontalHeaderLabels({tr("Project"), tr("Joined"), tr("Earned in total")});
        m_referrals->setAccessibleName(tr("Referred projects"));
        referralsHeading->setText(tr("Referred projects"));
        accrualsHeading->setText(tr("Commission per month, last 12 months"));
    });

    connect(m_status, &StatusPanel::retryRequested, this, &ReferralPage::refresh);
    refresh();
}

QWidget *ReferralPage::buildCards()
{
    auto *box = new QWidget(this);
    auto *cards = new QHBoxLayout(box);
    cards->setContentsMargins(0, 0, 0, 0);
    cards->setSpacing(16);
    m_balance = new QLabel(QStringLiteral("—"), box);
    m_rate = new QLabel(QStringLiteral("—"), box);
    m_code = new QLabel(QStringLiteral("—"), box);
    m_link = new QLabel(box);
    m_link->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_texts.add([this] { m_link->setAccessibleName(tr("Referral link")); });
    Theme::makeSecondary(m_link);
    m_link->setWordWrap(false);

    m_withdraw = new QPushButton(Icons::icon(QStringLiteral("wallet"), palette().color(QPalette::HighlightedText)),
                                 QString(), box);
    m_texts.add([this] { m_withdraw->setText(tr("&Withdraw…")); });
    m_withdraw->setObjectName(QStringLiteral("primaryButton"));
    m_withdraw->setMinimumHeight(32);
    m_withdraw->setEnabled(false);
    QPushButton *copyCode = copyButton(box, m_texts, [] { return tr("Copy the referral code"); });
    QPushButton *copyLink = copyButton(box, m_texts, [] { return tr("Copy the referral link"); });
    auto *linkRow = new QWidget(box);
    auto *linkLayout = new QHBoxLayout(linkRow);
    linkLayout->setContentsMargins(0, 0, 0, 0);
    linkLayout->addWidget(m_link, 1);
    linkLayout->addWidget(copyLink);

    cards->addWidget(makeCard(box, m_texts, [] { return tr("Referral balance"); }, QStringLiteral("wallet"), m_balance,
                              m_withdraw), 4);
    cards->addWidget(makeCard(box, m_texts, [] { return tr("Commission"); }, QStringLiteral("percent"), m_rate), 2);
    cards->addWidget(makeCard(box, m_texts, [] { return tr("Your referral code"); }, QStringLiteral("gift"), m_code,
                              copyCode, linkRow), 5);

    connect(copyCode, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_code->text()); });
    connect(copyLink, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_link->text()); });
    connect(m_withdraw, &QPushButton::clicked, this, &ReferralPage::openWithdrawDialog);
    return box;
}

QWidget *ReferralPage::buildHistory()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *heading = new QLabel(box);
    Theme::makeHeading(heading);
    layout->addWidget(heading);

    m_history = new ReferralHistoryModel(m_api, this);
    m_historyView = new QTableView(box);
    m_historyView->setModel(m_history);
    m_texts.add([this, heading] {
        heading->setText(tr("History of the referral balance"));
        m_historyView->setAccessibleName(tr("History of the referral balance"));
    });
    m_historyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyView->setAlternatingRowColors(true);
    m_historyView->setShowGrid(false);
    m_historyView->setWordWrap(false);
    m_historyView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_historyView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 14);
    m_historyView->verticalHeader()->hide();
    QHeaderView *columns = m_historyView->horizontalHeader();
    columns->setStretchLastSection(false);
    columns->setHighlightSections(false);
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_historyView->setColumnWidth(ReferralHistoryModel::DateColumn, digit * 17);
    m_historyView->setColumnWidth(ReferralHistoryModel::OperationColumn, digit * 15);
    columns->setSectionResizeMode(ReferralHistoryModel::DetailsColumn, QHeaderView::Stretch);
    m_historyView->setColumnWidth(ReferralHistoryModel::StatusColumn, digit * 11);
    m_historyView->setColumnWidth(ReferralHistoryModel::AmountColumn, digit * 14);
    m_historyView->setColumnWidth(ReferralHistoryModel::BalanceAfterColumn, digit * 14);
    layout->addWidget(m_historyView, 1);
    m_historyStatus = new StatusPanel(box);
    layout->addWidget(m_historyStatus);
    m_history->setAmountColors(Theme::negative(palette()), Theme::positive(palette()));

    connect(m_history, &ReferralHistoryModel::loadingChanged, this, [this](bool loading) {
        if (loading)
            m_historyStatus->showLoading(tr("Loading the history…"));
    });
    connect(m_history, &ReferralHistoryModel::loadFailed, m_historyStatus, &StatusPanel::showError);
    connect(m_history, &ReferralHistoryModel::pageLoaded, this, [this] {
        if (m_history->rowCount() == 0)
            m_historyStatus->showInfo(tr("No commission yet: share your link to invite companies."));
        else
            m_historyStatus->clear();
        m_historyLoaded = true;
        checkReady();
    });
    connect(m_historyStatus, &StatusPanel::retryRequested, m_history, &ReferralHistoryModel::retry);
    return box;
}

void ReferralPage::refresh()
{
    m_summaryLoaded = m_historyLoaded = m_accrualsLoaded = false;
    loadSummary();
    loadAccruals();
    m_history->setProject(m_project.id);
}

void ReferralPage::applyEventEffects(EventEffects effects)
{
    // A withdrawal completed or was rejected: the balance, the history and the accruals change.
    if (effects.testFlag(EventEffect::Referral))
        refresh();
}

void ReferralPage::loadSummary()
{
    if (!m_referral)
        m_status->showLoading(tr("Loading the referral program…"));
    ReferralJob *job = m_api->referral(m_project.id);
    connect(job, &ReferralJob::finished, this, [this](const ApiResult<Referral> &result) {
        if (!result.ok()) {
            if (!showSavedReferral())
                m_status->showError(result.error.message);
            return;
        }
        m_showingSaved = false;
        m_status->clear();
        showReferral(*result.value);
        m_summaryLoaded = true;
        checkReady();
    });
}

void ReferralPage::loadAccruals()
{
    const ChartData::DayRange months = ChartData::lastTwelveMonths(QDateTime::currentDateTimeUtc().date());
    MonthlyReferralJob *job = m_api->monthlyReferral(m_project.id, months.first, months.last);
    connect(job, &MonthlyReferralJob::finished, this, [this](const ApiResult<MonthlyReferral> &result) {
        if (!result.ok()) {
            if (!m_showingSaved) // offline, the saved figures' note stays
                m_status->showError(result.error.message);
            return;
        }
        m_accruals->setData(ChartData::referralAccruals(*result.value), result.value->currency);
        m_accrualsLoaded = true;
        checkReady();
    });
}

void ReferralPage::checkReady()
{
    if (!m_summaryLoaded || !m_historyLoaded || !m_accrualsLoaded)
        return;
    setContentReady();
    emit refreshed();
}

void ReferralPage::showReferral(const Referral &referral)
{
    m_referral = referral;
    const QLocale locale;
    m_balance->setText(Money::format(referral.balance, referral.currency, locale));
    emit currencyKnown(referral.currency);
    m_rate->setText(percentText(referral.rateBasisPoints, locale));
    m_code->setText(referral.code);
    m_link->setText(signUpLink(referral.code).toString());
    m_withdraw->setEnabled(referral.balance > 0 && !isOffline());
    m_withdraw->setToolTip(isOffline() ? tr("Not available offline: the server cannot be reached.") : QString());
    m_referrals->setRowCount(int(referral.referrals.size()));
    int row = 0;
    for (const Referral::Referee &referee : referral.referrals) {
        m_referrals->setItem(row, 0, new QTableWidgetItem(referee.name.isEmpty() ? referee.projectId : referee.name));
        m_referrals->setItem(row, 1, new QTableWidgetItem(locale.toString(referee.joinedAt.toLocalTime().date(),
                                                                          QLocale::ShortFormat)));
        auto *earned = new QTableWidgetItem(Money::format(referee.earnedTotal, referral.currency, locale));
        earned->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_referrals->setItem(row, 2, earned);
        ++row;
    }
}

WithdrawDialog *ReferralPage::openWithdrawDialog()
{
    if (!m_referral)
        return nullptr;
    auto *dialog = new WithdrawDialog(m_api, m_project, m_referral->balance, m_referral->currency, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &WithdrawDialog::withdrawn, this, &ReferralPage::refresh);
    dialog->open();
    return dialog;
}

void ReferralPage::setOfflineController(OfflineController *offline)
{
    m_offline = offline;
    connect(offline->monitor(), &ConnectivityMonitor::offlineChanged, this, [this](bool offlineNow) {
        if (!offlineNow)
            refresh(); // the server's figures again
        else if (!m_summaryLoaded)
            showSavedReferral();
        else if (m_referral)
            showReferral(*m_referral); // the server's figures stay; withdrawing waits
    });
    if (isOffline())
        showSavedReferral();
}

bool ReferralPage::isOffline() const
{
    return m_offline && m_offline->monitor()->isOffline();
}

bool ReferralPage::showSavedReferral()
{
    // The cache answers only for an Owner (R3); this page exists only for an Owner anyway.
    if (!isOffline() || !m_offline->cache())
        return false;
    const std::optional<Referral> saved = m_offline->cache()->referral();
    if (!saved)
        return false;
    m_showingSaved = true;
    showReferral(*saved);
    m_status->showInfo(tr("Offline: the referral figures saved on this computer."));
    return true;
}

void ReferralPage::retranslate()
{
    // Figures in the new language's number format; rows, selection and scroll position stay.
    if (m_referral)
        showReferral(*m_referral);
    m_history->retranslate();
    if (m_accrualsLoaded)
        loadAccruals(); // month names and tooltips are written when the figures arrive
}

void ReferralPage::changeEvent(QEvent *event)
{
    Page::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_history)
        m_history->setAmountColors(Theme::negative(palette()), Theme::positive(palette()));
}

QString ReferralPage::balanceText() const
{
    return m_balance->text();
}

QString ReferralPage::codeText() const
{
    return m_code->text();
}

QString ReferralPage::rateText() const
{
    return m_rate->text();
}

QString ReferralPage::linkText() const
{
    return m_link->text();
}
