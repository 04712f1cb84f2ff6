// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QPointer>
#include <QToolButton>

class NotificationCenter;
class QLabel;
class QListView;
class QPushButton;

// The list behind the bell: the project's notifications, newest first, unread ones in bold.
class NotificationsPanel : public QFrame
{
    Q_OBJECT
public:
    NotificationsPanel(NotificationCenter *center, QWidget *parent = nullptr);
    QListView *list() const { return m_list; }

signals:
    void closed();

protected:
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyTexts();
    void updateEmpty();

    NotificationCenter *m_center;
    QLabel *m_title;
    QLabel *m_empty;
    QListView *m_list;
    QPushButton *m_markRead;
};

// The bell in the main window (R31): the number of unread notifications of the current project;
// a click opens the list, and closing it marks them read.
class NotificationBell : public QToolButton
{
    Q_OBJECT
public:
    NotificationBell(NotificationCenter *center, QWidget *parent = nullptr);

    int unreadCount() const { return m_unread; }
    NotificationsPanel *panel() const { return m_panel; }
    void openPanel();

protected:
    void changeEvent(QEvent *event) override;

private:
    void showCount(int unread);

    NotificationCenter *m_center;
    QPointer<NotificationsPanel> m_panel;
    int m_unread = 0;
};
