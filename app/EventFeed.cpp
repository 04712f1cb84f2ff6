// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventFeed.h"

#include "ApiClient.h"

#include <QRandomGenerator>

#include <algorithm>

using std::chrono::milliseconds;

ApiEventSource::ApiEventSource(ApiClient *api, QObject *parent)
    : EventSource(parent)
    , m_api(api)
{
}

void ApiEventSource::fetch(const QString &projectId, std::optional<qint64> after, int waitSeconds, int limit)
{
    cancel();
    m_job = m_api->events(projectId, after, waitSeconds, limit);
    connect(m_job, &EventsJob::finished, this, &EventSource::answered);
}

void ApiEventSource::cancel()
{
    if (EventsJob *job = m_job.data())
        job->abort();
    m_job.clear();
}

EventFeed::EventFeed(EventSource *source, QObject *parent)
    : QObject(parent)
    , m_source(source)
{
    m_next.setSingleShot(true);
    m_watchdog.setSingleShot(true);
    connect(&m_next, &QTimer::timeout, this, &EventFeed::poll);
    connect(&m_watchdog, &QTimer::timeout, this, &EventFeed::onWatchdog);
    connect(m_source, &EventSource::answered, this, &EventFeed::onAnswered);
}

EventFeed::EventFeed(ApiClient *api, QObject *parent)
    : EventFeed(new ApiEventSource(api, nullptr), parent)
{
    m_source->setParent(this);
}

void EventFeed::start(const QString &projectId, Role role, std::optional<qint64> after)
{
    stop();
    m_projectId = projectId;
    m_role = role;
    m_after = after;
    m_catchUp = true;
    m_failures = 0;
    m_stopped = projectId.isEmpty();
    if (!m_stopped && !m_offline)
        schedule(milliseconds(0));
}

void EventFeed::stop()
{
    m_stopped = true;
    m_next.stop();
    m_watchdog.stop();
    if (m_polling)
        m_source->cancel();
    m_polling = false;
    m_scheduledDelay = milliseconds(0);
    updateHealth();
}

void EventFeed::updateHealth()
{
    const bool healthy = isLive() && !m_offline && m_failures == 0;
    if (healthy == m_healthy)
        return;
    m_healthy = healthy;
    emit healthChanged(healthy);
}

void EventFeed::setOffline(bool offline)
{
    if (offline == m_offline)
        return;
    m_offline = offline;
    if (offline) {
        // Nothing goes out while the server cannot be reached; the monitor's probe finds it again.
        m_next.stop();
        m_watchdog.stop();
        if (m_polling)
            m_source->cancel();
        m_polling = false;
        updateHealth();
        return;
    }
    if (isRunning()) {
        // Healthy again only once the server has answered (onAnswered).
        m_failures = 0;
        schedule(milliseconds(0));
    }
}

milliseconds EventFeed::backoffCeiling(int failures) const
{
    if (failures <= 0)
        return milliseconds(0);
    const int doublings = std::min(failures - 1, 20);
    const qint64 delay = m_timing.firstRetry.count() << doublings;
    return milliseconds(std::min<qint64>(delay, m_timing.longestRetry.count()));
}

void EventFeed::schedule(milliseconds delay)
{
    // However the answers come, two requests are at least minimumGap apart.
    if (m_sinceRequest.isValid())
        delay = std::max(delay, m_timing.minimumGap - milliseconds(m_sinceRequest.elapsed()));
    delay = std::max(delay, milliseconds(0));
    m_scheduledDelay = delay;
    m_next.start(delay);
}

void EventFeed::poll()
{
    if (!isRunning() || m_offline || m_polling)
        return;
    // The catch-up asks for what is there without waiting; then each poll is held by the server.
    m_requestWait = m_catchUp ? 0 : m_timing.waitSeconds;
    m_polling = true;
    m_scheduledDelay = milliseconds(0);
    m_sinceRequest.start();
    m_watchdog.start(std::chrono::seconds(m_requestWait) + m_timing.watchdogMargin);
    // The catch-up reads what it missed in pages of the contract's most; a live poll gets a few.
    m_source->fetch(m_projectId, m_after, m_requestWait, m_catchUp ? CatchUpLimit : 0);
}

void EventFeed::onWatchdog()
{
    if (!m_polling)
        return;
    m_source->cancel();
    m_polling = false;
    fail(tr("The server did not answer in time."));
}

void EventFeed::onAnswered(const ApiResult<EventPage> &result)
{
    if (!m_polling)
        return; // cancelled, or an answer for a project we no longer follow
    m_polling = false;
    m_watchdog.stop();
    if (!result.ok()) {
        const int status = result.error.httpStatus;
        if (result.error.kind == ApiError::Kind::Http && (status == 401 || status == 403 || status == 404)) {
            stop();
            emit stopped(result.error.message);
            return;
        }
        fail(result.error.message);
        return;
    }
    m_failures = 0;
    const EventPage &page = *result.value;
    QList<ProjectEvent> events;
    qint64 newest = m_after.value_or(0);
    bool advanced = false;
    for (const ProjectEvent &event : page.items) {
        if (m_after && event.id <= *m_after)
            continue; // a repeat: already delivered
        newest = std::max(newest, event.id);
        advanced = true;
        if (event.isReferralEvent() && m_role != Role::Owner)
            continue; // R3: never held by anyone but the Owner
        events.append(event);
    }
    if (page.lastId && (!m_after || *page.lastId > *m_after)) {
        newest = std::max(newest, *page.lastId);
        advanced = true;
    }
    if (advanced)
        m_after = newest;
    const bool live = !m_catchUp;
    // The catch-up goes on while pages come (the server sends at most a page of events at a time);
    // the first answer with nothing new ends it, and long polls follow.
    if (m_catchUp && !advanced)
        m_catchUp = false;
    updateHealth();
    if (!events.isEmpty())
        emit eventsArrived(events, live);
    if (advanced && isRunning() && m_after)
        emit advancedTo(*m_after);
    if (!isRunning())
        return; // a receiver stopped or restarted the feed
    if (m_polling || m_next.isActive())
        return;
    // An answer with news: ask again at once. An empty one that the server did not hold (it came
    // back well before the wait was up): pause, so a server that ignores `wait` is not hammered.
    const bool held = m_sinceRequest.elapsed() >= qint64(m_requestWait) * 1000 / 2;
    const bool quiet = !advanced && live && !held;
    schedule(quiet ? m_timing.quietPause : milliseconds(0));
}

void EventFeed::fail(const QString &message)
{
    ++m_failures;
    updateHealth();
    const milliseconds ceiling = backoffCeiling(m_failures);
    // Jitter in the upper half: never shorter than half the backoff, never longer than all of it.
    const qint64 half = ceiling.count() / 2;
    const qint64 jittered = half + qint64(QRandomGenerator::global()->bounded(quint64(ceiling.count() - half + 1)));
    emit pollFailed(message);
    if (isRunning() && !m_offline)
        schedule(milliseconds(jittered));
}
