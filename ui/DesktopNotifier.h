// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

class QSystemTrayIcon;

// Shows a notification on the desktop (R31): through org.freedesktop.Notifications on the session
// D-Bus when a notification server is there, else through the system tray's balloon, else nowhere
// (an offscreen test, a desktop without either): never an error, and a notification never waits
// for an answer (the bus is asked once, at start, whether a notification server is there).
class DesktopNotifier : public QObject
{
    Q_OBJECT

public:
    enum class Backend { None, DBus, Tray };

    explicit DesktopNotifier(QObject *parent = nullptr);
    ~DesktopNotifier() override;

    Backend backend() const { return m_backend; }
    void notify(const QString &title, const QString &message);
    // Every notification asked for, "title: message" (tests; also when no backend shows it).
    QStringList history() const { return m_history; }

private:
    Backend m_backend = Backend::None;
    QPointer<QSystemTrayIcon> m_tray;
    QStringList m_history;
};
