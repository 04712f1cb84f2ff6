// SPDX-License-Identifier: GPL-3.0-or-later
// Races against the real cabinet-server: requests sent truly in parallel (one thread and
// connection each) must never overdraw (R17, R21-style) and duplicates must apply once (R23).
#include "ApiTestClient.h"
#include "CreditFixture.h"
#include "ServerProcess.h"

#include <QJsonArray>
#include <QMessageAuthenticationCode>
#include <QTest>

#include <memory>

using Reply = ApiTestClient::Reply;
using Request = ApiTestClient::Request;
using Project = ApiTestClient::Project;

class TstConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void r17_parallelChargesNeverOverdraw_data();
    void r17_parallelChargesNeverOverdraw();
    void r23_parallelDuplicateKeysApplyOnce();
    void r23_unknownProjectRefusalIsKeptAmidParallelCharges();
    void r5_parallelConfirmationsCreditOnce();
    void r5_parallelCallbacksCreditOnce();
    void r17_parallelChargesAcrossMainAndCreditNeverOverdraw();
    void r17_parallelGrantsGiveOneCredit();

private:
    qsizetype countRows(const Project &project, const QString &kind);

    ServerProcess m_server;
    std::unique_ptr<ApiTestClient> m_api;
};

void TstConcurrency::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_api = std::make_unique<ApiTestClient>(m_server.baseUrl(), 60000);
    QVERIFY2(!m_api->staffToken().isEmpty(), qPrintable(m_api->lastError()));
}

qsizetype TstConcurrency::countRows(const Project &project, const QString &kind)
{
    return m_api->allTransactions(project, QStringLiteral("kind=") + kind).size();
}

void TstConcurrency::r17_parallelChargesNeverOverdraw_data()
{
    QTest::addColumn<QString>("category");
    QTest::addColumn<bool>("fromBonus");
    QTest::newRow("main-only category from main") << QStringLiteral("api_call") << false;
    QTest::newRow("subscription from bonus") << QStringLiteral("service_subscription") << true;
}

void TstConcurrency::r17_parallelChargesNeverOverdraw()
{
    QFETCH(QString, category);
    QFETCH(bool, fromBonus);
    const qint64 price = 1000;
    // Funds cover exactly 30 of the 50 charges.
    const Project project = m_api->newProject(QStringLiteral("race"), fromBonus ? 0 : 30 * price);
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    if (fromBonus)
        API_REQUIRE_STATUS(m_api->grantBonus(project.id, 30 * price), 201);

    std::vector<Request> requests(50);
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("category"), category}, {QStringLiteral("amount"), price}})
                                .toJson(QJsonDocument::Compact);
    for (Request &request : requests) {
        request.method = "POST";
        request.path = QStringLiteral("/api/v1/staff/projects/%1/charges").arg(project.id);
        request.body = body;
        request.token = m_api->staffToken();
        request.idempotencyKey = ApiTestClient::newIdempotencyKey();
    }
    const std::vector<Reply> replies = m_api->sendParallel(requests);
    int paid = 0;
    int refused = 0;
    for (const Reply &reply : replies) {
        if (reply.status == 201) {
            ++paid;
        } else {
            API_REQUIRE_PROBLEM(reply, 402, "insufficient_funds");
            ++refused;
        }
    }
    QCOMPARE(paid, 30);
    QCOMPARE(refused, 20);
    const QJsonObject balances = m_api->balances(project);
    QCOMPARE(ApiTestClient::money(balances.value(QStringLiteral("main"))), qint64(0));
    QCOMPARE(ApiTestClient::money(balances.value(QStringLiteral("bonus"))), qint64(0));
    QCOMPARE(countRows(project, QStringLiteral("charge")), qsizetype(30));
}

void TstConcurrency::r23_parallelDuplicateKeysApplyOnce()
{
    const Project project = m_api->newProject(QStringLiteral("dupkey"), 10000);
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    Request request;
    request.method = "POST";
    request.path = QStringLiteral("/api/v1/staff/projects/%1/charges").arg(project.id);
    request.body = R"({"category":"api_call","amount":700})";
    request.token = m_api->staffToken();
    request.idempotencyKey = ApiTestClient::newIdempotencyKey();
    const std::vector<Reply> replies = m_api->sendParallel(std::vector<Request>(20, request));

    // Each duplicate either replays the first answer or, while the first is still in flight,
    // is told so with a 409; none may charge again.
    QJsonDocument first;
    int created = 0;
    for (const Reply &reply : replies) {
        if (reply.status == 201) {
            ++created;
            if (first.isNull())
                first = reply.json;
            QCOMPARE(reply.json, first);
        } else {
            QVERIFY2(reply.status == 409, qPrintable(reply.describe()));
            QVERIFY2(reply.problemType() == QLatin1String("idempotency_conflict") || reply.problemType() == QLatin1String("conflict"),
                     qPrintable(reply.describe()));
        }
    }
    QVERIFY(created >= 1);
    QCOMPARE(ApiTestClient::money(m_api->balances(project).value(QStringLiteral("main"))), qint64(9300));
    QCOMPARE(countRows(project, QStringLiteral("charge")), qsizetype(1));
    // After the race a repeat replays the stored answer.
    const Reply replay = m_api->send(request);
    API_REQUIRE_STATUS(replay, 201);
    QCOMPARE(replay.json, first);
}

void TstConcurrency::r23_unknownProjectRefusalIsKeptAmidParallelCharges()
{
    // Charges to a project that does not exist share batches with charges that succeed: each is
    // refused (404) and its refusal is kept under its key inside the same transaction (R23).
    const Project project = m_api->newProject(QStringLiteral("neighbour"), 10 * 500);
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    const QByteArray body = R"({"category":"api_call","amount":500})";
    std::vector<Request> requests(20);
    for (size_t i = 0; i < requests.size(); ++i) {
        requests[i].method = "POST";
        requests[i].path = QStringLiteral("/api/v1/staff/projects/%1/charges").arg(i % 2 ? project.id : QStringLiteral("987654321"));
        requests[i].body = body;
        requests[i].token = m_api->staffToken();
        requests[i].idempotencyKey = ApiTestClient::newIdempotencyKey();
    }
    const std::vector<Reply> replies = m_api->sendParallel(requests);
    for (size_t i = 0; i < replies.size(); ++i) {
        if (i % 2) {
            API_REQUIRE_STATUS(replies[i], 201);
            continue;
        }
        API_REQUIRE_PROBLEM(replies[i], 404, "not_found");
        const Reply replayed = m_api->send(requests[i]);
        QCOMPARE(replayed.status, 404);
        QCOMPARE(replayed.body, replies[i].body);
        Request other = requests[i];
        other.body = R"({"category":"api_call","amount":501})";
        API_REQUIRE_PROBLEM(m_api->send(other), 409, "idempotency_conflict");
    }
    QCOMPARE(ApiTestClient::money(m_api->balances(project).value(QStringLiteral("main"))), qint64(0));
    QCOMPARE(countRows(project, QStringLiteral("charge")), qsizetype(10));
}

void TstConcurrency::r5_parallelConfirmationsCreditOnce()
{
    const Project project = m_api->newProject(QStringLiteral("confirmrace"));
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    const Reply created = m_api->post(QStringLiteral("/api/v1/projects/%1/topups").arg(project.id),
                                      QJsonObject{{QStringLiteral("amount"), 25000}, {QStringLiteral("method"), QStringLiteral("invoice")}},
                                      m_api->tokenFor(project.ownerEmail), ApiTestClient::newIdempotencyKey());
    API_REQUIRE_STATUS(created, 201);
    std::vector<Request> requests(10);
    for (Request &request : requests) {
        request.method = "POST";
        request.path = QStringLiteral("/api/v1/staff/topups/%1/confirm").arg(ApiTestClient::idText(created.object().value(QStringLiteral("id"))));
        request.body = "{}";
        request.token = m_api->staffToken();
        request.idempotencyKey = ApiTestClient::newIdempotencyKey(); // distinct keys: distinct requests
    }
    int confirmed = 0;
    for (const Reply &reply : m_api->sendParallel(requests)) {
        QVERIFY2(reply.status == 200 || reply.status == 409, qPrintable(reply.describe()));
        confirmed += reply.status == 200 ? 1 : 0;
    }
    QVERIFY(confirmed >= 1);
    QCOMPARE(ApiTestClient::money(m_api->balances(project).value(QStringLiteral("main"))), qint64(25000));
    QCOMPARE(countRows(project, QStringLiteral("topup")), qsizetype(1));
}

void TstConcurrency::r5_parallelCallbacksCreditOnce()
{
    const Project project = m_api->newProject(QStringLiteral("callbackrace"));
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    const Reply created = m_api->post(QStringLiteral("/api/v1/projects/%1/topups").arg(project.id),
                                      QJsonObject{{QStringLiteral("amount"), 33300}, {QStringLiteral("method"), QStringLiteral("card")}},
                                      m_api->tokenFor(project.ownerEmail), ApiTestClient::newIdempotencyKey());
    API_REQUIRE_STATUS(created, 201);
    Request request;
    request.method = "POST";
    request.path = QStringLiteral("/api/v1/payments/callback");
    request.body = QJsonDocument(QJsonObject{{QStringLiteral("topup_id"), created.object().value(QStringLiteral("id"))},
                                             {QStringLiteral("status"), QStringLiteral("paid")}})
                       .toJson(QJsonDocument::Compact);
    request.headers = {{"X-Signature", QMessageAuthenticationCode::hash(request.body, ServerProcess::PaymentSecret.toUtf8(),
                                                                        QCryptographicHash::Sha256)
                                           .toHex()}};
    for (const Reply &reply : m_api->sendParallel(std::vector<Request>(10, request)))
        QVERIFY2(reply.status == 200 || reply.status == 409, qPrintable(reply.describe()));
    QCOMPARE(ApiTestClient::money(m_api->balances(project).value(QStringLiteral("main"))), qint64(33300));
    QCOMPARE(countRows(project, QStringLiteral("topup")), qsizetype(1));
}

void TstConcurrency::r17_parallelChargesAcrossMainAndCreditNeverOverdraw()
{
    CreditFixture credit(*m_api);
    const Project project = credit.eligibleProject(20000);
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    QVERIFY(credit.emptyMain(project));
    API_REQUIRE_STATUS(m_api->adjust(project.id, 10000, QStringLiteral("compensation"), QStringLiteral("setup")), 201);
    API_REQUIRE_STATUS(credit.grant(project, CreditFixture::creditBody(20000)), 201);
    // Main 100.00 + credit 200.00 UAH cover exactly 30 of 50 charges of 10.00 UAH.
    std::vector<Request> requests(50);
    for (Request &request : requests) {
        request.method = "POST";
        request.path = QStringLiteral("/api/v1/staff/projects/%1/charges").arg(project.id);
        request.body = R"({"category":"autodial","amount":1000})";
        request.token = m_api->staffToken();
        request.idempotencyKey = ApiTestClient::newIdempotencyKey();
    }
    int paid = 0;
    for (const Reply &reply : m_api->sendParallel(requests)) {
        if (reply.status == 201)
            ++paid;
        else
            API_REQUIRE_PROBLEM(reply, 402, "insufficient_funds");
    }
    QCOMPARE(paid, 30);
    const QJsonObject balances = m_api->balances(project);
    QCOMPARE(ApiTestClient::money(balances, "main"), qint64(0));
    QCOMPARE(ApiTestClient::money(CreditFixture::creditOf(balances), "available"), qint64(0));
    QCOMPARE(ApiTestClient::money(CreditFixture::creditOf(balances), "used"), qint64(20000));
}

void TstConcurrency::r17_parallelGrantsGiveOneCredit()
{
    CreditFixture credit(*m_api);
    const Project project = credit.eligibleProject(5000);
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    std::vector<Request> requests(10);
    for (Request &request : requests) {
        request.method = "POST";
        request.path = QStringLiteral("/api/v1/staff/projects/%1/credits").arg(project.id);
        request.body = CreditFixture::creditBody(5000);
        request.token = m_api->staffToken();
        request.idempotencyKey = ApiTestClient::newIdempotencyKey(); // ten different grants
    }
    int granted = 0;
    for (const Reply &reply : m_api->sendParallel(requests)) {
        if (reply.status == 201)
            ++granted;
        else
            API_REQUIRE_PROBLEM(reply, 409, "credit_already_active");
    }
    QCOMPARE(granted, 1);
    QCOMPARE(ApiTestClient::money(CreditFixture::creditOf(m_api->balances(project)), "granted"), qint64(5000));
    QCOMPARE(credit.rowsOfKind(project, QStringLiteral("credit_grant")).size(), qsizetype(1));
}

QTEST_GUILESS_MAIN(TstConcurrency)
#include "tst_concurrency.moc"
