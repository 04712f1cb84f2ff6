// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

class QSystemTrayIcon;

// Shows a notification on the desktop (R31): through org.freedesktop.Notifications on the session
// D-Bus when a notification server is there, else through the system tray's balloon, else nowhere
// (an offscreen test, a desktop without either): never an error, and nothing waits for the bus.
// Whether a notification server is there is asked once, asynchronously, after start: until the
// answer comes (backendDecided) notifications are kept and then shown.
class DesktopNotifier : public QObject
{
    Q_OBJECT

public:
    enum class Backend { None, DBus, Tray };

    explicit DesktopNotifier(QObject *parent = nullptr);
    ~DesktopNotifier() override;

    Backend backend() const { return m_backend; }
    bool isDecided() const { return m_decided; }
    void notify(const QString &title, const QString &message);
    // Every notification asked for, "title: message" (tests; also when no backend shows it).
    QStringList history() const { return m_history; }

signals:
    void backendDecided(DesktopNotifier::Backend backend);

private:
    void decide(bool notificationServer);
    void show(const QString &title, const QString &message);

    Backend m_backend = Backend::None;
    bool m_decided = false;
    QList<QPair<QString, QString>> m_waiting; // asked for before the backend was known
    QPointer<QSystemTrayIcon> m_tray;
    QStringList m_history;
};
