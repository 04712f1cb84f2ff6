// SPDX-License-Identifier: GPL-3.0-or-later
#include "CachedStatement.h"

#include "OfflineCache.h"

#include <QCoreApplication>
#include <QLocale>

namespace cabinet::cache {

using exporting::BalanceFilter;
using exporting::StatementBalance;
using exporting::StatementEntry;

StatementPeriod periodOfDays(QDate from, QDate to)
{
    // The same days as TransactionFilter sends to the server: local midnight to local midnight.
    return {from.startOfDay().toUTC(), to.addDays(1).startOfDay().toUTC()};
}

CachedStatementFigures statementFigures(const OfflineCache &cache, const StatementPeriod &period, BalanceFilter filter)
{
    CachedStatementFigures figures;
    const QStringList balances = exporting::balancesShown(filter);
    for (const QString &balance : balances) {
        StatementBalance figure{balance, 0, 0};
        const auto first = cache.edgeEntry(balance, period.from, period.to, OfflineCache::Edge::First);
        if (first) {
            figure.opening = first->balanceAfter - first->amount;
            figure.closing = cache.edgeEntry(balance, period.from, period.to, OfflineCache::Edge::Last)->balanceAfter;
        } else if (const auto before = cache.edgeEntry(balance, {}, period.from, OfflineCache::Edge::Last)) {
            figure.opening = figure.closing = before->balanceAfter;
        } else if (const auto after = cache.edgeEntry(balance, period.to, {}, OfflineCache::Edge::First)) {
            // Nothing moved this balance before the period ended: it stood where the next entry found it.
            figure.opening = figure.closing = after->balanceAfter - after->amount;
        }
        figures.balances.append(figure);
    }
    figures.rowCount = cache.entryCount(period.from, period.to, balances);
    return figures;
}

QString completenessWarning(const OfflineCache &cache, const StatementPeriod &period)
{
    const auto coverage = cache.coverageAt(period.from);
    if (!coverage)
        return QCoreApplication::translate("CachedStatement",
                                           "The offline cache may not hold every entry of this period.");
    const QDateTime needed = std::min(period.to, QDateTime::currentDateTimeUtc());
    if (coverage->to >= needed)
        return {};
    return QCoreApplication::translate("CachedStatement",
                                       "The offline cache holds this period only up to %1; later entries may be missing.")
        .arg(QLocale().toString(coverage->to.toLocalTime(), QLocale::ShortFormat));
}

CacheStatementSource::CacheStatementSource(QString cacheFile, StatementPeriod period, BalanceFilter filter,
                                           qint64 rowCount)
    : m_cacheFile(std::move(cacheFile))
    , m_period(std::move(period))
    , m_balances(exporting::balancesShown(filter))
    , m_rowCount(rowCount)
    , m_afterMs(m_period.from.toMSecsSinceEpoch() - 1)
{
}

CacheStatementSource::~CacheStatementSource() = default;

bool CacheStatementSource::nextPage(QList<StatementEntry> &page, qsizetype maxRows)
{
    if (!m_cache) {
        m_cache = std::make_unique<OfflineCache>(m_cacheFile);
        if (!m_cache->openForReading()) {
            m_error = m_cache->errorString();
            return false;
        }
    }
    const QList<Transaction> rows = m_cache->entriesAfter(m_afterMs, m_afterId, m_period.to, m_balances,
                                                          static_cast<int>(maxRows));
    if (!m_cache->errorString().isEmpty()) {
        m_error = m_cache->errorString();
        return false;
    }
    page.clear();
    page.reserve(rows.size());
    for (const Transaction &row : rows) {
        page.append(StatementEntry{row.id.toLongLong(), row.at, row.kind, row.category, row.balance, row.amount,
                                   row.balanceAfter, row.description});
    }
    if (rows.isEmpty()) {
        m_cache.reset(); // the end: close the connection on the thread that opened it
    } else {
        m_afterMs = rows.constLast().at.toMSecsSinceEpoch();
        m_afterId = rows.constLast().id.toLongLong();
    }
    return true;
}

} // namespace cabinet::cache
