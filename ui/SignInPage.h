// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TranslatedTexts.h"

#include <QPointer>
#include <QWidget>

class AcceptInvitationDialog;
class QLabel;
class QLineEdit;
class QPushButton;
class Session;
class StatusPanel;

// Sign in: server address (remembered), e-mail and password. Errors appear in place, the
// form is disabled while the request runs, and nothing blocks the window.
class SignInPage : public QWidget
{
    Q_OBJECT

public:
    explicit SignInPage(Session *session, QWidget *parent = nullptr);

    void setServerAddress(const QString &address);
    void setEmail(const QString &email);
    // A message above the form, e.g. "Your session has ended".
    void showNotice(const QString &text);
    void setKeyringNoticeVisible(bool visible);
    void focusFirstEmptyField();

    QLineEdit *serverEdit() const { return m_server; }
    QLineEdit *emailEdit() const { return m_email; }
    QLineEdit *passwordEdit() const { return m_password; }
    QPushButton *signInButton() const { return m_signIn; }
    StatusPanel *statusPanel() const { return m_status; }
    QPushButton *invitationButton() const { return m_invitation; }
    // "I have an invitation" (R32): opens the dialog for the server address typed here.
    void openInvitation();
    AcceptInvitationDialog *invitationDialog() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    TranslatedTexts m_texts;
    void submit();
    void setBusy(bool busy);
    void updateButton();

    Session *m_session;
    QLineEdit *m_server;
    QLineEdit *m_email;
    QLineEdit *m_password;
    QPushButton *m_signIn;
    QPushButton *m_invitation;
    QPointer<AcceptInvitationDialog> m_invitationDialog;
    StatusPanel *m_status;
    QLabel *m_notice;
    QLabel *m_keyringNotice;
};
