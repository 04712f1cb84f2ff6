// SPDX-License-Identifier: GPL-3.0-or-later
// The offline cache (R25, R3): what it stores, that an Administrator's cache file never holds
// referral data (read back from the file itself), that damaged files are rebuilt, and how fast a
// page of history is written.
#include "CacheLocation.h"
#include "CachedStatement.h"
#include "ClientTestSupport.h"
#include "OfflineCache.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QSet>
#include <QTest>

#include <sys/stat.h>

namespace {

Transaction entry(qint64 id, const QString &at, const QString &balance, qint64 amount, qint64 after)
{
    return {QString::number(id), QDateTime::fromString(at, Qt::ISODate), QStringLiteral("charge"),
            QStringLiteral("sms_notification"), balance, amount, after, QStringLiteral("SMS notification")};
}

// Every value of every table of the SQLite file, as text, read through a separate connection.
QStringList everyValueInFile(const QString &path)
{
    QStringList values;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("scan"));
        db.setDatabaseName(path);
        if (!db.open())
            return {QStringLiteral("<cannot open>")};
        QSqlQuery tables(db);
        tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
        QStringList names;
        while (tables.next())
            names.append(tables.value(0).toString());
        for (const QString &table : names) {
            QSqlQuery rows(db);
            rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
            while (rows.next()) {
                for (int column = 0; column < rows.record().count(); ++column)
                    values.append(rows.value(column).toString());
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("scan"));
    return values;
}

QStringList idsOf(const QList<Transaction> &rows)
{
    QStringList ids;
    for (const Transaction &row : rows)
        ids.append(row.id);
    return ids;
}

} // namespace

class CacheTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void r25_storesBalancesHistoryAndUsers();
    void r3_referralOnlyInAnOwnersCache_data();
    void r3_referralOnlyInAnOwnersCache();
    void r3_ownerLeftoversPurgedWhenAdministratorOpens();
    void r25_corruptCacheIsMovedAsideAndRebuilt_data();
    void r25_corruptCacheIsMovedAsideAndRebuilt();
    void r25_coverageMergesStretches();
    void r25_openingAndClosingFromTheLedger();
    void r25_thousandRowPageIsStoredWhole();
    void r25_cacheFilesPerServerUserAndProject();
    void r3_cacheIsReadableByItsOwnerOnly();
    void r25_historyPagesMatchTheServer_data();
    void r25_historyPagesMatchTheServer();

private:
    std::unique_ptr<ServerProcess> m_server;
    QTemporaryDir m_dir;
};

void CacheTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_server = Demo::startServer(50);
    QVERIFY(!m_server->baseUrl().isEmpty());
}

void CacheTest::r25_storesBalancesHistoryAndUsers()
{
    OfflineCache cache(m_dir.filePath(QStringLiteral("store.sqlite")));
    QCOMPARE(cache.open(Role::Administrator), OfflineCache::OpenResult::Created);
    Balances balances{QStringLiteral("UAH"), 150025, -1, {500000, 200000, 300000, QDateTime::fromString(QStringLiteral("2026-12-01T10:00:00Z"), Qt::ISODate)}};
    const QDateTime fetched = QDateTime::fromString(QStringLiteral("2026-11-20T08:30:00Z"), Qt::ISODate);
    QVERIFY(cache.storeBalances(balances, fetched));
    QVERIFY(cache.storeTransactions({entry(1, QStringLiteral("2026-11-01T10:00:00Z"), QStringLiteral("main"), -100, 900),
                                     entry(2, QStringLiteral("2026-11-02T10:00:00Z"), QStringLiteral("bonus"), 50, 50)}));
    QVERIFY(cache.storeUsers({{QStringLiteral("7"), QStringLiteral("a@b.c"), QStringLiteral("A"), Role::Owner}}));

    OfflineCache reread(cache.filePath());
    QCOMPARE(reread.open(Role::Administrator), OfflineCache::OpenResult::Opened);
    const auto cached = reread.balances();
    QVERIFY(cached);
    QCOMPARE(cached->balances.main, 150025);
    QCOMPARE(cached->balances.bonus, -1);
    QCOMPARE(cached->balances.credit.used, 300000);
    QCOMPARE(cached->balances.credit.dueAt, balances.credit.dueAt);
    QCOMPARE(cached->fetchedAt, fetched);
    const QList<Transaction> latest = reread.latestTransactions(10);
    QCOMPARE(latest.size(), 2);
    QCOMPARE(latest.first().id, QStringLiteral("2")); // newest first
    QCOMPARE(latest.last().amount, -100);
    QCOMPARE(reread.users().size(), 1);
    QCOMPARE(reread.users().first().role, Role::Owner);
    // A row of any other balance is not history of a statement (R3, R25): refused, nothing written.
    QVERIFY(!reread.storeTransactions({entry(3, QStringLiteral("2026-11-03T10:00:00Z"), QStringLiteral("referral"), 5, 5)}));
    QCOMPARE(reread.transactionCount(), 2);
}

void CacheTest::r3_referralOnlyInAnOwnersCache_data()
{
    QTest::addColumn<Role>("role");
    QTest::newRow("owner") << Role::Owner;
    QTest::newRow("administrator") << Role::Administrator;
    QTest::newRow("supervisor") << Role::Supervisor;
}

void CacheTest::r3_referralOnlyInAnOwnersCache()
{
    QFETCH(Role, role);
    // The real referral answer of the demo Owner: its code and balance are what must never leak.
    ApiClient api;
    api.setBaseUrl(m_server->baseUrl());
    const auto me = signInApi(api, Demo::OwnerEmail, Demo::OwnerPassword);
    QVERIFY(me);
    const QString projectId = projectIdByName(*me, Demo::MainProject);
    const ApiResult<Referral> referral = awaitResult<Referral>(api.referral(projectId));
    QVERIFY2(referral.ok(), qPrintable(referral.error.message));
    QVERIFY(!referral.value->code.isEmpty());
    QVERIFY(referral.value->balance > 0);
    const ApiResult<Balances> balances = awaitResult<Balances>(api.balances(projectId));
    const ApiResult<ListPage<Transaction>> history = awaitResult<ListPage<Transaction>>(api.transactions(projectId, {}, {}, 1000));
    const ApiResult<ListPage<Member>> users = awaitResult<ListPage<Member>>(api.users(projectId));
    QVERIFY(balances.ok() && history.ok() && users.ok());

    const QString path = m_dir.filePath(QStringLiteral("referral-%1.sqlite").arg(QLatin1String(QTest::currentDataTag())));
    {
        OfflineCache cache(path);
        QVERIFY(cache.open(role) != OfflineCache::OpenResult::Failed);
        QVERIFY(cache.storeBalances(*balances.value, QDateTime::currentDateTimeUtc()));
        QVERIFY2(cache.storeTransactions(history.value->items), qPrintable(cache.errorString()));
        QVERIFY(cache.storeUsers(users.value->items));
        QCOMPARE(cache.storeReferral(*referral.value), role == Role::Owner);
        QCOMPARE(cache.referral().has_value(), role == Role::Owner);
    }

    const QStringList values = everyValueInFile(path);
    QVERIFY(values.size() > 100); // the scan really read the stored history
    const QString code = referral.value->code;
    const QString balance = QString::number(referral.value->balance);
    const bool codeFound = std::any_of(values.cbegin(), values.cend(), [&](const QString &v) { return v.contains(code); });
    const bool balanceFound = values.contains(balance);
    QCOMPARE(codeFound, role == Role::Owner);
    QCOMPARE(balanceFound, role == Role::Owner);
    // Nor anywhere in the raw bytes of the file (free pages, journal leftovers).
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().contains(code.toUtf8()), role == Role::Owner);
}

void CacheTest::r3_ownerLeftoversPurgedWhenAdministratorOpens()
{
    // The same user was Owner and is now Administrator of the project (or the file was copied).
    const QString path = m_dir.filePath(QStringLiteral("demoted.sqlite"));
    Referral referral;
    referral.balance = 987654321;
    referral.currency = QStringLiteral("UAH");
    referral.code = QStringLiteral("SECRETCODE42");
    referral.referrals.append({QStringLiteral("9"), QStringLiteral("Partner"), QDateTime::currentDateTimeUtc(), 987654321});
    {
        OfflineCache owner(path);
        QVERIFY(owner.open(Role::Owner) != OfflineCache::OpenResult::Failed);
        QVERIFY(owner.storeReferral(referral));
    }
    {
        OfflineCache admin(path);
        QCOMPARE(admin.open(Role::Administrator), OfflineCache::OpenResult::Opened);
        QVERIFY(!admin.referral());
    }
    const QStringList values = everyValueInFile(path);
    QVERIFY(!values.contains(QStringLiteral("987654321")));
    QVERIFY(!values.contains(referral.code));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(referral.code.toUtf8())); // secure_delete zeroed the row
}

void CacheTest::r25_corruptCacheIsMovedAsideAndRebuilt_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("garbage bytes") << QStringLiteral("garbage");
    QTest::newRow("truncated") << QStringLiteral("truncate");
    QTest::newRow("overwritten pages") << QStringLiteral("scribble");
    QTest::newRow("wrong schema version") << QStringLiteral("version");
    QTest::newRow("foreign database") << QStringLiteral("foreign");
}

void CacheTest::r25_corruptCacheIsMovedAsideAndRebuilt()
{
    QFETCH(QString, damage);
    const QString path = m_dir.filePath(QStringLiteral("corrupt-%1.sqlite").arg(damage));
    {
        OfflineCache cache(path);
        QVERIFY(cache.open(Role::Administrator) != OfflineCache::OpenResult::Failed);
        QList<Transaction> rows;
        for (int i = 1; i <= 2000; ++i)
            rows.append(entry(i, QStringLiteral("2026-11-01T10:00:00Z"), QStringLiteral("main"), -i, i));
        QVERIFY(cache.storeTransactions(rows));
    }
    QFile file(path);
    if (damage == u"garbage") {
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QByteArray(70000, '\x5a'));
    } else if (damage == u"truncate") {
        QVERIFY(file.resize(file.size() / 3));
    } else if (damage == u"scribble") {
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(file.size() / 2);
        file.write(QByteArray(8192, '\xff'));
    } else {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        if (damage == u"version") {
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 99")));
        } else {
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 0")));
        }
        db.close();
        db = {};
        QSqlDatabase::removeDatabase(QStringLiteral("damage"));
    }
    file.close();

    OfflineCache cache(path);
    QCOMPARE(cache.open(Role::Administrator), OfflineCache::OpenResult::Rebuilt);
    QVERIFY(QFile::exists(cache.movedAsidePath()));
    QCOMPARE(cache.transactionCount(), 0);
    QVERIFY(cache.storeTransactions({entry(1, QStringLiteral("2026-11-01T10:00:00Z"), QStringLiteral("main"), -1, 1)}));
    QCOMPARE(cache.transactionCount(), 1);
}

void CacheTest::r25_coverageMergesStretches()
{
    OfflineCache cache(m_dir.filePath(QStringLiteral("coverage.sqlite")));
    QVERIFY(cache.open(Role::Owner) != OfflineCache::OpenResult::Failed);
    const auto at = [](const char *text) { return QDateTime::fromString(QLatin1String(text), Qt::ISODate); };
    QVERIFY(cache.storeTransactions({}));
    QVERIFY(!cache.coverageAt(at("2026-01-05T00:00:00Z")));
    QVERIFY(cache.markComplete(at("2026-01-01T00:00:00Z"), at("2026-01-10T00:00:00Z")));
    QVERIFY(cache.markComplete(at("2026-01-20T00:00:00Z"), at("2026-01-31T00:00:00Z")));
    QCOMPARE(cache.coverageAt(at("2026-01-05T00:00:00Z"))->to, at("2026-01-10T00:00:00Z"));
    QVERIFY(!cache.coverageAt(at("2026-01-15T00:00:00Z")));
    // Filling the gap joins all three into one stretch.
    QVERIFY(cache.markComplete(at("2026-01-09T00:00:00Z"), at("2026-01-20T00:00:00Z")));
    const auto merged = cache.coverageAt(at("2026-01-15T00:00:00Z"));
    QVERIFY(merged);
    QCOMPARE(merged->from, at("2026-01-01T00:00:00Z"));
    QCOMPARE(merged->to, at("2026-01-31T00:00:00Z"));
    QVERIFY(!cache.coverageAt(at("2026-01-31T00:00:00Z"))); // half-open
}

void CacheTest::r25_openingAndClosingFromTheLedger()
{
    OfflineCache cache(m_dir.filePath(QStringLiteral("figures.sqlite")));
    QVERIFY(cache.open(Role::Administrator) != OfflineCache::OpenResult::Failed);
    QVERIFY(cache.storeTransactions({
        entry(1, QStringLiteral("2026-10-30T12:00:00Z"), QStringLiteral("main"), 10000, 10000),  // before
        entry(2, QStringLiteral("2026-11-05T12:00:00Z"), QStringLiteral("main"), -2500, 7500),   // in period
        entry(3, QStringLiteral("2026-11-06T12:00:00Z"), QStringLiteral("main"), -500, 7000),    // in period
        entry(4, QStringLiteral("2026-10-01T12:00:00Z"), QStringLiteral("bonus"), 3000, 3000),   // before only
        entry(5, QStringLiteral("2026-12-10T12:00:00Z"), QStringLiteral("credit"), 40000, 40000), // after only
    }));
    const auto period = cabinet::cache::periodOfDays(QDate(2026, 11, 1), QDate(2026, 11, 30));
    const auto figures = cabinet::cache::statementFigures(cache, period, cabinet::exporting::BalanceFilter::All);
    QCOMPARE(figures.rowCount, 2);
    QCOMPARE(figures.balances.size(), 3);
    QCOMPARE(figures.balances[0].balance, QStringLiteral("main"));
    QCOMPARE(figures.balances[0].opening, 10000); // balance_after - amount of the first in the period
    QCOMPARE(figures.balances[0].closing, 7000);
    QCOMPARE(figures.balances[1].opening, 3000); // the last entry before the period
    QCOMPARE(figures.balances[1].closing, 3000);
    QCOMPARE(figures.balances[2].opening, 0); // the first entry after the period started from 0
    QCOMPARE(figures.balances[2].closing, 0);
    const auto bonusOnly = cabinet::cache::statementFigures(cache, period, cabinet::exporting::BalanceFilter::Bonus);
    QCOMPARE(bonusOnly.rowCount, 0);
    QCOMPARE(bonusOnly.balances.size(), 1);
}

// A whole 1000-row server page goes into the cache in one write and comes back row for row. How
// long that takes is a figure for bench/, not an assertion here (a timed test fails on a busy machine).
void CacheTest::r25_thousandRowPageIsStoredWhole()
{
    OfflineCache cache(m_dir.filePath(QStringLiteral("page.sqlite")));
    QVERIFY(cache.open(Role::Administrator) != OfflineCache::OpenResult::Failed);
    QList<Transaction> page;
    QSet<QString> written;
    for (int i = 0; i < 1000; ++i) {
        page.append(entry(100000 + i, QStringLiteral("2026-11-01T10:00:00Z"), QStringLiteral("main"), -i, i));
        written.insert(page.last().id);
    }
    QVERIFY(cache.storeTransactions(page));
    const QList<Transaction> read = cache.latestTransactions(2000);
    QCOMPARE(read.size(), 1000);
    QSet<QString> readIds;
    for (const Transaction &row : read)
        readIds.insert(row.id);
    QCOMPARE(readIds, written);
}

void CacheTest::r25_cacheFilesPerServerUserAndProject()
{
    const QUrl a(QStringLiteral("http://a.example:8080"));
    const QUrl b(QStringLiteral("http://b.example:8080"));
    const QString file = cabinet::cache::projectCacheFile(a, QStringLiteral("1"), QStringLiteral("1"));
    QVERIFY(file.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    QVERIFY(file != cabinet::cache::projectCacheFile(b, QStringLiteral("1"), QStringLiteral("1")));
    QVERIFY(file != cabinet::cache::projectCacheFile(a, QStringLiteral("2"), QStringLiteral("1")));
    QVERIFY(file != cabinet::cache::projectCacheFile(a, QStringLiteral("1"), QStringLiteral("2")));

    MeAnswer me{{QStringLiteral("1"), QStringLiteral("o@x"), QStringLiteral("O"), false},
                {{QStringLiteral("1"), QStringLiteral("P"), Role::Owner}}};
    QVERIFY(cabinet::cache::storeProfile(a, me));
    {
        OfflineCache cache(file);
        QVERIFY(cache.open(Role::Owner) != OfflineCache::OpenResult::Failed);
    }
    QVERIFY(QFile::exists(file));
    QCOMPARE(cabinet::cache::loadLastProfile(a)->projects.first().role, Role::Owner);
    QVERIFY(!cabinet::cache::loadLastProfile(b));
    QVERIFY(cabinet::cache::clearUserCache(a, QStringLiteral("1")));
    QVERIFY(!QFile::exists(file));
    QVERIFY(!cabinet::cache::loadLastProfile(a));
}

// Issue 11, item 10: another user of the computer reads no cached figure: every folder from the cache
// root down is 0700 and every file 0600, whatever the umask lets new files be.
void CacheTest::r3_cacheIsReadableByItsOwnerOnly()
{
    const mode_t previousMask = umask(0022);
    const QUrl server(QStringLiteral("https://c.example"));
    const QString file = cabinet::cache::projectCacheFile(server, QStringLiteral("7"), QStringLiteral("3"));
    MeAnswer me{{QStringLiteral("7"), QStringLiteral("o@x"), QStringLiteral("O"), false},
                {{QStringLiteral("3"), QStringLiteral("P"), Role::Owner}}};
    QVERIFY(cabinet::cache::storeProfile(server, me));
    {
        OfflineCache cache(file);
        QVERIFY(cache.open(Role::Owner) != OfflineCache::OpenResult::Failed);
        QVERIFY(cache.storeTransactions({entry(1, QStringLiteral("2026-11-01T10:00:00Z"), QStringLiteral("main"), -5, 5)}));
    }
    umask(previousMask);
    const QFileDevice::Permissions owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
                                           | QFileDevice::WriteUser;
    const QFileDevice::Permissions folder = owner | QFileDevice::ExeOwner | QFileDevice::ExeUser;
    const QString root = QDir(cabinet::cache::cacheRoot()).absolutePath();
    QStringList files = QDir(QFileInfo(file).absolutePath()).entryList(QDir::Files);
    QVERIFY(!files.isEmpty());
    for (const QString &name : files)
        QCOMPARE(QFileInfo(QFileInfo(file).absolutePath() + QLatin1Char('/') + name).permissions(), owner);
    const QString profileFolder = QFileInfo(cabinet::cache::userCacheDir(server, QStringLiteral("7"))).absolutePath();
    for (const QString &name : QDir(profileFolder).entryList(QDir::Files))
        QCOMPARE(QFileInfo(profileFolder + QLatin1Char('/') + name).permissions(), owner);
    for (QString path = QFileInfo(file).absolutePath(); path.startsWith(root); path = QFileInfo(path).absolutePath()) {
        QCOMPARE(QFileInfo(path).permissions(), folder);
        if (path == root)
            break;
    }
    QVERIFY(cabinet::cache::clearUserCache(server, QStringLiteral("7")));
}

void CacheTest::r25_historyPagesMatchTheServer_data()
{
    // Which filter; the period is taken from the middle of the demo history, in local days.
    QTest::addColumn<QString>("balance");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("period");
    QTest::newRow("all") << QString() << QString() << false;
    QTest::newRow("bonus balance") << QStringLiteral("bonus") << QString() << false;
    QTest::newRow("top-ups") << QString() << QStringLiteral("topup") << false;
    QTest::newRow("period") << QString() << QString() << true;
    QTest::newRow("period, main, charges") << QStringLiteral("main") << QStringLiteral("charge") << true;
}

void CacheTest::r25_historyPagesMatchTheServer()
{
    // Offline, the Balance page pages through the cache: the same rows, order and filters as the
    // server, page after page from the last row shown.
    QFETCH(QString, balance);
    QFETCH(QString, kind);
    QFETCH(bool, period);
    ApiClient api;
    api.setBaseUrl(m_server->baseUrl());
    const auto me = signInApi(api, Demo::OwnerEmail, Demo::OwnerPassword);
    QVERIFY(me);
    const QString projectId = projectIdByName(*me, Demo::MainProject);
    const QList<Transaction> everything = serverHistory(api, projectId, {});
    QVERIFY(everything.size() > 40);
    OfflineCache cache(m_dir.filePath(QStringLiteral("history-%1.sqlite").arg(QString::fromLatin1(QTest::currentDataTag()))));
    QVERIFY(cache.open(Role::Owner) != OfflineCache::OpenResult::Failed);
    QVERIFY(cache.storeTransactions(everything));

    TransactionFilter filter{{}, {}, balance, kind};
    if (period) {
        filter.to = everything.at(everything.size() / 3).at.toLocalTime().date();
        filter.from = filter.to.addDays(-20);
    }
    const QList<Transaction> expected = serverHistory(api, projectId, filter);
    QVERIFY(!expected.isEmpty());
    QList<Transaction> paged;
    for (int guard = 0; guard < 1000; ++guard) {
        const QList<Transaction> page = cache.historyPage(filter, paged.isEmpty() ? nullptr : &paged.constLast(), 7);
        QVERIFY(page.size() <= 7);
        paged.append(page);
        if (page.size() < 7)
            break;
    }
    QCOMPARE(idsOf(paged), idsOf(expected));
    QCOMPARE(paged.constLast().amount, expected.constLast().amount);
}

QTEST_GUILESS_MAIN(CacheTest)
#include "tst_cache.moc"
