// SPDX-License-Identifier: GPL-3.0-or-later
// The front keeps TLS (R35, issue 9): cabinet-server --tls-cert/--tls-key serves HTTPS with a
// certificate the client verifies, holds the same bounds over TLS, and survives a client that
// speaks plain HTTP to its TLS port.
#include "ServerProcess.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TstServerTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void r35_httpsAnswersWithAVerifiedCertificate();
    void r35_boundsHoldOverTls_data();
    void r35_boundsHoldOverTls();
    void r35_plainHttpOnTheTlsPortIsClosed();

private:
    struct Answer
    {
        int status = 0;
        QByteArray allow;
        QByteArray body;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
    };
    Answer send(const QByteArray &method, const QString &path, const QByteArray &body = {},
                const QList<QPair<QByteArray, QByteArray>> &headers = {});

    QTemporaryDir m_dir;
    QList<QSslCertificate> m_authority;
    std::unique_ptr<ServerProcess> m_server;
    QNetworkAccessManager m_network;
};

void TstServerTls::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString certificate = m_dir.filePath(QStringLiteral("server.pem"));
    const QString key = m_dir.filePath(QStringLiteral("server.key"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                   QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                   QStringLiteral("-keyout"), key, QStringLiteral("-out"), certificate});
    QVERIFY(openssl.waitForFinished(60000));
    QCOMPARE(openssl.exitCode(), 0);
    m_authority = QSslCertificate::fromPath(certificate);
    QCOMPARE(m_authority.size(), 1);

    ServerProcess::Options options;
    options.extraArguments = {QStringLiteral("--tls-cert"), certificate, QStringLiteral("--tls-key"), key};
    // As deployed: without --fake-clock, whose test-only fields (GET /health's waiting_polls) stay out.
    options.fakeClock = false;
    m_server = std::make_unique<ServerProcess>(options);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    QCOMPARE(m_server->baseUrl().scheme(), QStringLiteral("https"));
}

TstServerTls::Answer TstServerTls::send(const QByteArray &method, const QString &path, const QByteArray &body,
                                        const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(m_server->url(path));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(m_authority); // only our own certificate is trusted, and it is verified
    request.setSslConfiguration(tls);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    std::unique_ptr<QNetworkReply> reply(m_network.sendCustomRequest(request, method, body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!finished.wait(30000))
        return {};
    return Answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->rawHeader("Allow"),
                  reply->readAll(), reply->error()};
}

void TstServerTls::r35_httpsAnswersWithAVerifiedCertificate()
{
    const Answer answer = send("GET", QStringLiteral("/api/v1/health"));
    QCOMPARE(answer.error, QNetworkReply::NoError);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.body, QByteArray(R"({"status":"ok"})"));
}

void TstServerTls::r35_boundsHoldOverTls_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("encoding");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("type");
    QTest::newRow("405 with Allow") << QByteArray("DELETE") << QByteArray() << QByteArray() << 405
                                    << QByteArray("method_not_allowed");
    QTest::newRow("body over 1 MiB: 413") << QByteArray("POST") << QByteArray(2 * 1024 * 1024, 'x') << QByteArray()
                                          << 413 << QByteArray("payload_too_large");
    QTest::newRow("compressed body: 415") << QByteArray("POST") << QByteArray("{}") << QByteArray("gzip") << 415
                                          << QByteArray("unsupported_media_type");
}

void TstServerTls::r35_boundsHoldOverTls()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, encoding);
    QFETCH(int, status);
    QFETCH(QByteArray, type);
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!encoding.isEmpty())
        headers.append({QByteArrayLiteral("Content-Encoding"), encoding});
    const QString path = method == "DELETE" ? QStringLiteral("/api/v1/health") : QStringLiteral("/api/v1/auth/login");
    const Answer answer = send(method, path, body, headers);
    QCOMPARE(answer.status, status);
    QVERIFY2(answer.body.contains(QByteArray("\"" + type + "\"")), answer.body.constData());
    if (status == 405)
        QCOMPARE(answer.allow, QByteArray("GET"));
}

void TstServerTls::r35_plainHttpOnTheTlsPortIsClosed()
{
    QTcpSocket plain;
    plain.connectToHost(QStringLiteral("127.0.0.1"), quint16(m_server->baseUrl().port()));
    QVERIFY(plain.waitForConnected(5000));
    plain.write("GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n");
    QSignalSpy closed(&plain, &QTcpSocket::disconnected);
    QVERIFY(closed.wait(10000));
    // And HTTPS goes on.
    QCOMPARE(send("GET", QStringLiteral("/api/v1/health")).status, 200);
}

QTEST_GUILESS_MAIN(TstServerTls)
#include "tst_server_tls.moc"
