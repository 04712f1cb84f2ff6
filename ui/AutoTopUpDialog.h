// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiTypes.h"

#include <QDialog>
#include <QMessageBox>
#include <QPointer>

class ApiClient;
class MoneyEdit;
class QCheckBox;
class QLabel;

class QPushButton;
class StatusPanel;

// Auto top-up and the low-balance alert of a project (R27, R28, R31): when the main balance falls
// below the threshold, the server charges the saved card with the amount (at most one pending,
// once per crossing). The saved card is shown by its mask only and may be removed (which also
// turns auto top-up off). The alert threshold is when the bell says "low main balance".
// Enabling without a saved card is refused by the server (422 no_saved_card) and said readably.
class AutoTopUpDialog : public QDialog
{
    Q_OBJECT

public:
    AutoTopUpDialog(ApiClient *api, ProjectMembership project, QString currency, QWidget *parent = nullptr);

    QCheckBox *enabledBox() const { return m_enabled; }
    MoneyEdit *thresholdEdit() const { return m_threshold; }
    MoneyEdit *amountEdit() const { return m_amount; }
    QCheckBox *alertBox() const { return m_alertEnabled; }
    MoneyEdit *alertEdit() const { return m_alert; }
    QLabel *cardLabel() const { return m_card; }
    QPushButton *removeCardButton() const { return m_removeCard; }
    QPushButton *saveButton() const { return m_save; }
    StatusPanel *status() const { return m_status; }
    QMessageBox *removeConfirmation() const { return m_confirm; }
    bool isLoaded() const { return m_loaded == 3; }
    std::optional<SavedCard> savedCard() const { return m_savedCard; }

    void save();
    void removeCard(); // after the confirmation

signals:
    // Something was saved on the server (not sent when nothing changed or every part failed):
    // the balance page reads its alert threshold again.
    void settingsChanged();

private:
    void load();
    void partLoaded();
    void showCard();
    void updateButtons();
    void finishSave();

    ApiClient *m_api;
    ProjectMembership m_project;
    QString m_currency;
    std::optional<SavedCard> m_savedCard;
    // What the server has (loaded, then each successful save): Save sends only what differs, so
    // an unchanged click writes no audit record (R22).
    AutoTopUpSettings m_savedAuto;
    AlertSettings m_savedAlerts;
    int m_loaded = 0;
    int m_saving = 0;
    bool m_savedSomething = false;
    QString m_saveErrors;

    QCheckBox *m_enabled;
    MoneyEdit *m_threshold;
    MoneyEdit *m_amount;
    QCheckBox *m_alertEnabled;
    MoneyEdit *m_alert;
    QLabel *m_card;
    QPushButton *m_removeCard;
    QPushButton *m_save;
    StatusPanel *m_status;
    QPointer<QMessageBox> m_confirm;
};
