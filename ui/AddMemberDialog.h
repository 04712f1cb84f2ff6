// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Jobs.h"
#include "TranslatedTexts.h"

#include <QDialog>
#include <QPointer>

class ApiClient;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class StatusPanel;

// Users > Add member (R32, the Owner): e-mail, name and role (never Owner, R1), then a confirmation
// step that repeats what will happen. For an e-mail the server does not know, its answer carries a
// one-time invitation token: it is shown here once, with a copy button, for the Owner to send to
// the person; the client keeps it nowhere.
class AddMemberDialog : public QDialog
{
    Q_OBJECT

public:
    AddMemberDialog(ApiClient *api, QString projectId, QWidget *parent = nullptr);

    QLineEdit *emailEdit() const { return m_email; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *roleChooser() const { return m_role; }
    // "Add…" on the form, "Add" on the confirmation, "Close" once the member is added.
    QPushButton *primaryButton() const { return m_primary; }
    StatusPanel *statusPanel() const { return m_status; }
    QLineEdit *tokenField() const { return m_token; }
    QPushButton *copyTokenButton() const { return m_copy; }
    bool isConfirming() const { return m_step == Step::Confirm; }

signals:
    // The server added the member; token is empty for a user who already had an account.
    void memberAdded(const NewMember &member, const QString &invitationToken);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Step { Form, Confirm, Sending, Done };
    void next();
    void send();
    void setStep(Step step);
    NewMember member() const;
    void updateButtons();

    ApiClient *m_api;
    QString m_projectId;
    TranslatedTexts m_texts;
    QLineEdit *m_email;
    QLineEdit *m_name;
    QComboBox *m_role;
    QLabel *m_confirmation;
    QLabel *m_tokenCaption;
    QLineEdit *m_token;
    QPushButton *m_copy;
    StatusPanel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_primary;
    QPushButton *m_back;
    Step m_step = Step::Form;
    QPointer<AddMemberJob> m_job;
};
