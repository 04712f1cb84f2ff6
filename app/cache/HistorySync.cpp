// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistorySync.h"

#include "ApiClient.h"
#include "CachedStatement.h"
#include "OfflineCache.h"

#include <QTimer>

HistorySync::HistorySync(ApiClient *api, OfflineCache *cache, QString projectId, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_cache(cache)
    , m_projectId(std::move(projectId))
{
}

void HistorySync::start(QDate from, QDate to)
{
    abort();
    const cabinet::cache::StatementPeriod period = cabinet::cache::periodOfDays(from, to);
    const QDateTime startedAt = QDateTime::currentDateTimeUtc();
    m_completeTo = std::min(period.to, startedAt);
    m_fetched = 0;
    m_cursor.clear();
    m_filter = {};
    m_filter.from = from;
    m_filter.to = to;
    m_completeFrom = period.from;
    if (const auto known = m_cache->coverageAt(period.from)) {
        if (known->to >= period.to) {
            // Everything is here already; finish on the next turn of the event loop, like a fetch.
            QTimer::singleShot(0, this, [this] { emit finished({}); });
            return;
        }
        // Fetch from the day the known stretch ends (that day again: its rows are simply replaced).
        m_filter.from = known->to.toLocalTime().date();
        m_completeFrom = cabinet::cache::periodOfDays(m_filter.from, to).from;
    }
    requestPage();
}

void HistorySync::abort()
{
    if (m_job)
        m_job->abort();
    m_job.clear();
}

void HistorySync::requestPage()
{
    m_job = m_api->transactions(m_projectId, m_filter, m_cursor, PageSize);
    connect(m_job, &TransactionsPageJob::finished, this, &HistorySync::onPage);
}

void HistorySync::onPage(const ApiResult<ListPage<Transaction>> &result)
{
    m_job.clear();
    if (!result.ok()) {
        emit finished(result.error);
        return;
    }
    if (!m_cache->storeTransactions(result.value->items)) {
        ApiError error;
        error.kind = ApiError::Kind::BadResponse;
        error.message = tr("Cannot write the offline cache: %1").arg(m_cache->errorString());
        emit finished(error);
        return;
    }
    m_fetched += result.value->items.size();
    emit progress(m_fetched);
    m_cursor = result.value->nextCursor;
    if (!m_cursor.isEmpty()) {
        requestPage();
        return;
    }
    m_cache->markComplete(m_completeFrom, m_completeTo);
    emit finished({});
}
