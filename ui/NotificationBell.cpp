// SPDX-License-Identifier: GPL-3.0-or-later
#include "NotificationBell.h"

#include "Icons.h"
#include "NotificationCenter.h"
#include "Theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

NotificationsPanel::NotificationsPanel(NotificationCenter *center, QWidget *parent)
    : QFrame(parent, Qt::Popup)
    , m_center(center)
    , m_title(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_list(new QListView(this))
    , m_markRead(new QPushButton(this))
{
    setObjectName(QStringLiteral("notifications"));
    setFrameShape(QFrame::StyledPanel);
    setAttribute(Qt::WA_DeleteOnClose);
    setAttribute(Qt::WA_NoMouseReplay); // a click on the bell closes the list, not reopens it
    resize(420, 460);
    auto *layout = new QVBoxLayout(this);
    auto *header = new QHBoxLayout;
    Theme::makeHeading(m_title);
    header->addWidget(m_title, 1);
    header->addWidget(m_markRead);
    layout->addLayout(header);
    m_list->setModel(center->model());
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);
    m_list->setAlternatingRowColors(true);
    m_list->setSpacing(2);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_list, 1);
    Theme::makeSecondary(m_empty);
    m_empty->setWordWrap(true);
    layout->addWidget(m_empty);
    connect(m_markRead, &QPushButton::clicked, center, &NotificationCenter::markAllRead);
    connect(center->model(), &QAbstractItemModel::rowsInserted, this, &NotificationsPanel::updateEmpty);
    connect(center->model(), &QAbstractItemModel::modelReset, this, &NotificationsPanel::updateEmpty);
    applyTexts();
}

void NotificationsPanel::applyTexts()
{
    m_title->setText(tr("Notifications"));
    m_markRead->setText(tr("Mark all as &read"));
    m_list->setAccessibleName(tr("Notifications"));
    updateEmpty();
}

void NotificationsPanel::updateEmpty()
{
    const bool empty = m_center->model()->rowCount() == 0;
    m_empty->setText(empty ? tr("No notifications yet. Payments, low balance, auto top-up and credit dates show up "
                                "here and on the desktop.")
                           : QString());
    m_empty->setVisible(empty);
    m_list->setVisible(!empty);
}

void NotificationsPanel::hideEvent(QHideEvent *event)
{
    QFrame::hideEvent(event);
    emit closed();
}

void NotificationsPanel::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        applyTexts();
}

NotificationBell::NotificationBell(NotificationCenter *center, QWidget *parent)
    : QToolButton(parent)
    , m_center(center)
{
    setObjectName(QStringLiteral("notificationBell"));
    setIcon(Icons::icon(QStringLiteral("bell"), palette()));
    setIconSize(QSize(20, 20));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setAutoRaise(true);
    connect(center->model(), &NotificationsModel::unreadCountChanged, this, &NotificationBell::showCount);
    connect(this, &QToolButton::clicked, this, &NotificationBell::openPanel);
    showCount(0);
}

void NotificationBell::showCount(int unread)
{
    m_unread = unread;
    setText(unread > 0 ? QString::number(unread) : QString());
    setToolTip(unread > 0 ? tr("%n unread notification(s)", nullptr, unread) : tr("Notifications"));
    setAccessibleName(toolTip());
    QFont bold = font();
    bold.setBold(unread > 0);
    setFont(bold);
}

void NotificationBell::openPanel()
{
    if (m_panel) {
        m_panel->close();
        return;
    }
    auto *panel = new NotificationsPanel(m_center, this);
    m_panel = panel;
    // Closing the list is having read it.
    connect(panel, &NotificationsPanel::closed, m_center, &NotificationCenter::markAllRead);
    QPoint at = mapToGlobal(QPoint(0, height()));
    if (const QScreen *screen = this->screen()) {
        const QRect available = screen->availableGeometry();
        at.setX(qMin(at.x(), available.right() - panel->width()));
        at.setY(qMin(at.y(), available.bottom() - panel->height()));
    }
    panel->move(at);
    panel->show();
}

void NotificationBell::changeEvent(QEvent *event)
{
    QToolButton::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        showCount(m_unread);
}
