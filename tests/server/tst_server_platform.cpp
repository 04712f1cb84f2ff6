// SPDX-License-Identifier: GPL-3.0-or-later
// The telephony platform's own credential (R4, issue 11): created by --bootstrap-platform with its
// password from a file, it may post charges and nothing else; every other staff route answers 403
// and changes nothing, while a full staff user keeps every right.
#include "ApiTestClient.h"
#include "ServerProcess.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using Reply = ApiTestClient::Reply;
using Project = ApiTestClient::Project;

namespace {

const QString PlatformEmail = QStringLiteral("platform@test.local");
const QString PlatformPassword = QStringLiteral("platform-pass-123");

// The secret's file must exist before the server starts, so it is written before the member
// ServerProcess is built.
QString writtenPasswordFile(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("platform-password"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(PlatformPassword.toUtf8() + "\n");
    return path;
}

} // namespace

class TstServerPlatform : public QObject
{
    Q_OBJECT

public:
    TstServerPlatform();

private slots:
    void initTestCase();

    void r4_issue11_platformPostsCharges();
    void r4_issue11_platformGets403OnEveryOtherStaffRoute_data();
    void r4_issue11_platformGets403OnEveryOtherStaffRoute();
    void r4_issue11_staffKeepsEveryRight();
    void r4_issue11_platformIsNoStaffInMe();

private:
    QString platformToken() { return m_api->tokenFor(PlatformEmail); }
    QJsonObject balances() { return m_api->balances(m_project); }

    QTemporaryDir m_secrets;
    QString m_passwordFile;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<ApiTestClient> m_api;
    Project m_project;
};

TstServerPlatform::TstServerPlatform()
    : m_passwordFile(writtenPasswordFile(m_secrets))
{
}

void TstServerPlatform::initTestCase()
{
    QVERIFY(!m_passwordFile.isEmpty());
    ServerProcess::Options options;
    options.extraArguments = {QStringLiteral("--bootstrap-platform"), PlatformEmail,
                              QStringLiteral("--bootstrap-platform-file"), m_passwordFile};
    m_server = std::make_unique<ServerProcess>(options);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_api = std::make_unique<ApiTestClient>(m_server->baseUrl());
    QVERIFY2(!m_api->staffToken().isEmpty(), qPrintable(m_api->lastError()));
    m_api->rememberUser(PlatformEmail, PlatformPassword);
    QVERIFY2(!platformToken().isEmpty(), qPrintable(m_api->lastError()));
    m_project = m_api->newProject(QStringLiteral("platform"), 100000);
    QVERIFY2(m_project.isValid(), qPrintable(m_api->lastError()));
}

void TstServerPlatform::r4_issue11_platformPostsCharges()
{
    const qint64 before = ApiTestClient::money(balances(), "main");
    const Reply reply = m_api->post(QStringLiteral("/api/v1/staff/projects/%1/charges").arg(m_project.id),
                                    QJsonObject{{QStringLiteral("category"), QStringLiteral("guaranteed_dial")},
                                                {QStringLiteral("amount"), 1234}},
                                    platformToken(), ApiTestClient::newIdempotencyKey());
    API_REQUIRE_STATUS(reply, 201);
    QCOMPARE(ApiTestClient::money(balances(), "main"), before - 1234);
}

void TstServerPlatform::r4_issue11_platformGets403OnEveryOtherStaffRoute_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("money");
    QTest::newRow("bonus") << QByteArray("POST") << QStringLiteral("/api/v1/staff/projects/{pid}/bonus")
                           << QByteArray(R"({"amount":5000,"reason":"promotion"})") << true;
    QTest::newRow("credit") << QByteArray("POST") << QStringLiteral("/api/v1/staff/projects/{pid}/credits")
                            << QByteArray(R"({"amount":5000,"term_days":3})") << true;
    QTest::newRow("compensation") << QByteArray("POST") << QStringLiteral("/api/v1/staff/projects/{pid}/adjustments")
                                  << QByteArray(R"({"amount":5000,"kind":"compensation","reason":"outage"})") << true;
    QTest::newRow("correction") << QByteArray("POST") << QStringLiteral("/api/v1/staff/projects/{pid}/adjustments")
                                << QByteArray(R"({"amount":-5000,"kind":"correction","reason":"wrong charge"})") << true;
    QTest::newRow("confirm top-up") << QByteArray("POST") << QStringLiteral("/api/v1/staff/topups/{topup}/confirm")
                                    << QByteArray() << true;
    QTest::newRow("complete payout") << QByteArray("POST") << QStringLiteral("/api/v1/staff/referral-withdrawals/1/complete")
                                     << QByteArray() << true;
    QTest::newRow("reject payout") << QByteArray("POST") << QStringLiteral("/api/v1/staff/referral-withdrawals/1/reject")
                                   << QByteArray() << true;
    QTest::newRow("open project") << QByteArray("POST") << QStringLiteral("/api/v1/staff/projects")
                                  << QByteArray(R"({"name":"Platform's own","owner":{"email":"p-own@test.local","password":"secret-pass-1","name":"P"}})")
                                  << false;
    QTest::newRow("add user") << QByteArray("POST") << QStringLiteral("/api/v1/staff/projects/{pid}/users")
                              << QByteArray(R"({"email":"p-user@test.local","password":"secret-pass-1","name":"P","role":"administrator"})")
                              << false;
    QTest::newRow("credit requests") << QByteArray("GET") << QStringLiteral("/api/v1/staff/credit-requests") << QByteArray() << false;
    QTest::newRow("payouts") << QByteArray("GET") << QStringLiteral("/api/v1/staff/referral-withdrawals") << QByteArray() << false;
}

void TstServerPlatform::r4_issue11_platformGets403OnEveryOtherStaffRoute()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(bool, money);
    // A pending invoice the platform must not be able to confirm.
    const Reply topUp = m_api->post(QStringLiteral("/api/v1/projects/%1/topups").arg(m_project.id),
                                    QJsonObject{{QStringLiteral("amount"), 7000}, {QStringLiteral("method"), QStringLiteral("invoice")}},
                                    m_api->tokenFor(m_project.ownerEmail), ApiTestClient::newIdempotencyKey());
    API_REQUIRE_STATUS(topUp, 201);
    const QJsonObject before = balances();
    ApiTestClient::Request request;
    request.method = method;
    request.path = QString(path)
                       .replace(QLatin1String("{pid}"), m_project.id)
                       .replace(QLatin1String("{topup}"), ApiTestClient::idText(topUp.object().value(QStringLiteral("id"))));
    request.body = body;
    request.token = platformToken();
    request.idempotencyKey = money ? ApiTestClient::newIdempotencyKey() : QByteArray();
    API_REQUIRE_PROBLEM(m_api->send(request), 403, "forbidden");
    QCOMPARE(balances(), before);
}

void TstServerPlatform::r4_issue11_staffKeepsEveryRight()
{
    const qint64 bonusBefore = ApiTestClient::money(balances(), "bonus");
    API_REQUIRE_STATUS(m_api->grantBonus(m_project.id, 300), 201);
    API_REQUIRE_STATUS(m_api->charge(m_project.id, QStringLiteral("service_subscription"), 100), 201);
    QCOMPARE(ApiTestClient::money(balances(), "bonus"), bonusBefore + 200);
}

void TstServerPlatform::r4_issue11_platformIsNoStaffInMe()
{
    const Reply me = m_api->get(QStringLiteral("/api/v1/me"), platformToken());
    API_REQUIRE_STATUS(me, 200);
    QCOMPARE(me.object().value(QStringLiteral("user")).toObject().value(QStringLiteral("is_staff")).toBool(true), false);
}

QTEST_GUILESS_MAIN(TstServerPlatform)
#include "tst_server_platform.moc"
