// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiJob.h"
#include "ApiTypes.h"
#include "Permissions.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <optional>

class ApiClient;
class EventsJob;

// The network layer the feed polls through: one GET /events at a time. The real one goes through
// ApiClient (ApiEventSource); tests put a fake here whose answers come late, broken or never.
class EventSource : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    // Starts one request; answered() follows once, unless cancel() comes first. limit 0: the
    // server's default page.
    virtual void fetch(const QString &projectId, std::optional<qint64> after, int waitSeconds, int limit) = 0;
    virtual void cancel() = 0;
signals:
    void answered(const ApiResult<EventPage> &result);
};

class ApiEventSource : public EventSource
{
    Q_OBJECT
public:
    explicit ApiEventSource(ApiClient *api, QObject *parent = nullptr);
    void fetch(const QString &projectId, std::optional<qint64> after, int waitSeconds, int limit) override;
    void cancel() override;

private:
    ApiClient *m_api;
    QPointer<EventsJob> m_job;
};

// Follows a project's event feed (R31) with long polls: GET /events?after=<last seen>&wait=25.
// - One request at a time; an answer with events is followed by the next poll at once, an empty
//   answer that came back sooner than the server should have held it (a server or proxy that does
//   not hold) by a pause, so the feed never loops busily.
// - An error (no answer, 5xx, a garbled body, an answer that never comes: a watchdog ends it)
//   retries after a jittered exponential backoff (1 s, 2 s, 4 s, ... at most 60 s, each drawn
//   from the upper half of its interval so many clients do not retry in step).
// - 401, 403 and 404 stop it: the session or the role changed, and the window rebuilds it.
// - Paused while offline (the connectivity monitor says so), resumed at once when back online.
// - start() again (another project) drops everything in flight and starts over.
// - R3, in depth: for anyone but the Owner a withdrawal_* event is dropped here, before any model,
//   list or cache could hold it (the server already never sends one).
// After start() come the catch-up answers (wait=0, page after page, until one has nothing new:
// events from before the client followed, live == false); then the long polls, whose events are live.
class EventFeed : public QObject
{
    Q_OBJECT

public:
    struct Timing
    {
        int waitSeconds = 25;                                        // the server holds a poll this long
        std::chrono::milliseconds firstRetry{1000};                  // backoff after the first error
        std::chrono::milliseconds longestRetry{60000};               // backoff ceiling
        std::chrono::milliseconds watchdogMargin{20000};             // beyond the wait: the answer is lost
        std::chrono::milliseconds quietPause{5000};                  // after an empty answer that was not held
        std::chrono::milliseconds minimumGap{200};                   // between any two requests
    };

    // The catch-up asks for this many events a page (the contract's most): fewer round trips.
    static constexpr int CatchUpLimit = 1000;

    explicit EventFeed(EventSource *source, QObject *parent = nullptr);
    // The usual feed through the client's REST connection.
    explicit EventFeed(ApiClient *api, QObject *parent = nullptr);

    void setTiming(const Timing &timing) { m_timing = timing; }
    Timing timing() const { return m_timing; }

    // Follows this project as a member with this role, after the event id `after` (none: from the
    // beginning of the feed). Stops what was in flight for an earlier project.
    void start(const QString &projectId, Role role, std::optional<qint64> after = std::nullopt);
    void stop();
    void setOffline(bool offline);

    bool isRunning() const { return !m_projectId.isEmpty() && !m_stopped; }
    bool isPaused() const { return m_offline; }
    bool isPolling() const { return m_polling; }
    // The catch-up is over: what arrives now is announced.
    bool isLive() const { return isRunning() && !m_catchUp; }
    // Live and answering: the last request was answered (after the catch-up), not paused, not
    // stopped. What the feed reports need not be polled for elsewhere (a card top-up's status).
    bool isHealthy() const { return m_healthy; }
    int failureCount() const { return m_failures; }
    std::optional<qint64> lastEventId() const { return m_after; }
    QString projectId() const { return m_projectId; }
    // The pause before the next request, when one is scheduled.
    std::chrono::milliseconds scheduledDelay() const { return m_scheduledDelay; }
    // The backoff before the retry after `failures` errors in a row, before the jitter.
    std::chrono::milliseconds backoffCeiling(int failures) const;

signals:
    void eventsArrived(const QList<ProjectEvent> &events, bool live);
    // The feed moved past this event id (with events or without: an empty page's last_id).
    void advancedTo(qint64 lastEventId);
    void healthChanged(bool healthy);
    void pollFailed(const QString &message);
    // 401/403/404: the feed gave up until start() is called again.
    void stopped(const QString &message);

private:
    void poll();
    void schedule(std::chrono::milliseconds delay);
    void onAnswered(const ApiResult<EventPage> &result);
    void onWatchdog();
    void fail(const QString &message);
    void updateHealth();

    EventSource *m_source;
    Timing m_timing;
    QString m_projectId;
    Role m_role = Role::Unknown;
    std::optional<qint64> m_after;
    bool m_catchUp = true;
    bool m_polling = false;
    bool m_offline = false;
    bool m_stopped = true;
    bool m_healthy = false;
    int m_failures = 0;
    std::chrono::milliseconds m_scheduledDelay{0};
    QTimer m_next;
    QTimer m_watchdog;
    QElapsedTimer m_sinceRequest;
    int m_requestWait = 0;
};
