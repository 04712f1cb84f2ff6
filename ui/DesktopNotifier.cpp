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
#endif

namespace {
const QString NotificationsService = QStringLiteral("org.freedesktop.Notifications");
}

DesktopNotifier::DesktopNotifier(QObject *parent)
    : QObject(parent)
{
    // Offscreen (tests, screenshots) nothing is shown anywhere.
    if (QGuiApplication::platformName() == QLatin1String("offscreen"))
        return;
#ifdef CABINET_HAVE_DBUS
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (bus.isConnected() && bus.interface() && bus.interface()->isServiceRegistered(NotificationsService)) {
        m_backend = Backend::DBus;
        return;
    }
#endif
    if (QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages()) {
        m_tray = new QSystemTrayIcon(Icons::applicationIcon(), this);
        m_tray->setToolTip(QCoreApplication::applicationName());
        m_tray->show();
        m_backend = Backend::Tray;
    }
}

DesktopNotifier::~DesktopNotifier() = default;

void DesktopNotifier::notify(const QString &title, const QString &message)
{
    m_history.append(title + QStringLiteral(": ") + message);
    if (m_history.size() > 100) // a long session keeps only the recent ones
        m_history.removeFirst();
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
