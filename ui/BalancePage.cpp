// SPDX-License-Identifier: GPL-3.0-or-later
#include "BalancePage.h"

#include "ApiClient.h"
#include "AutoTopUpDialog.h"
#include "BalanceCards.h"
#include "ConnectivityMonitor.h"
#include "CreditRequestDialog.h"
#include "EventFeed.h"
#include "Icons.h"
#include "Labels.h"
#include "OfflineCache.h"
#include "OfflineController.h"
#include "OfflineHistory.h"
#include "StatusPanel.h"
#include "Theme.h"
#include "TopUpDialog.h"
#include "TransactionsModel.h"
#include "WhoPaysDialog.h"
#include "charts/BalanceChartsPanel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTime>
#include <QVBoxLayout>

BalancePage::BalancePage(ApiClient *api, ProjectMembership project, UserInfo user, QWidget *parent)
    : Page(parent)
    , m_api(api)
    , m_project(std::move(project))
    , m_user(std::move(user))
{
    m_texts.add([this] { setAccessibleName(tr("Finance, Balance")); });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 22, 28, 16);
    layout->setSpacing(12);
    layout->addWidget(buildHeader());
    m_balancesStatus = new StatusPanel(this);
    layout->addWidget(m_balancesStatus);
    m_cards = new BalanceCards(this);
    layout->addWidget(m_cards);
    layout->addSpacing(6);
    // History and charts share the page's height; the charts load when their tab is first shown.
    auto *tabs = new QTabWidget(this);
    tabs->setDocumentMode(true);
    tabs->addTab(buildHistory(), QString());
    tabs->addTab(new BalanceChartsPanel(m_api, m_project.id, tabs), QString());
    m_texts.add([tabs] {
        tabs->setTabText(0, tr("&History"));
        tabs->setTabText(1, tr("C&harts"));
    });
    layout->addWidget(tabs, 1);

    connect(m_balancesStatus, &StatusPanel::retryRequested, this, &BalancePage::loadBalances);
    m_refreshTimer.setInterval(RefreshInterval);
    connect(&m_refreshTimer, &QTimer::timeout, this, &BalancePage::loadBalances);
    m_refreshTimer.start();

    loadBalances(); // the first answer "moved" the figures: the forecast follows it
    loadAlerts();
    m_model->setProject(m_project.id);
}

BalancePage::~BalancePage() = default;

QWidget *BalancePage::buildHeader()
{
    auto *header = new QWidget(this);
    auto *row = new QHBoxLayout(header);
    row->setContentsMargins(0, 0, 0, 0);
    auto *titles = new QVBoxLayout;
    auto *title = new QLabel(header);
    Theme::makeTitle(title);
    m_updated = new QLabel(header);
    Theme::makeSecondary(m_updated);
    titles->addWidget(title);
    titles->addWidget(m_updated);
    row->addLayout(titles, 1);

    m_refreshButton = new QPushButton(Icons::icon(QStringLiteral("refresh"), palette()), QString(), header);
    auto *credit = new QPushButton(Icons::icon(QStringLiteral("credit"), palette()), QString(), header);
    m_whoPaysButton = new QPushButton(Icons::icon(QStringLiteral("search"), palette()), QString(), header);
    m_autoTopUpButton = new QPushButton(Icons::icon(QStringLiteral("wallet"), palette()), QString(), header);
    auto *topUp = new QPushButton(Icons::icon(QStringLiteral("plus"), palette().color(QPalette::HighlightedText)),
                                  QString(), header);
    m_texts.add([this, title, credit, topUp] {
        title->setText(tr("Balance"));
        m_refreshButton->setText(tr("&Refresh"));
        m_refreshButton->setToolTip(tr("Load the balances and the history again (also done every minute)"));
        credit->setText(tr("Request &credit…"));
        m_whoPaysButton->setText(tr("&Who will pay this?"));
        m_whoPaysButton->setToolTip(tr("See which balances would pay for a service, before it is charged"));
        m_autoTopUpButton->setText(tr("&Auto top-up…"));
        m_autoTopUpButton->setToolTip(tr("Top up from a saved card when the balance runs low; low-balance alert"));
        topUp->setText(tr("&Top up…"));
    });
    topUp->setDefault(true);
    topUp->setObjectName(QStringLiteral("primaryButton"));
    for (QPushButton *button : {m_refreshButton, m_whoPaysButton, m_autoTopUpButton, static_cast<QPushButton *>(credit), topUp}) {
        button->setMinimumHeight(32);
        row->addWidget(button, 0, Qt::AlignBottom);
    }
    connect(m_refreshButton, &QPushButton::clicked, this, &BalancePage::refresh);
    m_topUpButton = topUp;
    m_creditButton = credit;
    connect(topUp, &QPushButton::clicked, this, &BalancePage::openTopUpDialog);
    connect(credit, &QPushButton::clicked, this, &BalancePage::openCreditDialog);
    connect(m_whoPaysButton, &QPushButton::clicked, this, &BalancePage::openWhoPaysDialog);
    connect(m_autoTopUpButton, &QPushButton::clicked, this, &BalancePage::openAutoTopUpDialog);
    return header;
}

QWidget *BalancePage::buildHistory()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);

    m_period = new QComboBox(box);
    m_from = new QDateEdit(QDate::currentDate().addMonths(-1), box);
    m_to = new QDateEdit(QDate::currentDate(), box);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->hide();
    }
    m_balance = new QComboBox(box);
    m_kind = new QComboBox(box);
    m_search = new QLineEdit(box);
    m_texts.add([this] {
        m_period->setAccessibleName(tr("Period"));
        TranslatedTexts::setItems(m_period, {{tr("All time"), int(Period::All)},
                                             {tr("Today"), int(Period::Today)},
                                             {tr("Last 7 days"), int(Period::Last7Days)},
                                             {tr("Last 30 days"), int(Period::Last30Days)},
                                             {tr("This month"), int(Period::ThisMonth)},
                                             {tr("Previous month"), int(Period::PreviousMonth)},
                                             {tr("This year"), int(Period::ThisYear)},
                                             {tr("Custom period…"), int(Period::Custom)}});
        m_from->setAccessibleName(tr("From date"));
        m_to->setAccessibleName(tr("To date"));
        m_balance->setAccessibleName(tr("Balance"));
        QList<std::pair<QString, QVariant>> balances{{tr("All balances"), QString()}};
        for (const QString &name : Labels::balanceNames())
            balances.append({Labels::balanceName(name), name});
        TranslatedTexts::setItems(m_balance, balances);
        m_kind->setAccessibleName(tr("Operation"));
        QList<std::pair<QString, QVariant>> kinds{{tr("All operations"), QString()}};
        for (const QString &kind : Labels::transactionKinds())
            kinds.append({Labels::transactionKind(kind), kind});
        TranslatedTexts::setItems(m_kind, kinds);
        m_search->setPlaceholderText(tr("Search loaded entries"));
        m_search->setAccessibleName(tr("Search the history"));
    });
    m_search->setClearButtonEnabled(true);
    m_search->addAction(Icons::icon(QStringLiteral("search"), palette()), QLineEdit::LeadingPosition);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_period);
    filters->addWidget(m_from);
    filters->addWidget(m_to);
    filters->addWidget(m_balance);
    filters->addWidget(m_kind);
    filters->addStretch(1);
    filters->addWidget(m_search, 1);
    layout->addLayout(filters);

    m_model = new TransactionsModel(m_api, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    m_table = new QTableView(box);
    m_table->setModel(m_proxy);
    m_texts.add([this] { m_table->setAccessibleName(tr("Balance history")); });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setSortingEnabled(false); // the server's order (newest first) is the order
    // Fixed, uniform rows: the view never measures rows, so a huge history stays instant.
    QHeaderView *rows = m_table->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 14);
    rows->hide();
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setStretchLastSection(true);
    columns->setHighlightSections(false);
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_table->setColumnWidth(TransactionsModel::DateColumn, digit * 17);
    m_table->setColumnWidth(TransactionsModel::OperationColumn, digit * 16);
    m_table->setColumnWidth(TransactionsModel::CategoryColumn, digit * 29);
    m_table->setColumnWidth(TransactionsModel::BalanceColumn, digit * 10);
    m_table->setColumnWidth(TransactionsModel::AmountColumn, digit * 16);
    m_table->setColumnWidth(TransactionsModel::BalanceAfterColumn, digit * 16);
    layout->addWidget(m_table, 1);

    m_historyStatus = new StatusPanel(box);
    layout->addWidget(m_historyStatus);
    updateAmountColors();

    connect(m_period, &QComboBox::currentIndexChanged, this, &BalancePage::applyFilters);
    connect(m_from, &QDateEdit::dateChanged, this, &BalancePage::applyFilters);
    connect(m_to, &QDateEdit::dateChanged, this, &BalancePage::applyFilters);
    connect(m_balance, &QComboBox::currentIndexChanged, this, &BalancePage::applyFilters);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &BalancePage::applyFilters);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateHistoryStatus();
    });
    connect(m_model, &TransactionsModel::loadingChanged, this, &BalancePage::updateHistoryStatus);
    connect(m_model, &TransactionsModel::loadFailed, this, &BalancePage::updateHistoryStatus);
    connect(m_model, &TransactionsModel::pageLoaded, this, [this] {
        m_historyLoadedOnce = true;
        updateHistoryStatus();
        checkReady();
    });
    connect(m_historyStatus, &StatusPanel::retryRequested, m_model, &TransactionsModel::retry);

    setTabOrder(m_period, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_balance);
    setTabOrder(m_balance, m_kind);
    setTabOrder(m_kind, m_search);
    setTabOrder(m_search, m_table);
    return box;
}

void BalancePage::refresh()
{
    // The user asked for everything again: the forecast too (its basis period moves by the day).
    loadBalances();
    loadForecast();
    loadAlerts();
    reloadHistory();
}

void BalancePage::applyEventEffects(EventEffects effects)
{
    if (effects.testFlag(EventEffect::Balances))
        loadBalances();
    if (effects.testFlag(EventEffect::History))
        reloadHistory();
}

void BalancePage::reloadHistory()
{
    m_model->reload();
    if (auto *charts = findChild<BalanceChartsPanel *>(); charts && charts->isVisible())
        charts->reload();
}

void BalancePage::loadBalances()
{
    if (m_balancesJob)
        return;
    m_refreshTimer.start(); // the next automatic refresh counts from now
    if (!m_balances)
        m_balancesStatus->showLoading(tr("Loading balances…"));
    m_refreshButton->setEnabled(false);
    m_balancesJob = m_api->balances(m_project.id);
    connect(m_balancesJob, &BalancesJob::finished, this, [this](const ApiResult<Balances> &result) {
        m_refreshButton->setEnabled(true);
        if (!result.ok() && showCachedBalances())
            return;
        if (!result.ok()) {
            // Keep the last figures on screen, and say that they may be out of date.
            m_balancesStatus->showError(m_balances ? tr("Could not refresh the balances: %1").arg(result.error.message)
                                                   : result.error.message);
            return;
        }
        // Money moved (a charge, a top-up, an event, or the first figures): the forecast depends
        // on it; an unchanged tick reads nothing more (R29).
        const bool moved = !m_balances || m_updatedFromCache || !(*m_balances == *result.value);
        m_balances = result.value;
        m_cards->setBalances(*m_balances);
        if (moved)
            loadForecast();
        emit currencyKnown(m_balances->currency);
        m_balancesStatus->clear();
        m_updatedAt = QDateTime::currentDateTime();
        m_updatedFromCache = false;
        showUpdatedAt();
        checkReady();
    });
}

// R29 and R31 on the main card. A failure leaves the card as it was: the balances say what matters.
void BalancePage::loadForecast()
{
    if (m_forecastJob)
        return;
    m_forecastJob = m_api->forecast(m_project.id);
    connect(m_forecastJob, &ForecastJob::finished, this, [this](const ApiResult<Forecast> &result) {
        if (result.ok())
            m_cards->setForecast(result.value);
    });
}

void BalancePage::loadAlerts()
{
    if (m_alertsJob)
        return;
    m_alertsJob = m_api->alerts(m_project.id);
    connect(m_alertsJob, &AlertsJob::finished, this, [this](const ApiResult<AlertSettings> &result) {
        if (result.ok())
            m_cards->setLowBalanceThreshold(result.value->lowBalanceThreshold);
    });
}

void BalancePage::applyFilters()
{
    const auto period = static_cast<Period>(m_period->currentData().toInt());
    const QDate today = QDate::currentDate();
    const QDate monthStart(today.year(), today.month(), 1);
    TransactionFilter filter;
    switch (period) {
    case Period::All:
        break;
    case Period::Today:
        filter.from = today;
        break;
    case Period::Last7Days:
        filter.from = today.addDays(-6);
        break;
    case Period::Last30Days:
        filter.from = today.addDays(-29);
        break;
    case Period::ThisMonth:
        filter.from = monthStart;
        break;
    case Period::PreviousMonth:
        filter.from = monthStart.addMonths(-1);
        filter.to = monthStart.addDays(-1);
        break;
    case Period::ThisYear:
        filter.from = QDate(today.year(), 1, 1);
        break;
    case Period::Custom:
        filter.from = qMin(m_from->date(), m_to->date());
        filter.to = qMax(m_from->date(), m_to->date());
        break;
    }
    m_from->setVisible(period == Period::Custom);
    m_to->setVisible(period == Period::Custom);
    filter.balance = m_balance->currentData().toString();
    filter.kind = m_kind->currentData().toString();
    m_model->setFilter(filter);
}

void BalancePage::updateHistoryStatus()
{
    if (!m_model->errorString().isEmpty()) {
        m_historyStatus->showError(m_model->errorString());
        return;
    }
    if (m_model->isLoading()) {
        m_historyStatus->showLoading(m_model->rowCount() == 0 ? tr("Loading the history…")
                                                              : tr("Loading more entries…"));
        return;
    }
    const int loaded = m_model->rowCount();
    if (m_model->isShowingSavedHistory()) {
        m_historyStatus->showInfo(m_model->hasMore()
                                      ? tr("Offline: %n saved entries loaded; scroll down to load more.", nullptr, loaded)
                                      : tr("Offline: %n entries saved on this computer.", nullptr, loaded));
        return;
    }
    if (loaded == 0 && m_historyLoadedOnce) {
        m_historyStatus->showInfo(tr("No operations for the selected filters."));
        return;
    }
    if (!m_search->text().trimmed().isEmpty()) {
        m_historyStatus->showInfo(tr("%n matching entries among the %1 loaded; scroll down to load more.", nullptr,
                                     m_proxy->rowCount())
                                      .arg(loaded));
        return;
    }
    m_historyStatus->showInfo(m_model->hasMore() ? tr("%n entries loaded; scroll down to load more.", nullptr, loaded)
                                                 : tr("%n entries.", nullptr, loaded));
}

void BalancePage::updateAmountColors()
{
    m_model->setAmountColors(Theme::negative(palette()), Theme::positive(palette()));
}

void BalancePage::showUpdatedAt()
{
    if (!m_updatedAt.isValid())
        return;
    m_updated->setText(m_updatedFromCache
                           ? tr("%1 · saved figures from %2").arg(m_project.name, QLocale().toString(m_updatedAt, QLocale::ShortFormat))
                           : tr("%1 · updated at %2").arg(m_project.name, QLocale().toString(m_updatedAt.time(), QLocale::ShortFormat)));
}

void BalancePage::retranslate()
{
    // Filters, selection and scroll position stay: only words and number formats change.
    m_model->retranslate();
    showUpdatedAt();
    updateHistoryStatus();
    updateOfflineState();
}

void BalancePage::changeEvent(QEvent *event)
{
    Page::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_model)
        updateAmountColors();
}

void BalancePage::checkReady()
{
    if (m_balances && m_historyLoadedOnce)
        setContentReady();
}

void BalancePage::openTopUpDialog()
{
    auto *dialog = new TopUpDialog(m_api, m_project, m_user, m_balances ? m_balances->currency : QStringLiteral("UAH"),
                                   this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setEventFeed(m_feed);
    connect(dialog, &TopUpDialog::balanceMayHaveChanged, this, &BalancePage::refresh);
    dialog->open();
}

void BalancePage::openCreditDialog()
{
    auto *dialog = new CreditRequestDialog(m_api, m_project, m_balances ? m_balances->currency : QStringLiteral("UAH"),
                                           this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void BalancePage::openWhoPaysDialog()
{
    auto *dialog = new WhoPaysDialog(m_api, m_project, m_balances ? m_balances->currency : QStringLiteral("UAH"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void BalancePage::openAutoTopUpDialog()
{
    auto *dialog = new AutoTopUpDialog(m_api, m_project, m_balances ? m_balances->currency : QStringLiteral("UAH"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Saved settings move no money: only the alert threshold is read again.
    connect(dialog, &AutoTopUpDialog::settingsChanged, this, &BalancePage::loadAlerts);
    dialog->open();
}

void BalancePage::setEventFeed(EventFeed *feed)
{
    m_feed = feed;
}

void BalancePage::setOfflineController(OfflineController *offline)
{
    m_offline = offline;
    // History pages are kept in the cache, and offline the table pages through the saved rows.
    m_savedHistory = std::make_unique<OfflineHistory>(offline);
    m_model->setSavedHistory(m_savedHistory.get());
    if (offline->monitor()->isOffline())
        m_model->reload();
    connect(offline->monitor(), &ConnectivityMonitor::offlineChanged, this, [this](bool offlineNow) {
        updateOfflineState();
        if (!offlineNow)
            refresh(); // catch up with what happened meanwhile
    });
    updateOfflineState();
}

void BalancePage::updateOfflineState()
{
    // R25: offline the figures are the saved ones, read-only; nothing that moves money.
    const bool offline = m_offline && m_offline->monitor()->isOffline();
    m_topUpButton->setEnabled(!offline);
    m_creditButton->setEnabled(!offline);
    m_whoPaysButton->setEnabled(!offline);
    m_autoTopUpButton->setEnabled(!offline);
    const QString why = tr("Not available offline: the server cannot be reached.");
    m_topUpButton->setToolTip(offline ? why : QString());
    m_creditButton->setToolTip(offline ? why : QString());
    if (offline)
        showCachedBalances();
}

bool BalancePage::showCachedBalances()
{
    if (!m_offline || !m_offline->monitor()->isOffline() || !m_offline->cache())
        return false;
    const auto cached = m_offline->cache()->balances();
    if (!cached)
        return false;
    if (!m_balances) // figures already on screen are at least as new as the saved ones
        m_cards->setBalances(cached->balances);
    m_balancesStatus->clear();
    m_updatedAt = cached->fetchedAt.toLocalTime();
    m_updatedFromCache = true;
    showUpdatedAt();
    if (!m_balances)
        m_balances = cached->balances;
    emit currencyKnown(m_balances->currency);
    checkReady();
    return true;
}
