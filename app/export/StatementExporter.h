// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StatementTypes.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

class QThread;

namespace cabinet::exporting {

class StatementSource;
class StatementWriter;

enum class ExportFormat { Csv, Pdf, Xlsx };

// "csv" | "pdf" | "xlsx", the file suffix of each format.
QString exportFormatSuffix(ExportFormat format);
std::optional<ExportFormat> exportFormatFromSuffix(const QString& suffix);
// A writer of the format for `filePath`, with each format's default options (CSV without BOM).
std::unique_ptr<StatementWriter> makeStatementWriter(ExportFormat format, const QString& filePath);

// Pulls the pages of a StatementSource through a StatementWriter on a worker thread.
// Emits progress(done, total) after every page (total = -1 when the source does not know it) and
// finally exactly one finished(ok, error). cancel() stops it between pages; a cancelled or failed
// export leaves no file behind (and never touches an existing file at the target path).
// The exporter owns the source and the writer; it is single-use.
class StatementExporter final : public QObject
{
    Q_OBJECT
public:
    StatementExporter(StatementMeta meta, std::unique_ptr<StatementSource> source,
                      std::unique_ptr<StatementWriter> writer, QObject* parent = nullptr);
    ~StatementExporter() override;

    // Rows asked of the source per page (default 1000, the API's largest page).
    void setPageSize(qsizetype rows) { m_pageSize = rows; }

    // Starts the worker thread; returns at once.
    void start();
    // Runs the whole export on the calling thread (CLI, benchmarks); same signals, emitted directly.
    bool run();
    // Thread-safe; takes effect before the next page.
    void cancel() { m_cancelRequested.store(true); }
    bool isRunning() const;
    // Blocks until the worker thread ends (for tests and shutdown).
    void wait();

    QString errorString() const { return m_error; }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void finished(bool ok, const QString& error);

private:
    bool exportAll();

    StatementMeta m_meta;
    std::unique_ptr<StatementSource> m_source;
    std::unique_ptr<StatementWriter> m_writer;
    qsizetype m_pageSize = 1000;
    std::atomic<bool> m_cancelRequested{false};
    QThread* m_thread = nullptr;
    QString m_error;
};

} // namespace cabinet::exporting
