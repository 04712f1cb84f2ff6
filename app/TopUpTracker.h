// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiTypes.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

class ApiClient;
class EventFeed;
class TopUpsJob;

// Follows a card top-up after the payment page was opened, until it is no longer pending (paid
// or cancelled) or the time limit passes. While the project's event feed is healthy its
// topup_paid says the outcome and nothing is polled (R31); while the feed is down (not followed,
// catching up, failing, offline) GET /topups is polled every interval(), at once when it goes down.
class TopUpTracker : public QObject
{
    Q_OBJECT

public:
    TopUpTracker(ApiClient *api, QString projectId, QString topUpId, QObject *parent = nullptr);

    void setInterval(std::chrono::milliseconds interval) { m_timer.setInterval(interval); }
    void setTimeLimit(std::chrono::milliseconds limit) { m_limit.setInterval(limit); }
    // The feed of the same project; none: always poll.
    void followFeed(EventFeed *feed);
    void start();
    void stop();
    // One GET /topups now (the dialog is shown again, the user is back from the payment page): a
    // failed card payment is no event, so even a healthy feed would not tell it.
    void checkNow();
    bool isRunning() const { return m_running; }
    bool isPolling() const { return m_timer.isActive(); }
    // The feed reports the outcome: whoever shows the figures hears it from the feed as well.
    bool feedReports() const;

signals:
    void statusChanged(const TopUp &topUp); // every status seen, including "pending"
    void finished(const TopUp &topUp);      // paid or cancelled
    void pollFailed(const QString &message); // polling goes on after a failed poll
    void timedOut();

private:
    void poll();
    void updatePolling();
    void onEvents(const QList<ProjectEvent> &events);
    void seen(const TopUp &topUp);

    ApiClient *m_api;
    QString m_projectId;
    QString m_topUpId;
    QString m_lastStatus;
    QTimer m_timer;
    QTimer m_limit;
    bool m_running = false;
    QPointer<EventFeed> m_feed;
    QPointer<TopUpsJob> m_job;
};
