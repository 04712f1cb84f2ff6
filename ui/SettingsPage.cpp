// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsPage.h"

#include "AccountPanel.h"
#include "Icons.h"
#include "LanguageSettings.h"
#include "SecretStore.h"
#include "Session.h"
#include "Theme.h"

#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

SettingsPage::SettingsPage(Session *session, QWidget *parent)
    : Page(parent)
    , m_session(session)
    , m_server(new QLineEdit(this))
    , m_serverError(new QLabel(this))
    , m_keyring(new QLabel(this))
    , m_language(new QComboBox(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 22, 28, 16);
    layout->setSpacing(12);
    auto *title = new QLabel(this);
    Theme::makeTitle(title);
    layout->addWidget(title);

    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("card"));
    card->setMaximumWidth(680);
    auto *form = new QFormLayout(card);
    form->setContentsMargins(20, 18, 20, 18);
    form->setVerticalSpacing(12);

    const UserInfo user = session->user();
    auto *account = new QLabel(card);
    account->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *accountLabel = new QLabel(card);
    form->addRow(accountLabel, account);

    m_server->setText(session->serverUrl().toString());
    auto *apply = new QPushButton(card);
    auto *serverRow = new QHBoxLayout;
    serverRow->addWidget(m_server, 1);
    serverRow->addWidget(apply);
    auto *serverLabel = new QLabel(card);
    serverLabel->setBuddy(m_server);
    form->addRow(serverLabel, serverRow);
    Theme::makeError(m_serverError);
    m_serverError->hide();
    form->addRow(QString(), m_serverError);

    m_keyring->setWordWrap(true);
    auto *sessionLabel = new QLabel(card);
    form->addRow(sessionLabel, m_keyring);

    // The interface language applies at once: every window is retranslated (QEvent::LanguageChange).
    auto *languageLabel = new QLabel(card);
    languageLabel->setBuddy(m_language);
    auto *languageRow = new QHBoxLayout;
    languageRow->addWidget(m_language);
    languageRow->addStretch(1);
    form->addRow(languageLabel, languageRow);

    auto *signOut = new QPushButton(Icons::icon(QStringLiteral("logout"), palette()), QString(), card);
    auto *signOutRow = new QHBoxLayout;
    signOutRow->addWidget(signOut);
    signOutRow->addStretch(1);
    form->addRow(QString(), signOutRow);
    layout->addWidget(card);
    // Settings > Account: password and sessions (R33); not offline-only: it asks the server.
    m_account = new AccountPanel(session->api(), this);
    layout->addWidget(m_account);
    layout->addStretch(1);
    m_texts.add([=, this] {
        setAccessibleName(tr("Settings"));
        title->setText(tr("Settings"));
        account->setText(user.name.isEmpty() ? user.email : tr("%1 <%2>").arg(user.name, user.email));
        accountLabel->setText(tr("Signed in as"));
        m_server->setAccessibleName(tr("Server address"));
        apply->setText(tr("&Apply and sign in again"));
        serverLabel->setText(tr("&Server address"));
        sessionLabel->setText(tr("Session"));
        m_language->setAccessibleName(tr("Interface language"));
        QList<std::pair<QString, QVariant>> languages;
        for (const QString &choice : Language::choices())
            languages.append({Language::displayName(choice), choice});
        TranslatedTexts::setItems(m_language, languages);
        languageLabel->setText(tr("&Language"));
        signOut->setText(tr("Sign &out"));
        signOut->setAccessibleName(tr("Sign out"));
        updateKeyringText();
        if (m_serverError->isVisible()) {
            // The refusal in the new language: the same check over the same text.
            QString refusal;
            Session::normalizeServerUrl(m_server->text(), &refusal);
            m_serverError->setText(refusal);
        }
    });
    m_language->setCurrentIndex(m_language->findData(Language::savedChoice()));

    connect(apply, &QPushButton::clicked, this, &SettingsPage::applyServer);
    connect(m_server, &QLineEdit::returnPressed, this, &SettingsPage::applyServer);
    connect(signOut, &QPushButton::clicked, this, &SettingsPage::signOutRequested);
    connect(m_language, &QComboBox::activated, this, [this](int index) {
        const QString choice = m_language->itemData(index).toString();
        Language::saveChoice(choice);
        Language::apply(choice);
    });
    connect(session->secrets(), &SecretStore::persistenceChanged, this, &SettingsPage::updateKeyringText);
    setContentReady();
}

void SettingsPage::applyServer()
{
    QString refusal;
    const QUrl url = Session::normalizeServerUrl(m_server->text(), &refusal);
    if (url.isEmpty()) {
        m_serverError->setText(refusal);
        m_serverError->show();
        return;
    }
    m_serverError->hide();
    if (url == m_session->serverUrl())
        return;
    m_session->signOut();
    m_session->setServerUrl(url);
}

void SettingsPage::updateKeyringText()
{
    m_keyring->setText(m_session->secrets()->isPersistent()
                           ? tr("Kept in the system keyring: you stay signed in after a restart.")
                           : tr("No system keyring: you will need to sign in again next time."));
}
