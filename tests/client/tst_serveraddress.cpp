// SPDX-License-Identifier: GPL-3.0-or-later
// Where the client may send a password and a token (issue 11, item 8): an address typed without a
// scheme means https; plain http only to this computer; a redirect never takes the Authorization
// header to another origin (a local server redirects to another port that records what it gets).
#include "ApiClient.h"
#include "Session.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

namespace {

// Answers its n-th request with the n-th response (the last one for any further request), one request
// per connection, and keeps everything it was sent.
class RecordingServer : public QObject
{
public:
    RecordingServer()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_received += socket->readAll();
                    if (!m_received.contains("\r\n\r\n"))
                        return;
                    socket->write(m_responses.at(qMin(m_answered++, m_responses.size() - 1)));
                    socket->flush();
                    socket->disconnectFromHost();
                });
            }
        });
    }
    void setResponses(const QList<QByteArray> &responses) { m_responses = responses; }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    QByteArray received() const { return m_received; }

private:
    QTcpServer m_server;
    QList<QByteArray> m_responses{QByteArray()};
    qsizetype m_answered = 0;
    QByteArray m_received;
};

QByteArray answer(const QByteArray &statusAndHeaders, const QByteArray &body = {})
{
    return "HTTP/1.1 " + statusAndHeaders + "\r\nContent-Length: " + QByteArray::number(body.size())
           + "\r\nConnection: close\r\n\r\n" + body;
}

const QByteArray kBalances = R"({"currency":"UAH","main":100,"bonus":0,)"
                             R"("credit":{"granted":0,"available":0,"used":0,"due_at":null}})";

} // namespace

class TestServerAddress : public QObject
{
    Q_OBJECT

private slots:
    void addressWithoutSchemeIsHttpsAndHttpOnlyForLoopback_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expected"); // empty: refused
        QTest::newRow("no scheme means https") << QStringLiteral("cabinet.example.com") << QStringLiteral("https://cabinet.example.com");
        QTest::newRow("no scheme, port") << QStringLiteral(" cabinet.example.com:8443/ ") << QStringLiteral("https://cabinet.example.com:8443");
        QTest::newRow("https remote") << QStringLiteral("https://10.1.2.3") << QStringLiteral("https://10.1.2.3");
        QTest::newRow("http 127.0.0.1") << QStringLiteral("http://127.0.0.1:8080") << QStringLiteral("http://127.0.0.1:8080");
        QTest::newRow("http 127.8.9.10") << QStringLiteral("http://127.8.9.10") << QStringLiteral("http://127.8.9.10");
        QTest::newRow("http ::1") << QStringLiteral("http://[::1]:8080") << QStringLiteral("http://[::1]:8080");
        QTest::newRow("http localhost") << QStringLiteral("http://LocalHost:1") << QStringLiteral("http://localhost:1");
        QTest::newRow("http remote host") << QStringLiteral("http://cabinet.example.com") << QString();
        QTest::newRow("http private address") << QStringLiteral("http://192.168.1.10:8080") << QString();
        QTest::newRow("http localhost look-alike") << QStringLiteral("http://localhost.example.com") << QString();
        QTest::newRow("http 127.0.0.1 look-alike") << QStringLiteral("http://127.0.0.1.example.com") << QString();
        QTest::newRow("ftp") << QStringLiteral("ftp://cabinet.example.com") << QString();
        QTest::newRow("empty") << QStringLiteral("  ") << QString();
    }

    void addressWithoutSchemeIsHttpsAndHttpOnlyForLoopback()
    {
        QFETCH(QString, typed);
        QFETCH(QString, expected);
        QString refusal;
        const QUrl url = Session::normalizeServerUrl(typed, &refusal);
        QCOMPARE(url.toString(), expected);
        QCOMPARE(refusal.isEmpty(), !expected.isEmpty());
        QCOMPARE(ApiClient::isAllowedServerUrl(url), !expected.isEmpty());
        if (typed.startsWith(QLatin1String("http://")) && expected.isEmpty())
            QVERIFY2(refusal.contains(QLatin1String("https://")), qPrintable(refusal)); // says what to use instead
    }

    // The server answers 302 to another port (another origin): the client does not follow, so the
    // other origin never sees the request, let alone its bearer token.
    void redirectNeverTakesTheTokenToAnotherOrigin()
    {
        RecordingServer elsewhere;
        elsewhere.setResponses({answer("200 OK\r\nContent-Type: application/json", kBalances)});
        RecordingServer server;
        server.setResponses({answer("302 Found\r\nLocation: " + elsewhere.url().toEncoded()
                                    + "/api/v1/projects/1/balances")});

        ApiClient api;
        api.setBaseUrl(server.url());
        api.setToken(QStringLiteral("secret-token-123"));
        std::optional<ApiResult<Balances>> result;
        BalancesJob *job = api.balances(QStringLiteral("1"));
        connect(job, &BalancesJob::finished, this, [&](const ApiResult<Balances> &r) { result = r; });
        QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 10000));

        QVERIFY(server.received().contains("Authorization: Bearer secret-token-123"));
        QVERIFY2(!elsewhere.received().contains("secret-token-123"), elsewhere.received().constData());
        QVERIFY2(elsewhere.received().isEmpty(), elsewhere.received().constData());
        QVERIFY(!result->ok());
    }

    // A redirect within the same origin is still followed (a proxy moving the API path).
    void redirectWithinTheOriginIsFollowed()
    {
        RecordingServer server;
        ApiClient api;
        api.setBaseUrl(server.url());
        api.setToken(QStringLiteral("secret-token-123"));
        server.setResponses({answer("302 Found\r\nLocation: " + server.url().toEncoded() + "/moved/balances"),
                             answer("200 OK\r\nContent-Type: application/json", kBalances)});
        std::optional<ApiResult<Balances>> result;
        BalancesJob *job = api.balances(QStringLiteral("1"));
        connect(job, &BalancesJob::finished, this, [&](const ApiResult<Balances> &r) { result = r; });
        QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 10000));
        QVERIFY2(server.received().contains("GET /moved/balances"), server.received().constData());
        QVERIFY2(result->ok(), qPrintable(result->error.message));
        QCOMPARE(result->value->main, qint64(100));
    }
};

QTEST_GUILESS_MAIN(TestServerAddress)
#include "tst_serveraddress.moc"
