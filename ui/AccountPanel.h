// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiTypes.h"
#include "TranslatedTexts.h"

#include <QFrame>

class ApiClient;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class StatusPanel;

// Settings > Account (R33): change the password (the current one, a new one of at least 10
// characters with a strength hint; the server's 422 shown as it says), and the user's sessions
// (created, last seen, "this device") with "Sign out" on each and "Sign out everywhere else".
// A password change ends every other session on the server; this one stays signed in.
class AccountPanel : public QFrame
{
    Q_OBJECT

public:
    static constexpr int MinimumPasswordLength = 10;
    enum class Strength { TooShort, Weak, Fair, Strong };

    explicit AccountPanel(ApiClient *api, QWidget *parent = nullptr);

    // A hint, not a rule: the server only requires the length (R33). Length and kinds of characters.
    static Strength strengthOf(const QString &password);
    static QString strengthText(Strength strength);

    QLineEdit *currentPasswordEdit() const { return m_current; }
    QLineEdit *newPasswordEdit() const { return m_new; }
    QLabel *strengthHint() const { return m_strength; }
    QPushButton *changePasswordButton() const { return m_change; }
    StatusPanel *passwordStatus() const { return m_passwordStatus; }
    QTreeWidget *sessionList() const { return m_sessions; }
    QPushButton *signOutOthersButton() const { return m_signOutOthers; }
    StatusPanel *sessionsStatus() const { return m_sessionsStatus; }
    QList<AuthSession> sessions() const { return m_loaded; }

    void reloadSessions();
    void endSession(const QString &sessionId);
    void endOtherSessions();

signals:
    void sessionsLoaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void changePassword();
    void updatePasswordState();
    void showSessions();
    void endSessions(const QStringList &ids);

    ApiClient *m_api;
    TranslatedTexts m_texts;
    QLineEdit *m_current;
    QLineEdit *m_new;
    QLabel *m_strength;
    QPushButton *m_change;
    StatusPanel *m_passwordStatus;
    QTreeWidget *m_sessions;
    QPushButton *m_signOutOthers;
    StatusPanel *m_sessionsStatus;
    QList<AuthSession> m_loaded;
    int m_ending = 0;
};
