// SPDX-License-Identifier: GPL-3.0-or-later
#include "TopUpTracker.h"

#include "ApiClient.h"

TopUpTracker::TopUpTracker(ApiClient *api, QString projectId, QString topUpId, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_projectId(std::move(projectId))
    , m_topUpId(std::move(topUpId))
{
    m_timer.setInterval(std::chrono::seconds(3));
    connect(&m_timer, &QTimer::timeout, this, &TopUpTracker::poll);
}

void TopUpTracker::start()
{
    m_startedAt = std::chrono::steady_clock::now();
    m_timer.start();
    poll();
}

void TopUpTracker::stop()
{
    m_timer.stop();
    if (m_job)
        m_job->abort();
}

void TopUpTracker::poll()
{
    if (m_job)
        return; // the previous poll is still on its way
    if (std::chrono::steady_clock::now() - m_startedAt > m_limit) {
        stop();
        emit timedOut();
        return;
    }
    m_job = m_api->topUps(m_projectId);
    connect(m_job, &TopUpsJob::finished, this, [this](const ApiResult<ListPage<TopUp>> &result) {
        m_job.clear(); // this poll is over (the job deletes itself after this call)
        if (!result.ok()) {
            emit pollFailed(result.error.message);
            return;
        }
        for (const TopUp &topUp : result.value->items) {
            if (topUp.id != m_topUpId)
                continue;
            if (topUp.status != m_lastStatus) {
                m_lastStatus = topUp.status;
                emit statusChanged(topUp);
            }
            if (topUp.status != QLatin1String("pending")) {
                m_timer.stop();
                emit finished(topUp);
            }
            return;
        }
    });
}
