// SPDX-License-Identifier: GPL-3.0-or-later
#include "CreditRequestDialog.h"

#include "ApiClient.h"
#include "Money.h"
#include "MoneyEdit.h"
#include "StatusPanel.h"
#include "Theme.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

CreditRequestDialog::CreditRequestDialog(ApiClient *api, ProjectMembership project, QString currency,
                                         QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_project(std::move(project))
    , m_currency(std::move(currency))
    , m_verdict(new QLabel(this))
    , m_reasons(new QLabel(this))
    , m_figures(new QLabel(this))
    , m_amount(new MoneyEdit(this))
    , m_term(new QSpinBox(this))
    , m_status(new StatusPanel(this))
    , m_submit(nullptr)
{
    setWindowTitle(tr("Request credit funds"));
    setMinimumWidth(480);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Credit funds are granted by UniTalk staff on request, for up to 5 days, up to 30% "
                                "of the project's average monthly spend. They pay for every service."),
                             this);
    Theme::makeSecondary(intro);
    layout->addWidget(intro);
    Theme::makeHeading(m_verdict);
    m_verdict->setWordWrap(true);
    m_reasons->setWordWrap(true);
    m_reasons->setTextFormat(Qt::RichText);
    Theme::makeSecondary(m_figures);
    layout->addWidget(m_verdict);
    layout->addWidget(m_reasons);
    layout->addWidget(m_figures);

    m_amount->setCurrency(m_currency);
    m_amount->setAccessibleName(tr("Credit amount"));
    m_term->setRange(1, 5);
    m_term->setValue(5);
    m_term->setSuffix(tr(" days"));
    m_term->setAccessibleName(tr("Term in days"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Amount"), m_amount);
    form->addRow(tr("&Term"), m_term);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_submit = buttons->addButton(tr("Send &request"), QDialogButtonBox::AcceptRole);
    m_submit->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_submit, &QPushButton::clicked, this, &CreditRequestDialog::submit);
    connect(m_amount, &QLineEdit::textChanged, this, &CreditRequestDialog::actionChanged);
    connect(m_term, &QSpinBox::valueChanged, this, &CreditRequestDialog::actionChanged);
    connect(m_status, &StatusPanel::retryRequested, this, [this] {
        if (m_eligibility)
            submit();
        else
            loadEligibility();
    });
    loadEligibility();
}

void CreditRequestDialog::loadEligibility()
{
    m_amount->setEnabled(false);
    m_term->setEnabled(false);
    m_submit->setEnabled(false);
    m_status->showLoading(tr("Checking eligibility…"));
    CreditEligibilityJob *job = m_api->creditEligibility(m_project.id);
    connect(job, &CreditEligibilityJob::finished, this, [this](const ApiResult<CreditEligibility> &result) {
        if (!result.ok()) {
            m_status->showError(result.error.message);
            return;
        }
        m_status->clear();
        showEligibility(*result.value);
    });
}

void CreditRequestDialog::showEligibility(const CreditEligibility &eligibility)
{
    m_eligibility = eligibility;
    const QLocale locale;
    // Two counts need two plural forms: one message per count, joined by a translatable pattern.
    m_figures->setText(tr("%1 · %2 · %3")
                           .arg(tr("Using the service for %n days", nullptr, eligibility.tenureDays),
                                tr("%n top-ups totalling %1", nullptr, eligibility.topupsCount)
                                    .arg(Money::format(eligibility.topupsTotal, m_currency, locale)),
                                tr("average monthly spend %1")
                                    .arg(Money::format(eligibility.monthlySpend, m_currency, locale))));
    if (eligibility.eligible) {
        m_verdict->setText(tr("You can request up to %1 for up to %n days.", nullptr, eligibility.maxTermDays)
                               .arg(Money::format(eligibility.maxAmount, m_currency, locale)));
        m_reasons->hide();
    } else {
        m_verdict->setText(tr("The project is not eligible for credit funds yet."));
        QString list = QStringLiteral("<ul style='margin-left:-20px'>");
        for (const QString &reason : eligibility.reasons)
            list += QStringLiteral("<li>%1</li>").arg(reason.toHtmlEscaped());
        m_reasons->setText(list + QStringLiteral("</ul>"));
        m_reasons->setVisible(!eligibility.reasons.isEmpty());
    }
    m_term->setMaximum(qMax(1, eligibility.maxTermDays));
    m_amount->setMaximum(eligibility.maxAmount);
    m_amount->setEnabled(eligibility.eligible);
    m_term->setEnabled(eligibility.eligible);
    if (eligibility.eligible)
        m_amount->setFocus();
    actionChanged();
    emit eligibilityLoaded(eligibility);
}

void CreditRequestDialog::actionChanged()
{
    m_idempotencyKey.clear(); // another amount or term is another request
    const bool ready = m_eligibility && m_eligibility->eligible && m_amount->isValid() && !m_job && !m_sent;
    m_submit->setEnabled(ready);
    if (!m_amount->text().trimmed().isEmpty() && !m_amount->isValid())
        m_status->showInfo(m_amount->validationMessage());
    else if (!m_status->isShowingError())
        m_status->clear();
}

void CreditRequestDialog::submit()
{
    const std::optional<qint64> amount = m_amount->value();
    if (!amount || m_job || m_sent)
        return;
    if (m_idempotencyKey.isEmpty())
        m_idempotencyKey = ApiClient::newIdempotencyKey();
    m_submit->setEnabled(false);
    m_status->showLoading(tr("Sending the request…"));
    m_job = m_api->requestCredit(m_project.id, *amount, m_term->value(), m_idempotencyKey);
    connect(m_job, &CreditRequestJob::finished, this, [this](const ApiResult<CreditRequestAnswer> &result) {
        if (!result.ok()) {
            m_submit->setEnabled(true);
            m_status->showError(result.error.detail.isEmpty()
                                    ? result.error.message
                                    : result.error.message + QLatin1Char('\n') + result.error.detail);
            return;
        }
        m_sent = true;
        m_amount->setEnabled(false);
        m_term->setEnabled(false);
        m_status->showInfo(tr("Request No. %1 was sent (status: %2). UniTalk staff will review it; granted credit "
                              "appears on the Balance page.")
                               .arg(result.value->id, result.value->status));
    });
}

QString CreditRequestDialog::eligibilityText() const
{
    return m_verdict->text() + QLatin1Char('\n') + m_reasons->text();
}
