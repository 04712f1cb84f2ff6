// SPDX-License-Identifier: GPL-3.0-or-later
#include "WithdrawDialog.h"

#include "ApiClient.h"
#include "CardNumberEdit.h"
#include "Money.h"
#include "MoneyEdit.h"
#include "StatusPanel.h"
#include "Theme.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

WithdrawDialog::WithdrawDialog(ApiClient *api, ProjectMembership project, qint64 balance, QString currency,
                               QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_projectMembership(std::move(project))
    , m_balance(balance)
    , m_currency(std::move(currency))
    , m_stack(new QStackedWidget(this))
{
    setWindowTitle(tr("Withdraw referral earnings"));
    setMinimumWidth(500);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);
    m_stack->addWidget(buildForm());
    m_stack->addWidget(buildResult());
    m_lookupDelay.setSingleShot(true);
    m_lookupDelay.setInterval(400); // look the project up once the user pauses typing
    connect(&m_lookupDelay, &QTimer::timeout, this, &WithdrawDialog::lookUpTarget);
    updateState();
}

QWidget *WithdrawDialog::buildForm()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *intro = new QLabel(tr("Available on the referral balance: %1")
                                 .arg(Money::format(m_balance, m_currency, locale())),
                             page);
    Theme::makeSecondary(intro);
    layout->addWidget(intro);

    m_amount = new MoneyEdit(page);
    m_amount->setCurrency(m_currency);
    m_amount->setMaximum(m_balance); // never above the balance (R21)
    m_amount->setAccessibleName(tr("Amount"));
    m_wholeBalance = new QPushButton(tr("&All"), page);
    m_wholeBalance->setToolTip(tr("Withdraw the whole referral balance"));
    m_wholeBalance->setEnabled(m_balance > 0);
    auto *amountRow = new QHBoxLayout;
    amountRow->addWidget(m_amount, 1);
    amountRow->addWidget(new QLabel(Money::currencySymbol(m_currency), page));
    amountRow->addWidget(m_wholeBalance);
    m_amountError = new QLabel(page);
    Theme::makeError(m_amountError);
    m_amountError->hide();

    m_card = new QRadioButton(tr("To a bank &card (paid out after a check, usually within 3 business days)"), page);
    m_ownMain = new QRadioButton(tr("To the &main balance of %1").arg(m_projectMembership.name), page);
    m_project = new QRadioButton(tr("To &another project's main balance"), page);
    m_card->setChecked(true);

    m_cardEdit = new CardNumberEdit(page);
    m_cardEdit->setAccessibleName(tr("Card number"));
    m_cardMessage = new QLabel(page);
    Theme::makeError(m_cardMessage);
    m_cardRow = new QWidget(page);
    auto *cardLayout = new QFormLayout(m_cardRow);
    cardLayout->setContentsMargins(24, 0, 0, 0);
    auto *cardLabel = new QLabel(tr("Card &number"), m_cardRow);
    cardLabel->setBuddy(m_cardEdit);
    cardLayout->addRow(cardLabel, m_cardEdit);
    cardLayout->addRow(QString(), m_cardMessage);

    m_targetEdit = new QLineEdit(page);
    m_targetEdit->setAccessibleName(tr("Recipient's referral code"));
    m_targetEdit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z0-9]{0,32}")), m_targetEdit));
    m_targetEdit->setPlaceholderText(tr("for example K7M2QX9P"));
    m_targetEdit->setToolTip(tr("Ask the receiving project's owner for the referral code shown on their "
                                "Referral Program page."));
    m_targetName = new QLabel(page);
    m_targetName->setWordWrap(true);
    m_targetName->setAccessibleName(tr("Target project"));
    m_targetRow = new QWidget(page);
    auto *targetLayout = new QFormLayout(m_targetRow);
    targetLayout->setContentsMargins(24, 0, 0, 0);
    auto *targetLabel = new QLabel(tr("Recipient's co&de"), m_targetRow);
    targetLabel->setBuddy(m_targetEdit);
    targetLayout->addRow(targetLabel, m_targetEdit);
    targetLayout->addRow(QString(), m_targetName);

    auto *form = new QFormLayout;
    auto *amountLabel = new QLabel(tr("A&mount"), page);
    amountLabel->setBuddy(m_amount);
    form->addRow(amountLabel, amountRow);
    form->addRow(QString(), m_amountError);
    layout->addLayout(form);
    auto *destinationLabel = new QLabel(tr("Where to"), page);
    Theme::makeHeading(destinationLabel);
    layout->addWidget(destinationLabel);
    layout->addWidget(m_card);
    layout->addWidget(m_cardRow);
    layout->addWidget(m_ownMain);
    layout->addWidget(m_project);
    layout->addWidget(m_targetRow);

    m_status = new StatusPanel(page);
    layout->addWidget(m_status);
    layout->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, page);
    m_submit = buttons->addButton(tr("&Withdraw"), QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(QStringLiteral("primaryButton"));
    m_submit->setDefault(true);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_submit, &QPushButton::clicked, this, &WithdrawDialog::submit);
    connect(m_status, &StatusPanel::retryRequested, this, &WithdrawDialog::submit);
    connect(m_wholeBalance, &QPushButton::clicked, this, [this] { m_amount->setValue(m_balance); });
    connect(m_amount, &QLineEdit::textChanged, this, &WithdrawDialog::updateState);
    connect(m_cardEdit, &QLineEdit::textChanged, this, &WithdrawDialog::updateState);
    for (QRadioButton *button : {m_card, m_ownMain, m_project})
        connect(button, &QRadioButton::toggled, this, &WithdrawDialog::updateState);
    connect(m_targetEdit, &QLineEdit::textChanged, this, [this] {
        // Another code: whatever name was confirmed belongs to the old one.
        m_confirmedTargetCode.clear();
        if (m_targetJob)
            m_targetJob->abort();
        m_targetName->setText(m_targetEdit->text().isEmpty() ? QString() : tr("Looking the project up…"));
        m_lookupDelay.start();
        updateState();
    });
    return page;
}

QWidget *WithdrawDialog::buildResult()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_resultTitle = new QLabel(page);
    Theme::makeHeading(m_resultTitle);
    m_resultText = new QLabel(page);
    m_resultText->setWordWrap(true);
    m_resultText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, page);
    layout->addWidget(m_resultTitle);
    layout->addWidget(m_resultText);
    layout->addStretch(1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    return page;
}

void WithdrawDialog::lookUpTarget()
{
    const QString code = m_targetEdit->text();
    if (code.isEmpty() || !m_project->isChecked())
        return;
    m_targetJob = m_api->referralTarget(m_projectMembership.id, code);
    connect(m_targetJob, &ReferralTargetJob::finished, this, [this, code](const ApiResult<ReferralTarget> &result) {
        if (code != m_targetEdit->text())
            return;
        if (!result.ok()) {
            m_targetName->setProperty("role", QStringLiteral("error"));
            m_targetName->setText(result.error.httpStatus == 404 ? tr("No project has this code.")
                                  : result.error.detail.isEmpty() ? result.error.message
                                                                  : result.error.detail);
        } else {
            m_confirmedTargetCode = code;
            m_confirmedTargetName = result.value->name;
            m_targetName->setProperty("role", QVariant());
            m_targetName->setText(tr("Project: %1").arg(result.value->name));
        }
        m_targetName->style()->unpolish(m_targetName);
        m_targetName->style()->polish(m_targetName);
        updateState();
    });
}

std::optional<WithdrawalOrder> WithdrawDialog::currentOrder() const
{
    const std::optional<qint64> amount = m_amount->value();
    if (!amount)
        return std::nullopt;
    WithdrawalOrder order;
    order.amount = *amount;
    if (m_card->isChecked()) {
        if (!m_cardEdit->isValid())
            return std::nullopt;
        order.destination = QStringLiteral("card");
        order.cardNumber = m_cardEdit->digits();
    } else if (m_ownMain->isChecked()) {
        order.destination = QStringLiteral("own_main");
    } else {
        // Only a target whose name the server has confirmed can be committed.
        if (m_confirmedTargetCode.isEmpty() || m_confirmedTargetCode != m_targetEdit->text())
            return std::nullopt;
        order.destination = QStringLiteral("project");
        order.targetCode = m_confirmedTargetCode;
    }
    return order;
}

void WithdrawDialog::updateState()
{
    m_cardRow->setVisible(m_card->isChecked());
    m_targetRow->setVisible(m_project->isChecked());

    const CardNumber::Check cardCheck = m_cardEdit->check();
    // While typing, "too short" is no error yet; anything else is said at once.
    m_cardMessage->setText(cardCheck == CardNumber::Check::Empty || cardCheck == CardNumber::Check::TooShort
                               ? QString()
                               : CardNumber::checkMessage(cardCheck));
    m_cardMessage->setVisible(!m_cardMessage->text().isEmpty());

    const std::optional<WithdrawalOrder> order = currentOrder();
    if (order != m_keyOrder && !m_job) {
        // The server's answer to another order no longer applies.
        m_status->clear();
        m_amountRefusal.clear();
    }
    const bool amountTyped = !m_amount->text().trimmed().isEmpty();
    const QString amountProblem = amountTyped ? m_amount->validationMessage() : QString();
    m_amountError->setText(amountProblem.isEmpty() ? m_amountRefusal : amountProblem);
    m_amountError->setVisible(!m_amountError->text().isEmpty());
    m_submit->setEnabled(order.has_value() && !m_job);
}

void WithdrawDialog::submit()
{
    const std::optional<WithdrawalOrder> order = currentOrder();
    if (!order || m_job)
        return;
    // The same order keeps its key, so a retry after a lost answer is applied once (R23).
    if (order != m_keyOrder) {
        m_keyOrder = order;
        m_idempotencyKey = ApiClient::newIdempotencyKey();
    }
    m_status->showLoading(tr("Sending the withdrawal…"));
    m_job = m_api->withdrawReferral(m_projectMembership.id, *order, m_idempotencyKey);
    updateState();
    const QString cardDigits = order->cardNumber;
    connect(m_job, &ReferralWithdrawalJob::finished, this, [this, cardDigits](const ApiResult<Withdrawal> &result) {
        m_job.clear();
        if (!result.ok()) {
            const ApiError &error = result.error;
            const QString text = error.detail.isEmpty() ? error.message : error.message + QLatin1Char('\n') + error.detail;
            if (error.problemType == QLatin1String("insufficient_funds")) {
                // Nothing was withdrawn; the balance changed since the page was loaded.
                m_amountRefusal = text;
                m_status->clear();
            } else {
                m_status->showError(text);
            }
            updateState();
            return;
        }
        m_keyOrder.reset();
        m_idempotencyKey.clear();
        showResult(*result.value, cardDigits);
        emit withdrawn(*result.value);
    });
}

void WithdrawDialog::showResult(const Withdrawal &withdrawal, const QString &cardDigits)
{
    m_withdrawal = withdrawal;
    m_cardEdit->clear(); // the full number is not kept once the request is done
    const QString amount = Money::format(withdrawal.amount, m_currency, locale());
    if (withdrawal.destination == QLatin1String("card")) {
        const QString card = withdrawal.cardMasked.isEmpty() ? CardNumber::masked(cardDigits) : withdrawal.cardMasked;
        m_resultTitle->setText(tr("Payout of %1 to the card %2").arg(amount, card));
        m_resultText->setText(withdrawal.status == QLatin1String("pending")
                                  ? tr("Pending: the amount is reserved and paid out after a check. The history shows "
                                       "when it is completed (or returned to the referral balance if rejected).")
                                  : tr("Status: %1.").arg(withdrawal.status));
    } else if (withdrawal.destination == QLatin1String("own_main")) {
        m_resultTitle->setText(tr("%1 moved to the main balance").arg(amount));
        m_resultText->setText(tr("The main balance of %1 has grown by %2.").arg(m_projectMembership.name, amount));
    } else {
        m_resultTitle->setText(tr("%1 moved to another project").arg(amount));
        m_resultText->setText(tr("Credited to the main balance of %1.").arg(m_confirmedTargetName));
    }
    m_stack->setCurrentIndex(1);
}

QString WithdrawDialog::resultText() const
{
    return m_resultTitle->text() + QLatin1Char('\n') + m_resultText->text();
}
