// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiTypes.h"

#include <QDialog>
#include <QPointer>

class ApiClient;
class EventFeed;
class CreateTopUpJob;
class MoneyEdit;
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class Spinner;
class StatusPanel;
class TopUpTracker;

// Top up the main balance (R5): an amount and a method. By invoice the dialog shows the
// invoice number and saves the invoice as PDF; by card it opens the provider's payment page
// in the browser and follows the top-up's status until it is paid or cancelled.
// The idempotency key (R23) belongs to the action: a retry of the same amount and method
// sends the same key, so a lost answer never creates a second top-up.
class TopUpDialog : public QDialog
{
    Q_OBJECT

public:
    TopUpDialog(ApiClient *api, ProjectMembership project, UserInfo user, QString currency,
                QWidget *parent = nullptr);

    MoneyEdit *amountEdit() const { return m_amount; }
    QRadioButton *cardButton() const { return m_card; }
    QRadioButton *invoiceButton() const { return m_invoice; }
    // R27: card method only; the provider's paid callback then saves the card for auto top-up.
    QCheckBox *saveCardBox() const { return m_saveCard; }
    QPushButton *submitButton() const { return m_submit; }
    QString resultText() const;
    // The project's event feed: while it is healthy, a card payment's outcome comes from it and
    // is not polled for (and the pages refresh from it, so this dialog does not ask them to).
    void setEventFeed(EventFeed *feed);
    TopUpTracker *tracker() const { return m_tracker; }
    std::optional<TopUp> topUp() const { return m_topUp; }

signals:
    // Only when the feed did not report it (it was down): the feed's own event refreshes otherwise.
    void balanceMayHaveChanged();

protected:
    bool event(QEvent *event) override;

private:
    QWidget *buildForm();
    QWidget *buildResult();
    void submit();
    void actionChanged();
    void showResult(const TopUp &topUp);
    void followCardPayment(const TopUp &topUp);
    void saveInvoice();

    ApiClient *m_api;
    ProjectMembership m_project;
    UserInfo m_user;
    QString m_currency;
    QString m_idempotencyKey; // reused while the amount and method stay the same
    std::optional<TopUp> m_topUp;
    QPointer<CreateTopUpJob> m_job;
    TopUpTracker *m_tracker = nullptr;
    QPointer<EventFeed> m_feed;

    QStackedWidget *m_stack;
    MoneyEdit *m_amount = nullptr;
    QLabel *m_amountError = nullptr;
    QRadioButton *m_card = nullptr;
    QRadioButton *m_invoice = nullptr;
    QCheckBox *m_saveCard = nullptr;
    StatusPanel *m_status = nullptr;
    QPushButton *m_submit = nullptr;
    QLabel *m_resultTitle = nullptr;
    QLabel *m_resultText = nullptr;
    Spinner *m_resultSpinner = nullptr;
    QPushButton *m_saveInvoice = nullptr;
    QPushButton *m_openPayment = nullptr;
    QLabel *m_saveStatus = nullptr;
};
