// SPDX-License-Identifier: GPL-3.0-or-later
#include "TopUpDialog.h"

#include "ApiClient.h"
#include "EventFeed.h"
#include "Icons.h"
#include "InvoiceDocument.h"
#include "InvoiceSaving.h"
#include "Labels.h"
#include "Money.h"
#include "MoneyEdit.h"
#include "PaymentPage.h"
#include "Spinner.h"
#include "StatusPanel.h"
#include "Theme.h"
#include "TopUpTracker.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QVBoxLayout>

TopUpDialog::TopUpDialog(ApiClient *api, ProjectMembership project, UserInfo user, QString currency, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_project(std::move(project))
    , m_user(std::move(user))
    , m_currency(std::move(currency))
    , m_stack(new QStackedWidget(this))
{
    setWindowTitle(tr("Top up the main balance"));
    setMinimumWidth(460);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);
    m_stack->addWidget(buildForm());
    m_stack->addWidget(buildResult());
}

QWidget *TopUpDialog::buildForm()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *intro = new QLabel(tr("Funds are credited to the main balance of %1. Used credit is repaid first.")
                                 .arg(m_project.name),
                             page);
    Theme::makeSecondary(intro);
    layout->addWidget(intro);

    m_amount = new MoneyEdit(page);
    m_amount->setCurrency(m_currency);
    m_amount->setAccessibleName(tr("Amount"));
    auto *currency = new QLabel(Money::currencySymbol(m_currency), page);
    auto *amountRow = new QHBoxLayout;
    amountRow->addWidget(m_amount, 1);
    amountRow->addWidget(currency);
    m_amountError = new QLabel(page);
    Theme::makeError(m_amountError);
    m_amountError->hide();

    m_card = new QRadioButton(tr("Bank card (credited as soon as the payment is confirmed)"), page);
    m_invoice = new QRadioButton(tr("Invoice: bank transfer from any Ukrainian bank (up to 3 business days)"), page);
    m_card->setChecked(true);
    m_saveCard = new QCheckBox(tr("&Save this card for auto top-up"), page);
    m_saveCard->setToolTip(tr("The payment provider keeps the card; the cabinet keeps only its masked number."));

    auto *form = new QFormLayout;
    auto *amountLabel = new QLabel(tr("&Amount"), page);
    amountLabel->setBuddy(m_amount);
    form->addRow(amountLabel, amountRow);
    form->addRow(QString(), m_amountError);
    auto *methods = new QVBoxLayout;
    methods->addWidget(m_card);
    auto *saveCardRow = new QHBoxLayout;
    saveCardRow->addSpacing(24);
    saveCardRow->addWidget(m_saveCard, 1);
    methods->addLayout(saveCardRow);
    methods->addWidget(m_invoice);
    form->addRow(tr("Method"), methods);
    layout->addLayout(form);

    m_status = new StatusPanel(page);
    layout->addWidget(m_status);
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, page);
    m_submit = buttons->addButton(tr("&Continue"), QDialogButtonBox::AcceptRole);
    m_submit->setDefault(true);
    m_submit->setEnabled(false);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_submit, &QPushButton::clicked, this, &TopUpDialog::submit);
    connect(m_status, &StatusPanel::retryRequested, this, &TopUpDialog::submit);
    connect(m_amount, &QLineEdit::textChanged, this, &TopUpDialog::actionChanged);
    connect(m_card, &QRadioButton::toggled, this, &TopUpDialog::actionChanged);
    connect(m_card, &QRadioButton::toggled, m_saveCard, &QCheckBox::setEnabled);
    connect(m_saveCard, &QCheckBox::toggled, this, &TopUpDialog::actionChanged);
    return page;
}

QWidget *TopUpDialog::buildResult()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_resultTitle = new QLabel(page);
    Theme::makeHeading(m_resultTitle);
    m_resultText = new QLabel(page);
    m_resultText->setWordWrap(true);
    m_resultText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_resultSpinner = new Spinner(page);
    auto *textRow = new QHBoxLayout;
    textRow->addWidget(m_resultSpinner, 0, Qt::AlignTop);
    textRow->addWidget(m_resultText, 1);
    m_saveInvoice = new QPushButton(Icons::icon(QStringLiteral("download"), palette()), tr("&Save invoice as PDF…"), page);
    m_openPayment = new QPushButton(Icons::icon(QStringLiteral("external"), palette()), tr("&Open the payment page again"),
                                    page);
    m_saveStatus = new QLabel(page);
    Theme::makeSecondary(m_saveStatus);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, page);

    layout->addWidget(m_resultTitle);
    layout->addLayout(textRow);
    layout->addWidget(m_saveInvoice, 0, Qt::AlignLeft);
    layout->addWidget(m_openPayment, 0, Qt::AlignLeft);
    layout->addWidget(m_saveStatus);
    layout->addStretch(1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    connect(m_saveInvoice, &QPushButton::clicked, this, &TopUpDialog::saveInvoice);
    connect(m_openPayment, &QPushButton::clicked, this, [this] {
        if (m_topUp && PaymentPage::mayOpen(m_topUp->paymentUrl))
            QDesktopServices::openUrl(m_topUp->paymentUrl);
    });
    return page;
}

void TopUpDialog::actionChanged()
{
    // Another amount or method is another action: it gets a new idempotency key.
    m_idempotencyKey.clear();
    m_status->clear();
    const bool valid = m_amount->isValid();
    m_submit->setEnabled(valid && !m_job);
    m_amountError->setText(m_amount->text().trimmed().isEmpty() ? QString() : m_amount->validationMessage());
    m_amountError->setVisible(!valid && !m_amountError->text().isEmpty());
}

void TopUpDialog::submit()
{
    const std::optional<qint64> amount = m_amount->value();
    if (!amount || m_job)
        return;
    if (m_idempotencyKey.isEmpty())
        m_idempotencyKey = ApiClient::newIdempotencyKey();
    const QString method = m_card->isChecked() ? QStringLiteral("card") : QStringLiteral("invoice");
    m_submit->setEnabled(false);
    m_amount->setReadOnly(true);
    m_status->showLoading(tr("Creating the top-up…"));
    const bool saveCard = m_card->isChecked() && m_saveCard->isChecked();
    m_job = m_api->createTopUp(m_project.id, *amount, method, m_idempotencyKey, saveCard);
    connect(m_job, &CreateTopUpJob::finished, this, [this](const ApiResult<TopUp> &result) {
        m_amount->setReadOnly(false);
        m_submit->setEnabled(true);
        if (!result.ok()) {
            // The key is kept: Retry repeats the same action and the server applies it once.
            m_status->showError(result.error.detail.isEmpty()
                                    ? result.error.message
                                    : result.error.message + QLatin1Char('\n') + result.error.detail);
            return;
        }
        m_idempotencyKey.clear();
        showResult(*result.value);
    });
}

void TopUpDialog::showResult(const TopUp &topUp)
{
    m_topUp = topUp;
    m_stack->setCurrentIndex(1);
    const QString amount = Money::format(topUp.amount, m_currency, locale());
    const bool invoice = topUp.method == QLatin1String("invoice");
    m_saveInvoice->setVisible(invoice);
    m_openPayment->setVisible(!invoice && PaymentPage::mayOpen(topUp.paymentUrl));
    if (invoice) {
        m_resultTitle->setText(tr("Invoice No. %1").arg(topUp.invoiceNumber));
        m_resultText->setText(tr("Pay %1 by bank transfer from any Ukrainian bank with the payment purpose "
                                 "\"Telecommunication services, invoice No. %2\". The amount is credited to the "
                                 "main balance when the payment arrives, usually within 3 business days.")
                                  .arg(amount, topUp.invoiceNumber));
        m_resultSpinner->setRunning(false);
        m_saveInvoice->setFocus();
        return;
    }
    followCardPayment(topUp);
}

void TopUpDialog::followCardPayment(const TopUp &topUp)
{
    const QString amount = Money::format(topUp.amount, m_currency, locale());
    m_resultTitle->setText(tr("Card payment of %1").arg(amount));
    const bool trusted = PaymentPage::mayOpen(topUp.paymentUrl);
    const bool opened = trusted && QDesktopServices::openUrl(topUp.paymentUrl);
    if (opened)
        m_resultText->setText(tr("Complete the payment on the page that opened in your browser. Waiting for the payment…"));
    else if (trusted)
        m_resultText->setText(tr("Open the payment page and complete the payment: %1\nWaiting for the payment…")
                                  .arg(topUp.paymentUrl.toString()));
    else
        m_resultText->setText(tr("The server sent a payment page that is not on the payment provider's secure "
                                 "site, so it was not opened: %1\nDo not enter card details there unless you "
                                 "trust it. Waiting for the payment…")
                                  .arg(topUp.paymentUrl.toString()));
    m_resultSpinner->setRunning(true);
    m_tracker = new TopUpTracker(m_api, m_project.id, topUp.id, this);
    connect(m_tracker, &TopUpTracker::finished, this, [this, amount](const TopUp &done) {
        m_resultSpinner->setRunning(false);
        m_openPayment->hide();
        if (done.status == QLatin1String("paid")) {
            m_resultText->setText(tr("Paid: %1 was credited to the main balance.").arg(amount));
            // Learned from a healthy feed: its topup_paid already refreshes the pages (once).
            if (!m_tracker->feedReports())
                emit balanceMayHaveChanged();
        } else {
            m_resultText->setText(tr("The payment was not completed (%1). Nothing was charged.")
                                      .arg(Labels::topUpStatus(done.status)));
        }
    });
    connect(m_tracker, &TopUpTracker::pollFailed, this, [this](const QString &message) {
        m_saveStatus->setText(tr("Could not check the payment status: %1 Trying again…").arg(message));
    });
    connect(m_tracker, &TopUpTracker::statusChanged, this, [this] { m_saveStatus->clear(); });
    connect(m_tracker, &TopUpTracker::timedOut, this, [this] {
        m_resultSpinner->setRunning(false);
        m_resultText->setText(tr("The payment has not been confirmed yet. The balance updates by itself once it is."));
    });
    m_tracker->followFeed(m_feed);
    m_tracker->start();
}

void TopUpDialog::setEventFeed(EventFeed *feed)
{
    m_feed = feed;
}

bool TopUpDialog::event(QEvent *event)
{
    // Back from the payment page: a failed card payment is no event, so one look at the top-up
    // (the feed tells only a paid one; while it is down the tracker polls anyway).
    if (event->type() == QEvent::WindowActivate && m_tracker && m_tracker->isRunning() && m_tracker->feedReports())
        m_tracker->checkNow();
    return QDialog::event(event);
}

void TopUpDialog::saveInvoice()
{
    if (!m_topUp)
        return;
    const InvoiceSaving::Result saved =
        InvoiceSaving::askAndSave(this, invoiceForTopUp(*m_topUp, m_project.name, m_user.email, m_currency));
    if (saved.outcome != InvoiceSaving::Outcome::Cancelled)
        m_saveStatus->setText(saved.message);
}

QString TopUpDialog::resultText() const
{
    return m_resultTitle->text() + QLatin1Char('\n') + m_resultText->text();
}
