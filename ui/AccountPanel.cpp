// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountPanel.h"

#include "ApiClient.h"
#include "ErrorText.h"
#include "StatusPanel.h"
#include "Theme.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <memory>

namespace {
enum SessionColumn { CreatedColumn, LastSeenColumn, DeviceColumn, ActionColumn, SessionColumnCount };
} // namespace

AccountPanel::AccountPanel(ApiClient *api, QWidget *parent)
    : QFrame(parent)
    , m_api(api)
    , m_current(new QLineEdit(this))
    , m_new(new QLineEdit(this))
    , m_strength(new QLabel(this))
    , m_change(new QPushButton(this))
    , m_passwordStatus(new StatusPanel(this))
    , m_sessions(new QTreeWidget(this))
    , m_signOutOthers(new QPushButton(this))
    , m_sessionsStatus(new StatusPanel(this))
{
    setObjectName(QStringLiteral("card"));
    setMaximumWidth(680);
    m_current->setEchoMode(QLineEdit::Password);
    m_new->setEchoMode(QLineEdit::Password);
    Theme::makeSecondary(m_strength);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 18);
    auto *passwordTitle = new QLabel(this);
    Theme::makeHeading(passwordTitle);
    layout->addWidget(passwordTitle);
    auto *form = new QFormLayout;
    auto *currentLabel = new QLabel(this);
    auto *newLabel = new QLabel(this);
    currentLabel->setBuddy(m_current);
    newLabel->setBuddy(m_new);
    form->addRow(currentLabel, m_current);
    form->addRow(newLabel, m_new);
    form->addRow(QString(), m_strength);
    auto *changeRow = new QHBoxLayout;
    changeRow->addWidget(m_change);
    changeRow->addStretch(1);
    form->addRow(QString(), changeRow);
    layout->addLayout(form);
    layout->addWidget(m_passwordStatus);

    auto *sessionsTitle = new QLabel(this);
    Theme::makeHeading(sessionsTitle);
    layout->addSpacing(8);
    layout->addWidget(sessionsTitle);
    m_sessions->setRootIsDecorated(false);
    m_sessions->setColumnCount(SessionColumnCount);
    m_sessions->setMinimumHeight(140);
    m_sessions->header()->setStretchLastSection(false);
    m_sessions->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_sessions);
    auto *sessionsRow = new QHBoxLayout;
    sessionsRow->addWidget(m_signOutOthers);
    sessionsRow->addStretch(1);
    layout->addLayout(sessionsRow);
    layout->addWidget(m_sessionsStatus);

    m_texts.add([=, this] {
        passwordTitle->setText(tr("Password"));
        currentLabel->setText(tr("C&urrent password"));
        newLabel->setText(tr("&New password"));
        m_change->setText(tr("C&hange password"));
        sessionsTitle->setText(tr("Sessions"));
        m_sessions->setHeaderLabels({tr("Signed in"), tr("Last seen"), tr("Device"), QString()});
        m_sessions->setAccessibleName(tr("Your sessions"));
        m_signOutOthers->setText(tr("Sign out &everywhere else"));
        updatePasswordState();
        showSessions();
    });

    for (QLineEdit *edit : {m_current, m_new})
        connect(edit, &QLineEdit::textChanged, this, &AccountPanel::updatePasswordState);
    connect(m_new, &QLineEdit::returnPressed, this, &AccountPanel::changePassword);
    connect(m_change, &QPushButton::clicked, this, &AccountPanel::changePassword);
    connect(m_signOutOthers, &QPushButton::clicked, this, &AccountPanel::endOtherSessions);
    connect(m_sessionsStatus, &StatusPanel::retryRequested, this, &AccountPanel::reloadSessions);
    reloadSessions();
}

AccountPanel::Strength AccountPanel::strengthOf(const QString &password)
{
    if (password.size() < MinimumPasswordLength)
        return Strength::TooShort;
    bool lower = false, upper = false, digit = false, other = false;
    for (const QChar c : password) {
        lower = lower || c.isLower();
        upper = upper || c.isUpper();
        digit = digit || c.isDigit();
        other = other || !c.isLetterOrNumber();
    }
    const int kinds = int(lower) + int(upper) + int(digit) + int(other);
    if (password.size() >= 16 && kinds >= 3)
        return Strength::Strong;
    if (password.size() >= 12 || kinds >= 3)
        return Strength::Fair;
    return Strength::Weak;
}

QString AccountPanel::strengthText(Strength strength)
{
    switch (strength) {
    case Strength::TooShort:
        return tr("Too short: at least %n characters.", nullptr, MinimumPasswordLength);
    case Strength::Weak:
        return tr("Weak: a longer password, or one mixing letters, digits and signs, is harder to guess.");
    case Strength::Fair:
        return tr("Fair.");
    case Strength::Strong:
        return tr("Strong.");
    }
    return {};
}

void AccountPanel::updatePasswordState()
{
    const Strength strength = strengthOf(m_new->text());
    m_strength->setText(m_new->text().isEmpty() ? tr("At least %n characters.", nullptr, MinimumPasswordLength)
                                                : strengthText(strength));
    m_change->setEnabled(!m_current->text().isEmpty() && strength != Strength::TooShort);
}

void AccountPanel::changePassword()
{
    if (!m_change->isEnabled())
        return;
    m_change->setEnabled(false);
    m_passwordStatus->showLoading(tr("Changing the password…"));
    auto *job = m_api->changePassword(m_current->text(), m_new->text());
    connect(job, &ChangePasswordJob::finished, this, [this](const ApiResult<NoContent> &result) {
        updatePasswordState();
        if (!result.ok()) {
            m_passwordStatus->showError(messageWithDetail(result.error));
            return;
        }
        m_current->clear();
        m_new->clear();
        m_passwordStatus->showInfo(tr("Password changed. Every other session has been signed out."));
        reloadSessions();
    });
}

void AccountPanel::reloadSessions()
{
    m_sessionsStatus->showLoading(tr("Loading your sessions…"));
    connect(m_api->authSessions(), &AuthSessionsJob::finished, this, [this](const ApiResult<ListPage<AuthSession>> &result) {
        if (!result.ok()) {
            m_sessionsStatus->showError(messageWithDetail(result.error));
            return;
        }
        m_sessionsStatus->clear();
        m_loaded = result.value->items;
        showSessions();
        emit sessionsLoaded();
    });
}

void AccountPanel::showSessions()
{
    m_sessions->clear();
    const QLocale locale;
    bool others = false;
    for (const AuthSession &session : std::as_const(m_loaded)) {
        auto *item = new QTreeWidgetItem(m_sessions);
        item->setText(CreatedColumn, locale.toString(session.createdAt.toLocalTime(), QLocale::ShortFormat));
        item->setText(LastSeenColumn, session.lastSeenAt.isValid()
                                          ? locale.toString(session.lastSeenAt.toLocalTime(), QLocale::ShortFormat)
                                          : QString());
        item->setText(DeviceColumn, session.current ? tr("This device") : QString());
        item->setData(0, Qt::UserRole, session.id);
        if (session.current)
            continue; // this device signs out with the sidebar's "Sign out"
        others = true;
        auto *signOut = new QPushButton(tr("Sign out"), m_sessions);
        signOut->setAccessibleName(tr("Sign out the session created %1").arg(item->text(CreatedColumn)));
        connect(signOut, &QPushButton::clicked, this, [this, id = session.id] { endSession(id); });
        m_sessions->setItemWidget(item, ActionColumn, signOut);
    }
    m_signOutOthers->setEnabled(others && m_ending == 0);
}

void AccountPanel::endSession(const QString &sessionId)
{
    endSessions({sessionId});
}

void AccountPanel::endOtherSessions()
{
    QStringList ids;
    for (const AuthSession &session : std::as_const(m_loaded)) {
        if (!session.current)
            ids.append(session.id);
    }
    endSessions(ids);
}

void AccountPanel::endSessions(const QStringList &ids)
{
    if (ids.isEmpty() || m_ending > 0)
        return;
    m_ending = int(ids.size());
    m_signOutOthers->setEnabled(false);
    m_sessionsStatus->showLoading(tr("Signing out…"));
    auto failures = std::make_shared<QStringList>();
    for (const QString &id : ids) {
        connect(m_api->endSession(id), &EndSessionJob::finished, this, [this, failures](const ApiResult<NoContent> &result) {
            if (!result.ok())
                failures->append(messageWithDetail(result.error));
            if (--m_ending > 0)
                return;
            if (!failures->isEmpty()) {
                m_sessionsStatus->showError(failures->first());
                return;
            }
            reloadSessions();
        });
    }
}

void AccountPanel::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        m_texts.apply();
}
