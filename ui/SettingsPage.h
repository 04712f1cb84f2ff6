// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Page.h"

class AccountPanel;
class QComboBox;
class QLabel;
class QLineEdit;
class Session;

// Settings: the server address (changing it signs out), the account, where the session is kept,
// the interface language, and signing out.
class SettingsPage : public Page
{
    Q_OBJECT

public:
    explicit SettingsPage(Session *session, QWidget *parent = nullptr);

    // System language, Українська, Русский, English: saved in QSettings and applied at once.
    QComboBox *languageChooser() const { return m_language; }
    AccountPanel *account() const { return m_account; }

private:
    void applyServer();
    void updateKeyringText();

    Session *m_session;
    QLineEdit *m_server;
    QLabel *m_serverError;
    QLabel *m_keyring;
    QComboBox *m_language;
    AccountPanel *m_account = nullptr;
};
