// SPDX-License-Identifier: GPL-3.0-or-later
// cabinet-server on a REAL PostgreSQL (tests/server/pg/PgInstance starts one of the test's own):
// the core money flows over HTTP (R5, R8-R11, R17, R22, R23, history paging), the ledger
// invariants checked inside the database itself, migrations applied once across restarts, and a
// clear exit code 2 for a PostgreSQL URL the server cannot use.
#include "ApiTestClient.h"
#include "PgInstance.h"
#include "ServerProcess.h"

#include <QJsonArray>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using Reply = ApiTestClient::Reply;
using Project = ApiTestClient::Project;

namespace {

qint64 moneyOf(const QJsonObject &object, const char *field)
{
    return ApiTestClient::money(object.value(QLatin1String(field)));
}

} // namespace

class TstPgStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void pg_unusableDatabaseUrlExitsWith2_data();
    void pg_unusableDatabaseUrlExitsWith2();
    void r5_invoiceTopUpConfirmedCreditsMain();
    void r9_r10_r11_chargeRouting_data();
    void r9_r10_r11_chargeRouting();
    void r17_uncoveredChargeIsRefusedWhole();
    void r23_sameKeyReplaysAndAppliesOnce();
    void r23_sameKeyOtherBodyIs409();
    void history_cursorPagesCoverEverythingOnce();
    void r22_balancesEqualHistoryAndLedgerSumsToZero();
    void r24_textIsStoredVerbatim();
    void r22_entriesAndPostingsRefuseChange_data();
    void r22_entriesAndPostingsRefuseChange();
    void r22_verifyChecksTheLedger_data();
    void r22_verifyChecksTheLedger();
    void pg_chargesFindTheirAccountsByIndexAmongManyCustomers();
    void pg_restartKeepsDataAndMigratesOnce(); // last: restarting resets the fake clock

private:
    Project fundedProject(qint64 main, qint64 bonus);
    QList<QJsonObject> history(const Project &project, const QString &query = {});

    PgInstance m_pg;
    QString m_database = QStringLiteral("store");
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<ApiTestClient> m_api;
};

void TstPgStore::initTestCase()
{
    QVERIFY2(m_pg.start(), qPrintable(m_pg.errorString()));
    QVERIFY2(m_pg.createDatabase(m_database), qPrintable(m_pg.errorString()));
    ServerProcess::Options options;
    options.database = m_pg.url(m_database);
    m_server = std::make_unique<ServerProcess>(options);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_api = std::make_unique<ApiTestClient>(m_server->baseUrl(), 60000);
    QVERIFY2(!m_api->staffToken().isEmpty(), qPrintable(m_api->lastError()));
}

Project TstPgStore::fundedProject(qint64 main, qint64 bonus)
{
    Project project = m_api->newProject(QStringLiteral("pg"), main);
    if (project.isValid() && bonus > 0 && m_api->grantBonus(project.id, bonus).status != 201)
        return {};
    return project;
}

QList<QJsonObject> TstPgStore::history(const Project &project, const QString &query)
{
    return m_api->allTransactions(project, query);
}

void TstPgStore::pg_unusableDatabaseUrlExitsWith2_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected"); // part of the message on stderr
    const QString secret = QStringLiteral("s3cret-never-logged");
    QTest::newRow("nobody listens on the port")
        << QStringLiteral("postgresql://app:%1@127.0.0.1:1/store").arg(secret) << QStringLiteral("cannot connect");
    QTest::newRow("wrong password")
        << QStringLiteral("postgresql://app:%1@127.0.0.1:%2/store").arg(secret).arg(m_pg.port())
        << QStringLiteral("password authentication failed");
    QTest::newRow("no such database")
        << QStringLiteral("postgresql://app:app@127.0.0.1:%1/no_such_db").arg(m_pg.port())
        << QStringLiteral("no_such_db");
    QTest::newRow("malformed URI") << QStringLiteral("postgresql://app:%1@[::1/store").arg(secret)
                                   << QStringLiteral("cannot connect");
    QTest::newRow("unknown parameter") << QStringLiteral("postgresql://127.0.0.1/store?bogus=1")
                                       << QStringLiteral("bogus");
}

void TstPgStore::pg_unusableDatabaseUrlExitsWith2()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    QProcess server;
    server.start(QStringLiteral(CABINET_SERVER_BINARY),
                 {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--db"), url});
    QVERIFY2(server.waitForFinished(60000), "the server should give up on an unusable database, not hang");
    const QString errors = QString::fromUtf8(server.readAllStandardError());
    const QString output = QString::fromUtf8(server.readAllStandardOutput());
    QVERIFY2(server.exitStatus() == QProcess::NormalExit && server.exitCode() == 2,
             qPrintable(QStringLiteral("exit %1, stderr: %2").arg(server.exitCode()).arg(errors)));
    QVERIFY2(!output.contains(QStringLiteral("listening")), qPrintable(output));
    QVERIFY2(errors.contains(expected), qPrintable(errors));
    QVERIFY2(!errors.contains(QStringLiteral("s3cret-never-logged")), qPrintable(errors)); // passwords stay out of logs
}

void TstPgStore::r5_invoiceTopUpConfirmedCreditsMain()
{
    const Project project = m_api->newProject(QStringLiteral("pgtopup"));
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    const Reply created = m_api->post(QStringLiteral("/api/v1/projects/%1/topups").arg(project.id),
                                      QJsonObject{{QStringLiteral("amount"), 150000}, {QStringLiteral("method"), QStringLiteral("invoice")}},
                                      m_api->tokenFor(project.ownerEmail), ApiTestClient::newIdempotencyKey());
    API_REQUIRE_STATUS(created, 201);
    QCOMPARE(created.object().value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    QVERIFY2(!created.object().value(QStringLiteral("invoice_number")).toString().isEmpty(), qPrintable(created.describe()));
    QCOMPARE(moneyOf(m_api->balances(project), "main"), qint64(0)); // not paid yet

    const QString id = ApiTestClient::idText(created.object().value(QStringLiteral("id")));
    API_REQUIRE_STATUS(m_api->post(QStringLiteral("/api/v1/staff/topups/%1/confirm").arg(id), QJsonObject{},
                                   m_api->staffToken(), ApiTestClient::newIdempotencyKey()),
                       200);
    QCOMPARE(moneyOf(m_api->balances(project), "main"), qint64(150000));
    // Confirming again (a new key) credits nothing more.
    m_api->post(QStringLiteral("/api/v1/staff/topups/%1/confirm").arg(id), QJsonObject{}, m_api->staffToken(),
                ApiTestClient::newIdempotencyKey());
    QCOMPARE(moneyOf(m_api->balances(project), "main"), qint64(150000));
    const QList<QJsonObject> rows = history(project);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0].value(QStringLiteral("kind")).toString(), QStringLiteral("topup"));
    QCOMPARE(moneyOf(rows[0], "balance_after"), qint64(150000));
}

void TstPgStore::r9_r10_r11_chargeRouting_data()
{
    QTest::addColumn<QString>("category");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<qint64>("bonusPart");
    QTest::addColumn<qint64>("mainPart");
    // Funds: main 10000, bonus 3000.
    QTest::newRow("R9 subscription: bonus first, the rest from main")
        << QStringLiteral("service_subscription") << qint64(5000) << qint64(3000) << qint64(2000);
    QTest::newRow("R10 subscription within bonus: bonus only")
        << QStringLiteral("service_subscription") << qint64(1200) << qint64(1200) << qint64(0);
    QTest::newRow("R11 api_call: main only") << QStringLiteral("api_call") << qint64(2500) << qint64(0) << qint64(2500);
    QTest::newRow("R11 number_subscription: main only")
        << QStringLiteral("number_subscription") << qint64(700) << qint64(0) << qint64(700);
}

void TstPgStore::r9_r10_r11_chargeRouting()
{
    QFETCH(QString, category);
    QFETCH(qint64, amount);
    QFETCH(qint64, bonusPart);
    QFETCH(qint64, mainPart);
    const Project project = fundedProject(10000, 3000);
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    const Reply charged = m_api->charge(project.id, category, amount);
    API_REQUIRE_STATUS(charged, 201);
    QHash<QString, qint64> parts;
    for (const QJsonValue &part : charged.object().value(QStringLiteral("parts")).toArray())
        parts[part[QStringLiteral("balance")].toString()] += ApiTestClient::money(part[QStringLiteral("amount")]);
    QCOMPARE(parts.value(QStringLiteral("bonus")), bonusPart);
    QCOMPARE(parts.value(QStringLiteral("main")), mainPart);
    const QJsonObject balances = m_api->balances(project);
    QCOMPARE(moneyOf(balances, "bonus"), 3000 - bonusPart);
    QCOMPARE(moneyOf(balances, "main"), 10000 - mainPart);
    // R26: each paying balance has its own history row with the category.
    const QList<QJsonObject> charges = history(project, QStringLiteral("kind=charge"));
    QCOMPARE(charges.size(), qsizetype((bonusPart > 0 ? 1 : 0) + (mainPart > 0 ? 1 : 0)));
    for (const QJsonObject &row : charges)
        QCOMPARE(row.value(QStringLiteral("category")).toString(), category);
}

void TstPgStore::r17_uncoveredChargeIsRefusedWhole()
{
    const Project project = fundedProject(1000, 500);
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    const QJsonObject before = m_api->balances(project);
    const qsizetype rowsBefore = history(project).size();
    API_REQUIRE_PROBLEM(m_api->charge(project.id, QStringLiteral("service_subscription"), 1501), 402,
                        "insufficient_funds");
    API_REQUIRE_PROBLEM(m_api->charge(project.id, QStringLiteral("api_call"), 1001), 402, "insufficient_funds");
    QCOMPARE(m_api->balances(project), before);
    QCOMPARE(history(project).size(), rowsBefore);
    // Exactly covered is paid.
    API_REQUIRE_STATUS(m_api->charge(project.id, QStringLiteral("service_subscription"), 1500), 201);
    QCOMPARE(moneyOf(m_api->balances(project), "main"), qint64(0));
    QCOMPARE(moneyOf(m_api->balances(project), "bonus"), qint64(0));
}

void TstPgStore::r23_sameKeyReplaysAndAppliesOnce()
{
    const Project project = fundedProject(5000, 0);
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    const QString path = QStringLiteral("/api/v1/staff/projects/%1/charges").arg(project.id);
    const QByteArray body = R"({"category":"api_call","amount":1200})";
    const QByteArray key = ApiTestClient::newIdempotencyKey();
    const Reply first = m_api->postRaw(path, body, m_api->staffToken(), key);
    API_REQUIRE_STATUS(first, 201);
    const Reply second = m_api->postRaw(path, body, m_api->staffToken(), key);
    QCOMPARE(second.status, first.status);
    QCOMPARE(second.body, first.body); // byte for byte
    QCOMPARE(moneyOf(m_api->balances(project), "main"), qint64(3800));
    QCOMPARE(history(project, QStringLiteral("kind=charge")).size(), qsizetype(1));

    // A refusal is replayed too, even once the funds would cover it.
    const QByteArray refusedKey = ApiTestClient::newIdempotencyKey();
    const QByteArray tooMuch = R"({"category":"api_call","amount":9000})";
    API_REQUIRE_PROBLEM(m_api->postRaw(path, tooMuch, m_api->staffToken(), refusedKey), 402, "insufficient_funds");
    QVERIFY2(!m_api->topUpPaid(project, 10000).isEmpty(), qPrintable(m_api->lastError()));
    API_REQUIRE_PROBLEM(m_api->postRaw(path, tooMuch, m_api->staffToken(), refusedKey), 402, "insufficient_funds");
    QCOMPARE(moneyOf(m_api->balances(project), "main"), qint64(13800));
}

void TstPgStore::r23_sameKeyOtherBodyIs409()
{
    const Project project = fundedProject(5000, 0);
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    const QString path = QStringLiteral("/api/v1/staff/projects/%1/charges").arg(project.id);
    const QByteArray key = ApiTestClient::newIdempotencyKey();
    API_REQUIRE_STATUS(m_api->postRaw(path, R"({"category":"api_call","amount":100})", m_api->staffToken(), key), 201);
    API_REQUIRE_PROBLEM(m_api->postRaw(path, R"({"category":"api_call","amount":200})", m_api->staffToken(), key), 409,
                        "idempotency_conflict");
    QCOMPARE(moneyOf(m_api->balances(project), "main"), qint64(4900));
}

void TstPgStore::history_cursorPagesCoverEverythingOnce()
{
    const Project project = fundedProject(100000, 0);
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    for (int i = 1; i <= 23; ++i)
        API_REQUIRE_STATUS(m_api->charge(project.id, QStringLiteral("sms_notification"), i), 201);
    const QString path = QStringLiteral("/api/v1/projects/%1/transactions").arg(project.id);
    const QString token = m_api->tokenFor(project.ownerEmail);
    QStringList ids;
    QString cursor;
    int pages = 0;
    do {
        QString query = QStringLiteral("?limit=5");
        if (!cursor.isEmpty())
            query += QStringLiteral("&cursor=") + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
        const Reply page = m_api->get(path + query, token);
        API_REQUIRE_STATUS(page, 200);
        const QJsonArray items = page.object().value(QStringLiteral("items")).toArray();
        QVERIFY(items.size() <= 5);
        for (const QJsonValue &item : items)
            ids << ApiTestClient::idText(item[QStringLiteral("id")]);
        const QJsonValue next = page.object().value(QStringLiteral("next_cursor"));
        cursor = next.isNull() ? QString() : next.toString();
        QVERIFY(++pages <= 10);
    } while (!cursor.isEmpty());
    QCOMPARE(ids.size(), 24); // 23 charges and the top-up
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
    QCOMPARE(pages, 5);
    // Newest first: the last charge (amount 23) leads, the top-up closes.
    const QList<QJsonObject> rows = history(project);
    QCOMPARE(moneyOf(rows.first(), "amount"), qint64(-23));
    QCOMPARE(rows.last().value(QStringLiteral("kind")).toString(), QStringLiteral("topup"));
}

void TstPgStore::r22_balancesEqualHistoryAndLedgerSumsToZero()
{
    const Project project = fundedProject(20000, 4000);
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    API_REQUIRE_STATUS(m_api->charge(project.id, QStringLiteral("service_subscription"), 6000), 201);
    API_REQUIRE_STATUS(m_api->charge(project.id, QStringLiteral("autodial"), 1234), 201);
    API_REQUIRE_STATUS(m_api->adjust(project.id, 500, QStringLiteral("compensation"), QStringLiteral("outage")), 201);
    API_REQUIRE_STATUS(m_api->adjust(project.id, -300, QStringLiteral("correction"), QStringLiteral("fix")), 201);

    const QJsonObject balances = m_api->balances(project);
    QHash<QString, qint64> sums;
    for (const QJsonObject &row : history(project))
        sums[row.value(QStringLiteral("balance")).toString()] += moneyOf(row, "amount");
    QCOMPARE(sums.value(QStringLiteral("main")), moneyOf(balances, "main"));
    QCOMPARE(sums.value(QStringLiteral("bonus")), moneyOf(balances, "bonus"));
    QCOMPARE(moneyOf(balances, "main"), qint64(20000 - 2000 - 1234 + 500 - 300));
    QCOMPARE(moneyOf(balances, "bonus"), qint64(0));

    // Inside PostgreSQL: every posting balances, every cached balance is the sum of its entries,
    // and all accounts together sum to zero.
    QCOMPARE(m_pg.psql(m_database, QStringLiteral("SELECT COUNT(*) FROM (SELECT posting_id FROM entries"
                                                  " GROUP BY posting_id HAVING SUM(amount) <> 0) unbalanced")),
             QStringLiteral("0"));
    QCOMPARE(m_pg.psql(m_database, QStringLiteral("SELECT COUNT(*) FROM accounts a WHERE a.balance <>"
                                                  " (SELECT COALESCE(SUM(e.amount), 0) FROM entries e WHERE e.account_id = a.id)")),
             QStringLiteral("0"));
    QCOMPARE(m_pg.psql(m_database, QStringLiteral("SELECT SUM(balance) FROM accounts")), QStringLiteral("0"));
    QVERIFY(m_pg.psql(m_database, QStringLiteral("SELECT COUNT(*) FROM entries")).toInt() > 10);
}

void TstPgStore::r24_textIsStoredVerbatim()
{
    const Project project = fundedProject(1000, 0);
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    const QString reason = QStringLiteral("x'); DROP TABLE entries; -- «Привіт» 💸 \\ $1 %s");
    API_REQUIRE_STATUS(m_api->adjust(project.id, 1, QStringLiteral("compensation"), reason), 201);
    const QList<QJsonObject> rows = history(project, QStringLiteral("kind=compensation"));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0].value(QStringLiteral("description")).toString(), reason);
    QVERIFY(!m_pg.psql(m_database, QStringLiteral("SELECT COUNT(*) FROM entries")).isEmpty());
}

void TstPgStore::r22_entriesAndPostingsRefuseChange_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("update entries") << QStringLiteral("UPDATE entries SET amount = amount + 1") << false;
    QTest::newRow("delete entries") << QStringLiteral("DELETE FROM entries") << false;
    QTest::newRow("truncate entries") << QStringLiteral("TRUNCATE entries CASCADE") << false;
    QTest::newRow("update postings") << QStringLiteral("UPDATE postings SET description = 'x'") << false;
    QTest::newRow("delete postings") << QStringLiteral("DELETE FROM postings") << false;
    QTest::newRow("truncate postings") << QStringLiteral("TRUNCATE postings CASCADE") << false;
    QTest::newRow("cached balance (updated by design)") << QStringLiteral("UPDATE accounts SET balance = balance") << true;
}

// As the superuser at a psql prompt, not only as the server's role: the triggers refuse any change.
// Each statement runs in a transaction that is rolled back, so a broken guard changes nothing here.
void TstPgStore::r22_entriesAndPostingsRefuseChange()
{
    QFETCH(QString, statement);
    QFETCH(bool, allowed);
    QVERIFY2(fundedProject(1000, 0).isValid(), qPrintable(m_api->lastError())); // entries to refuse changing
    QVERIFY(m_pg.psql(m_database, QStringLiteral("SELECT COUNT(*) FROM entries")).toInt() > 0);
    const QString result = m_pg.psql(m_database, QStringLiteral("BEGIN; %1; ROLLBACK").arg(statement));
    if (allowed) {
        QVERIFY2(!result.isNull(), qPrintable(m_pg.errorString()));
    } else {
        QVERIFY2(result.isNull(), qPrintable(statement + QStringLiteral(" was allowed")));
        QVERIFY2(m_pg.errorString().contains(QLatin1String("the ledger is immutable (R22)")), qPrintable(m_pg.errorString()));
    }
}

void TstPgStore::r22_verifyChecksTheLedger_data()
{
    QTest::addColumn<QString>("passwordFrom");
    QTest::addColumn<QString>("damage"); // SQL, %1 the id of one main account; `undo` takes it back
    QTest::addColumn<QString>("undo");
    QTest::addColumn<QString>("breach");
    QTest::newRow("intact, password from --db-password-file") << QStringLiteral("file") << QString() << QString() << QString();
    QTest::newRow("intact, password from PGPASSWORD") << QStringLiteral("environment") << QString() << QString() << QString();
    QTest::newRow("a cached balance off by 7")
        << QStringLiteral("file") << QStringLiteral("UPDATE accounts SET balance = balance + 7 WHERE id = %1")
        << QStringLiteral("UPDATE accounts SET balance = balance - 7 WHERE id = %1")
        << QStringLiteral("BREACH: account %1 (main, project ");
    // Issue 10: no foreign key guards the append-only tables on PostgreSQL (migration 9); verify does.
    QTest::newRow("a history row naming a posting that does not exist")
        << QStringLiteral("file")
        << QStringLiteral("INSERT INTO transactions (project_id, posting_id, at, kind, balance, amount, balance_after)"
                          " SELECT project_id, 987654, 0, 'charge', 'main', 0, 0 FROM accounts WHERE id = %1")
        << QStringLiteral("DELETE FROM transactions WHERE posting_id = 987654")
        << QStringLiteral("BREACH: transactions.posting_id names postings 987654, which does not exist (1 row(s)");
}

// `cabinet-server verify` on PostgreSQL, with the password kept off the command line (libpq reads
// PGPASSWORD; --db-password-file sets it): exit 0 on the live ledger, 1 and the breach on a damaged one.
void TstPgStore::r22_verifyChecksTheLedger()
{
    QFETCH(QString, passwordFrom);
    QFETCH(QString, damage);
    QFETCH(QString, undo);
    QFETCH(QString, breach);
    QTemporaryDir dir;
    const QString urlWithoutPassword =
        QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(PgInstance::Role).arg(m_pg.port()).arg(m_database);
    QStringList arguments{QStringLiteral("verify"), QStringLiteral("--db"), urlWithoutPassword};
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("PGPASSWORD"));
    if (passwordFrom == QLatin1String("file")) {
        QFile file(dir.filePath(QStringLiteral("pgpassword")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(PgInstance::Password.toUtf8() + '\n');
        file.close();
        arguments << QStringLiteral("--db-password-file") << file.fileName();
    } else {
        environment.insert(QStringLiteral("PGPASSWORD"), PgInstance::Password);
    }
    QVERIFY2(fundedProject(1000, 0).isValid(), qPrintable(m_api->lastError())); // postings to check
    const QString account = m_pg.psql(m_database, QStringLiteral("SELECT MIN(id) FROM accounts WHERE kind = 'main'"));
    if (!damage.isEmpty())
        QVERIFY2(!m_pg.psql(m_database, damage.arg(account)).isNull(), qPrintable(m_pg.errorString()));
    QProcess verify;
    verify.setProcessEnvironment(environment);
    verify.start(QStringLiteral(CABINET_SERVER_BINARY), arguments);
    const bool finished = verify.waitForFinished(120000);
    if (!undo.isEmpty())
        QVERIFY2(!m_pg.psql(m_database, undo.arg(account)).isNull(), qPrintable(m_pg.errorString()));
    QVERIFY(finished);
    const QString output = QString::fromUtf8(verify.readAllStandardOutput());
    const QString errors = QString::fromUtf8(verify.readAllStandardError());
    QCOMPARE(verify.exitCode(), damage.isEmpty() ? 0 : 1);
    QVERIFY2(!output.contains(QLatin1String("checked 0 postings")), qPrintable(output + errors));
    if (damage.isEmpty()) {
        QVERIFY2(output.contains(QLatin1String("ledger OK")), qPrintable(output + errors));
    } else {
        QVERIFY2(output.contains(breach.arg(account)), qPrintable(output));
    }
    QVERIFY2(!errors.contains(QLatin1String("visible to every user")), qPrintable(errors)); // no password in argv
}

void TstPgStore::pg_chargesFindTheirAccountsByIndexAmongManyCustomers()
{
    // A platform has many customers. The charge batch's locking statement once had an
    // `IN (subquery)` inside an OR, which PostgreSQL cannot answer from an index: every batch
    // read all accounts (140 ms with 100,000 projects), by a sequential scan or by walking the
    // whole primary key. PostgreSQL counts the rows read from each table: charging one project
    // must read a few hundred accounts, not the 100,000 of all customers.
    const QString database = QStringLiteral("many");
    QVERIFY2(m_pg.createDatabase(database), qPrintable(m_pg.errorString()));
    ServerProcess::Options options;
    options.database = m_pg.url(database);
    ServerProcess server(options);
    QVERIFY2(server.start(), qPrintable(server.errorString())); // creates the schema
    server.stop();
    // A backend's counters reach the statistics when it ends.
    const QString others = QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = '%1'"
                                          " AND pid <> pg_backend_pid()").arg(database);
    QTRY_COMPARE_WITH_TIMEOUT(m_pg.psql(database, others), QStringLiteral("0"), 20000);
    QVERIFY2(!m_pg.psql(database, QStringLiteral(
                 "INSERT INTO projects (name, referral_code, created_at)"
                 " SELECT 'other ' || g, 'other-' || g, 0 FROM generate_series(1, 20000) g;"
                 " INSERT INTO accounts (project_id, kind, balance) SELECT p.id, k, 0 FROM projects p,"
                 " unnest(ARRAY['main', 'bonus', 'credit', 'referral', 'referral_reserved']) k;"
                 " ANALYZE")).isNull(), qPrintable(m_pg.errorString()));
    const QString rowsRead = QStringLiteral("SELECT seq_tup_read + COALESCE(idx_tup_fetch, 0) FROM pg_stat_user_tables"
                                            " WHERE relname = 'accounts'");
    const qint64 readBefore = m_pg.psql(database, rowsRead).toLongLong();

    QVERIFY2(server.start(), qPrintable(server.errorString()));
    ApiTestClient api(server.baseUrl(), 60000);
    QVERIFY2(!api.staffToken().isEmpty(), qPrintable(api.lastError()));
    const Project referrer = api.newProject(QStringLiteral("referrer"));
    QVERIFY2(referrer.isValid(), qPrintable(api.lastError()));
    const Project project = api.createProject(QStringLiteral("charged"), ApiTestClient::uniqueEmail(QStringLiteral("charged")),
                                              referrer.referralCode);
    QVERIFY2(project.isValid(), qPrintable(api.lastError()));
    QVERIFY2(!api.topUpPaid(project, 40 * 100).isEmpty(), qPrintable(api.lastError()));
    std::vector<ApiTestClient::Request> requests(40);
    for (ApiTestClient::Request &request : requests) {
        request.method = "POST";
        request.path = QStringLiteral("/api/v1/staff/projects/%1/charges").arg(project.id);
        request.body = R"({"category":"api_call","amount":100})";
        request.token = api.staffToken();
        request.idempotencyKey = ApiTestClient::newIdempotencyKey();
    }
    for (const Reply &reply : api.sendParallel(requests))
        API_REQUIRE_STATUS(reply, 201);
    QCOMPARE(moneyOf(api.balances(project), "main"), qint64(0));
    server.stop();
    QTRY_COMPARE_WITH_TIMEOUT(m_pg.psql(database, others), QStringLiteral("0"), 20000);
    const qint64 read = m_pg.psql(database, rowsRead).toLongLong() - readBefore;
    QVERIFY2(read > 0 && read < 5000, qPrintable(QStringLiteral("%1 accounts read").arg(read)));
}

void TstPgStore::pg_restartKeepsDataAndMigratesOnce()
{
    const Project project = fundedProject(7777, 0);
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    const QString versionsBefore = m_pg.psql(m_database, QStringLiteral("SELECT string_agg(version::text, ',' ORDER BY version) FROM schema_version"));
    QVERIFY2(!versionsBefore.isEmpty(), qPrintable(m_pg.errorString()));
    QVERIFY2(m_server->restart(), qPrintable(m_server->errorString()));
    m_api->setBaseUrl(m_server->baseUrl());
    m_api->forgetTokens();
    QCOMPARE(moneyOf(m_api->balances(project), "main"), qint64(7777));
    QCOMPARE(m_pg.psql(m_database, QStringLiteral("SELECT string_agg(version::text, ',' ORDER BY version) FROM schema_version")),
             versionsBefore);
    // The bootstrap staff user is not created twice.
    QCOMPARE(m_pg.psql(m_database, QStringLiteral("SELECT COUNT(*) FROM users WHERE is_staff = 1")), QStringLiteral("1"));
}

QTEST_GUILESS_MAIN(TstPgStore)
#include "tst_pg_store.moc"
