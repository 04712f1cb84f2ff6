// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignInPage.h"

#include "AcceptInvitationDialog.h"
#include "Icons.h"
#include "Session.h"
#include "StatusPanel.h"
#include "Theme.h"

#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

SignInPage::SignInPage(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_server(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_signIn(new QPushButton(this))
    , m_invitation(new QPushButton(this))
    , m_status(new StatusPanel(this))
    , m_notice(new QLabel(this))
    , m_keyringNotice(new QLabel(this))
{
    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("card"));
    card->setMinimumWidth(420);
    card->setMaximumWidth(480);

    auto *logo = new QLabel(card);
    logo->setPixmap(Icons::applicationIcon().pixmap(48, 48));
    logo->setAlignment(Qt::AlignHCenter);
    auto *title = new QLabel(card);
    Theme::makeTitle(title);
    title->setAlignment(Qt::AlignHCenter);
    auto *subtitle = new QLabel(card);
    Theme::makeSecondary(subtitle);
    subtitle->setAlignment(Qt::AlignHCenter);

    m_server->setPlaceholderText(QStringLiteral("https://cabinet.example.com"));
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    m_password->setEchoMode(QLineEdit::Password);
    m_signIn->setDefault(true);
    m_signIn->setAutoDefault(true);
    m_signIn->setMinimumHeight(34);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    auto *serverLabel = new QLabel(card);
    auto *emailLabel = new QLabel(card);
    auto *passwordLabel = new QLabel(card);
    // Buddies make the labels' & mnemonics work (and not show as a literal "&").
    serverLabel->setBuddy(m_server);
    emailLabel->setBuddy(m_email);
    passwordLabel->setBuddy(m_password);
    form->addRow(serverLabel, m_server);
    form->addRow(emailLabel, m_email);
    form->addRow(passwordLabel, m_password);

    Theme::makeSecondary(m_notice);
    m_notice->hide();
    m_texts.add([=, this] {
        title->setText(tr("UniTalk Cabinet"));
        subtitle->setText(tr("Sign in to see your project's balances and users."));
        m_server->setAccessibleName(tr("Server address"));
        m_email->setPlaceholderText(tr("name@company.com"));
        m_email->setAccessibleName(tr("E-mail"));
        m_password->setAccessibleName(tr("Password"));
        m_signIn->setText(tr("Sign in"));
        m_signIn->setAccessibleName(tr("Sign in"));
        serverLabel->setText(tr("&Server address"));
        emailLabel->setText(tr("&E-mail"));
        passwordLabel->setText(tr("&Password"));
        m_keyringNotice->setText(tr("No system keyring: you will need to sign in again next time."));
        m_invitation->setText(tr("I have an &invitation…"));
    });
    m_invitation->setFlat(true);
    m_keyringNotice->setProperty("role", QStringLiteral("notice"));
    m_keyringNotice->setWordWrap(true);
    m_keyringNotice->hide();

    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(32, 28, 32, 28);
    cardLayout->setSpacing(10);
    cardLayout->addWidget(logo);
    cardLayout->addWidget(title);
    cardLayout->addWidget(subtitle);
    cardLayout->addSpacing(8);
    cardLayout->addWidget(m_notice);
    cardLayout->addLayout(form);
    cardLayout->addWidget(m_status);
    cardLayout->addSpacing(4);
    cardLayout->addWidget(m_signIn);
    cardLayout->addWidget(m_invitation, 0, Qt::AlignHCenter);
    cardLayout->addWidget(m_keyringNotice);

    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    outer->addWidget(card, 0, Qt::AlignHCenter);
    outer->addStretch(2);

    setTabOrder(m_server, m_email);
    setTabOrder(m_email, m_password);
    setTabOrder(m_password, m_signIn);

    m_server->setText(m_session->serverUrl().toString());
    m_email->setText(m_session->lastEmail());

    connect(m_signIn, &QPushButton::clicked, this, &SignInPage::submit);
    for (QLineEdit *edit : {m_server, m_email, m_password}) {
        connect(edit, &QLineEdit::returnPressed, this, &SignInPage::submit);
        connect(edit, &QLineEdit::textChanged, this, &SignInPage::updateButton);
    }
    connect(m_status, &StatusPanel::retryRequested, this, &SignInPage::submit);
    connect(m_invitation, &QPushButton::clicked, this, &SignInPage::openInvitation);
    connect(m_session, &Session::busyChanged, this, &SignInPage::setBusy);
    connect(m_session, &Session::signInFailed, this, [this](const QString &message) {
        m_status->showError(message);
        m_password->setFocus();
        m_password->selectAll();
    });
    connect(m_session, &Session::signedIn, this, [this] {
        m_status->clear();
        m_password->clear();
        m_notice->hide();
    });
    updateButton();
}

void SignInPage::openInvitation()
{
    QString refusal;
    const QUrl server = Session::normalizeServerUrl(m_server->text(), &refusal);
    if (server.isEmpty()) {
        m_status->showError(refusal);
        m_server->setFocus();
        return;
    }
    auto *dialog = new AcceptInvitationDialog(m_session, server, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_invitationDialog = dialog;
    dialog->open();
}

AcceptInvitationDialog *SignInPage::invitationDialog() const
{
    return m_invitationDialog;
}

void SignInPage::setServerAddress(const QString &address)
{
    m_server->setText(address);
}

void SignInPage::setEmail(const QString &email)
{
    m_email->setText(email);
}

void SignInPage::showNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void SignInPage::setKeyringNoticeVisible(bool visible)
{
    m_keyringNotice->setVisible(visible);
}

void SignInPage::focusFirstEmptyField()
{
    for (QLineEdit *edit : {m_server, m_email, m_password}) {
        if (edit->text().isEmpty()) {
            edit->setFocus();
            return;
        }
    }
    m_signIn->setFocus();
}

void SignInPage::updateButton()
{
    m_signIn->setEnabled(!m_session->isBusy() && !m_server->text().trimmed().isEmpty()
                         && !m_email->text().trimmed().isEmpty() && !m_password->text().isEmpty());
}

void SignInPage::submit()
{
    if (m_session->isBusy())
        return;
    QString refusal;
    const QUrl server = Session::normalizeServerUrl(m_server->text(), &refusal);
    if (server.isEmpty()) {
        m_status->showError(refusal);
        m_server->setFocus();
        return;
    }
    if (m_email->text().trimmed().isEmpty() || m_password->text().isEmpty()) {
        m_status->showError(tr("Enter your e-mail and password."));
        focusFirstEmptyField();
        return;
    }
    m_server->setText(server.toString());
    m_session->signIn(server, m_email->text().trimmed(), m_password->text());
}

void SignInPage::setBusy(bool busy)
{
    for (QLineEdit *edit : {m_server, m_email, m_password})
        edit->setReadOnly(busy);
    if (busy)
        m_status->showLoading(tr("Signing in…"));
    updateButton();
}

void SignInPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        m_texts.apply(); // what was typed stays
}
