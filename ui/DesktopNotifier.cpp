// SPDX-License-Identifier: GPL-3.0-or-later
#include "DesktopNotifier.h"

#include "Icons.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QSystemTrayIcon>

#ifdef CABINET_HAVE_DBUS
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#endif

#include <QTimer>

#include <utility>

namespace {
const QString NotificationsService = QStringLiteral("org.freedesktop.Notifications");
}

DesktopNotifier::DesktopNotifier(QObject *parent)
    : QObject(parent)
{
    // Offscreen (tests, screenshots) nothing is shown anywhere.
    if (QGuiApplication::platformName() == QLatin1String("offscreen")) {
        m_decided = true;
        return;
    }
    // After the window is up (the bus connection itself is made then), and the question to the
    // bus is asynchronous: a slow or hung session bus never holds the GUI thread.
    QTimer::singleShot(0, this, [this] {
#ifdef CABINET_HAVE_DBUS
        const QDBusConnection bus = QDBusConnection::sessionBus();
        if (bus.isConnected()) {
            const QDBusMessage ask = QDBusMessage::createMethodCall(
                QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
                QStringLiteral("org.freedesktop.DBus"), QStringLiteral("NameHasOwner"))
                << NotificationsService;
            auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(ask, 5000), this);
            connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *call) {
                const QDBusPendingReply<bool> reply = *call;
                call->deleteLater();
                decide(!reply.isError() && reply.value());
            });
            return;
        }
#endif
        decide(false);
    });
}

void DesktopNotifier::decide(bool notificationServer)
{
    if (notificationServer) {
        m_backend = Backend::DBus;
    } else if (QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages()) {
        m_tray = new QSystemTrayIcon(Icons::applicationIcon(), this);
        m_tray->setToolTip(QCoreApplication::applicationName());
        m_tray->show();
        m_backend = Backend::Tray;
    }
    m_decided = true;
    for (const auto &[title, message] : std::exchange(m_waiting, {}))
        show(title, message);
    emit backendDecided(m_backend);
}

DesktopNotifier::~DesktopNotifier() = default;

void DesktopNotifier::notify(const QString &title, const QString &message)
{
    m_history.append(title + QStringLiteral(": ") + message);
    if (m_history.size() > 100) // a long session keeps only the recent ones
        m_history.removeFirst();
    if (!m_decided) {
        if (m_waiting.size() < 10) // a burst before the answer: the first few are enough
            m_waiting.append({title, message});
        return;
    }
    show(title, message);
}

void DesktopNotifier::show(const QString &title, const QString &message)
{
    switch (m_backend) {
    case Backend::None:
        return;
    case Backend::DBus: {
#ifdef CABINET_HAVE_DBUS
        QDBusMessage call = QDBusMessage::createMethodCall(NotificationsService, QStringLiteral("/org/freedesktop/Notifications"),
                                                           NotificationsService, QStringLiteral("Notify"));
        call << QCoreApplication::applicationName() << uint(0) << QStringLiteral("unitalk-cabinet") << title << message
             << QStringList() << QVariantMap() << int(-1);
        QDBusConnection::sessionBus().call(call, QDBus::NoBlock); // never waits for the server's answer
#endif
        return;
    }
    case Backend::Tray:
        if (m_tray)
            m_tray->showMessage(title, message, QSystemTrayIcon::Information);
        return;
    }
}
