// SPDX-License-Identifier: GPL-3.0-or-later
#include "OfflineCache.h"

#include "CacheLocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <limits>

namespace {

const QStringList Schema = {
    QStringLiteral("CREATE TABLE balances (id INTEGER PRIMARY KEY CHECK (id = 1), currency TEXT NOT NULL,"
                   " main INTEGER NOT NULL, bonus INTEGER NOT NULL, credit_granted INTEGER NOT NULL,"
                   " credit_available INTEGER NOT NULL, credit_used INTEGER NOT NULL, credit_due_ms INTEGER,"
                   " fetched_ms INTEGER NOT NULL)"),
    // Only the three balances of a statement: referral movements have no place here (R3, R25).
    QStringLiteral("CREATE TABLE transactions (id INTEGER PRIMARY KEY, at_ms INTEGER NOT NULL, kind TEXT NOT NULL,"
                   " category TEXT, balance TEXT NOT NULL CHECK (balance IN ('main', 'bonus', 'credit')),"
                   " amount INTEGER NOT NULL, balance_after INTEGER NOT NULL, description TEXT)"),
    QStringLiteral("CREATE INDEX transactions_by_time ON transactions (at_ms, id)"),
    QStringLiteral("CREATE INDEX transactions_by_balance ON transactions (balance, at_ms, id)"),
    QStringLiteral("CREATE TABLE coverage (from_ms INTEGER NOT NULL, to_ms INTEGER NOT NULL)"),
    QStringLiteral("CREATE TABLE users (id TEXT PRIMARY KEY, email TEXT NOT NULL, name TEXT NOT NULL,"
                   " role TEXT NOT NULL)"),
    QStringLiteral("CREATE TABLE referral (id INTEGER PRIMARY KEY CHECK (id = 1), balance INTEGER NOT NULL,"
                   " currency TEXT NOT NULL, code TEXT NOT NULL, rate_bp INTEGER NOT NULL)"),
    QStringLiteral("CREATE TABLE referral_referees (project_id TEXT NOT NULL, name TEXT NOT NULL,"
                   " joined_ms INTEGER, earned_total INTEGER NOT NULL)"),
};

QString tr(const char *text)
{
    return QCoreApplication::translate("OfflineCache", text);
}

QVariant msOrNull(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

QDateTime fromMs(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

bool isStatementBalance(const QString &balance)
{
    return balance == QLatin1String("main") || balance == QLatin1String("bonus") || balance == QLatin1String("credit");
}

// "balance IN (?, ?, ?)" for the balances a statement shows; the names are bound, never spliced.
QString balanceList(const QStringList &balances)
{
    QStringList marks;
    for (qsizetype i = 0; i < balances.size(); ++i)
        marks.append(QStringLiteral("?"));
    return QStringLiteral("balance IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')');
}

Transaction transactionFrom(const QSqlQuery &query)
{
    return {query.value(0).toString(), fromMs(query.value(1)), query.value(2).toString(), query.value(3).toString(),
            query.value(4).toString(), query.value(5).toLongLong(), query.value(6).toLongLong(),
            query.value(7).toString()};
}

const QString EntryColumns = QStringLiteral("id, at_ms, kind, category, balance, amount, balance_after, description");

} // namespace

OfflineCache::OfflineCache(QString filePath)
    : m_filePath(std::move(filePath))
    , m_connectionName(QStringLiteral("offline-cache-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

OfflineCache::~OfflineCache()
{
    // removeDatabase() alone: the object may die on another thread than the one that used it.
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::removeDatabase(m_connectionName);
}

bool OfflineCache::fail(const QString &message) const
{
    m_error = message;
    return false;
}

bool OfflineCache::openConnection()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_filePath);
    if (!db.open())
        return fail(db.lastError().text());
    // SQLite gives its journal the database file's permissions, so 0600 here covers both.
    cabinet::cache::makePrivateFile(m_filePath);
    QSqlQuery pragma(db);
    // Rollback journal (not WAL) and secure_delete: rows that are deleted, such as referral rows
    // purged when a non-Owner opens the file, leave no readable bytes behind in the file (R3).
    pragma.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
    pragma.exec(QStringLiteral("PRAGMA secure_delete = ON"));
    pragma.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    pragma.exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
    return true;
}

void OfflineCache::closeConnection()
{
    m_open = false;
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    QSqlDatabase::database(m_connectionName, false).close();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool OfflineCache::isHealthy()
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    // quick_check reads every page: garbage bytes and truncation fail here, not later mid-export.
    if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next()
        || query.value(0).toString() != QLatin1String("ok"))
        return false;
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return false;
    const int version = query.value(0).toInt();
    if (version == 0) {
        // A new file has no tables yet; an old file with tables but no version is not ours.
        return query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && query.next()
               && query.value(0).toInt() == 0;
    }
    return version == SchemaVersion;
}

bool OfflineCache::createSchema()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return fail(query.lastError().text());
    if (query.value(0).toInt() == SchemaVersion)
        return true;
    db.transaction();
    for (const QString &statement : Schema) {
        if (!query.exec(statement)) {
            db.rollback();
            return fail(query.lastError().text());
        }
    }
    query.exec(QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion));
    return db.commit() || fail(db.lastError().text());
}

OfflineCache::OpenResult OfflineCache::open(Role role)
{
    closeConnection();
    m_role = role;
    m_error.clear();
    m_movedAside.clear();
    cabinet::cache::makePrivateFolder(QFileInfo(m_filePath).absolutePath());
    const bool existed = QFileInfo::exists(m_filePath);
    OpenResult result = existed ? OpenResult::Opened : OpenResult::Created;
    if (!openConnection() || !isHealthy()) {
        closeConnection();
        // Keep the damaged file for a bug report instead of deleting it, and start afresh.
        m_movedAside = m_filePath + QStringLiteral(".corrupt-")
                       + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmsszzz"));
        QFile::rename(m_filePath, m_movedAside);
        QFile::remove(m_filePath + QStringLiteral("-wal"));
        QFile::remove(m_filePath + QStringLiteral("-shm"));
        if (!openConnection())
            return OpenResult::Failed;
        result = OpenResult::Rebuilt;
    }
    if (!createSchema()) {
        closeConnection();
        return OpenResult::Failed;
    }
    m_open = true;
    if (m_role != Role::Owner) {
        // R3: whatever an Owner session left in this file goes as soon as a non-Owner opens it.
        QSqlQuery purge(QSqlDatabase::database(m_connectionName));
        purge.exec(QStringLiteral("DELETE FROM referral"));
        purge.exec(QStringLiteral("DELETE FROM referral_referees"));
    }
    return result;
}

bool OfflineCache::openForReading()
{
    closeConnection();
    if (!QFileInfo::exists(m_filePath))
        return fail(tr("There is no cache for this project yet."));
    if (!openConnection())
        return false;
    m_open = true;
    return true;
}

bool OfflineCache::storeBalances(const Balances &balances, const QDateTime &fetchedAt)
{
    if (!m_open)
        return fail(tr("The cache is not open."));
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO balances VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(balances.currency);
    query.addBindValue(balances.main);
    query.addBindValue(balances.bonus);
    query.addBindValue(balances.credit.granted);
    query.addBindValue(balances.credit.available);
    query.addBindValue(balances.credit.used);
    query.addBindValue(msOrNull(balances.credit.dueAt));
    query.addBindValue(fetchedAt.toMSecsSinceEpoch());
    return query.exec() || fail(query.lastError().text());
}

std::optional<OfflineCache::CachedBalances> OfflineCache::balances() const
{
    if (!m_open)
        return std::nullopt;
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    if (!query.exec(QStringLiteral("SELECT currency, main, bonus, credit_granted, credit_available, credit_used,"
                                   " credit_due_ms, fetched_ms FROM balances WHERE id = 1"))
        || !query.next())
        return std::nullopt;
    CachedBalances cached;
    cached.balances.currency = query.value(0).toString();
    cached.balances.main = query.value(1).toLongLong();
    cached.balances.bonus = query.value(2).toLongLong();
    cached.balances.credit.granted = query.value(3).toLongLong();
    cached.balances.credit.available = query.value(4).toLongLong();
    cached.balances.credit.used = query.value(5).toLongLong();
    cached.balances.credit.dueAt = fromMs(query.value(6));
    cached.fetchedAt = fromMs(query.value(7));
    return cached;
}

bool OfflineCache::storeTransactions(const QList<Transaction> &entries)
{
    if (!m_open)
        return fail(tr("The cache is not open."));
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    // One transaction per page: a thousand rows cost one sync to disk, not a thousand.
    db.transaction();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO transactions VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const Transaction &entry : entries) {
        bool numeric = false;
        const qint64 id = entry.id.toLongLong(&numeric);
        if (!numeric || !isStatementBalance(entry.balance)) {
            db.rollback();
            return fail(tr("Refused a history entry that is not of the main, bonus or credit balance."));
        }
        query.addBindValue(id);
        query.addBindValue(entry.at.toMSecsSinceEpoch());
        query.addBindValue(entry.kind);
        query.addBindValue(entry.category);
        query.addBindValue(entry.balance);
        query.addBindValue(entry.amount);
        query.addBindValue(entry.balanceAfter);
        query.addBindValue(entry.description);
        if (!query.exec()) {
            db.rollback();
            return fail(query.lastError().text());
        }
    }
    return db.commit() || fail(db.lastError().text());
}

bool OfflineCache::markComplete(const QDateTime &from, const QDateTime &to)
{
    if (!m_open)
        return fail(tr("The cache is not open."));
    qint64 mergedFrom = from.toMSecsSinceEpoch();
    qint64 mergedTo = to.toMSecsSinceEpoch();
    if (mergedTo <= mergedFrom)
        return true;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    db.transaction();
    QSqlQuery query(db);
    // Merge every stretch that overlaps or touches the new one into a single row.
    query.prepare(QStringLiteral("SELECT min(from_ms), max(to_ms) FROM coverage WHERE from_ms <= ? AND to_ms >= ?"));
    query.addBindValue(mergedTo);
    query.addBindValue(mergedFrom);
    if (query.exec() && query.next() && !query.value(0).isNull()) {
        mergedFrom = std::min(mergedFrom, query.value(0).toLongLong());
        mergedTo = std::max(mergedTo, query.value(1).toLongLong());
    }
    query.prepare(QStringLiteral("DELETE FROM coverage WHERE from_ms <= ? AND to_ms >= ?"));
    query.addBindValue(mergedTo);
    query.addBindValue(mergedFrom);
    query.exec();
    query.prepare(QStringLiteral("INSERT INTO coverage VALUES (?, ?)"));
    query.addBindValue(mergedFrom);
    query.addBindValue(mergedTo);
    if (!query.exec()) {
        db.rollback();
        return fail(query.lastError().text());
    }
    return db.commit() || fail(db.lastError().text());
}

std::optional<OfflineCache::Coverage> OfflineCache::coverageAt(const QDateTime &at) const
{
    if (!m_open)
        return std::nullopt;
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("SELECT from_ms, to_ms FROM coverage WHERE from_ms <= ? AND to_ms > ?"));
    query.addBindValue(at.toMSecsSinceEpoch());
    query.addBindValue(at.toMSecsSinceEpoch());
    if (!query.exec() || !query.next())
        return std::nullopt;
    return Coverage{fromMs(query.value(0)), fromMs(query.value(1))};
}

qint64 OfflineCache::transactionCount() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    if (!m_open || !query.exec(QStringLiteral("SELECT count(*) FROM transactions")) || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

QList<Transaction> OfflineCache::latestTransactions(int limit) const
{
    QList<Transaction> entries;
    if (!m_open)
        return entries;
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("SELECT id, at_ms, kind, category, balance, amount, balance_after, description"
                                 " FROM transactions ORDER BY at_ms DESC, id DESC LIMIT ?"));
    query.addBindValue(limit);
    if (!query.exec())
        return entries;
    while (query.next())
        entries.append(transactionFrom(query));
    return entries;
}

QList<Transaction> OfflineCache::historyPage(const TransactionFilter &filter, const Transaction *after, int limit) const
{
    QList<Transaction> entries;
    if (!m_open)
        return entries;
    constexpr qint64 Newest = std::numeric_limits<qint64>::max();
    const qint64 afterMs = after ? after->at.toMSecsSinceEpoch() : Newest;
    const qint64 afterId = after ? after->id.toLongLong() : Newest;
    // The server's day boundaries: local midnight of `from`, and of the day after `to`.
    const qint64 fromMs = filter.from.isValid() ? filter.from.startOfDay().toMSecsSinceEpoch()
                                                : std::numeric_limits<qint64>::min();
    const qint64 toMs = filter.to.isValid() ? filter.to.addDays(1).startOfDay().toMSecsSinceEpoch() : Newest;
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + EntryColumns
                  + QStringLiteral(" FROM transactions WHERE (at_ms < ? OR (at_ms = ? AND id < ?))"
                                   " AND at_ms >= ? AND at_ms < ? AND (? = 0 OR balance = ?) AND (? = 0 OR kind = ?)"
                                   " ORDER BY at_ms DESC, id DESC LIMIT ?"));
    query.addBindValue(afterMs);
    query.addBindValue(afterMs);
    query.addBindValue(afterId);
    query.addBindValue(fromMs);
    query.addBindValue(toMs);
    for (const QString &value : {filter.balance, filter.kind}) { // an empty filter value matches everything
        query.addBindValue(int(!value.isEmpty()));
        query.addBindValue(value);
    }
    query.addBindValue(limit);
    if (!query.exec()) {
        fail(query.lastError().text());
        return entries;
    }
    entries.reserve(limit);
    while (query.next())
        entries.append(transactionFrom(query));
    return entries;
}

std::optional<Transaction> OfflineCache::edgeEntry(const QString &balance, const QDateTime &from, const QDateTime &to,
                                                   Edge edge) const
{
    if (!m_open)
        return std::nullopt;
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    const QString order = edge == Edge::First ? QStringLiteral("at_ms ASC, id ASC") : QStringLiteral("at_ms DESC, id DESC");
    query.prepare(QStringLiteral("SELECT ") + EntryColumns
                  + QStringLiteral(" FROM transactions WHERE balance = ? AND at_ms >= ? AND at_ms < ? ORDER BY ") + order
                  + QStringLiteral(" LIMIT 1"));
    query.addBindValue(balance);
    query.addBindValue(from.isValid() ? from.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min());
    query.addBindValue(to.isValid() ? to.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max());
    if (!query.exec() || !query.next())
        return std::nullopt;
    return transactionFrom(query);
}

qint64 OfflineCache::entryCount(const QDateTime &from, const QDateTime &to, const QStringList &balances) const
{
    if (!m_open)
        return 0;
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("SELECT count(*) FROM transactions WHERE at_ms >= ? AND at_ms < ? AND ")
                  + balanceList(balances));
    query.addBindValue(from.toMSecsSinceEpoch());
    query.addBindValue(to.toMSecsSinceEpoch());
    for (const QString &balance : balances)
        query.addBindValue(balance);
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

QList<Transaction> OfflineCache::entriesAfter(qint64 afterMs, qint64 afterId, const QDateTime &to,
                                              const QStringList &balances, int limit) const
{
    QList<Transaction> entries;
    if (!m_open)
        return entries;
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + EntryColumns
                  + QStringLiteral(" FROM transactions WHERE (at_ms > ? OR (at_ms = ? AND id > ?)) AND at_ms < ? AND ")
                  + balanceList(balances) + QStringLiteral(" ORDER BY at_ms, id LIMIT ?"));
    query.addBindValue(afterMs);
    query.addBindValue(afterMs);
    query.addBindValue(afterId);
    query.addBindValue(to.toMSecsSinceEpoch());
    for (const QString &balance : balances)
        query.addBindValue(balance);
    query.addBindValue(limit);
    if (!query.exec()) {
        fail(query.lastError().text());
        return entries;
    }
    entries.reserve(limit);
    while (query.next())
        entries.append(transactionFrom(query));
    return entries;
}

bool OfflineCache::storeUsers(const QList<Member> &members)
{
    if (!m_open)
        return fail(tr("The cache is not open."));
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    db.transaction();
    QSqlQuery query(db);
    query.exec(QStringLiteral("DELETE FROM users"));
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO users VALUES (?, ?, ?, ?)"));
    for (const Member &member : members) {
        query.addBindValue(member.id);
        query.addBindValue(member.email);
        query.addBindValue(member.name);
        query.addBindValue(roleToApi(member.role));
        if (!query.exec()) {
            db.rollback();
            return fail(query.lastError().text());
        }
    }
    return db.commit() || fail(db.lastError().text());
}

QList<Member> OfflineCache::users() const
{
    QList<Member> members;
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    if (!m_open || !query.exec(QStringLiteral("SELECT id, email, name, role FROM users ORDER BY rowid")))
        return members;
    while (query.next()) {
        members.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                        roleFromApi(query.value(3).toString())});
    }
    return members;
}

bool OfflineCache::storeReferral(const Referral &referral)
{
    if (!m_open)
        return fail(tr("The cache is not open."));
    if (m_role != Role::Owner) // R3: the cache layer itself refuses, whoever calls it
        return fail(tr("Referral data is kept only for the project's Owner."));
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    db.transaction();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO referral VALUES (1, ?, ?, ?, ?)"));
    query.addBindValue(referral.balance);
    query.addBindValue(referral.currency);
    query.addBindValue(referral.code);
    query.addBindValue(referral.rateBasisPoints);
    bool ok = query.exec() && query.exec(QStringLiteral("DELETE FROM referral_referees"));
    query.prepare(QStringLiteral("INSERT INTO referral_referees VALUES (?, ?, ?, ?)"));
    for (const Referral::Referee &referee : referral.referrals) {
        if (!ok)
            break;
        query.addBindValue(referee.projectId);
        query.addBindValue(referee.name);
        query.addBindValue(msOrNull(referee.joinedAt));
        query.addBindValue(referee.earnedTotal);
        ok = query.exec();
    }
    if (!ok) {
        db.rollback();
        return fail(query.lastError().text());
    }
    return db.commit() || fail(db.lastError().text());
}

std::optional<Referral> OfflineCache::referral() const
{
    if (!m_open || m_role != Role::Owner)
        return std::nullopt;
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    if (!query.exec(QStringLiteral("SELECT balance, currency, code, rate_bp FROM referral WHERE id = 1")) || !query.next())
        return std::nullopt;
    Referral referral;
    referral.balance = query.value(0).toLongLong();
    referral.currency = query.value(1).toString();
    referral.code = query.value(2).toString();
    referral.rateBasisPoints = query.value(3).toInt();
    if (query.exec(QStringLiteral("SELECT project_id, name, joined_ms, earned_total FROM referral_referees ORDER BY rowid"))) {
        while (query.next()) {
            referral.referrals.append({query.value(0).toString(), query.value(1).toString(), fromMs(query.value(2)),
                                       query.value(3).toLongLong()});
        }
    }
    return referral;
}
