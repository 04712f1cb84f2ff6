// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatementExporter.h"

#include "CsvStatementWriter.h"
#include "PdfStatementWriter.h"
#include "StatementSource.h"
#include "StatementWriter.h"
#include "XlsxStatementWriter.h"

#include <QCoreApplication>
#include <QThread>

namespace cabinet::exporting {

QString exportFormatSuffix(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Csv: return QStringLiteral("csv");
    case ExportFormat::Pdf: return QStringLiteral("pdf");
    case ExportFormat::Xlsx: return QStringLiteral("xlsx");
    }
    return {};
}

std::optional<ExportFormat> exportFormatFromSuffix(const QString& suffix)
{
    for (ExportFormat format : {ExportFormat::Csv, ExportFormat::Pdf, ExportFormat::Xlsx}) {
        if (suffix.compare(exportFormatSuffix(format), Qt::CaseInsensitive) == 0)
            return format;
    }
    return std::nullopt;
}

std::unique_ptr<StatementWriter> makeStatementWriter(ExportFormat format, const QString& filePath)
{
    switch (format) {
    case ExportFormat::Csv: return std::make_unique<CsvStatementWriter>(filePath);
    case ExportFormat::Pdf: return std::make_unique<PdfStatementWriter>(filePath);
    case ExportFormat::Xlsx: return std::make_unique<XlsxStatementWriter>(filePath);
    }
    return nullptr;
}

StatementExporter::StatementExporter(StatementMeta meta, std::unique_ptr<StatementSource> source,
                                     std::unique_ptr<StatementWriter> writer, QObject* parent)
    : QObject(parent)
    , m_meta(std::move(meta))
    , m_source(std::move(source))
    , m_writer(std::move(writer))
{
}

StatementExporter::~StatementExporter()
{
    cancel();
    wait();
}

void StatementExporter::start()
{
    Q_ASSERT(!m_thread);
    m_thread = QThread::create([this] { exportAll(); });
    m_thread->setObjectName(QStringLiteral("statement-export"));
    m_thread->start();
}

bool StatementExporter::run()
{
    Q_ASSERT(!m_thread);
    return exportAll();
}

bool StatementExporter::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void StatementExporter::wait()
{
    if (!m_thread)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

bool StatementExporter::exportAll()
{
    const qint64 total = m_source->totalCount();
    qint64 done = 0;
    bool ok = m_writer->begin(m_meta);
    QList<StatementEntry> page;
    while (ok) {
        if (m_cancelRequested.load()) {
            m_writer->cancel();
            m_error = QCoreApplication::translate("StatementExporter", "The export was cancelled.");
            ok = false;
            break;
        }
        if (!m_source->nextPage(page, m_pageSize)) {
            m_writer->cancel();
            m_error = QCoreApplication::translate("StatementExporter", "Cannot read the statement: %1")
                          .arg(m_source->errorString());
            ok = false;
            break;
        }
        if (page.isEmpty()) {
            ok = m_writer->finish();
            break;
        }
        ok = m_writer->write(page);
        if (ok) {
            done += page.size();
            Q_EMIT progress(done, total);
        }
    }
    if (!ok && m_error.isEmpty())
        m_error = m_writer->errorString();
    Q_EMIT finished(ok, m_error);
    return ok;
}

} // namespace cabinet::exporting
