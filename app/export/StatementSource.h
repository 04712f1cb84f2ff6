// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StatementTypes.h"

#include <QList>
#include <QString>

namespace cabinet::exporting {

// Where the rows of a statement come from, one page at a time, so that no more than a page is
// ever in memory. Implementations: the server (through the client's ApiClient, following
// next_cursor) and the offline cache (R25). The exporter calls it from its worker thread only, so
// an implementation may block there (a network source runs its own event loop on that thread).
// Rows come in the order the statement shows them (oldest first, by convention).
class StatementSource
{
public:
    virtual ~StatementSource();

    // The number of rows the statement will have, or -1 when unknown (progress then counts up).
    virtual qint64 totalCount() const = 0;
    // Replaces `page` with the next rows, at most `maxRows`. An empty page means the end.
    // False on failure, with errorString() saying why.
    virtual bool nextPage(QList<StatementEntry>& page, qsizetype maxRows) = 0;
    virtual QString errorString() const = 0;
};

// A source over rows already in memory: for tests and small statements.
class VectorStatementSource final : public StatementSource
{
public:
    explicit VectorStatementSource(QList<StatementEntry> entries);

    qint64 totalCount() const override { return m_entries.size(); }
    bool nextPage(QList<StatementEntry>& page, qsizetype maxRows) override;
    QString errorString() const override { return {}; }

private:
    QList<StatementEntry> m_entries;
    qsizetype m_position = 0;
};

} // namespace cabinet::exporting
