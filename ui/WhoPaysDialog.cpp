// SPDX-License-Identifier: GPL-3.0-or-later
#include "WhoPaysDialog.h"

#include "ApiClient.h"
#include "ErrorText.h"
#include "Labels.h"
#include "Money.h"
#include "MoneyEdit.h"
#include "StatusPanel.h"
#include "Theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

WhoPaysDialog::WhoPaysDialog(ApiClient *api, ProjectMembership project, QString currency, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_project(std::move(project))
    , m_currency(std::move(currency))
    , m_category(new QComboBox(this))
    , m_amount(new MoneyEdit(this))
    , m_check(new QPushButton(tr("&Check"), this))
    , m_answer(new QLabel(this))
    , m_status(new StatusPanel(this))
{
    setWindowTitle(tr("Who will pay this?"));
    setMinimumWidth(480);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("See which balances would pay for a service before it is charged. Nothing is "
                                "charged here."),
                             this);
    intro->setWordWrap(true);
    Theme::makeSecondary(intro);
    layout->addWidget(intro);

    for (const QString &category : Labels::categoryNames())
        m_category->addItem(Labels::category(category), category);
    m_category->setAccessibleName(tr("Service"));
    m_amount->setCurrency(m_currency);
    m_amount->setAccessibleName(tr("Amount"));
    auto *amountRow = new QHBoxLayout;
    amountRow->addWidget(m_amount, 1);
    amountRow->addWidget(new QLabel(Money::currencySymbol(m_currency), this));
    amountRow->addWidget(m_check);
    auto *form = new QFormLayout;
    auto *categoryLabel = new QLabel(tr("&Service"), this);
    categoryLabel->setBuddy(m_category);
    auto *amountLabel = new QLabel(tr("&Amount"), this);
    amountLabel->setBuddy(m_amount);
    form->addRow(categoryLabel, m_category);
    form->addRow(amountLabel, amountRow);
    layout->addLayout(form);

    m_answer->setWordWrap(true);
    m_answer->setTextFormat(Qt::PlainText);
    m_answer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_answer->setAccessibleName(tr("Who would pay"));
    layout->addWidget(m_answer);
    layout->addWidget(m_status);
    layout->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);

    m_check->setDefault(true);
    m_check->setEnabled(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_check, &QPushButton::clicked, this, &WhoPaysDialog::check);
    connect(m_status, &StatusPanel::retryRequested, this, &WhoPaysDialog::check);
    connect(m_amount, &QLineEdit::textChanged, this, &WhoPaysDialog::inputChanged);
    connect(m_amount, &QLineEdit::returnPressed, this, &WhoPaysDialog::check);
    connect(m_category, &QComboBox::currentIndexChanged, this, [this] {
        inputChanged();
        if (m_amount->isValid())
            check(); // another service: the answer follows at once
    });
}

void WhoPaysDialog::inputChanged()
{
    m_preview.reset();
    m_answer->clear();
    m_status->clear();
    m_check->setEnabled(m_amount->isValid());
    if (!m_amount->text().trimmed().isEmpty() && !m_amount->isValid())
        m_status->showInfo(m_amount->validationMessage());
}

void WhoPaysDialog::check()
{
    const std::optional<qint64> amount = m_amount->value();
    if (!amount)
        return;
    if (m_job)
        m_job->abort();
    m_answer->clear();
    m_status->showLoading(tr("Asking the server…"));
    const QString category = m_category->currentData().toString();
    m_job = m_api->previewCharge(m_project.id, category, *amount);
    connect(m_job, &ChargePreviewJob::finished, this, [this, amount = *amount](const ApiResult<ChargePreview> &result) {
        if (!result.ok()) {
            m_status->showError(messageWithDetail(result.error));
            return;
        }
        m_status->clear();
        showPreview(*result.value, amount);
    });
}

void WhoPaysDialog::showPreview(const ChargePreview &preview, qint64 amount)
{
    // Only what the server's preview says (R30): which balances pay and how much, or that the
    // charge would be refused and what is missing. Which balance may pay for which service (R10,
    // R11) is the server's rule; the dialog does not repeat it.
    m_preview = preview;
    const QLocale locale;
    const QString currency = preview.currency.isEmpty() ? m_currency : preview.currency;
    QStringList lines;
    if (preview.sufficient) {
        lines.append(tr("%1 would be paid by:").arg(Money::format(amount, currency, locale)));
        for (const auto &[balance, part] : preview.parts) {
            if (part != 0)
                lines.append(tr("• %1 balance: %2").arg(Labels::balanceName(balance), Money::format(part, currency, locale)));
        }
    } else {
        lines.append(tr("Not enough funds: a charge of %1 would be refused whole, nothing would be paid.")
                         .arg(Money::format(amount, currency, locale)));
        if (preview.shortfall > 0)
            lines.append(tr("%1 more is needed on the balances that may pay for this service.")
                             .arg(Money::format(preview.shortfall, currency, locale)));
    }
    m_answer->setText(lines.join(QLatin1Char('\n')));
    QPalette palette = this->palette();
    if (!preview.sufficient)
        palette.setColor(QPalette::WindowText, Theme::negative(palette));
    m_answer->setPalette(palette);
}
