// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiTypes.h"

#include <QDialog>
#include <QPointer>

class ApiClient;
class CreditRequestJob;
class MoneyEdit;
class QLabel;
class QPushButton;
class QSpinBox;
class StatusPanel;

// Request credit funds (R12-R15): shows the server's eligibility answer (the reasons when
// not eligible), the maximum amount and term, and sends POST /credit/requests with an
// idempotency key reused on retry (R23). The server decides; the dialog shows its answer.
class CreditRequestDialog : public QDialog
{
    Q_OBJECT

public:
    CreditRequestDialog(ApiClient *api, ProjectMembership project, QString currency, QWidget *parent = nullptr);

    MoneyEdit *amountEdit() const { return m_amount; }
    QSpinBox *termEdit() const { return m_term; }
    QPushButton *submitButton() const { return m_submit; }
    StatusPanel *statusPanel() const { return m_status; }
    QString eligibilityText() const;

signals:
    void eligibilityLoaded(const CreditEligibility &eligibility);

private:
    void loadEligibility();
    void showEligibility(const CreditEligibility &eligibility);
    void submit();
    void actionChanged();

    ApiClient *m_api;
    ProjectMembership m_project;
    QString m_currency;
    std::optional<CreditEligibility> m_eligibility;
    QString m_idempotencyKey;
    QPointer<CreditRequestJob> m_job;

    QLabel *m_verdict;
    QLabel *m_reasons;
    QLabel *m_figures;
    MoneyEdit *m_amount;
    QSpinBox *m_term;
    StatusPanel *m_status;
    QPushButton *m_submit;
    bool m_sent = false;
};
