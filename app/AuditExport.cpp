// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditExport.h"

#include "ApiClient.h"

#include <QJsonDocument>
#include <QSaveFile>
#include <QTimeZone>

namespace {

QByteArray csvField(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (!bytes.contains(',') && !bytes.contains('"') && !bytes.contains('\r') && !bytes.contains('\n'))
        return bytes;
    bytes.replace("\"", "\"\"");
    return '"' + bytes + '"';
}

} // namespace

QByteArray auditCsvHeader(bool byteOrderMark)
{
    return (byteOrderMark ? QByteArrayLiteral("\xEF\xBB\xBF") : QByteArray())
           + QByteArrayLiteral("id,at,actor_kind,actor_id,actor_email,action,details\r\n");
}

QByteArray auditCsvRows(const QList<AuditEntry> &entries)
{
    QByteArray csv;
    for (const AuditEntry &entry : entries) {
        const QString at = entry.at.toTimeZone(QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"));
        const QStringList fields{entry.id, at, entry.actorKind, entry.actorId, entry.actorEmail, entry.action,
                                 QString::fromUtf8(QJsonDocument(entry.details).toJson(QJsonDocument::Compact))};
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                csv += ',';
            csv += csvField(fields.at(i));
        }
        csv += "\r\n";
    }
    return csv;
}

AuditExport::AuditExport(ApiClient *api, QString projectId, AuditFilter filter, QString filePath, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_projectId(std::move(projectId))
    , m_filter(std::move(filter))
    , m_filePath(std::move(filePath))
{
}

void AuditExport::start(bool byteOrderMark)
{
    m_csv = auditCsvHeader(byteOrderMark);
    m_rows = 0;
    requestPage({});
}

void AuditExport::cancel()
{
    if (m_job)
        m_job->abort();
    m_job.clear();
}

void AuditExport::requestPage(const QString &cursor)
{
    m_job = m_api->audit(m_projectId, m_filter, cursor, PageSize);
    connect(m_job, &AuditPageJob::finished, this, [this](const ApiResult<ListPage<AuditEntry>> &result) {
        m_job.clear();
        if (!result.ok()) {
            fail(result.error.message);
            return;
        }
        m_csv += auditCsvRows(result.value->items);
        m_rows += int(result.value->items.size());
        emit progress(m_rows);
        if (!result.value->nextCursor.isEmpty()) {
            requestPage(result.value->nextCursor);
            return;
        }
        QSaveFile file(m_filePath);
        if (!file.open(QIODevice::WriteOnly) || file.write(m_csv) != m_csv.size() || !file.commit()) {
            fail(tr("Could not write %1: %2").arg(m_filePath, file.errorString()));
            return;
        }
        emit finished(m_rows, {});
    });
}

void AuditExport::fail(const QString &message)
{
    m_csv.clear();
    emit finished(m_rows, message);
}
