// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiTypes.h"
#include "Jobs.h"

#include <QObject>
#include <QPointer>

class ApiClient;

// The audit log as CSV, in the statement export's conventions (docs/readme/export.md): RFC 4180,
// UTF-8, CRLF line ends, a header row, fields holding a comma, quote, CR or LF quoted with inner
// quotes doubled, times as ISO 8601 UTC to the second, an optional byte order mark. Columns:
// id, at, actor_kind, actor_id, actor_email, action, details (the server's JSON object).
QByteArray auditCsvHeader(bool byteOrderMark);
QByteArray auditCsvRows(const QList<AuditEntry> &entries);

// Exports every entry the filter matches (all pages, not only those on screen) to a file, written
// atomically (QSaveFile): a failed or cancelled export leaves no partial file behind.
class AuditExport : public QObject
{
    Q_OBJECT

public:
    static constexpr int PageSize = 1000;

    AuditExport(ApiClient *api, QString projectId, AuditFilter filter, QString filePath, QObject *parent = nullptr);
    void start(bool byteOrderMark = false);
    void cancel();

signals:
    void progress(int rowsWritten);
    // rows: how many entries were written; error: empty on success, translated otherwise.
    void finished(int rows, const QString &error);

private:
    void requestPage(const QString &cursor);
    void fail(const QString &message);

    ApiClient *m_api;
    QString m_projectId;
    AuditFilter m_filter;
    QString m_filePath;
    QByteArray m_csv;
    int m_rows = 0;
    QPointer<AuditPageJob> m_job;
};
