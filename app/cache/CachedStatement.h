// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StatementSource.h"
#include "StatementTypes.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <memory>

class OfflineCache;

// A statement read from the offline cache (R25): the rows of a period in ascending (time, id)
// order and the opening / closing figure of each balance deduced from the ledger itself.
namespace cabinet::cache {

// The inclusive local calendar days [from, to] as the UTC half-open range the server's filter uses.
struct StatementPeriod
{
    QDateTime from;
    QDateTime to;
};
StatementPeriod periodOfDays(QDate from, QDate to);

// opening = balance_after - amount of the balance's earliest entry in the period, else the
// balance_after of its last entry before the period; closing = balance_after of its last entry in
// the period (= opening when it has none). Also counts the rows.
struct CachedStatementFigures
{
    QList<exporting::StatementBalance> balances;
    qint64 rowCount = 0;
};
CachedStatementFigures statementFigures(const OfflineCache &cache, const StatementPeriod &period,
                                        exporting::BalanceFilter filter);

// Empty when the cache holds the complete history of the period (as of its last sync), else a
// sentence saying what may be missing.
QString completenessWarning(const OfflineCache &cache, const StatementPeriod &period);

// Pages of cached rows for the exporter. Opens its own connection on the thread that asks for the
// first page (the exporter's worker thread), so the GUI thread never waits for it.
class CacheStatementSource final : public exporting::StatementSource
{
public:
    CacheStatementSource(QString cacheFile, StatementPeriod period, exporting::BalanceFilter filter, qint64 rowCount);
    ~CacheStatementSource() override;

    qint64 totalCount() const override { return m_rowCount; }
    bool nextPage(QList<exporting::StatementEntry> &page, qsizetype maxRows) override;
    QString errorString() const override { return m_error; }

private:
    QString m_cacheFile;
    StatementPeriod m_period;
    QStringList m_balances;
    qint64 m_rowCount;
    std::unique_ptr<OfflineCache> m_cache;
    qint64 m_afterMs;
    qint64 m_afterId = 0;
    QString m_error;
};

} // namespace cabinet::cache
