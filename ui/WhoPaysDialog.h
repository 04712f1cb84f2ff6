// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiTypes.h"

#include <QDialog>
#include <QPointer>

class ApiClient;
class ChargePreviewJob;
class MoneyEdit;
class QComboBox;
class QLabel;
class QPushButton;
class StatusPanel;

// "Who will pay this?" (R30): a service category and an amount; the server routes the charge it
// would post by R9-R17 without posting anything, and the dialog shows which balances would pay how
// much, or that the funds do not suffice (a charge is refused whole then, R17).
class WhoPaysDialog : public QDialog
{
    Q_OBJECT

public:
    WhoPaysDialog(ApiClient *api, ProjectMembership project, QString currency, QWidget *parent = nullptr);

    QComboBox *categoryBox() const { return m_category; }
    MoneyEdit *amountEdit() const { return m_amount; }
    QPushButton *checkButton() const { return m_check; }
    QLabel *answerLabel() const { return m_answer; }
    StatusPanel *status() const { return m_status; }
    std::optional<ChargePreview> preview() const { return m_preview; }

    void check();

private:
    void inputChanged();
    void showPreview(const ChargePreview &preview, qint64 amount);

    ApiClient *m_api;
    ProjectMembership m_project;
    QString m_currency;
    std::optional<ChargePreview> m_preview;
    QPointer<ChargePreviewJob> m_job;

    QComboBox *m_category;
    MoneyEdit *m_amount;
    QPushButton *m_check;
    QLabel *m_answer;
    StatusPanel *m_status;
};
