// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiError.h"
#include "Jobs.h"

#include <QDate>
#include <QDateTime>
#include <QObject>
#include <QPointer>

class ApiClient;
class OfflineCache;

// Makes the history of a period complete in the offline cache (R25): pages of 1000 rows from the
// server (newest first, following next_cursor) are written to the cache as they arrive, and the
// period is recorded as complete up to the moment the sync began. A stretch the cache already
// holds completely is not fetched again (the ledger is immutable, R22): only from the end of that
// stretch on. Asynchronous, on the calling thread's event loop; each page costs one cache
// transaction (a few milliseconds for 1000 rows, see tst_cache).
class HistorySync : public QObject
{
    Q_OBJECT
public:
    static constexpr int PageSize = 1000;

    HistorySync(ApiClient *api, OfflineCache *cache, QString projectId, QObject *parent = nullptr);

    // Local calendar days, inclusive.
    void start(QDate from, QDate to);
    void abort();
    bool isRunning() const { return !m_job.isNull(); }

signals:
    void progress(qint64 rowsFetched);
    // error.kind is None on success.
    void finished(const ApiError &error);

private:
    void requestPage();
    void onPage(const ApiResult<ListPage<Transaction>> &result);

    ApiClient *m_api;
    OfflineCache *m_cache;
    QString m_projectId;
    TransactionFilter m_filter;
    QDateTime m_completeFrom;
    QDateTime m_completeTo;
    QString m_cursor;
    qint64 m_fetched = 0;
    QPointer<TransactionsPageJob> m_job;
};
