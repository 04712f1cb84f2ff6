// SPDX-License-Identifier: GPL-3.0-or-later
#include "PaymentsPage.h"

#include "ApiClient.h"
#include "ConnectivityMonitor.h"
#include "ErrorText.h"
#include "Icons.h"
#include "InvoiceDocument.h"
#include "InvoiceSaving.h"
#include "Labels.h"
#include "Money.h"
#include "OfflineController.h"
#include "PendingItemsModels.h"
#include "StatusPanel.h"
#include "Theme.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

PaymentsPage::PaymentsPage(ApiClient *api, ProjectMembership project, UserInfo user, QWidget *parent)
    : Page(parent)
    , m_api(api)
    , m_project(std::move(project))
    , m_user(std::move(user))
    , m_topUps(new TopUpsModel(api, this))
    , m_requests(new CreditRequestsModel(api, this))
{
    m_texts.add([this] { setAccessibleName(tr("Finance, Top-ups and requests")); });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 22, 28, 16);
    layout->setSpacing(12);
    auto *header = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    auto *title = new QLabel(this);
    Theme::makeTitle(title);
    auto *subtitle = new QLabel(this);
    Theme::makeSecondary(subtitle);
    subtitle->setWordWrap(true);
    titles->addWidget(title);
    titles->addWidget(subtitle);
    header->addLayout(titles, 1);
    auto *refresh = new QPushButton(Icons::icon(QStringLiteral("refresh"), palette()), QString(), this);
    header->addWidget(refresh, 0, Qt::AlignBottom);
    layout->addLayout(header);
    m_texts.add([=] {
        title->setText(tr("Top-ups & requests"));
        subtitle->setText(tr("Your invoices, card and automatic payments and your credit requests, with what "
                             "became of them. A pending invoice or credit request can be cancelled."));
        refresh->setText(tr("&Refresh"));
    });

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildTopUps(), QString());
    m_tabs->addTab(buildRequests(), QString());
    m_texts.add([this] {
        m_tabs->setTabText(0, tr("Top-&ups"));
        m_tabs->setTabText(1, tr("Credit re&quests"));
    });
    layout->addWidget(m_tabs, 1);

    connect(refresh, &QPushButton::clicked, this, &PaymentsPage::refresh);
    connect(m_tabs, &QTabWidget::currentChanged, this, &PaymentsPage::updateButtons);
    for (PagedTableModel *model : {static_cast<PagedTableModel *>(m_topUps), static_cast<PagedTableModel *>(m_requests)}) {
        connect(model, &PagedTableModel::loadingChanged, this, &PaymentsPage::updateStatus);
        connect(model, &PagedTableModel::loadFailed, this, &PaymentsPage::updateStatus);
        connect(model, &QAbstractItemModel::dataChanged, this, &PaymentsPage::updateButtons);
        connect(model, &QAbstractItemModel::modelReset, this, &PaymentsPage::updateButtons);
    }
    connect(m_topUps, &PagedTableModel::pageLoaded, this, [this] {
        m_topUpsLoaded = true;
        if (m_topUps->rowCount() > 0 && !m_topUps->itemAt(0).currency.isEmpty())
            emit currencyKnown(m_topUps->itemAt(0).currency);
        updateStatus();
        checkReady();
    });
    connect(m_requests, &PagedTableModel::pageLoaded, this, [this] {
        m_requestsLoaded = true;
        updateStatus();
        checkReady();
    });
    connect(m_topUpsStatus, &StatusPanel::retryRequested, m_topUps, &PagedTableModel::retry);
    connect(m_requestsStatus, &StatusPanel::retryRequested, m_requests, &PagedTableModel::retry);
    m_topUps->setProject(m_project.id);
    m_requests->setProject(m_project.id);
    updateButtons();
}

QTableView *PaymentsPage::makeView(QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->setSortingEnabled(false); // the server's order (newest first)
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 14);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return view;
}

QWidget *PaymentsPage::buildTopUps()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 8, 0, 0);
    m_topUpsView = makeView(box);
    m_topUpsView->setModel(m_topUps);
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_topUpsView->setColumnWidth(TopUpsModel::DateColumn, digit * 18);
    m_topUpsView->setColumnWidth(TopUpsModel::MethodColumn, digit * 16);
    m_topUpsView->setColumnWidth(TopUpsModel::NumberColumn, digit * 18);
    m_topUpsView->setColumnWidth(TopUpsModel::AmountColumn, digit * 16);
    layout->addWidget(m_topUpsView, 1);
    m_topUpsStatus = new StatusPanel(box);
    layout->addWidget(m_topUpsStatus);
    auto *buttons = new QHBoxLayout;
    m_saveInvoice = new QPushButton(Icons::icon(QStringLiteral("download"), palette()), QString(), box);
    m_cancelTopUp = new QPushButton(box);
    buttons->addWidget(m_saveInvoice);
    buttons->addStretch(1);
    buttons->addWidget(m_cancelTopUp);
    layout->addLayout(buttons);
    m_texts.add([this] {
        m_topUpsView->setAccessibleName(tr("Top-ups"));
        m_saveInvoice->setText(tr("&Save invoice as PDF…"));
        m_cancelTopUp->setText(tr("Cancel &invoice…"));
        m_cancelTopUp->setToolTip(tr("Cancel a pending invoice you no longer mean to pay"));
    });
    connect(m_topUpsView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PaymentsPage::updateButtons);
    connect(m_saveInvoice, &QPushButton::clicked, this, &PaymentsPage::saveSelectedInvoice);
    connect(m_cancelTopUp, &QPushButton::clicked, this, &PaymentsPage::askToCancelSelected);
    return box;
}

QWidget *PaymentsPage::buildRequests()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 8, 0, 0);
    m_requestsView = makeView(box);
    m_requestsView->setModel(m_requests);
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_requestsView->setColumnWidth(CreditRequestsModel::DateColumn, digit * 18);
    m_requestsView->setColumnWidth(CreditRequestsModel::AmountColumn, digit * 16);
    m_requestsView->setColumnWidth(CreditRequestsModel::TermColumn, digit * 10);
    m_requestsView->setColumnWidth(CreditRequestsModel::StatusColumn, digit * 22);
    layout->addWidget(m_requestsView, 1);
    m_requestsStatus = new StatusPanel(box);
    layout->addWidget(m_requestsStatus);
    auto *buttons = new QHBoxLayout;
    m_cancelRequest = new QPushButton(box);
    buttons->addStretch(1);
    buttons->addWidget(m_cancelRequest);
    layout->addLayout(buttons);
    m_texts.add([this] {
        m_requestsView->setAccessibleName(tr("Credit requests"));
        m_cancelRequest->setText(tr("Cancel re&quest…"));
        m_cancelRequest->setToolTip(tr("Withdraw a credit request staff have not decided yet"));
    });
    connect(m_requestsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PaymentsPage::updateButtons);
    connect(m_cancelRequest, &QPushButton::clicked, this, &PaymentsPage::askToCancelSelected);
    return box;
}

void PaymentsPage::refresh()
{
    m_topUps->reload();
    m_requests->reload();
}

void PaymentsPage::applyEventEffects(EventEffects effects)
{
    // Credit requests are decided by staff, which no event reports: only the top-ups are read again.
    if (effects.testFlag(EventEffect::TopUps))
        m_topUps->reload();
}

void PaymentsPage::setOfflineController(OfflineController *offline)
{
    m_offline = offline;
    connect(offline->monitor(), &ConnectivityMonitor::offlineChanged, this, [this](bool offlineNow) {
        updateButtons();
        if (!offlineNow)
            refresh();
    });
    updateButtons();
}

void PaymentsPage::updateButtons()
{
    const bool offline = m_offline && m_offline->monitor()->isOffline();
    const QModelIndex topUp = m_topUpsView->selectionModel()->currentIndex();
    const bool topUpSelected = topUp.isValid() && m_topUpsView->selectionModel()->isRowSelected(topUp.row(), {});
    const TopUp *selectedTopUp = topUpSelected ? &m_topUps->itemAt(topUp.row()) : nullptr;
    m_saveInvoice->setEnabled(selectedTopUp && selectedTopUp->method == QLatin1String("invoice")
                              && !selectedTopUp->invoiceNumber.isEmpty());
    const bool owner = m_project.role == Role::Owner;
    m_cancelTopUp->setEnabled(!offline && !m_busy && selectedTopUp
                              && TopUpsModel::isCancellable(*selectedTopUp, m_user.id, owner));

    const QModelIndex request = m_requestsView->selectionModel()->currentIndex();
    const bool requestSelected = request.isValid() && m_requestsView->selectionModel()->isRowSelected(request.row(), {});
    m_cancelRequest->setEnabled(!offline && !m_busy && requestSelected
                                && CreditRequestsModel::isCancellable(m_requests->itemAt(request.row()), m_user.id, owner));
}

void PaymentsPage::updateStatus()
{
    const auto show = [this](PagedTableModel *model, StatusPanel *status, bool loaded, const QString &empty,
                             const QString &notice) {
        if (!model->errorString().isEmpty())
            status->showError(model->errorString());
        else if (model->isLoading() && model->rowCount() == 0)
            status->showLoading(tr("Loading…"));
        else if (!notice.isEmpty())
            status->showError(notice); // the server's refusal outlives the reload it caused
        else if (loaded && model->rowCount() == 0)
            status->showInfo(empty);
        else
            status->clear();
    };
    show(m_topUps, m_topUpsStatus, m_topUpsLoaded, tr("No top-ups yet."), m_topUpsNotice);
    show(m_requests, m_requestsStatus, m_requestsLoaded, tr("No credit requests yet."), m_requestsNotice);
}

void PaymentsPage::checkReady()
{
    if (m_topUpsLoaded && m_requestsLoaded)
        setContentReady();
}

void PaymentsPage::retranslate()
{
    m_topUps->retranslate();
    m_requests->retranslate();
    updateStatus();
}

QString PaymentsPage::currencyOf(const QString &answered)
{
    // Every item of the lists names its currency; an older server's item falls back like the rest
    // of the client does before the balances are known.
    return answered.isEmpty() ? QStringLiteral("UAH") : answered;
}

bool PaymentsPage::saveInvoiceTo(int row, const QString &filePath, QString *error)
{
    if (row < 0 || row >= m_topUps->rowCount())
        return false;
    const TopUp &topUp = m_topUps->itemAt(row);
    if (topUp.method != QLatin1String("invoice") || topUp.invoiceNumber.isEmpty())
        return false;
    return writeInvoicePdf(filePath, invoiceForTopUp(topUp, m_project.name, m_user.email, currencyOf({})), error);
}

void PaymentsPage::saveSelectedInvoice()
{
    const QModelIndex current = m_topUpsView->selectionModel()->currentIndex();
    if (!current.isValid())
        return;
    const TopUp &topUp = m_topUps->itemAt(current.row());
    if (topUp.method != QLatin1String("invoice") || topUp.invoiceNumber.isEmpty())
        return;
    const InvoiceSaving::Result saved =
        InvoiceSaving::askAndSave(this, invoiceForTopUp(topUp, m_project.name, m_user.email, currencyOf({})));
    if (saved.outcome == InvoiceSaving::Outcome::Saved)
        m_topUpsStatus->showInfo(saved.message);
    else if (saved.outcome == InvoiceSaving::Outcome::Failed)
        m_topUpsStatus->showError(saved.message);
}

void PaymentsPage::askToCancelSelected()
{
    const bool requests = m_tabs->currentIndex() == 1;
    QTableView *view = requests ? m_requestsView : m_topUpsView;
    const QModelIndex current = view->selectionModel()->currentIndex();
    if (!current.isValid() || m_busy)
        return;
    const QLocale locale;
    QString question;
    QString id;
    if (requests) {
        const CreditRequestItem &item = m_requests->itemAt(current.row());
        id = item.id;
        question = tr("Cancel the credit request for %1? Staff will not consider it any more.")
                       .arg(Money::format(item.amount, currencyOf(item.currency), locale));
    } else {
        const TopUp &topUp = m_topUps->itemAt(current.row());
        id = topUp.id;
        question = tr("Cancel invoice No. %1 for %2? Do not pay it after cancelling.")
                       .arg(topUp.invoiceNumber, Money::format(topUp.amount, currencyOf(topUp.currency), locale));
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Cancel"), question, QMessageBox::Yes | QMessageBox::No, this);
    box->button(QMessageBox::Yes)->setText(requests ? tr("Cancel request") : tr("Cancel invoice"));
    box->button(QMessageBox::No)->setText(tr("Keep it"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    // The id, not the row: a refresh while the box is open (a feed event, back online) reorders
    // the rows, and the row number would then name another invoice or request.
    connect(box, &QMessageBox::finished, this, [this, requests, id](int result) {
        if (result != QMessageBox::Yes)
            return;
        if (requests)
            cancelRequest(id);
        else
            cancelTopUp(id);
    });
    m_confirm = box;
    box->open();
}

void PaymentsPage::cancelTopUp(const QString &id)
{
    if (m_busy)
        return;
    m_topUpsNotice.clear();
    // Resolved now, at confirm time: the list may have been reloaded since the question was asked.
    const int row = m_topUps->rowOf(id);
    if (row < 0 || m_topUps->itemAt(row).status != QLatin1String("pending")) {
        m_topUpsStatus->showInfo(row < 0 ? tr("This invoice is no longer in the list; nothing was cancelled.")
                                         : tr("Invoice No. %1 is no longer pending; nothing was cancelled.")
                                               .arg(m_topUps->itemAt(row).invoiceNumber));
        updateButtons();
        emit cancelFinished(false, m_topUpsStatus->text());
        return;
    }
    m_busy = true;
    updateButtons();
    m_topUpsStatus->showLoading(tr("Cancelling…"));
    auto *job = m_api->cancelTopUp(m_project.id, id);
    const QString number = m_topUps->itemAt(row).invoiceNumber;
    connect(job, &CancelTopUpJob::finished, this, [this, number](const ApiResult<TopUp> &result) {
        m_busy = false;
        if (!result.ok() && result.error.httpStatus == 409) {
            // The server will not cancel it (paid meanwhile; a card or automatic payment is the
            // provider's to settle): its own words, and the list as it is now.
            const QString why = result.error.detail.isEmpty() ? result.error.message : result.error.detail;
            // Kept while the list is read again (updateStatus shows it once the rows are back).
            m_topUpsNotice = number.isEmpty() ? tr("This top-up can no longer be cancelled: %1").arg(why)
                                              : tr("Invoice No. %1 can no longer be cancelled: %2").arg(number, why);
            m_topUpsStatus->showError(m_topUpsNotice);
            m_topUps->reload();
            updateButtons();
            emit cancelFinished(false, m_topUpsNotice);
            return;
        }
        if (!result.ok()) {
            m_topUpsStatus->showError(messageWithDetail(result.error));
            updateButtons();
            emit cancelFinished(false, m_topUpsStatus->text());
            return;
        }
        m_topUps->replaceItem(*result.value);
        m_topUpsStatus->showInfo(tr("Invoice No. %1 was cancelled.").arg(result.value->invoiceNumber));
        updateButtons();
        emit cancelFinished(true, m_topUpsStatus->text());
    });
}

void PaymentsPage::cancelRequest(const QString &id)
{
    if (m_busy)
        return;
    m_requestsNotice.clear();
    const int row = m_requests->rowOf(id);
    if (row < 0 || m_requests->itemAt(row).status != QLatin1String("pending")) {
        m_requestsStatus->showInfo(row < 0 ? tr("This credit request is no longer in the list; nothing was cancelled.")
                                           : tr("This credit request is no longer pending; nothing was cancelled."));
        updateButtons();
        emit cancelFinished(false, m_requestsStatus->text());
        return;
    }
    m_busy = true;
    updateButtons();
    m_requestsStatus->showLoading(tr("Cancelling…"));
    auto *job = m_api->cancelCreditRequest(m_project.id, id);
    connect(job, &CancelCreditRequestJob::finished, this, [this](const ApiResult<CreditRequestItem> &result) {
        m_busy = false;
        if (!result.ok() && result.error.httpStatus == 409) {
            // Staff decided it meanwhile: the server's words, and the list as it is now.
            const QString why = result.error.detail.isEmpty() ? result.error.message : result.error.detail;
            m_requestsNotice = tr("This credit request can no longer be cancelled: %1").arg(why);
            m_requestsStatus->showError(m_requestsNotice);
            m_requests->reload();
            updateButtons();
            emit cancelFinished(false, m_requestsNotice);
            return;
        }
        if (!result.ok()) {
            m_requestsStatus->showError(messageWithDetail(result.error));
            updateButtons();
            emit cancelFinished(false, m_requestsStatus->text());
            return;
        }
        m_requests->replaceItem(*result.value);
        m_requestsStatus->showInfo(tr("The credit request was cancelled."));
        updateButtons();
        emit cancelFinished(true, m_requestsStatus->text());
    });
}
