// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TranslatedTexts.h"

#include <QDialog>
#include <QUrl>

class QLabel;
class QLineEdit;
class QPushButton;
class Session;
class StatusPanel;

// Sign in > "I have an invitation" (R32): the token the Owner sent, the name and a password of
// at least 10 characters (R33), typed twice. Accepting signs in, like a login: the dialog closes
// when the session has signed in, and shows the server's refusal (a used or expired token) in place.
class AcceptInvitationDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int MinimumPasswordLength = 10;

    AcceptInvitationDialog(Session *session, QUrl server, QWidget *parent = nullptr);

    QLineEdit *tokenEdit() const { return m_token; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *repeatEdit() const { return m_repeat; }
    QPushButton *acceptButton() const { return m_accept; }
    StatusPanel *statusPanel() const { return m_status; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void submit();
    void updateState();

    Session *m_session;
    QUrl m_server;
    TranslatedTexts m_texts;
    QLineEdit *m_token;
    QLineEdit *m_name;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_hint;
    QPushButton *m_accept;
    StatusPanel *m_status;
};
