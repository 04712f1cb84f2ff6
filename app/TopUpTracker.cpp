// SPDX-License-Identifier: GPL-3.0-or-later
#include "TopUpTracker.h"

#include "ApiClient.h"
#include "EventFeed.h"

TopUpTracker::TopUpTracker(ApiClient *api, QString projectId, QString topUpId, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_projectId(std::move(projectId))
    , m_topUpId(std::move(topUpId))
{
    m_timer.setInterval(std::chrono::seconds(3));
    m_limit.setSingleShot(true);
    m_limit.setInterval(std::chrono::minutes(30));
    connect(&m_timer, &QTimer::timeout, this, &TopUpTracker::poll);
    connect(&m_limit, &QTimer::timeout, this, [this] {
        stop();
        emit timedOut();
    });
}

void TopUpTracker::followFeed(EventFeed *feed)
{
    if (EventFeed *previous = m_feed.data())
        disconnect(previous, nullptr, this, nullptr);
    m_feed = feed;
    if (!feed)
        return;
    connect(feed, &EventFeed::healthChanged, this, &TopUpTracker::updatePolling);
    connect(feed, &EventFeed::eventsArrived, this, &TopUpTracker::onEvents);
    updatePolling();
}

bool TopUpTracker::feedReports() const
{
    if (const EventFeed *feed = m_feed.data())
        return feed->isHealthy() && feed->projectId() == m_projectId;
    return false;
}

void TopUpTracker::start()
{
    m_running = true;
    m_limit.start();
    if (feedReports())
        return; // the feed's topup_paid will say it
    m_timer.start();
    poll();
}

void TopUpTracker::stop()
{
    m_running = false;
    m_timer.stop();
    m_limit.stop();
    if (m_job)
        m_job->abort();
}

void TopUpTracker::checkNow()
{
    if (m_running)
        poll();
}

void TopUpTracker::updatePolling()
{
    if (!m_running)
        return;
    if (feedReports()) {
        m_timer.stop();
        return;
    }
    if (!m_timer.isActive()) {
        // The feed went down: what it would have said is asked for at once, then every interval.
        m_timer.start();
        poll();
    }
}

void TopUpTracker::onEvents(const QList<ProjectEvent> &events)
{
    if (!m_running)
        return;
    for (const ProjectEvent &event : events) {
        const QJsonValue id = event.data.value(QLatin1String("topup_id"));
        const QString topUpId = id.isString() ? id.toString() : QString::number(id.toInteger());
        if (event.type != QLatin1String("topup_paid") || topUpId != m_topUpId)
            continue;
        TopUp paid;
        paid.id = m_topUpId;
        paid.status = QStringLiteral("paid");
        paid.method = event.data.value(QLatin1String("method")).toString();
        paid.amount = event.data.value(QLatin1String("amount")).toInteger();
        seen(paid);
        return;
    }
}

void TopUpTracker::seen(const TopUp &topUp)
{
    if (topUp.status != m_lastStatus) {
        m_lastStatus = topUp.status;
        emit statusChanged(topUp);
    }
    if (topUp.status != QLatin1String("pending")) {
        stop();
        emit finished(topUp);
    }
}

void TopUpTracker::poll()
{
    if (m_job || !m_running)
        return; // the previous poll is still on its way
    m_job = m_api->topUps(m_projectId);
    connect(m_job, &TopUpsJob::finished, this, [this](const ApiResult<ListPage<TopUp>> &result) {
        m_job.clear(); // this poll is over (the job deletes itself after this call)
        if (!m_running)
            return;
        if (!result.ok()) {
            emit pollFailed(result.error.message);
            return;
        }
        for (const TopUp &topUp : result.value->items) {
            if (topUp.id == m_topUpId) {
                seen(topUp);
                return;
            }
        }
    });
}
