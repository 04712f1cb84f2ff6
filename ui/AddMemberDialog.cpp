// SPDX-License-Identifier: GPL-3.0-or-later
#include "AddMemberDialog.h"

#include "ApiClient.h"
#include "ErrorText.h"
#include "Icons.h"
#include "StatusPanel.h"
#include "Theme.h"

#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace {
// The roles the Owner may give: every one but Owner (R1, R32).
constexpr Role AssignableRoles[] = {Role::Administrator, Role::Supervisor, Role::Manager, Role::Operator};
} // namespace

AddMemberDialog::AddMemberDialog(ApiClient *api, QString projectId, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_projectId(std::move(projectId))
    , m_email(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_confirmation(new QLabel(this))
    , m_tokenCaption(new QLabel(this))
    , m_token(new QLineEdit(this))
    , m_copy(new QPushButton(Icons::icon(QStringLiteral("copy"), palette()), QString(), this))
    , m_status(new StatusPanel(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setMinimumWidth(460);
    auto *form = new QFormLayout;
    auto *emailLabel = new QLabel(this);
    auto *nameLabel = new QLabel(this);
    auto *roleLabel = new QLabel(this);
    emailLabel->setBuddy(m_email);
    nameLabel->setBuddy(m_name);
    roleLabel->setBuddy(m_role);
    form->addRow(emailLabel, m_email);
    form->addRow(nameLabel, m_name);
    form->addRow(roleLabel, m_role);
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    for (Role role : AssignableRoles)
        m_role->addItem(roleDisplayName(role), roleToApi(role));

    m_confirmation->setWordWrap(true);
    m_tokenCaption->setWordWrap(true);
    m_token->setReadOnly(true);
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(m_copy);

    m_primary = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_back = m_buttons->addButton(QString(), QDialogButtonBox::ResetRole);
    QPushButton *cancel = m_buttons->addButton(QDialogButtonBox::Cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_confirmation);
    layout->addWidget(m_tokenCaption);
    layout->addLayout(tokenRow);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    m_texts.add([=, this] {
        setWindowTitle(tr("Add a member"));
        emailLabel->setText(tr("&E-mail"));
        nameLabel->setText(tr("&Name"));
        roleLabel->setText(tr("&Role"));
        for (int i = 0; i < m_role->count(); ++i)
            m_role->setItemText(i, roleDisplayName(roleFromApi(m_role->itemData(i).toString())));
        m_back->setText(tr("&Back"));
        m_copy->setText(tr("&Copy"));
        m_copy->setAccessibleName(tr("Copy the invitation token"));
        m_tokenCaption->setText(tr("%1 has no account yet. Send them this invitation token: it is shown only "
                                   "once and is valid for 7 days. They choose \"I have an invitation\" when "
                                   "signing in.").arg(m_email->text().trimmed()));
        cancel->setText(tr("Cancel"));
        setStep(m_step);
    });

    connect(m_primary, &QPushButton::clicked, this, &AddMemberDialog::next);
    connect(m_back, &QPushButton::clicked, this, [this] { setStep(Step::Form); });
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_token->text()); });
    for (QLineEdit *edit : {m_email, m_name})
        connect(edit, &QLineEdit::textChanged, this, &AddMemberDialog::updateButtons);
    setStep(Step::Form);
}

NewMember AddMemberDialog::member() const
{
    return {m_email->text().trimmed(), m_name->text().trimmed(), roleFromApi(m_role->currentData().toString())};
}

void AddMemberDialog::updateButtons()
{
    // A plausible address; the server decides what it accepts (422 shown as it says).
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+$"));
    if (m_step == Step::Form)
        m_primary->setEnabled(email.match(m_email->text().trimmed()).hasMatch() && !m_name->text().trimmed().isEmpty());
}

void AddMemberDialog::setStep(Step step)
{
    m_step = step;
    const bool form = step == Step::Form;
    for (QWidget *field : std::initializer_list<QWidget *>{m_email, m_name, m_role})
        field->setEnabled(form);
    m_confirmation->setVisible(step == Step::Confirm || step == Step::Sending);
    const bool showToken = step == Step::Done && !m_token->text().isEmpty();
    m_tokenCaption->setVisible(showToken);
    m_token->setVisible(showToken);
    m_copy->setVisible(showToken);
    m_back->setVisible(step == Step::Confirm);
    m_buttons->button(QDialogButtonBox::Cancel)->setVisible(step != Step::Done);
    const NewMember who = member();
    m_confirmation->setText(tr("Add %1 <%2> to the project as %3?").arg(who.name, who.email, roleDisplayName(who.role)));
    switch (step) {
    case Step::Form:
        m_primary->setText(tr("&Add…"));
        updateButtons();
        break;
    case Step::Confirm:
        m_primary->setText(tr("&Add"));
        m_primary->setEnabled(true);
        break;
    case Step::Sending:
        m_primary->setEnabled(false);
        break;
    case Step::Done:
        m_primary->setText(tr("&Close"));
        m_primary->setEnabled(true);
        break;
    }
}

void AddMemberDialog::next()
{
    switch (m_step) {
    case Step::Form:
        m_status->clear();
        setStep(Step::Confirm);
        break;
    case Step::Confirm:
        send();
        break;
    case Step::Sending:
        break;
    case Step::Done:
        accept();
        break;
    }
}

void AddMemberDialog::send()
{
    setStep(Step::Sending);
    m_status->showLoading(tr("Adding the member…"));
    const NewMember who = member();
    m_job = m_api->addMember(m_projectId, who);
    connect(m_job, &AddMemberJob::finished, this, [this, who](const ApiResult<AddMemberAnswer> &result) {
        if (!result.ok()) {
            m_status->showError(messageWithDetail(result.error));
            setStep(Step::Form);
            return;
        }
        m_token->setText(result.value->invitationToken);
        m_texts.apply(); // the token caption names the e-mail
        if (result.value->invitationToken.isEmpty())
            m_status->showInfo(tr("%1 is now a member of the project.").arg(who.email));
        else
            m_status->clear();
        setStep(Step::Done);
        emit memberAdded(who, result.value->invitationToken);
    });
}

void AddMemberDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        m_texts.apply();
}
