// SPDX-License-Identifier: GPL-3.0-or-later
#include "NotificationCenter.h"

#include <QSettings>

NotificationCenter::NotificationCenter(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_feed(new EventFeed(api, this))
    , m_model(new NotificationsModel(this))
{
    connect(m_feed, &EventFeed::eventsArrived, this, &NotificationCenter::onEvents);
    connect(m_feed, &EventFeed::advancedTo, this, &NotificationCenter::rememberSeen);
}

NotificationCenter::NotificationCenter(EventSource *source, QObject *parent)
    : QObject(parent)
    , m_feed(new EventFeed(source, this))
    , m_model(new NotificationsModel(this))
{
    connect(m_feed, &EventFeed::eventsArrived, this, &NotificationCenter::onEvents);
    connect(m_feed, &EventFeed::advancedTo, this, &NotificationCenter::rememberSeen);
}

namespace {

// One key per server, user and project for each of the feed's small marks.
QString settingKey(QLatin1StringView mark, const QUrl &server, const QString &userId, const QString &projectId)
{
    return QStringLiteral("notifications/%1/%2/%3/%4")
        .arg(mark, QString::fromLatin1(QUrl::toPercentEncoding(server.authority())), userId, projectId);
}

} // namespace

QString NotificationCenter::lastReadSetting(const QUrl &server, const QString &userId, const QString &projectId)
{
    return settingKey(QLatin1StringView("lastRead"), server, userId, projectId);
}

QString NotificationCenter::lastSeenSetting(const QUrl &server, const QString &userId, const QString &projectId)
{
    return settingKey(QLatin1StringView("lastSeen"), server, userId, projectId);
}

void NotificationCenter::open(const QUrl &server, const QString &userId, const ProjectMembership &project,
                              const QString &currency)
{
    close();
    if (!roleHas(project.role, Permission::ViewFinance))
        return; // the feed is a finance route (R4): nothing to follow, no request
    m_setting = lastReadSetting(server, userId, project.id);
    const qint64 lastRead = QSettings().value(m_setting, 0).toLongLong();
    m_currency = currency;
    m_model->reset(project.role, currency, lastRead);
    // After the last event seen here before (none: from the beginning of the feed): the list shows
    // what happened since, unread; only what happens from now on is announced. A reopen does not
    // read the project's whole event history again.
    m_seenSetting = lastSeenSetting(server, userId, project.id);
    const qint64 seen = QSettings().value(m_seenSetting, 0).toLongLong();
    m_lastSeen = seen;
    m_feed->start(project.id, project.role, seen > 0 ? std::optional<qint64>(seen) : std::nullopt);
}

void NotificationCenter::rememberSeen(qint64 lastEventId)
{
    // Written when it moved on, not on every empty poll.
    if (m_seenSetting.isEmpty() || lastEventId <= m_lastSeen)
        return;
    m_lastSeen = lastEventId;
    QSettings().setValue(m_seenSetting, lastEventId);
}

void NotificationCenter::close()
{
    m_feed->stop();
    m_model->reset(Role::Unknown, m_currency, 0);
    m_setting.clear();
    m_seenSetting.clear();
    m_lastSeen = 0;
}

void NotificationCenter::setCurrency(const QString &currency)
{
    if (currency.isEmpty() || currency == m_currency)
        return;
    m_currency = currency;
    m_model->setCurrency(currency); // the list's amounts in it, in place
}

void NotificationCenter::markAllRead()
{
    // Closing the list marks it read: written only when something became read (not on every close).
    const qint64 before = m_model->lastReadId();
    m_model->markAllRead();
    if (!m_setting.isEmpty() && m_model->lastReadId() != before)
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
