// SPDX-License-Identifier: GPL-3.0-or-later
#include "AutoTopUpDialog.h"

#include "ApiClient.h"
#include "ErrorText.h"
#include "Money.h"
#include "MoneyEdit.h"
#include "StatusPanel.h"
#include "Theme.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QWidget *withCurrency(MoneyEdit *edit, const QString &currency, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(new QLabel(Money::currencySymbol(currency), row));
    return row;
}

} // namespace

AutoTopUpDialog::AutoTopUpDialog(ApiClient *api, ProjectMembership project, QString currency, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_project(std::move(project))
    , m_currency(std::move(currency))
    , m_enabled(new QCheckBox(tr("&Top up automatically from the saved card"), this))
    , m_threshold(new MoneyEdit(this))
    , m_amount(new MoneyEdit(this))
    , m_alertEnabled(new QCheckBox(tr("&Warn me when the main balance falls below"), this))
    , m_alert(new MoneyEdit(this))
    , m_card(new QLabel(this))
    , m_removeCard(new QPushButton(tr("&Remove card"), this))
    , m_status(new StatusPanel(this))
{
    setWindowTitle(tr("Auto top-up and alerts"));
    setMinimumWidth(500);
    auto *layout = new QVBoxLayout(this);

    auto *autoGroup = new QGroupBox(tr("Auto top-up"), this);
    auto *autoLayout = new QVBoxLayout(autoGroup);
    auto *intro = new QLabel(tr("When the main balance falls below the threshold, the saved card is charged with "
                                "the amount once; the next time only after the balance has been at or above "
                                "the threshold again."),
                             autoGroup);
    intro->setWordWrap(true);
    Theme::makeSecondary(intro);
    autoLayout->addWidget(intro);
    auto *cardRow = new QHBoxLayout;
    m_card->setWordWrap(true);
    m_card->setTextInteractionFlags(Qt::TextSelectableByMouse);
    cardRow->addWidget(m_card, 1);
    cardRow->addWidget(m_removeCard);
    autoLayout->addLayout(cardRow);
    autoLayout->addWidget(m_enabled);
    auto *form = new QFormLayout;
    for (MoneyEdit *edit : {m_threshold, m_amount, m_alert})
        edit->setCurrency(m_currency);
    m_threshold->setMinimum(0);
    m_alert->setMinimum(0);
    m_threshold->setAccessibleName(tr("Threshold"));
    m_amount->setAccessibleName(tr("Top-up amount"));
    m_alert->setAccessibleName(tr("Alert threshold"));
    form->addRow(tr("When the main balance falls &below"), withCurrency(m_threshold, m_currency, autoGroup));
    form->addRow(tr("Top up &by"), withCurrency(m_amount, m_currency, autoGroup));
    autoLayout->addLayout(form);
    layout->addWidget(autoGroup);

    auto *alertGroup = new QGroupBox(tr("Low-balance alert"), this);
    auto *alertLayout = new QVBoxLayout(alertGroup);
    auto *alertRow = new QHBoxLayout;
    alertRow->addWidget(m_alertEnabled);
    alertRow->addWidget(withCurrency(m_alert, m_currency, alertGroup), 1);
    alertLayout->addLayout(alertRow);
    auto *alertNote = new QLabel(tr("The bell and a desktop notification tell you when it happens."), alertGroup);
    Theme::makeSecondary(alertNote);
    alertLayout->addWidget(alertNote);
    layout->addWidget(alertGroup);

    layout->addWidget(m_status);
    layout->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::ApplyRole);
    m_save->setDefault(true);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &AutoTopUpDialog::save);
    connect(m_status, &StatusPanel::retryRequested, this, [this] {
        if (isLoaded())
            save();
        else
            load();
    });
    connect(m_removeCard, &QPushButton::clicked, this, [this] {
        auto *box = new QMessageBox(QMessageBox::Question, tr("Remove card"),
                                    tr("Remove the saved card %1? Auto top-up is turned off with it.")
                                        .arg(m_savedCard ? m_savedCard->mask : QString()),
                                    QMessageBox::Ok | QMessageBox::Cancel, this);
        box->button(QMessageBox::Ok)->setText(tr("Remove card"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::finished, this, [this](int result) {
            if (result == QMessageBox::Ok)
                removeCard();
        });
        m_confirm = box;
        box->open();
    });
    for (QCheckBox *box : {m_enabled, m_alertEnabled})
        connect(box, &QCheckBox::toggled, this, &AutoTopUpDialog::updateButtons);
    for (MoneyEdit *edit : {m_threshold, m_amount, m_alert})
        connect(edit, &QLineEdit::textChanged, this, &AutoTopUpDialog::updateButtons);
    load();
}

void AutoTopUpDialog::load()
{
    m_loaded = 0;
    m_status->showLoading(tr("Loading the settings…"));
    updateButtons();
    auto *card = m_api->savedCard(m_project.id);
    connect(card, &SavedCardJob::finished, this, [this](const ApiResult<SavedCard> &result) {
        if (!result.ok() && result.error.httpStatus != 404) {
            m_status->showError(messageWithDetail(result.error));
            return;
        }
        m_savedCard = result.value; // 404: no saved card
        showCard();
        partLoaded();
    });
    auto *settings = m_api->autoTopUp(m_project.id);
    connect(settings, &AutoTopUpJob::finished, this, [this](const ApiResult<AutoTopUpSettings> &result) {
        if (!result.ok()) {
            m_status->showError(messageWithDetail(result.error));
            return;
        }
        m_savedAuto = *result.value;
        m_enabled->setChecked(result.value->enabled);
        if (result.value->amount > 0 || result.value->enabled) {
            m_threshold->setValue(result.value->threshold);
            m_amount->setValue(result.value->amount);
        }
        partLoaded();
    });
    auto *alerts = m_api->alerts(m_project.id);
    connect(alerts, &AlertsJob::finished, this, [this](const ApiResult<AlertSettings> &result) {
        if (!result.ok()) {
            m_status->showError(messageWithDetail(result.error));
            return;
        }
        m_savedAlerts = *result.value;
        m_alertEnabled->setChecked(result.value->lowBalanceThreshold.has_value());
        if (result.value->lowBalanceThreshold)
            m_alert->setValue(*result.value->lowBalanceThreshold);
        partLoaded();
    });
}

void AutoTopUpDialog::partLoaded()
{
    if (++m_loaded == 3 && !m_status->isShowingError())
        m_status->clear();
    updateButtons();
}

void AutoTopUpDialog::showCard()
{
    m_card->setText(m_savedCard ? tr("Saved card: %1").arg(m_savedCard->mask)
                                : tr("No saved card. Top up by bank card once with \"Save this card for auto "
                                     "top-up\" ticked."));
    m_removeCard->setVisible(m_savedCard.has_value());
}

void AutoTopUpDialog::updateButtons()
{
    const bool autoOn = m_enabled->isChecked();
    m_threshold->setEnabled(autoOn);
    m_amount->setEnabled(autoOn);
    m_alert->setEnabled(m_alertEnabled->isChecked());
    const bool valid = (!autoOn || (m_threshold->isValid() && m_amount->isValid()))
                       && (!m_alertEnabled->isChecked() || m_alert->isValid());
    m_save->setEnabled(isLoaded() && valid && m_saving == 0);
    m_removeCard->setEnabled(isLoaded() && m_saving == 0);
}

void AutoTopUpDialog::save()
{
    // The Retry of a failed save lands here too: never send figures the form calls invalid.
    if (!m_save->isEnabled())
        return;
    AutoTopUpSettings settings;
    settings.enabled = m_enabled->isChecked();
    // Switched off, the figures stay as they were typed when valid, else as the server has them
    // (so switching off is still sent after the fields were cleared).
    settings.threshold = m_threshold->value().value_or(m_savedAuto.threshold);
    settings.amount = m_amount->value().value_or(m_savedAuto.amount);
    AlertSettings alerts;
    if (m_alertEnabled->isChecked())
        alerts.lowBalanceThreshold = m_alert->value();
    // Only what differs from the server's settings is sent; the server keeps amount > 0, so
    // auto top-up switched off without figures is nothing to send either.
    const bool autoChanged = settings.amount > 0 && !(settings == m_savedAuto);
    const bool alertsChanged = !(alerts == m_savedAlerts);
    if (!autoChanged && !alertsChanged) {
        m_status->showInfo(tr("Nothing has changed; nothing to save."));
        return;
    }
    m_saving = int(autoChanged) + int(alertsChanged);
    m_savedSomething = false;
    m_saveErrors.clear();
    m_status->showLoading(tr("Saving…"));
    updateButtons();
    const auto addError = [this](const ApiError &error) {
        m_saveErrors += (m_saveErrors.isEmpty() ? QString() : QStringLiteral("\n")) + messageWithDetail(error);
    };
    if (autoChanged) {
        auto *job = m_api->saveAutoTopUp(m_project.id, settings);
        connect(job, &AutoTopUpJob::finished, this, [this, addError](const ApiResult<AutoTopUpSettings> &result) {
            if (!result.ok()) {
                addError(result.error);
            } else {
                m_savedAuto = *result.value;
                m_savedSomething = true;
                m_enabled->setChecked(result.value->enabled);
            }
            finishSave();
        });
    }
    if (alertsChanged) {
        auto *alertJob = m_api->saveAlerts(m_project.id, alerts);
        connect(alertJob, &AlertsJob::finished, this, [this, addError](const ApiResult<AlertSettings> &result) {
            if (!result.ok()) {
                addError(result.error);
            } else {
                m_savedAlerts = *result.value;
                m_savedSomething = true;
            }
            finishSave();
        });
    }
}

void AutoTopUpDialog::finishSave()
{
    if (m_saving > 0 && --m_saving > 0)
        return;
    m_saving = 0;
    if (m_saveErrors.isEmpty())
        m_status->showInfo(tr("Saved."));
    else
        m_status->showError(m_saveErrors);
    updateButtons();
    // A part that failed changed nothing on the server; the balance page reloads only after a
    // part that was saved.
    if (m_savedSomething)
        emit settingsChanged();
}

void AutoTopUpDialog::removeCard()
{
    m_saving = 1;
    m_status->showLoading(tr("Removing the card…"));
    updateButtons();
    auto *job = m_api->removeSavedCard(m_project.id);
    connect(job, &RemoveSavedCardJob::finished, this, [this](const ApiResult<NoContent> &result) {
        m_saving = 0;
        if (!result.ok()) {
            m_status->showError(messageWithDetail(result.error));
            updateButtons();
            return;
        }
        m_savedCard.reset();
        m_savedAuto.enabled = false;
        m_enabled->setChecked(false); // R27: removing the card turns auto top-up off
        showCard();
        m_status->showInfo(tr("The card was removed and auto top-up turned off."));
        updateButtons();
        emit settingsChanged();
    });
}
