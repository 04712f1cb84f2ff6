// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatementJob.h"

#include "ApiError.h"
#include "CachedStatement.h"
#include "CsvStatementWriter.h"
#include "HistorySync.h"
#include "OfflineCache.h"
#include "StatementWriter.h"

#include <QTimer>

using namespace cabinet;

StatementJob::StatementJob(ApiClient *api, OfflineCache *cache, StatementRequest request, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_cache(cache)
    , m_request(std::move(request))
{
}

StatementJob::~StatementJob()
{
    // The exporter's destructor cancels and joins its worker thread.
    delete m_exporter;
}

void StatementJob::start()
{
    m_running = true;
    m_cancelled = false;
    m_notice.clear();
    if (!m_api) {
        m_notice = cache::completenessWarning(*m_cache, cache::periodOfDays(m_request.from, m_request.to));
        QTimer::singleShot(0, this, &StatementJob::writeFromCache);
        return;
    }
    emit stageChanged(Stage::Syncing);
    m_sync = new HistorySync(m_api, m_cache, m_request.projectId, this);
    connect(m_sync, &HistorySync::progress, this, [this](qint64 fetched) { emit progress(fetched, -1); });
    connect(m_sync, &HistorySync::finished, this, &StatementJob::onSynced);
    m_sync->start(m_request.from, m_request.to);
}

void StatementJob::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_exporter) {
        m_exporter->cancel(); // finished() follows from the worker thread, partial file removed
        return;
    }
    if (m_sync)
        m_sync->abort();
    finish(false, tr("The export was cancelled."));
}

void StatementJob::onSynced(const ApiError &error)
{
    m_sync->deleteLater();
    if (m_cancelled)
        return;
    const bool unreachable = error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout;
    if (error.isError() && !unreachable) {
        finish(false, error.message);
        return;
    }
    if (unreachable) {
        const QString incomplete = cache::completenessWarning(*m_cache, cache::periodOfDays(m_request.from, m_request.to));
        m_notice = tr("The server cannot be reached: the statement was made from the offline cache.");
        if (!incomplete.isEmpty())
            m_notice += QLatin1Char(' ') + incomplete;
    }
    writeFromCache();
}

void StatementJob::writeFromCache()
{
    if (m_cancelled)
        return;
    emit stageChanged(Stage::Writing);
    const cache::StatementPeriod period = cache::periodOfDays(m_request.from, m_request.to);
    const cache::CachedStatementFigures figures = cache::statementFigures(*m_cache, period, m_request.balance);

    exporting::StatementMeta meta;
    meta.projectId = m_request.projectId;
    meta.projectName = m_request.projectName;
    meta.currency = m_request.currency;
    meta.from = m_request.from;
    meta.to = m_request.to;
    meta.balanceFilter = m_request.balance;
    meta.balances = figures.balances;
    meta.generatedAt = QDateTime::currentDateTimeUtc();

    std::unique_ptr<exporting::StatementWriter> writer =
        m_request.format == exporting::ExportFormat::Csv
            ? std::make_unique<exporting::CsvStatementWriter>(m_request.filePath,
                                                              exporting::CsvStatementWriter::Options{m_request.byteOrderMark})
            : exporting::makeStatementWriter(m_request.format, m_request.filePath);
    writer->setReadableByOthers(m_request.readableByOthers);
    auto source = std::make_unique<cache::CacheStatementSource>(m_cache->filePath(), period, m_request.balance,
                                                                figures.rowCount);
    m_exporter = new exporting::StatementExporter(meta, std::move(source), std::move(writer));
    connect(m_exporter, &exporting::StatementExporter::progress, this, &StatementJob::progress);
    connect(m_exporter, &exporting::StatementExporter::finished, this,
            [this](bool ok, const QString &error) { finish(ok, error); });
    emit progress(0, figures.rowCount);
    m_exporter->start();
}

void StatementJob::finish(bool ok, const QString &error)
{
    if (!m_running)
        return;
    m_running = false;
    if (m_exporter)
        m_exporter->wait();
    emit finished(ok, error);
}
