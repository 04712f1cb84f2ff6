// SPDX-License-Identifier: GPL-3.0-or-later
// docs/openapi.yaml and the server agree: every documented path and method is served.
// Asked without a token, a route that exists answers 401 (or, when public, anything but 404)
// before it looks at any resource; a route that does not exist answers 404 not_found.
#include "ApiTestClient.h"
#include "ServerProcess.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

#include <memory>

namespace {

struct Operation
{
    QByteArray method;
    QString path;
    QString since; // the path's x-since ("1.1" for the routes of API.md v1.1), empty for v1
};

// The two levels of the yaml's `paths:` map this test needs: "  /api/...:" and "    get:".
QList<Operation> documentedOperations(const QString &file)
{
    QFile yaml(file);
    if (!yaml.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    static const QRegularExpression pathLine(QStringLiteral(R"(^  (/\S+):\s*$)"));
    static const QRegularExpression methodLine(QStringLiteral(R"(^    (get|post|put|patch|delete):\s*$)"));
    static const QRegularExpression sinceLine(QStringLiteral(R"(^    x-since:\s*'([0-9.]+)'\s*$)"));
    QList<Operation> operations;
    bool inPaths = false;
    QString path;
    QString since;
    while (!yaml.atEnd()) {
        const QString line = QString::fromUtf8(yaml.readLine()).chopped(1);
        if (!line.isEmpty() && !line.startsWith(QLatin1Char(' ')) && !line.startsWith(QLatin1Char('#')))
            inPaths = line.startsWith(QLatin1String("paths:"));
        if (!inPaths)
            continue;
        if (const auto match = pathLine.match(line); match.hasMatch()) {
            path = match.captured(1);
            since.clear();
        } else if (const auto version = sinceLine.match(line); version.hasMatch()) {
            since = version.captured(1);
        } else if (const auto method = methodLine.match(line); method.hasMatch() && !path.isEmpty()) {
            operations.append({method.captured(1).toUpper().toUtf8(), path, since});
        }
    }
    return operations;
}

QString openApiFile()
{
    return QStringLiteral(CABINET_SOURCE_DIR "/docs/openapi.yaml");
}

} // namespace

class TstServerOpenApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyDocumentedRouteIsServed_data();
    void everyDocumentedRouteIsServed();
    void undocumentedRouteIs404();

private:
    ServerProcess m_server;
    std::unique_ptr<ApiTestClient> m_api;
};

void TstServerOpenApi::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_api = std::make_unique<ApiTestClient>(m_server.baseUrl(), 30000);
}

void TstServerOpenApi::everyDocumentedRouteIsServed_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("since");
    const QList<Operation> operations = documentedOperations(openApiFile());
    QVERIFY2(operations.size() >= 25, qPrintable(QStringLiteral("only %1 operations read from %2")
                                                     .arg(operations.size())
                                                     .arg(openApiFile())));
    static const QRegularExpression parameter(QStringLiteral(R"(\{[a-z_]+\})"));
    for (const Operation &operation : operations) {
        QString path = operation.path;
        path.replace(parameter, QStringLiteral("1"));
        QTest::newRow(qPrintable(QString::fromLatin1(operation.method) + QLatin1Char(' ') + operation.path))
            << operation.method << path << operation.since;
    }
}

void TstServerOpenApi::everyDocumentedRouteIsServed()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QString, since);
    ApiTestClient::Request request;
    request.method = method;
    request.path = path;
    if (method != "GET")
        request.body = "{}";
    const ApiTestClient::Reply reply = m_api->send(request);
    QVERIFY2(reply.status != 0, qPrintable(reply.describe()));
    // Every route of v1 and v1.1 is served now (issue 12 served the last v1.1 ones): a documented
    // route answering 404 is a failure, whatever version documented it.
    QVERIFY2(reply.status != 404,
             qPrintable(QStringLiteral("not served (documented for API v%1): ").arg(since.isEmpty() ? QStringLiteral("1") : since)
                        + reply.describe()));
}

void TstServerOpenApi::undocumentedRouteIs404()
{
    const ApiTestClient::OffContract probe(*m_api); // asked on purpose: the oracle requires a refusal
    const ApiTestClient::Reply reply = m_api->get(QStringLiteral("/api/v1/projects/1/nothing-here"));
    API_REQUIRE_PROBLEM(reply, 404, "not_found");
}

QTEST_GUILESS_MAIN(TstServerOpenApi)
#include "tst_server_openapi.moc"
