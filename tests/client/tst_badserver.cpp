// SPDX-License-Identifier: GPL-3.0-or-later
// A server that is down, slow or answers garbage never crashes or freezes the client: every
// failure becomes one readable, translated message (the single error mapper in ApiError.cpp).
// A tiny local responder (QTcpServer) plays the bad server.
#include "ApiClient.h"
#include "TransactionsModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

namespace {

// Answers every request with the same raw bytes (or never), then optionally closes.
class Responder : public QObject
{
public:
    Responder(QByteArray response, bool answer)
        : m_response(std::move(response))
        , m_answer(answer)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_request += socket->readAll();
                    if (!m_answer || !m_request.contains("\r\n\r\n"))
                        return; // a slow server: holds the connection open, says nothing
                    socket->write(m_response);
                    socket->flush();
                    socket->disconnectFromHost();
                });
            }
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    QByteArray request() const { return m_request; }

private:
    QTcpServer m_server;
    QByteArray m_response;
    QByteArray m_request;
    bool m_answer;
};

QByteArray http(const QByteArray &status, const QByteArray &type, const QByteArray &body,
                std::optional<qsizetype> announcedLength = std::nullopt)
{
    return "HTTP/1.1 " + status + "\r\nContent-Type: " + type + "\r\nContent-Length: "
           + QByteArray::number(announcedLength.value_or(body.size())) + "\r\nConnection: close\r\n\r\n" + body;
}

} // namespace

Q_DECLARE_METATYPE(ApiError::Kind)

class TestBadServer : public QObject
{
    Q_OBJECT

private slots:
    void r24_badAnswersGiveReadableErrors_data()
    {
        QTest::addColumn<QByteArray>("response");
        QTest::addColumn<bool>("answers");
        QTest::addColumn<ApiError::Kind>("kind");
        QTest::addColumn<int>("status");

        const QByteArray json = "application/json";
        QTest::newRow("malformed JSON") << http("200 OK", json, "{\"currency\": \"UAH\", \"main\": 12,") << true
                                        << ApiError::Kind::BadResponse << 0;
        QTest::newRow("HTML instead of JSON") << http("200 OK", "text/html", "<html><body>Welcome to nginx</body></html>")
                                              << true << ApiError::Kind::BadResponse << 0;
        QTest::newRow("JSON of the wrong shape") << http("200 OK", json, "{\"main\": \"12\"}") << true
                                                 << ApiError::Kind::BadResponse << 0;
        QTest::newRow("JSON array") << http("200 OK", json, "[1, 2, 3]") << true << ApiError::Kind::BadResponse << 0;
        QTest::newRow("money as a fraction")
            << http("200 OK", json,
                    "{\"currency\":\"UAH\",\"main\":1.5,\"bonus\":0,\"credit\":{\"granted\":0,\"available\":0,"
                    "\"used\":0,\"due_at\":null}}")
            << true << ApiError::Kind::BadResponse << 0;
        QTest::newRow("empty 200 body") << http("200 OK", json, "") << true << ApiError::Kind::BadResponse << 0;
        QTest::newRow("500 with an HTML page") << http("500 Internal Server Error", "text/html", "<h1>oops</h1>") << true
                                               << ApiError::Kind::Http << 500;
        QTest::newRow("502 from a proxy") << http("502 Bad Gateway", "text/plain", "bad gateway") << true
                                          << ApiError::Kind::Http << 502;
        QTest::newRow("problem with an unknown type")
            << http("418 I'm a teapot", "application/problem+json", "{\"type\":\"teapot\",\"status\":418}") << true
            << ApiError::Kind::Http << 418;
        QTest::newRow("truncated body") << http("200 OK", json, "{\"currency\": \"UAH\"", 500) << true
                                        << ApiError::Kind::Network << 200;
        QTest::newRow("not HTTP at all") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n\r\n") << true
                                         << ApiError::Kind::Network << 0;
        QTest::newRow("closes without a word") << QByteArray() << true << ApiError::Kind::Network << 0;
        QTest::newRow("never answers") << QByteArray() << false << ApiError::Kind::Timeout << 0;
    }

    void r24_badAnswersGiveReadableErrors()
    {
        QFETCH(QByteArray, response);
        QFETCH(bool, answers);
        QFETCH(ApiError::Kind, kind);
        QFETCH(int, status);

        Responder server(response, answers);
        ApiClient api;
        api.setBaseUrl(server.url());
        api.setToken(QStringLiteral("token"));
        api.setTimeout(std::chrono::milliseconds(700));

        std::optional<ApiResult<Balances>> result;
        BalancesJob *job = api.balances(QStringLiteral("1"));
        connect(job, &BalancesJob::finished, this, [&](const ApiResult<Balances> &r) { result = r; });
        QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 10000));
        QVERIFY(!result->ok());
        QCOMPARE(result->error.kind, kind);
        if (status != 0)
            QCOMPARE(result->error.httpStatus, status);
        QVERIFY(!result->error.message.isEmpty());
        QVERIFY2(!result->error.message.contains(QLatin1String("QNetworkReply")), qPrintable(result->error.message));
        qDebug() << QTest::currentDataTag() << "->" << result->error.message;
    }

    void r24_historyModelSurvivesBadAnswers()
    {
        Responder server(http("200 OK", "application/json", "{\"items\": [{\"id\": 1}], \"next_cursor\": null}"), true);
        ApiClient api;
        api.setBaseUrl(server.url());
        TransactionsModel model(&api);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy failed(&model, &TransactionsModel::loadFailed);
        model.setProject(QStringLiteral("1"));
        QVERIFY(failed.wait(10000));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.errorString().isEmpty());
        QVERIFY(!model.canFetchMore({})); // no retry loop from the view
        QVERIFY(!model.isLoading());
    }

    void r24_refusedConnectionIsReadable()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        } // closed again: nothing listens there now
        ApiClient api;
        api.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        std::optional<ApiResult<MeAnswer>> result;
        connect(api.me(), &MeJob::finished, this, [&](const ApiResult<MeAnswer> &r) { result = r; });
        QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 10000));
        QCOMPARE(result->error.kind, ApiError::Kind::Network);
        QVERIFY(result->error.message.contains(QLatin1String("connect")));
    }

    void noServerAddress_failsAsynchronously()
    {
        ApiClient api; // no base URL at all
        std::optional<ApiResult<MeAnswer>> result;
        MeJob *job = api.me();
        connect(job, &MeJob::finished, this, [&](const ApiResult<MeAnswer> &r) { result = r; });
        QVERIFY(!result.has_value()); // never synchronously
        QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 5000));
        QCOMPARE(result->error.kind, ApiError::Kind::Network);
        QVERIFY(!result->error.message.isEmpty());
    }

    void unauthorized_signalsAuthenticationRequired()
    {
        Responder server(http("401 Unauthorized", "application/problem+json",
                              "{\"type\":\"unauthorized\",\"title\":\"Unauthorized\",\"status\":401}"),
                         true);
        ApiClient api;
        api.setBaseUrl(server.url());
        QSignalSpy required(&api, &ApiClient::authenticationRequired);
        std::optional<ApiResult<Balances>> result;
        connect(api.balances(QStringLiteral("1")), &BalancesJob::finished, this,
                [&](const ApiResult<Balances> &r) { result = r; });
        QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 10000));
        QCOMPARE(result->error.problemType, QStringLiteral("unauthorized"));
        QCOMPARE(required.count(), 1);
    }

    void abortedJob_neverFinishes()
    {
        Responder server(QByteArray(), false);
        ApiClient api;
        api.setBaseUrl(server.url());
        bool finished = false;
        BalancesJob *job = api.balances(QStringLiteral("1"));
        connect(job, &BalancesJob::finished, this, [&] { finished = true; });
        QSignalSpy gone(job, &QObject::destroyed);
        job->abort();
        // Once the job is destroyed nothing can report for it any more: that is the end to wait for.
        QVERIFY(gone.wait(5000));
        QVERIFY(!finished);
    }
};

QTEST_GUILESS_MAIN(TestBadServer)
#include "tst_badserver.moc"
