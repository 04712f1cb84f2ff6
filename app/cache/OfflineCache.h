// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiTypes.h"
#include "Jobs.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// The local SQLite cache of one project as one user sees it on one server (R25): balances,
// history, members and, for an Owner only, the referral program. The client shows it read-only
// while the server cannot be reached, and the statement export reads the history from it.
//
// R3 is enforced here, not by the callers: the cache is opened with the user's role, and
// storeReferral() refuses unless that role is Owner; opening a cache with any other role also
// deletes referral rows an earlier Owner session may have left.
//
// A file that is not a database, is truncated or damaged (PRAGMA quick_check), or has another
// schema version is moved aside (".corrupt-<time>") and rebuilt empty; opening never crashes.
// One object = one connection, to be used on the thread that opened it.
class OfflineCache
{
public:
    static constexpr int SchemaVersion = 1;

    enum class OpenResult { Opened, Created, Rebuilt, Failed };

    struct CachedBalances
    {
        Balances balances;
        QDateTime fetchedAt; // UTC
    };

    // A stretch of time [from, to) (UTC) whose complete history is in the cache.
    struct Coverage
    {
        QDateTime from;
        QDateTime to;
    };

    explicit OfflineCache(QString filePath);
    ~OfflineCache();
    OfflineCache(const OfflineCache &) = delete;
    OfflineCache &operator=(const OfflineCache &) = delete;

    OpenResult open(Role role);
    // A second connection to a file that open() has already checked, for reading only (the
    // statement source on the export thread): no health check, no rebuild, no purge.
    bool openForReading();
    bool isOpen() const { return m_open; }
    QString filePath() const { return m_filePath; }
    Role role() const { return m_role; }
    QString errorString() const { return m_error; }
    // Where a damaged file was moved by the last open() (empty when none was).
    QString movedAsidePath() const { return m_movedAside; }

    bool storeBalances(const Balances &balances, const QDateTime &fetchedAt);
    std::optional<CachedBalances> balances() const;

    // Inserts or replaces history rows; a row of any balance but main/bonus/credit is refused.
    bool storeTransactions(const QList<Transaction> &entries);
    // Records that every entry with from <= at < to is now in the cache.
    bool markComplete(const QDateTime &from, const QDateTime &to);
    // The complete stretch containing `at`, if any.
    std::optional<Coverage> coverageAt(const QDateTime &at) const;
    qint64 transactionCount() const;
    // Newest first, at most `limit` rows.
    QList<Transaction> latestTransactions(int limit) const;
    // The Balance page's history while offline: rows matching `filter` (local days, balance,
    // kind, as the server applies them), newest first, older than `after` in (at, id) order
    // (from the newest when null), at most `limit`.
    QList<Transaction> historyPage(const TransactionFilter &filter, const Transaction *after, int limit) const;

    // Statement queries over [from, to) for the given balances, oldest first (R25).
    enum class Edge { First, Last };
    std::optional<Transaction> edgeEntry(const QString &balance, const QDateTime &from, const QDateTime &to,
                                         Edge edge) const;
    qint64 entryCount(const QDateTime &from, const QDateTime &to, const QStringList &balances) const;
    // The next `limit` rows after (afterMs, afterId) in (at, id) order; start with afterMs = from - 1.
    QList<Transaction> entriesAfter(qint64 afterMs, qint64 afterId, const QDateTime &to,
                                    const QStringList &balances, int limit) const;

    bool storeUsers(const QList<Member> &members);
    QList<Member> users() const;

    // Owner only (R3): false, and nothing written, for any other role.
    bool storeReferral(const Referral &referral);
    std::optional<Referral> referral() const;

private:
    bool openConnection();
    void closeConnection();
    bool isHealthy();
    bool createSchema();
    bool fail(const QString &message) const;

    QString m_filePath;
    QString m_connectionName;
    Role m_role = Role::Unknown;
    bool m_open = false;
    mutable QString m_error;
    QString m_movedAside;
};
