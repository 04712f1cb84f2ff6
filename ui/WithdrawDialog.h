// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiTypes.h"
#include "Jobs.h"

#include <QDialog>
#include <QPointer>
#include <QTimer>

class ApiClient;
class CardNumberEdit;
class MoneyEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class StatusPanel;

// Withdraw from the referral balance (R20, R21) to a bank card (Luhn-checked as typed, shown
// masked afterwards; the payout stays pending until staff complete or reject it), to the
// project's own main balance, or to another project's main balance (by that project's referral
// code, which its owner hands out: the server names the project for a valid code only, before the
// user can commit; issue 11). The amount can never exceed the balance; the
// server's refusals (422 insufficient_funds, validation) are shown in place. The idempotency key
// (R23) belongs to the order: a retry of the same order sends the same key.
class WithdrawDialog : public QDialog
{
    Q_OBJECT

public:
    WithdrawDialog(ApiClient *api, ProjectMembership project, qint64 balance, QString currency,
                   QWidget *parent = nullptr);

    MoneyEdit *amountEdit() const { return m_amount; }
    QPushButton *wholeBalanceButton() const { return m_wholeBalance; }
    QRadioButton *cardButton() const { return m_card; }
    QRadioButton *ownMainButton() const { return m_ownMain; }
    QRadioButton *projectButton() const { return m_project; }
    CardNumberEdit *cardEdit() const { return m_cardEdit; }
    QLabel *cardMessage() const { return m_cardMessage; }
    QLineEdit *targetEdit() const { return m_targetEdit; }
    QLabel *targetName() const { return m_targetName; }
    QPushButton *submitButton() const { return m_submit; }
    StatusPanel *statusPanel() const { return m_status; }
    QLabel *amountMessage() const { return m_amountError; }
    QString resultText() const;
    std::optional<Withdrawal> withdrawal() const { return m_withdrawal; }

signals:
    void withdrawn(const Withdrawal &withdrawal);

private:
    QWidget *buildForm();
    QWidget *buildResult();
    void updateState();
    void lookUpTarget();
    std::optional<WithdrawalOrder> currentOrder() const;
    void submit();
    void showResult(const Withdrawal &withdrawal, const QString &cardDigits);

    ApiClient *m_api;
    ProjectMembership m_projectMembership;
    qint64 m_balance;
    QString m_currency;
    std::optional<WithdrawalOrder> m_keyOrder; // the order m_idempotencyKey was made for
    QString m_idempotencyKey;
    QString m_amountRefusal; // the server's 422 insufficient_funds for the current order, shown under the amount
    QPointer<ReferralWithdrawalJob> m_job;
    QPointer<ReferralTargetJob> m_targetJob;
    QString m_confirmedTargetCode; // the code whose project the server named
    QString m_confirmedTargetName;
    QTimer m_lookupDelay;
    std::optional<Withdrawal> m_withdrawal;

    QStackedWidget *m_stack;
    MoneyEdit *m_amount = nullptr;
    QPushButton *m_wholeBalance = nullptr;
    QLabel *m_amountError = nullptr;
    QRadioButton *m_card = nullptr;
    QRadioButton *m_ownMain = nullptr;
    QRadioButton *m_project = nullptr;
    QWidget *m_cardRow = nullptr;
    CardNumberEdit *m_cardEdit = nullptr;
    QLabel *m_cardMessage = nullptr;
    QWidget *m_targetRow = nullptr;
    QLineEdit *m_targetEdit = nullptr;
    QLabel *m_targetName = nullptr;
    StatusPanel *m_status = nullptr;
    QPushButton *m_submit = nullptr;
    QLabel *m_resultTitle = nullptr;
    QLabel *m_resultText = nullptr;
};
