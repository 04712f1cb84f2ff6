// SPDX-License-Identifier: GPL-3.0-or-later
#include "NotificationCenter.h"

#include <QSettings>

NotificationCenter::NotificationCenter(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_feed(new EventFeed(api, this))
    , m_model(new NotificationsModel(this))
{
    connect(m_feed, &EventFeed::eventsArrived, this, &NotificationCenter::onEvents);
}

NotificationCenter::NotificationCenter(EventSource *source, QObject *parent)
    : QObject(parent)
    , m_feed(new EventFeed(source, this))
    , m_model(new NotificationsModel(this))
{
    connect(m_feed, &EventFeed::eventsArrived, this, &NotificationCenter::onEvents);
}

QString NotificationCenter::lastReadSetting(const QUrl &server, const QString &userId, const QString &projectId)
{
    return QStringLiteral("notifications/lastRead/%1/%2/%3")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(server.authority())), userId, projectId);
}

void NotificationCenter::open(const QUrl &server, const QString &userId, const ProjectMembership &project,
                              const QString &currency)
{
    close();
    if (!roleHas(project.role, Permission::ViewFinance))
        return; // the feed is a finance route (R4): nothing to follow, no request
    m_setting = lastReadSetting(server, userId, project.id);
    const qint64 lastRead = QSettings().value(m_setting, 0).toLongLong();
    m_model->reset(project.role, currency, lastRead);
    // From the beginning of the feed: the list shows what happened before, read or not; only what
    // happens from now on is announced.
    m_feed->start(project.id, project.role);
}

void NotificationCenter::close()
{
    m_feed->stop();
    m_model->reset(Role::Unknown, QStringLiteral("UAH"), 0);
    m_setting.clear();
}

void NotificationCenter::markAllRead()
{
    m_model->markAllRead();
    if (!m_setting.isEmpty())
        QSettings().setValue(m_setting, m_model->lastReadId());
}

void NotificationCenter::onEvents(const QList<ProjectEvent> &events, bool live)
{
    const QList<ProjectEvent> added = m_model->addEvents(events);
    if (!live || added.isEmpty())
        return;
    emit announced(added);
    EventEffects effects;
    for (const ProjectEvent &event : added)
        effects |= event.effects();
    if (effects)
        emit figuresChanged(effects);
}
