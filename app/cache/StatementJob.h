// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StatementExporter.h"
#include "StatementTypes.h"

#include <QDate>
#include <QObject>
#include <QPointer>

class ApiClient;
class HistorySync;
class OfflineCache;
struct ApiError;

// What a statement export asks for (Reports screen and `cabinet export`).
struct StatementRequest
{
    QString projectId;
    QString projectName;
    QString currency = QStringLiteral("UAH");
    QDate from; // inclusive, local day
    QDate to;   // inclusive, local day
    cabinet::exporting::BalanceFilter balance = cabinet::exporting::BalanceFilter::All;
    cabinet::exporting::ExportFormat format = cabinet::exporting::ExportFormat::Csv;
    QString filePath;
    bool byteOrderMark = false; // CSV only
    bool readableByOthers = false; // the file is the owner's alone (0600) unless the user asks otherwise
};

// One statement export (R25): first the period's history is made complete in the offline cache
// (HistorySync, when a server is given), then the statement is written from the cache on the
// exporter's worker thread, oldest first, with opening and closing figures per balance. The
// writer never talks to the network. When the server cannot be reached, the export goes on from
// the cache and notice() says so, and whether the cached period may be incomplete.
class StatementJob : public QObject
{
    Q_OBJECT
public:
    enum class Stage { Syncing, Writing };

    // api may be null: export from the cache only.
    StatementJob(ApiClient *api, OfflineCache *cache, StatementRequest request, QObject *parent = nullptr);
    ~StatementJob() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    // Offline / incompleteness notice of the finished export (empty when none).
    QString notice() const { return m_notice; }

signals:
    void stageChanged(StatementJob::Stage stage);
    // Syncing: rows fetched so far (total -1). Writing: rows written of total.
    void progress(qint64 done, qint64 total);
    void finished(bool ok, const QString &error);

private:
    void onSynced(const ApiError &error);
    void writeFromCache();
    void finish(bool ok, const QString &error);

    ApiClient *m_api;
    OfflineCache *m_cache;
    StatementRequest m_request;
    QPointer<HistorySync> m_sync;
    cabinet::exporting::StatementExporter *m_exporter = nullptr;
    QString m_notice;
    bool m_running = false;
    bool m_cancelled = false;
};
