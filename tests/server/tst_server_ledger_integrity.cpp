// SPDX-License-Identifier: GPL-3.0-or-later
// R22 held by the database and checked from outside (issue 11, item 7), on SQLite: entries and
// postings refuse UPDATE and DELETE whoever asks (a script with the file, not only the server), the
// cached balances stay writable, and `cabinet-server verify` passes the demo ledger and reports
// every breach of a damaged copy with a non-zero exit. PostgreSQL: tests/server/pg/tst_pg_store.
#include "ServerProcess.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

// Runs one statement on the SQLite file as any other program could; the error text, empty on success.
QString runSql(const QString &databasePath, const QString &sql)
{
    static int connections = 0;
    const QString name = QStringLiteral("integrity-%1").arg(++connections);
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databasePath);
        if (!db.open())
            return db.lastError().text();
        QSqlQuery query(db);
        if (!query.exec(sql))
            error = query.lastError().text();
        if (error.isEmpty() && query.numRowsAffected() == 0)
            error = QStringLiteral("no row changed");
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

} // namespace

class TstServerLedgerIntegrity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void r22_entriesAndPostingsRefuseChange_data();
    void r22_entriesAndPostingsRefuseChange();
    void r22_verifyPassesAndReportsEveryBreach_data();
    void r22_verifyPassesAndReportsEveryBreach();

private:
    // A fresh copy of the seeded ledger for a test to damage.
    QString copyOfLedger();

    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_server; // keeps the seeded ledger's folder
    QString m_seeded;
    int m_copies = 0;
};

void TstServerLedgerIntegrity::initTestCase()
{
    ServerProcess::Options options;
    options.seed = QStringLiteral("demo");
    options.extraArguments = {QStringLiteral("--seed-busy"), QStringLiteral("200")};
    m_server = std::make_unique<ServerProcess>(options);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_server->stop();
    const ServerProcess &server = *m_server;
    m_seeded = server.databasePath();
    const QString check = copyOfLedger();
    QVERIFY(!check.isEmpty());
    QVERIFY2(runSql(check, QStringLiteral("UPDATE accounts SET balance = balance")).isEmpty(), "the seeded ledger has no accounts");
}

// The server ends without a checkpoint, so the ledger is the database file and its write-ahead log.
QString TstServerLedgerIntegrity::copyOfLedger()
{
    const QString path = m_dir.filePath(QStringLiteral("copy-%1.db").arg(++m_copies));
    if (!QFile::copy(m_seeded, path))
        return {};
    const QString log = m_seeded + QStringLiteral("-wal");
    if (QFile::exists(log) && !QFile::copy(log, path + QStringLiteral("-wal")))
        return {};
    return path;
}

void TstServerLedgerIntegrity::r22_entriesAndPostingsRefuseChange_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("update entries") << QStringLiteral("UPDATE entries SET amount = amount + 1 WHERE id = 1") << false;
    QTest::newRow("delete entries") << QStringLiteral("DELETE FROM entries WHERE id = 1") << false;
    QTest::newRow("update postings") << QStringLiteral("UPDATE postings SET description = 'x' WHERE id = 1") << false;
    QTest::newRow("delete postings") << QStringLiteral("DELETE FROM postings WHERE id = 1") << false;
    QTest::newRow("cached balance (updated by design)")
        << QStringLiteral("UPDATE accounts SET balance = balance WHERE id = 1") << true;
}

void TstServerLedgerIntegrity::r22_entriesAndPostingsRefuseChange()
{
    QFETCH(QString, sql);
    QFETCH(bool, allowed);
    const QString path = copyOfLedger();
    QVERIFY(!path.isEmpty());
    const QString error = runSql(path, sql);
    if (allowed) {
        QVERIFY2(error.isEmpty(), qPrintable(error));
    } else {
        QVERIFY2(error.contains(QLatin1String("the ledger is immutable (R22)")), qPrintable(sql + QLatin1String(": ") + error));
    }
}

void TstServerLedgerIntegrity::r22_verifyPassesAndReportsEveryBreach_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("breaches");
    QTest::newRow("intact demo ledger") << QString() << 0 << QStringList{};
    QTest::newRow("cached balance off by one kopeck")
        << QStringLiteral("UPDATE accounts SET balance = balance + 1 WHERE kind = 'main' AND project_id = 2") << 1
        << QStringList{QStringLiteral("BREACH: account "), QStringLiteral("(main, project 2): cached balance")};
    QTest::newRow("a stray entry (inserts are allowed)")
        << QStringLiteral("INSERT INTO entries (posting_id, account_id, amount) VALUES (1, 1, 5)") << 1
        << QStringList{QStringLiteral("BREACH: posting 1 sums to 5, not 0"),
                       QStringLiteral("BREACH: the entries of all accounts sum to 5, not 0"),
                       QStringLiteral("BREACH: account 1 (payments, service): cached balance")};
}

void TstServerLedgerIntegrity::r22_verifyPassesAndReportsEveryBreach()
{
    QFETCH(QString, damage);
    QFETCH(int, exitCode);
    QFETCH(QStringList, breaches);
    const QString path = copyOfLedger();
    QVERIFY(!path.isEmpty());
    if (!damage.isEmpty()) {
        const QString error = runSql(path, damage);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    QProcess verify;
    verify.start(QStringLiteral(CABINET_SERVER_BINARY),
                 {QStringLiteral("verify"), QStringLiteral("--db"), QStringLiteral("sqlite:") + path});
    QVERIFY(verify.waitForFinished(120000));
    const QString output = QString::fromUtf8(verify.readAllStandardOutput());
    QCOMPARE(verify.exitCode(), exitCode);
    QVERIFY2(output.contains(QLatin1String("every posting sums to 0")), qPrintable(output));
    QVERIFY2(!output.contains(QLatin1String("checked 0 postings")), qPrintable(output)); // the demo ledger itself
    QVERIFY2(output.contains(exitCode == 0 ? QLatin1String("ledger OK") : QLatin1String("ledger BROKEN")),
             qPrintable(output));
    for (const QString &breach : breaches)
        QVERIFY2(output.contains(breach), qPrintable(breach + QLatin1String(" not in:\n") + output));
    if (breaches.isEmpty())
        QVERIFY2(!output.contains(QLatin1String("BREACH")), qPrintable(output));
}

QTEST_GUILESS_MAIN(TstServerLedgerIntegrity)
#include "tst_server_ledger_integrity.moc"
