// SPDX-License-Identifier: GPL-3.0-or-later
// The server's HTTP behaviour over real sockets: group commit under parallel charges never
// overdraws (R17, R21), idempotency replays and conflicts (R23), bodies above 1 MiB are 413,
// HTTP/1.0 and "Connection: close" end the connection, unknown routes are problem+json (R24).
#include "ApiTestClient.h"
#include "ServerProcess.h"

#include <QJsonArray>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using Reply = ApiTestClient::Reply;
using Request = ApiTestClient::Request;
using Project = ApiTestClient::Project;

namespace {

struct RawExchange
{
    QByteArray response;
    bool closedByServer = false;
};

// Writes `head`, then `bodyBytes` bytes of filler in chunks (as long as the server reads), and
// collects the answer. closedByServer: the server closed the connection within `closeWaitMs`.
RawExchange rawExchange(const QUrl &base, const QByteArray &head, qint64 bodyBytes = 0, int closeWaitMs = 5000)
{
    RawExchange result;
    QTcpSocket socket;
    socket.connectToHost(base.host(), quint16(base.port()));
    if (!socket.waitForConnected(5000))
        return result;
    socket.write(head);
    const QByteArray chunk(64 * 1024, 'x');
    for (qint64 sent = 0; sent < bodyBytes && socket.state() == QAbstractSocket::ConnectedState;) {
        const qint64 size = qMin<qint64>(chunk.size(), bodyBytes - sent);
        socket.write(chunk.constData(), size);
        sent += size;
        socket.waitForBytesWritten(5000);
        if (socket.bytesAvailable() > 0)
            result.response += socket.readAll(); // the server may answer before the body ends
    }
    QDeadlineTimer deadline(closeWaitMs);
    while (!deadline.hasExpired() && socket.state() == QAbstractSocket::ConnectedState) {
        if (socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
            result.response += socket.readAll();
    }
    result.response += socket.readAll();
    result.closedByServer = socket.state() != QAbstractSocket::ConnectedState;
    return result;
}

int statusOf(const QByteArray &response)
{
    // "HTTP/1.1 413 Payload Too Large"
    const QList<QByteArray> words = response.left(response.indexOf("\r\n")).split(' ');
    return words.size() >= 2 ? words[1].toInt() : 0;
}

QByteArray bodyOf(const QByteArray &response)
{
    const qsizetype end = response.indexOf("\r\n\r\n");
    return end < 0 ? QByteArray() : response.mid(end + 4);
}

} // namespace

class TstServerHttp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void r21_fiftyParallelChargesAgainstFundsForThirty();
    void r23_repeatReplaysTheFirstAnswer_data();
    void r23_repeatReplaysTheFirstAnswer();
    void r23_sameKeyOtherRequestIs409();
    void r23_moneyRouteWithoutKeyIs400();
    void r24_tenMegabyteBodyIs413AndChangesNothing();
    void http10AndConnectionCloseEndTheConnection_data();
    void http10AndConnectionCloseEndTheConnection();
    void r24_unknownRouteIsProblemJson();

private:
    qint64 mainOf(const Project &project);

    ServerProcess m_server;
    std::unique_ptr<ApiTestClient> m_api;
};

void TstServerHttp::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_api = std::make_unique<ApiTestClient>(m_server.baseUrl(), 60000);
    QVERIFY2(!m_api->staffToken().isEmpty(), qPrintable(m_api->lastError()));
}

qint64 TstServerHttp::mainOf(const Project &project)
{
    return ApiTestClient::money(m_api->balances(project).value(QStringLiteral("main")));
}

void TstServerHttp::r21_fiftyParallelChargesAgainstFundsForThirty()
{
    const qint64 price = 700;
    const Project project = m_api->newProject(QStringLiteral("parallel"), 30 * price);
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    std::vector<Request> requests(50);
    for (Request &request : requests) {
        request.method = "POST";
        request.path = QStringLiteral("/api/v1/staff/projects/%1/charges").arg(project.id);
        request.body = QJsonDocument(QJsonObject{{QStringLiteral("category"), QStringLiteral("autodial")},
                                                 {QStringLiteral("amount"), price}})
                           .toJson(QJsonDocument::Compact);
        request.token = m_api->staffToken();
        request.idempotencyKey = ApiTestClient::newIdempotencyKey();
    }
    const std::vector<Reply> replies = m_api->sendParallel(requests);
    int created = 0;
    int refused = 0;
    for (const Reply &reply : replies) {
        if (reply.status == 201)
            ++created;
        else if (reply.status == 402 && reply.problemType() == QLatin1String("insufficient_funds"))
            ++refused;
        else
            QFAIL(qPrintable(QStringLiteral("unexpected answer: ") + reply.describe()));
    }
    QCOMPARE(created, 30);
    QCOMPARE(refused, 20);
    QCOMPARE(mainOf(project), qint64(0));
    QCOMPARE(m_api->allTransactions(project, QStringLiteral("kind=charge")).size(), qsizetype(30));
}

void TstServerHttp::r23_repeatReplaysTheFirstAnswer_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<int>("expectedStatus");
    QTest::newRow("covered charge: 201 once") << qint64(400) << 201;
    QTest::newRow("refused charge: the 402 is the answer") << qint64(900000) << 402;
}

void TstServerHttp::r23_repeatReplaysTheFirstAnswer()
{
    QFETCH(qint64, amount);
    QFETCH(int, expectedStatus);
    const Project project = m_api->newProject(QStringLiteral("replay"), 1000);
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    const QString path = QStringLiteral("/api/v1/staff/projects/%1/charges").arg(project.id);
    const QJsonObject body{{QStringLiteral("category"), QStringLiteral("api_call")}, {QStringLiteral("amount"), amount}};
    const QByteArray key = ApiTestClient::newIdempotencyKey();
    const Reply first = m_api->post(path, body, m_api->staffToken(), key);
    API_REQUIRE_STATUS(first, expectedStatus);
    const qint64 mainAfterFirst = mainOf(project);
    QCOMPARE(mainAfterFirst, expectedStatus == 201 ? 1000 - amount : 1000);
    // Funds change in between: a refused charge would now pass, yet the repeat answers as the first.
    const Reply bonus = m_api->adjust(project.id, 1000000, QStringLiteral("compensation"), QStringLiteral("between"));
    API_REQUIRE_STATUS(bonus, 201);
    for (int repeat = 0; repeat < 3; ++repeat) {
        const Reply again = m_api->post(path, body, m_api->staffToken(), key);
        QCOMPARE(again.status, first.status);
        QCOMPARE(again.body, first.body);
    }
    QCOMPARE(mainOf(project), mainAfterFirst + 1000000);
    QCOMPARE(m_api->allTransactions(project, QStringLiteral("kind=charge")).size(),
             qsizetype(expectedStatus == 201 ? 1 : 0));
}

void TstServerHttp::r23_sameKeyOtherRequestIs409()
{
    const Project project = m_api->newProject(QStringLiteral("conflict"), 5000);
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    const QString path = QStringLiteral("/api/v1/staff/projects/%1/charges").arg(project.id);
    const QByteArray key = ApiTestClient::newIdempotencyKey();
    const Reply first = m_api->post(
        path, QJsonObject{{QStringLiteral("category"), QStringLiteral("api_call")}, {QStringLiteral("amount"), 100}},
        m_api->staffToken(), key);
    API_REQUIRE_STATUS(first, 201);
    const Reply otherBody = m_api->post(
        path, QJsonObject{{QStringLiteral("category"), QStringLiteral("api_call")}, {QStringLiteral("amount"), 200}},
        m_api->staffToken(), key);
    API_REQUIRE_PROBLEM(otherBody, 409, "idempotency_conflict");
    const Reply otherRoute = m_api->post(QStringLiteral("/api/v1/staff/projects/%1/bonus").arg(project.id),
                                         QJsonObject{{QStringLiteral("amount"), 100}, {QStringLiteral("reason"), QStringLiteral("x")}},
                                         m_api->staffToken(), key);
    API_REQUIRE_PROBLEM(otherRoute, 409, "idempotency_conflict");
    QCOMPARE(mainOf(project), qint64(4900));
}

void TstServerHttp::r23_moneyRouteWithoutKeyIs400()
{
    const Project project = m_api->newProject(QStringLiteral("nokey"), 5000);
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    const Reply reply = m_api->post(
        QStringLiteral("/api/v1/staff/projects/%1/charges").arg(project.id),
        QJsonObject{{QStringLiteral("category"), QStringLiteral("api_call")}, {QStringLiteral("amount"), 100}},
        m_api->staffToken());
    API_REQUIRE_PROBLEM(reply, 400, "validation_failed");
    QCOMPARE(mainOf(project), qint64(5000));
}

// R24, R35 (API.md v1.1): a body over 1 MiB is 413 payload_too_large and nothing is charged.
void TstServerHttp::r24_tenMegabyteBodyIs413AndChangesNothing()
{
    const Project project = m_api->newProject(QStringLiteral("huge"), 5000);
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    const qint64 size = 10 * 1024 * 1024;
    const QByteArray head = "POST /api/v1/staff/projects/" + project.id.toUtf8() + "/charges HTTP/1.1\r\n"
        "Host: " + m_server.baseUrl().host().toUtf8() + "\r\n"
        "Authorization: Bearer " + m_api->staffToken().toUtf8() + "\r\n"
        "Idempotency-Key: " + ApiTestClient::newIdempotencyKey() + "\r\n"
        "Content-Type: application/json\r\n"
        "Content-Length: " + QByteArray::number(size) + "\r\n\r\n";
    const RawExchange exchange = rawExchange(m_server.baseUrl(), head, size, 10000);
    QCOMPARE(statusOf(exchange.response), 413);
    QVERIFY2(exchange.response.contains("application/problem+json"), exchange.response.left(400).constData());
    const QJsonObject problem = QJsonDocument::fromJson(bodyOf(exchange.response)).object();
    QCOMPARE(problem.value(QStringLiteral("type")).toString(), QStringLiteral("payload_too_large"));
    QCOMPARE(problem.value(QStringLiteral("status")).toInt(), 413);
    QCOMPARE(mainOf(project), qint64(5000));
    const Reply health = m_api->get(QStringLiteral("/api/v1/health"));
    API_REQUIRE_STATUS(health, 200);
}

void TstServerHttp::http10AndConnectionCloseEndTheConnection_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::newRow("HTTP/1.0") << QByteArray("GET /api/v1/health HTTP/1.0\r\n\r\n");
    QTest::newRow("HTTP/1.1 with Connection: close")
        << QByteArray("GET /api/v1/health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
}

void TstServerHttp::http10AndConnectionCloseEndTheConnection()
{
    QFETCH(QByteArray, request);
    const RawExchange exchange = rawExchange(m_server.baseUrl(), request);
    QCOMPARE(statusOf(exchange.response), 200);
    QCOMPARE(QJsonDocument::fromJson(bodyOf(exchange.response)).object().value(QStringLiteral("status")).toString(),
             QStringLiteral("ok"));
    QVERIFY2(exchange.closedByServer, "the server kept the connection open");
}

void TstServerHttp::r24_unknownRouteIsProblemJson()
{
    const ApiTestClient::OffContract probe(*m_api); // asked on purpose: the oracle requires a refusal
    const Reply reply = m_api->get(QStringLiteral("/api/v1/no/such/route"));
    API_REQUIRE_PROBLEM(reply, 404, "not_found");
}

QTEST_GUILESS_MAIN(TstServerHttp)
#include "tst_server_http.moc"
