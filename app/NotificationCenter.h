// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiTypes.h"
#include "EventFeed.h"
#include "NotificationsModel.h"

#include <QObject>
#include <QUrl>

class ApiClient;

// The notifications of the current project (R31): it follows the event feed, keeps the list for
// the bell (NotificationsModel) and remembers, per server, user and project, which events were
// read. Live events are announced (desktop notifications), and what they change is read again
// (figuresChanged: the union of their effects, so a burst reloads each figure once). Only finance roles follow a feed (the route is theirs);
// for anyone but the Owner no withdrawal_* event is kept anywhere (R3: the feed drops them, the
// model refuses them). Nothing of the feed is written to disk but two event ids: the last read and
// the last seen (where a reopen resumes).
class NotificationCenter : public QObject
{
    Q_OBJECT

public:
    NotificationCenter(ApiClient *api, QObject *parent = nullptr);
    // For tests: any network layer.
    NotificationCenter(EventSource *source, QObject *parent = nullptr);

    void open(const QUrl &server, const QString &userId, const ProjectMembership &project,
              const QString &currency = QStringLiteral("UAH"));
    void close();
    void setOffline(bool offline) { m_feed->setOffline(offline); }
    void markAllRead();
    // The project's currency, from an answer that carries it (the balances): event data has none.
    void setCurrency(const QString &currency);
    QString currency() const { return m_currency; }

    EventFeed *feed() const { return m_feed; }
    NotificationsModel *model() const { return m_model; }
    bool isFollowing() const { return m_feed->isRunning(); }

    static QString lastReadSetting(const QUrl &server, const QString &userId, const QString &projectId);
    // The last event id the feed moved past: a reopen asks only for what came after it.
    static QString lastSeenSetting(const QUrl &server, const QString &userId, const QString &projectId);

signals:
    // Events that happened while the client follows the feed (not the catch-up at opening).
    void announced(const QList<ProjectEvent> &events);
    // Live events changed these figures: the pages showing them read them again.
    void figuresChanged(EventEffects effects);

private:
    void onEvents(const QList<ProjectEvent> &events, bool live);

    EventFeed *m_feed;
    NotificationsModel *m_model;
    void rememberSeen(qint64 lastEventId);

    QString m_setting;
    QString m_seenSetting;
    qint64 m_lastSeen = 0;
    QString m_currency = QStringLiteral("UAH"); // until an answer says otherwise
};
