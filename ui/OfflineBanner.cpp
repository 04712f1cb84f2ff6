// SPDX-License-Identifier: GPL-3.0-or-later
#include "OfflineBanner.h"

#include "ConnectivityMonitor.h"
#include "Icons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

OfflineBanner::OfflineBanner(ConnectivityMonitor *monitor, QWidget *parent)
    : QFrame(parent)
    , m_monitor(monitor)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("offlineBanner"));
    // Amber with dark text reads in light and dark palettes alike.
    setStyleSheet(QStringLiteral("#offlineBanner { background: #fff4ce; border-bottom: 1px solid #e0c060; }"
                                 "#offlineBanner QLabel { color: #4a3b00; }"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(28, 8, 28, 8);
    m_icon->setPixmap(Icons::icon(QStringLiteral("warning"), QColor(0x4a, 0x3b, 0x00)).pixmap(18, 18));
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    connect(monitor, &ConnectivityMonitor::offlineChanged, this, &OfflineBanner::update);
    update();
}

QString OfflineBanner::text() const
{
    return m_text->text();
}

void OfflineBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        update();
}

void OfflineBanner::update()
{
    setAccessibleName(tr("Connection status"));
    setVisible(m_monitor->isOffline());
    if (!m_monitor->isOffline())
        return;
    m_text->setText(tr("<b>Offline since %1.</b> Showing the figures saved on this computer, read-only.")
                        .arg(QLocale().toString(m_monitor->offlineSince().time(), QStringLiteral("HH:mm"))));
    setToolTip(tr("The server cannot be reached. Top-ups and credit requests wait until the connection is back; "
                  "the cabinet retries by itself and catches up."));
}
