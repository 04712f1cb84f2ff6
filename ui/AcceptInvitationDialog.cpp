// SPDX-License-Identifier: GPL-3.0-or-later
#include "AcceptInvitationDialog.h"

#include "Session.h"
#include "StatusPanel.h"
#include "Theme.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

AcceptInvitationDialog::AcceptInvitationDialog(Session *session, QUrl server, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_server(std::move(server))
    , m_token(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_hint(new QLabel(this))
    , m_status(new StatusPanel(this))
{
    setMinimumWidth(440);
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    Theme::makeSecondary(m_hint);
    m_hint->setWordWrap(true);

    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    auto *tokenLabel = new QLabel(this);
    auto *nameLabel = new QLabel(this);
    auto *passwordLabel = new QLabel(this);
    auto *repeatLabel = new QLabel(this);
    tokenLabel->setBuddy(m_token);
    nameLabel->setBuddy(m_name);
    passwordLabel->setBuddy(m_password);
    repeatLabel->setBuddy(m_repeat);
    form->addRow(tokenLabel, m_token);
    form->addRow(nameLabel, m_name);
    form->addRow(passwordLabel, m_password);
    form->addRow(repeatLabel, m_repeat);
    form->addRow(QString(), m_hint);

    auto *buttons = new QDialogButtonBox(this);
    m_accept = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_accept->setDefault(true);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    m_texts.add([=, this] {
        setWindowTitle(tr("Accept an invitation"));
        intro->setText(tr("Paste the invitation token the project's Owner sent you, and choose your name and password."));
        tokenLabel->setText(tr("Invitation &token"));
        nameLabel->setText(tr("Your &name"));
        passwordLabel->setText(tr("&Password"));
        repeatLabel->setText(tr("&Repeat the password"));
        m_accept->setText(tr("Accept and sign in"));
        cancel->setText(tr("Cancel"));
        updateState();
    });

    for (QLineEdit *edit : {m_token, m_name, m_password, m_repeat})
        connect(edit, &QLineEdit::textChanged, this, &AcceptInvitationDialog::updateState);
    connect(m_accept, &QPushButton::clicked, this, &AcceptInvitationDialog::submit);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_session, &Session::busyChanged, this, [this](bool busy) {
        if (busy)
            m_status->showLoading(tr("Accepting the invitation…"));
        updateState();
    });
    connect(m_session, &Session::signInFailed, this, [this](const QString &message) { m_status->showError(message); });
    connect(m_session, &Session::signedIn, this, &QDialog::accept);
}

void AcceptInvitationDialog::updateState()
{
    const qsizetype length = m_password->text().size();
    if (length < MinimumPasswordLength)
        m_hint->setText(tr("At least %n characters.", nullptr, MinimumPasswordLength));
    else if (m_repeat->text() != m_password->text())
        m_hint->setText(tr("The two passwords differ."));
    else
        m_hint->setText(tr("The passwords match."));
    m_accept->setEnabled(!m_session->isBusy() && !m_token->text().trimmed().isEmpty()
                         && !m_name->text().trimmed().isEmpty() && length >= MinimumPasswordLength
                         && m_repeat->text() == m_password->text());
}

void AcceptInvitationDialog::submit()
{
    if (!m_accept->isEnabled())
        return;
    m_session->acceptInvitation(m_server, m_token->text().trimmed(), m_name->text().trimmed(), m_password->text());
}

void AcceptInvitationDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        m_texts.apply();
}
