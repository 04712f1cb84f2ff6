// SPDX-License-Identifier: GPL-3.0-or-later
// Several stateless cabinet-server processes on ONE PostgreSQL database (the reason the backend
// exists): requests split across the servers race for the same funds and must never overdraw
// (R17, R21), an Idempotency-Key sent to both servers at once applies once (R23), a top-up
// confirmed on both at once is credited once (R5), and servers starting together migrate once.
#include "ApiTestClient.h"
#include "AutoTopUpFixture.h"
#include "CreditFixture.h"
#include "PgInstance.h"
#include "ServerProcess.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

#include <algorithm>
#include <array>
#include <atomic>
#include <memory>
#include <thread>

using Reply = ApiTestClient::Reply;
using Request = ApiTestClient::Request;
using Project = ApiTestClient::Project;

namespace {

qint64 moneyOf(const QJsonObject &object, const char *field)
{
    return ApiTestClient::money(object.value(QLatin1String(field)));
}

Request postRequest(const QString &path, const QByteArray &body, const QString &token, const QByteArray &key)
{
    Request request;
    request.method = "POST";
    request.path = path;
    request.body = body;
    request.token = token;
    request.idempotencyKey = key;
    return request;
}

} // namespace

class TstPgMultiServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void pg_serversStartingTogetherMigrateOnce();
    void r17_parallelChargesOnTwoServersNeverOverdraw_data();
    void r17_parallelChargesOnTwoServersNeverOverdraw();
    void r23_sameKeyOnBothServersAppliesOnce();
    void r5_confirmOnBothServersCreditsOnce();
    void r21_referralWithdrawalsOnTwoServersNeverExceedBalance();
    void r28_crossingChargesOnTwoServersOpenOneAutoTopUp();
    void r31_eventWrittenOnAReachesAPollWaitingOnB();
    void r17_creditGrantedOnAExpiresOnBAndOnlyOnce(); // moves the fake clocks: after the others
    void r31_threeServersPassingTheNoticeTimeTogetherWriteCreditDueOnce();
    void r17_threeServersPassingTheDueTimeTogetherExpireOnce();
    void r22_ledgerSumsToZeroAfterTheRaces();

private:
    // Sends the first half of `requests` to server A and the second half to server B, all at once.
    std::vector<Reply> sendSplit(const std::vector<Request> &requests);
    // The project's balances read through server B with the owner's token from server A:
    // sessions and figures are the database's, not a server's.
    QJsonObject balancesOnB(const Project &project);

    PgInstance m_pg;
    const QString m_database = QStringLiteral("shared");
    std::array<std::unique_ptr<ServerProcess>, 2> m_servers;
    std::array<std::unique_ptr<ApiTestClient>, 2> m_clients;
    ApiTestClient *m_api = nullptr; // fixtures go through server A
};

void TstPgMultiServer::initTestCase()
{
    QVERIFY2(m_pg.start(), qPrintable(m_pg.errorString()));
    QVERIFY2(m_pg.createDatabase(m_database), qPrintable(m_pg.errorString()));
    ServerProcess::Options options;
    options.database = m_pg.url(m_database);
    for (size_t i = 0; i < m_servers.size(); ++i) {
        m_servers[i] = std::make_unique<ServerProcess>(options);
        QVERIFY2(m_servers[i]->start(), qPrintable(m_servers[i]->errorString()));
        m_clients[i] = std::make_unique<ApiTestClient>(m_servers[i]->baseUrl(), 120000);
    }
    QVERIFY(m_servers[0]->baseUrl() != m_servers[1]->baseUrl());
    m_api = m_clients[0].get();
    QVERIFY2(!m_api->staffToken().isEmpty(), qPrintable(m_api->lastError()));
}

std::vector<Reply> TstPgMultiServer::sendSplit(const std::vector<Request> &requests)
{
    const auto middle = requests.begin() + static_cast<std::ptrdiff_t>(requests.size() / 2);
    const std::vector<Request> toA(requests.begin(), middle);
    const std::vector<Request> toB(middle, requests.end());
    std::vector<Reply> fromB;
    // sendParallel only reads its client, so both halves may leave from two threads together.
    std::thread other([&] { fromB = m_clients[1]->sendParallel(toB); });
    std::vector<Reply> replies = m_clients[0]->sendParallel(toA);
    other.join();
    replies.insert(replies.end(), fromB.begin(), fromB.end());
    return replies;
}

QJsonObject TstPgMultiServer::balancesOnB(const Project &project)
{
    const Reply reply = m_clients[1]->get(QStringLiteral("/api/v1/projects/%1/balances").arg(project.id),
                                          m_api->tokenFor(project.ownerEmail));
    return reply.status == 200 ? reply.object() : QJsonObject{{QStringLiteral("error"), reply.describe()}};
}

void TstPgMultiServer::pg_serversStartingTogetherMigrateOnce()
{
    const QString database = QStringLiteral("together");
    QVERIFY2(m_pg.createDatabase(database), qPrintable(m_pg.errorString()));
    std::array<QProcess, 3> servers;
    for (QProcess &server : servers)
        server.start(QStringLiteral(CABINET_SERVER_BINARY),
                     {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--db"),
                      m_pg.url(database), QStringLiteral("--bootstrap-staff"),
                      QStringLiteral("together@test.local:together-pass")});
    for (QProcess &server : servers) {
        QVERIFY2(server.waitForStarted(10000), qPrintable(server.errorString()));
        const QDeadlineTimer deadline(60000);
        while (!server.canReadLine() && server.state() == QProcess::Running && !deadline.hasExpired())
            server.waitForReadyRead(500);
        const QByteArray line = server.readLine();
        QVERIFY2(line.startsWith("listening on "),
                 qPrintable(QString::fromUtf8(line + server.readAllStandardError())));
    }
    for (QProcess &server : servers) {
        server.terminate();
        QVERIFY(server.waitForFinished(15000));
    }
    const QString versions = m_pg.psql(database, QStringLiteral("SELECT COUNT(*) = COUNT(DISTINCT version) AND"
                                                                " COUNT(*) = MAX(version) FROM schema_version"));
    QCOMPARE(versions, QStringLiteral("t"));
    QCOMPARE(m_pg.psql(database, QStringLiteral("SELECT COUNT(*) FROM accounts WHERE project_id IS NULL")),
             QStringLiteral("96")); // 6 service accounts x 16 shard rows, inserted by migrations 1 and 3, once
}

void TstPgMultiServer::r17_parallelChargesOnTwoServersNeverOverdraw_data()
{
    QTest::addColumn<QString>("category");
    QTest::addColumn<bool>("fromBonus");
    QTest::newRow("api_call from main") << QStringLiteral("api_call") << false;
    QTest::newRow("service_subscription from bonus") << QStringLiteral("service_subscription") << true;
}

void TstPgMultiServer::r17_parallelChargesOnTwoServersNeverOverdraw()
{
    QFETCH(QString, category);
    QFETCH(bool, fromBonus);
    const qint64 price = 1000;
    // The funds cover exactly 30 of the 50 charges.
    const Project project = m_api->newProject(QStringLiteral("pgrace"), fromBonus ? 0 : 30 * price);
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    if (fromBonus)
        API_REQUIRE_STATUS(m_api->grantBonus(project.id, 30 * price), 201);

    const QString path = QStringLiteral("/api/v1/staff/projects/%1/charges").arg(project.id);
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("category"), category}, {QStringLiteral("amount"), price}})
                                .toJson(QJsonDocument::Compact);
    std::vector<Request> requests;
    for (int i = 0; i < 50; ++i)
        requests.push_back(postRequest(path, body, m_api->staffToken(), ApiTestClient::newIdempotencyKey()));
    const std::vector<Reply> replies = sendSplit(requests);
    std::array<int, 2> paidOn{0, 0};
    for (size_t i = 0; i < replies.size(); ++i) {
        if (replies[i].status == 201)
            ++paidOn[i < replies.size() / 2 ? 0 : 1];
        else
            API_REQUIRE_PROBLEM(replies[i], 402, "insufficient_funds");
    }
    QCOMPARE(paidOn[0] + paidOn[1], 30);
    const QJsonObject balances = balancesOnB(project);
    QVERIFY2(balances.contains(QStringLiteral("currency")), qPrintable(ApiTestClient::jsonText(balances)));
    QCOMPARE(moneyOf(balances, fromBonus ? "bonus" : "main"), qint64(0));
    QCOMPARE(moneyOf(balances, fromBonus ? "main" : "bonus"), qint64(0));
    QCOMPARE(m_api->allTransactions(project, QStringLiteral("kind=charge")).size(), qsizetype(30));
}

void TstPgMultiServer::r23_sameKeyOnBothServersAppliesOnce()
{
    const Project project = m_api->newProject(QStringLiteral("pgidem"), 10000);
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    const QString path = QStringLiteral("/api/v1/staff/projects/%1/charges").arg(project.id);
    const QByteArray key = ApiTestClient::newIdempotencyKey();
    const std::vector<Request> requests(
        20, postRequest(path, R"({"category":"api_call","amount":2500})", m_api->staffToken(), key));
    const std::vector<Reply> replies = sendSplit(requests);
    for (const Reply &reply : replies) {
        API_REQUIRE_STATUS(reply, 201);
        QCOMPARE(reply.body, replies.front().body); // every copy answers the one charge, byte for byte
    }
    QCOMPARE(moneyOf(balancesOnB(project), "main"), qint64(7500));
    QCOMPARE(m_api->allTransactions(project, QStringLiteral("kind=charge")).size(), qsizetype(1));
}

void TstPgMultiServer::r5_confirmOnBothServersCreditsOnce()
{
    const Project project = m_api->newProject(QStringLiteral("pgconfirm"));
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    const Reply created = m_api->post(QStringLiteral("/api/v1/projects/%1/topups").arg(project.id),
                                      QJsonObject{{QStringLiteral("amount"), 42000}, {QStringLiteral("method"), QStringLiteral("invoice")}},
                                      m_api->tokenFor(project.ownerEmail), ApiTestClient::newIdempotencyKey());
    API_REQUIRE_STATUS(created, 201);
    const QString path = QStringLiteral("/api/v1/staff/topups/%1/confirm")
                             .arg(ApiTestClient::idText(created.object().value(QStringLiteral("id"))));
    std::vector<Request> requests;
    for (int i = 0; i < 16; ++i) // distinct keys: distinct confirmations of one invoice
        requests.push_back(postRequest(path, "{}", m_api->staffToken(), ApiTestClient::newIdempotencyKey()));
    for (const Reply &reply : sendSplit(requests))
        QVERIFY2(reply.status == 200 || reply.status == 409, qPrintable(reply.describe()));
    QCOMPARE(moneyOf(balancesOnB(project), "main"), qint64(42000));
    QCOMPARE(m_api->allTransactions(project, QStringLiteral("kind=topup")).size(), qsizetype(1));
}

void TstPgMultiServer::r21_referralWithdrawalsOnTwoServersNeverExceedBalance()
{
    const Project referrer = m_api->newProject(QStringLiteral("pgreferrer"));
    QVERIFY2(referrer.isValid(), qPrintable(m_api->lastError()));
    const Project referred = m_api->createProject(QStringLiteral("PG referred"),
                                                  ApiTestClient::uniqueEmail(QStringLiteral("pgreferred")),
                                                  referrer.referralCode);
    QVERIFY2(referred.isValid(), qPrintable(m_api->lastError()));
    QVERIFY2(!m_api->topUpPaid(referred, 30000).isEmpty(), qPrintable(m_api->lastError()));
    API_REQUIRE_STATUS(m_api->charge(referred.id, QStringLiteral("api_call"), 30000), 201);
    const QString programPath = QStringLiteral("/api/v1/projects/%1/referral").arg(referrer.id);
    const QString ownerToken = m_api->tokenFor(referrer.ownerEmail);
    const Reply program = m_api->get(programPath, ownerToken);
    API_REQUIRE_STATUS(program, 200);
    QCOMPARE(moneyOf(program.object(), "balance"), qint64(3000)); // 10 % of 30000: 30 withdrawals of 100

    std::vector<Request> requests;
    for (int i = 0; i < 50; ++i)
        requests.push_back(postRequest(QStringLiteral("/api/v1/projects/%1/referral/withdrawals").arg(referrer.id),
                                       R"({"amount":100,"destination":"own_main"})", ownerToken,
                                       ApiTestClient::newIdempotencyKey()));
    int completed = 0;
    for (const Reply &reply : sendSplit(requests)) {
        if (reply.status == 201)
            ++completed;
        else
            API_REQUIRE_PROBLEM(reply, 422, "insufficient_funds");
    }
    QCOMPARE(completed, 30);
    QCOMPARE(moneyOf(m_clients[1]->get(programPath, ownerToken).object(), "balance"), qint64(0));
    QCOMPARE(moneyOf(balancesOnB(referrer), "main"), qint64(3000));
    QCOMPARE(m_api->allTransactions(referrer, QStringLiteral("kind=referral_transfer_in")).size(), qsizetype(30));
}

void TstPgMultiServer::r28_crossingChargesOnTwoServersOpenOneAutoTopUp()
{
    // 100100 on main, T = 50000: 60 charges of 1500 split over both servers end at 10100; the
    // later ones all leave main below T, from two processes' batches at once (R28).
    AutoTopUpFixture fx(*m_api);
    const Project project = m_api->newProject(QStringLiteral("pgauto"), 100000);
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    QVERIFY(fx.saveCard(project));
    API_REQUIRE_STATUS(fx.setAutoTopUp(project, true, 50000, 45000), 200);
    std::vector<Request> requests;
    const QByteArray body = R"({"category":"api_call","amount":1500})";
    for (int i = 0; i < 60; ++i)
        requests.push_back(postRequest(QStringLiteral("/api/v1/staff/projects/%1/charges").arg(project.id), body,
                                       m_api->staffToken(), ApiTestClient::newIdempotencyKey()));
    for (const Reply &reply : sendSplit(requests))
        QVERIFY2(reply.status == 201, qPrintable(reply.describe()));
    QCOMPARE(moneyOf(balancesOnB(project), "main"), qint64(100100 - 60 * 1500));
    const QList<QJsonObject> autos = fx.topUps(project, QStringLiteral("auto"));
    QCOMPARE(autos.size(), 1);
    QCOMPARE(autos.first().value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    QCOMPARE(fx.eventTypes(project).count(QStringLiteral("auto_topup_opened")), 1);
    // Paid through server B's callback: main back at or above T (10100 + 45000); the next
    // crossing, on A, opens a second.
    AutoTopUpFixture onB(*m_clients[1]);
    API_REQUIRE_STATUS(onB.callback(QJsonObject{{QStringLiteral("topup_id"), autos.first().value(QStringLiteral("id"))},
                                                {QStringLiteral("status"), QStringLiteral("paid")}}),
                       200);
    QCOMPARE(moneyOf(balancesOnB(project), "main"), qint64(100100 - 60 * 1500 + 45000));
    QCOMPARE(fx.topUps(project, QStringLiteral("auto")).size(), 1);
    API_REQUIRE_STATUS(m_api->charge(project.id, QStringLiteral("api_call"), 30000), 201);
    QCOMPARE(fx.topUps(project, QStringLiteral("auto")).size(), 2);
}

void TstPgMultiServer::r31_eventWrittenOnAReachesAPollWaitingOnB()
{
    AutoTopUpFixture fx(*m_api);
    const Project project = m_api->newProject(QStringLiteral("pgpoll"), 10000);
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    API_REQUIRE_STATUS(fx.setAlert(project, 5000), 200);
    const qint64 after = fx.events(project).object().value(QStringLiteral("last_id")).toInteger();
    const QString token = m_api->tokenFor(project.ownerEmail);
    const QUrl onB = m_servers[1]->baseUrl();
    Reply polled;
    std::atomic<qint64> answeredAt{0};
    QElapsedTimer clock;
    clock.start();
    std::thread poller([&] {
        ApiTestClient client(onB);
        polled = client.get(QStringLiteral("/api/v1/projects/%1/events?after=%2&wait=20").arg(project.id).arg(after), token);
        answeredAt = clock.elapsed();
    });
    QTest::qWait(500);
    API_REQUIRE_STATUS(m_api->charge(project.id, QStringLiteral("api_call"), 6000), 201); // on A, below 5000
    const qint64 committedAt = clock.elapsed();
    poller.join();
    API_REQUIRE_STATUS(polled, 200);
    const QJsonArray items = polled.object().value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first()[QStringLiteral("type")].toString(), QStringLiteral("low_balance"));
    // B re-checks the feed every 250 ms: well within a second.
    qInfo("long poll answered %lld ms after the commit on A", static_cast<long long>(answeredAt.load() - committedAt));
    QVERIFY2(answeredAt.load() - committedAt < 1000,
             qPrintable(QStringLiteral("answered %1 ms after the commit on A").arg(answeredAt.load() - committedAt)));
}

void TstPgMultiServer::r17_creditGrantedOnAExpiresOnBAndOnlyOnce()
{
    CreditFixture credit(*m_api);
    const Project project = credit.eligibleProject(100000);
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    API_REQUIRE_STATUS(credit.grant(project, CreditFixture::creditBody(100000, "1")), 201); // granted on A
    QVERIFY2(credit.emptyMain(project), qPrintable(m_api->lastError()));
    API_REQUIRE_STATUS(m_api->charge(project.id, QStringLiteral("api_call"), 30000), 201); // paid by credit

    // B's clock catches up with A's and then passes the due time alone. B never heard of the
    // grant (another process): the database tells it, and its answer already shows the expiry.
    const QString clockPath = QStringLiteral("/api/v1/test/clock");
    const auto clockBody = [](const QDateTime &at) {
        return QJsonDocument(QJsonObject{{QStringLiteral("now"), at.toUTC().toString(Qt::ISODate)}}).toJson(QJsonDocument::Compact);
    };
    API_REQUIRE_STATUS(m_clients[1]->postRaw(clockPath, clockBody(m_api->serverNow()), m_clients[1]->staffToken()), 200);
    const QDateTime afterDue = m_api->serverNow().addDays(2);
    API_REQUIRE_STATUS(m_clients[1]->postRaw(clockPath, clockBody(afterDue), m_api->staffToken()), 200);
    m_clients[1]->rememberUser(project.ownerEmail, ApiTestClient::MemberPassword); // a session by B's clock
    const QJsonObject balances = m_clients[1]->balances(project);
    QVERIFY2(balances.contains(QStringLiteral("credit")), qPrintable(m_clients[1]->lastError()));
    QCOMPARE(moneyOf(balances, "main"), qint64(-30000)); // unrepaid credit is a debt on main
    QCOMPARE(moneyOf(CreditFixture::creditOf(balances), "available"), qint64(0));

    // Then A passes it too: its expiry run finds the credit expired already and writes nothing.
    m_api->forgetTokens(); // issued two days ago by the servers' clocks
    API_REQUIRE_STATUS(m_api->moveClock(afterDue.addSecs(60)), 200);
    QCOMPARE(moneyOf(m_api->balances(project), "main"), qint64(-30000));
    QCOMPARE(m_pg.psql(m_database, QStringLiteral("SELECT COUNT(*) FROM postings WHERE kind = 'credit_expiry'"
                                                  " AND project_id = %1").arg(project.id)),
             QStringLiteral("1"));
    QCOMPARE(credit.rowsOfKind(project, QStringLiteral("credit_expiry")).size(), qsizetype(2)); // credit and main rows
}

// The background-job mechanism (store/JobOps.h) across three servers: all three clocks pass a
// credit's due time at the same moment, so all three run the expiry job together; the runs queue
// on the job's lock and the credit expires exactly once.
void TstPgMultiServer::r31_threeServersPassingTheNoticeTimeTogetherWriteCreditDueOnce()
{
    ServerProcess::Options options;
    options.database = m_pg.url(m_database);
    ServerProcess thirdServer(options);
    QVERIFY2(thirdServer.start(), qPrintable(thirdServer.errorString()));
    ApiTestClient third(thirdServer.baseUrl(), 120000);
    const std::array<ApiTestClient *, 3> clients{m_clients[0].get(), m_clients[1].get(), &third};
    for (ApiTestClient *client : clients)
        client->forgetTokens(); // the clocks moved in the tests before
    CreditFixture credit(*m_api);
    const Project project = credit.eligibleProject(100000);
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    API_REQUIRE_STATUS(credit.grant(project, CreditFixture::creditBody(100000, "3")), 201);
    const auto events = [&](const char *type) {
        return m_pg.psql(m_database, QStringLiteral("SELECT COUNT(*) FROM events WHERE type = '%1' AND project_id = %2")
                                         .arg(QLatin1String(type), project.id));
    };
    QCOMPARE(events("credit_due"), QStringLiteral("0"));
    // All three servers' clocks pass "a day before the due time" together: each runs the job.
    QDateTime latest;
    for (ApiTestClient *client : clients)
        latest = std::max(latest, client->serverNow());
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("now"),
                                                       latest.addSecs(2 * 86400 + 3600).toUTC().toString(Qt::ISODate)}})
                                .toJson(QJsonDocument::Compact);
    std::array<QString, 3> tokens;
    for (size_t i = 0; i < clients.size(); ++i) {
        tokens[i] = clients[i]->staffToken();
        QVERIFY2(!tokens[i].isEmpty(), qPrintable(clients[i]->lastError()));
    }
    std::array<int, 3> statuses{};
    std::array<std::thread, 3> movers;
    for (size_t i = 0; i < clients.size(); ++i)
        movers[i] = std::thread([&, i] {
            statuses[i] = clients[i]->postRaw(QStringLiteral("/api/v1/test/clock"), body, tokens[i]).status;
        });
    for (std::thread &mover : movers)
        mover.join();
    for (const int status : statuses)
        QCOMPARE(status, 200);
    QCOMPARE(events("credit_due"), QStringLiteral("1"));
    QCOMPARE(events("credit_expired"), QStringLiteral("0"));
}

void TstPgMultiServer::r17_threeServersPassingTheDueTimeTogetherExpireOnce()
{
    ServerProcess::Options options;
    options.database = m_pg.url(m_database);
    ServerProcess thirdServer(options);
    QVERIFY2(thirdServer.start(), qPrintable(thirdServer.errorString()));
    ApiTestClient third(thirdServer.baseUrl(), 120000);
    const std::array<ApiTestClient *, 3> clients{m_clients[0].get(), m_clients[1].get(), &third};
    for (ApiTestClient *client : clients)
        client->forgetTokens(); // the clocks moved in the tests before
    CreditFixture credit(*m_api);
    const Project project = credit.eligibleProject(100000);
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    API_REQUIRE_STATUS(credit.grant(project, CreditFixture::creditBody(100000, "1")), 201);
    QVERIFY2(credit.emptyMain(project), qPrintable(m_api->lastError()));
    API_REQUIRE_STATUS(m_api->charge(project.id, QStringLiteral("api_call"), 40000), 201); // paid by credit

    QDateTime latest;
    for (ApiTestClient *client : clients)
        latest = std::max(latest, client->serverNow());
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("now"),
                                                       latest.addDays(3).toUTC().toString(Qt::ISODate)}})
                                .toJson(QJsonDocument::Compact);
    std::array<QString, 3> tokens;
    for (size_t i = 0; i < clients.size(); ++i) {
        tokens[i] = clients[i]->staffToken();
        QVERIFY2(!tokens[i].isEmpty(), qPrintable(clients[i]->lastError()));
    }
    std::array<int, 3> statuses{};
    std::array<std::thread, 3> movers;
    for (size_t i = 0; i < clients.size(); ++i)
        movers[i] = std::thread([&, i] {
            statuses[i] = clients[i]->postRaw(QStringLiteral("/api/v1/test/clock"), body, tokens[i]).status;
        });
    for (std::thread &mover : movers)
        mover.join();
    for (const int status : statuses)
        QCOMPARE(status, 200);
    QCOMPARE(m_pg.psql(m_database, QStringLiteral("SELECT COUNT(*) FROM postings WHERE kind = 'credit_expiry'"
                                                  " AND project_id = %1").arg(project.id)),
             QStringLiteral("1"));
    QCOMPARE(m_pg.psql(m_database, QStringLiteral("SELECT balance FROM accounts WHERE kind = 'main'"
                                                  " AND project_id = %1").arg(project.id)),
             QStringLiteral("-40000")); // unrepaid credit is a debt on main, once
    // R31: and one credit_expired event (the 1-day credit's credit_due came at once, once).
    for (const char *type : {"credit_expired", "credit_due"})
        QCOMPARE(m_pg.psql(m_database, QStringLiteral("SELECT COUNT(*) FROM events WHERE type = '%1' AND project_id = %2")
                                           .arg(QLatin1String(type), project.id)),
                 QStringLiteral("1"));
}

void TstPgMultiServer::r22_ledgerSumsToZeroAfterTheRaces()
{
    QCOMPARE(m_pg.psql(m_database, QStringLiteral("SELECT COUNT(*) FROM (SELECT posting_id FROM entries"
                                                  " GROUP BY posting_id HAVING SUM(amount) <> 0) unbalanced")),
             QStringLiteral("0"));
    QCOMPARE(m_pg.psql(m_database, QStringLiteral("SELECT COUNT(*) FROM accounts a WHERE a.balance <>"
                                                  " (SELECT COALESCE(SUM(e.amount), 0) FROM entries e WHERE e.account_id = a.id)")),
             QStringLiteral("0"));
    QCOMPARE(m_pg.psql(m_database, QStringLiteral("SELECT SUM(balance) FROM accounts")), QStringLiteral("0"));
    // No charge took a balance below zero in any race (only corrections and expired credit may).
    QCOMPARE(m_pg.psql(m_database, QStringLiteral("SELECT COUNT(*) FROM transactions WHERE balance_after < 0"
                                                  " AND kind = 'charge'")),
             QStringLiteral("0"));
}

QTEST_GUILESS_MAIN(TstPgMultiServer)
#include "tst_pg_multiserver.moc"
