// SPDX-License-Identifier: GPL-3.0-or-later
// Auth and the role table (R1-R4) against the real cabinet-server.
#include "ApiTestClient.h"
#include "ServerProcess.h"

#include <QJsonArray>
#include <QTest>

#include <memory>

using Reply = ApiTestClient::Reply;

class TstAuthRoles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void health_answersOkWithoutAuth();
    void login_returnsTokenAndUser();
    void login_badCredentialsAre401_data();
    void login_badCredentialsAre401();
    void login_rateLimitedAfterTenFailuresAMinute();
    void logout_endsTheToken();
    void logout_acceptsAPostWithoutBody();
    void token_expiresAfterTwelveHours();
    void fakeClock_movesForwardOnly_data();
    void fakeClock_movesForwardOnly();
    void fakeClock_routeIs404WithoutTheFlag();
    void missingOrUnknownToken_is401_data();
    void missingOrUnknownToken_is401();
    void me_listsProjectsWithRoles();
    void r1_projectHasExactlyOneOwner();
    void r1_staffCannotAddASecondOwner();
    void r2r3r4_roleTable_data();
    void r2r3r4_roleTable();
    void r4_membersWithoutFinanceRightsCannotCreateTopups_data();
    void r4_membersWithoutFinanceRightsCannotCreateTopups();
    void r4_nonMemberGets404_data();
    void r4_nonMemberGets404();
    void staffRoutes_forbiddenToMembers_data();
    void staffRoutes_forbiddenToMembers();

private:
    QString memberToken(const QString &role);

    ServerProcess m_server;
    std::unique_ptr<ApiTestClient> m_api;
    ApiTestClient::Project m_project; // the project whose members play every role
    ApiTestClient::Project m_other;   // a project none of them belongs to
    QHash<QString, QString> m_emailByRole;
};

static const QStringList MemberRoles{QStringLiteral("administrator"), QStringLiteral("supervisor"),
                                     QStringLiteral("manager"), QStringLiteral("operator")};

void TstAuthRoles::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_api = std::make_unique<ApiTestClient>(m_server.baseUrl());
    QVERIFY2(!m_api->staffToken().isEmpty(), qPrintable(m_api->lastError()));

    m_project = m_api->createProject(QStringLiteral("Roles Ltd"), ApiTestClient::uniqueEmail(QStringLiteral("owner")));
    QVERIFY2(m_project.isValid(), qPrintable(m_api->lastError()));
    m_emailByRole.insert(QStringLiteral("owner"), m_project.ownerEmail);
    for (const QString &role : MemberRoles) {
        const QString email = ApiTestClient::uniqueEmail(role);
        QVERIFY2(m_api->addUser(m_project.id, email, role), qPrintable(m_api->lastError()));
        m_emailByRole.insert(role, email);
    }
    m_other = m_api->createProject(QStringLiteral("Elsewhere"), ApiTestClient::uniqueEmail(QStringLiteral("other")));
    QVERIFY2(m_other.isValid(), qPrintable(m_api->lastError()));
    m_emailByRole.insert(QStringLiteral("non-member"), m_other.ownerEmail);
    QVERIFY2(!m_api->topUpPaid(m_project, 100000).isEmpty(), qPrintable(m_api->lastError()));
}

QString TstAuthRoles::memberToken(const QString &role)
{
    return m_api->tokenFor(m_emailByRole.value(role));
}

void TstAuthRoles::health_answersOkWithoutAuth()
{
    const Reply reply = m_api->get(QStringLiteral("/api/v1/health"));
    API_REQUIRE_STATUS(reply, 200);
    QVERIFY2(reply.contentType.startsWith("application/json"), reply.contentType.constData());
    QCOMPARE(reply.object().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
}

void TstAuthRoles::login_returnsTokenAndUser()
{
    const QDateTime before = m_api->serverNow();
    const Reply staff = m_api->loginReply(ServerProcess::StaffEmail, ServerProcess::StaffPassword);
    API_REQUIRE_STATUS(staff, 200);
    const QJsonObject body = staff.object();
    QVERIFY(body.value(QStringLiteral("token")).toString().size() >= 32);
    const QJsonObject user = body.value(QStringLiteral("user")).toObject();
    QCOMPARE(user.value(QStringLiteral("email")).toString(), ServerProcess::StaffEmail);
    QVERIFY(!ApiTestClient::idText(user.value(QStringLiteral("id"))).isEmpty());
    QVERIFY(user.contains(QStringLiteral("name")));
    QCOMPARE(user.value(QStringLiteral("is_staff")), QJsonValue(true));
    // Tokens live 12 h (ARCHITECTURE.md); expires_at is RFC 3339 UTC.
    const QString expiresText = body.value(QStringLiteral("expires_at")).toString();
    QVERIFY2(expiresText.endsWith(QLatin1Char('Z')), qPrintable(expiresText));
    const QDateTime expires = QDateTime::fromString(expiresText, Qt::ISODateWithMs);
    QVERIFY2(expires.isValid(), qPrintable(expiresText));
    QVERIFY2(qAbs(before.secsTo(expires) - 12 * 3600) <= 120, qPrintable(expiresText));

    const Reply owner = m_api->loginReply(m_project.ownerEmail, ApiTestClient::MemberPassword);
    API_REQUIRE_STATUS(owner, 200);
    QCOMPARE(owner.object().value(QStringLiteral("user")).toObject().value(QStringLiteral("is_staff")),
             QJsonValue(false));
    QVERIFY(owner.object().value(QStringLiteral("token")).toString()
            != staff.object().value(QStringLiteral("token")).toString());
}

void TstAuthRoles::login_badCredentialsAre401_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("password");
    QTest::newRow("wrong password") << ServerProcess::StaffEmail << QStringLiteral("not-the-password");
    QTest::newRow("unknown e-mail") << QStringLiteral("nobody@example.test") << ServerProcess::StaffPassword;
    QTest::newRow("empty password") << ServerProcess::StaffEmail << QString();
}

void TstAuthRoles::login_badCredentialsAre401()
{
    QFETCH(QString, email);
    QFETCH(QString, password);
    API_REQUIRE_PROBLEM(m_api->loginReply(email, password), 401, "unauthorized");
}

void TstAuthRoles::login_rateLimitedAfterTenFailuresAMinute()
{
    const auto project = m_api->createProject(QStringLiteral("Brute"), ApiTestClient::uniqueEmail(QStringLiteral("brute")));
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    for (int attempt = 1; attempt <= 10; ++attempt)
        API_REQUIRE_PROBLEM(m_api->loginReply(project.ownerEmail, QStringLiteral("guess")), 401, "unauthorized");
    API_REQUIRE_PROBLEM(m_api->loginReply(project.ownerEmail, QStringLiteral("guess")), 429, "rate_limited");
    // The limit is per account: another user still logs in.
    API_REQUIRE_STATUS(m_api->loginReply(m_project.ownerEmail, ApiTestClient::MemberPassword), 200);
    // A minute later (fake clock) the account logs in again with the right password.
    API_REQUIRE_OK(m_api->advanceClock(61));
    API_REQUIRE_STATUS(m_api->loginReply(project.ownerEmail, ApiTestClient::MemberPassword), 200);
}

void TstAuthRoles::logout_endsTheToken()
{
    const Reply login = m_api->loginReply(m_project.ownerEmail, ApiTestClient::MemberPassword);
    API_REQUIRE_STATUS(login, 200);
    const QString token = login.object().value(QStringLiteral("token")).toString();
    API_REQUIRE_STATUS(m_api->get(QStringLiteral("/api/v1/me"), token), 200);
    const Reply logout = m_api->post(QStringLiteral("/api/v1/auth/logout"), QJsonObject{}, token);
    API_REQUIRE_STATUS(logout, 204);
    API_REQUIRE_PROBLEM(m_api->get(QStringLiteral("/api/v1/me"), token), 401, "unauthorized");
    API_REQUIRE_PROBLEM(m_api->get(QStringLiteral("/api/v1/projects/%1/balances").arg(m_project.id), token),
                        401, "unauthorized");
}

void TstAuthRoles::logout_acceptsAPostWithoutBody()
{
    // `curl -X POST` sends neither a body nor Content-Length; RFC 9112 6.3: the body is then empty.
    const Reply login = m_api->loginReply(m_project.ownerEmail, ApiTestClient::MemberPassword);
    API_REQUIRE_STATUS(login, 200);
    const QByteArray token = login.object().value(QStringLiteral("token")).toString().toUtf8();
    API_REQUIRE_STATUS(m_api->sendRawHttp("POST /api/v1/auth/logout HTTP/1.1\r\nAuthorization: Bearer " + token), 204);
    API_REQUIRE_PROBLEM(m_api->get(QStringLiteral("/api/v1/me"), QString::fromUtf8(token)), 401, "unauthorized");
}

void TstAuthRoles::token_expiresAfterTwelveHours()
{
    const Reply login = m_api->loginReply(m_project.ownerEmail, ApiTestClient::MemberPassword);
    API_REQUIRE_STATUS(login, 200);
    const QString token = login.object().value(QStringLiteral("token")).toString();
    API_REQUIRE_OK(m_api->advanceClock(11 * 3600));
    API_REQUIRE_STATUS(m_api->get(QStringLiteral("/api/v1/me"), token), 200);
    API_REQUIRE_OK(m_api->advanceClock(2 * 3600));
    API_REQUIRE_PROBLEM(m_api->get(QStringLiteral("/api/v1/me"), token), 401, "unauthorized");
    // A new login works at the new time.
    API_REQUIRE_STATUS(m_api->loginReply(m_project.ownerEmail, ApiTestClient::MemberPassword), 200);
}

void TstAuthRoles::fakeClock_movesForwardOnly_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("an hour back") << QByteArray("BACK");
    QTest::newRow("not a time") << QByteArray(R"({"now":"next tuesday"})");
    QTest::newRow("now missing") << QByteArray("{}");
    QTest::newRow("now as a number") << QByteArray(R"({"now":1795000000})");
}

void TstAuthRoles::fakeClock_movesForwardOnly()
{
    QFETCH(QByteArray, body);
    if (body == "BACK") {
        const QString back = m_api->serverNow().addSecs(-3600).toString(Qt::ISODate);
        body = R"({"now":")" + back.toUtf8() + R"("})";
    }
    API_REQUIRE_PROBLEM(m_api->postRaw(QStringLiteral("/api/v1/test/clock"), body, m_api->staffToken()), 422, "validation_failed");
    // Time did not jump: a fresh token still works, so the clock is not 12 h off either way.
    API_REQUIRE_STATUS(m_api->get(QStringLiteral("/api/v1/me"), m_api->staffToken()), 200);
}

void TstAuthRoles::fakeClock_routeIs404WithoutTheFlag()
{
    ServerProcess::Options options;
    options.fakeClock = false;
    ServerProcess server(options);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    ApiTestClient api(server.baseUrl());
    const Reply reply = api.post(QStringLiteral("/api/v1/test/clock"),
                                 QJsonObject{{QStringLiteral("now"), QStringLiteral("2100-01-01T00:00:00Z")}}, api.staffToken());
    API_REQUIRE_PROBLEM(reply, 404, "not_found");
}

void TstAuthRoles::missingOrUnknownToken_is401_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("token");
    QTest::newRow("me, no token") << QStringLiteral("/api/v1/me") << QString();
    QTest::newRow("me, unknown token") << QStringLiteral("/api/v1/me") << QStringLiteral("0123456789abcdef0123456789abcdef");
    QTest::newRow("balances, no token") << QStringLiteral("/api/v1/projects/%1/balances") << QString();
    QTest::newRow("transactions, garbage token") << QStringLiteral("/api/v1/projects/%1/transactions") << QStringLiteral("x");
    QTest::newRow("staff credit requests, no token") << QStringLiteral("/api/v1/staff/credit-requests") << QString();
}

void TstAuthRoles::missingOrUnknownToken_is401()
{
    QFETCH(QString, path);
    QFETCH(QString, token);
    const QString resolved = path.contains(QStringLiteral("%1")) ? path.arg(m_project.id) : path;
    API_REQUIRE_PROBLEM(m_api->get(resolved, token), 401, "unauthorized");
}

void TstAuthRoles::me_listsProjectsWithRoles()
{
    // One user, three projects, three roles (R4: the client switches project).
    const QString email = ApiTestClient::uniqueEmail(QStringLiteral("multi"));
    const auto owned = m_api->createProject(QStringLiteral("Multi own"), email);
    QVERIFY2(owned.isValid(), qPrintable(m_api->lastError()));
    QVERIFY2(m_api->addUser(m_project.id, email, QStringLiteral("administrator")), qPrintable(m_api->lastError()));
    QVERIFY2(m_api->addUser(m_other.id, email, QStringLiteral("operator")), qPrintable(m_api->lastError()));

    const Reply me = m_api->get(QStringLiteral("/api/v1/me"), m_api->tokenFor(email));
    API_REQUIRE_STATUS(me, 200);
    QCOMPARE(me.object().value(QStringLiteral("user")).toObject().value(QStringLiteral("email")).toString(), email);
    QHash<QString, QString> roleByProject;
    for (const QJsonValue &entry : me.object().value(QStringLiteral("projects")).toArray()) {
        const QJsonObject project = entry.toObject();
        QVERIFY(project.contains(QStringLiteral("name")));
        roleByProject.insert(ApiTestClient::idText(project.value(QStringLiteral("id"))),
                             project.value(QStringLiteral("role")).toString());
    }
    QCOMPARE(roleByProject.size(), 3);
    QCOMPARE(roleByProject.value(owned.id), QStringLiteral("owner"));
    QCOMPARE(roleByProject.value(m_project.id), QStringLiteral("administrator"));
    QCOMPARE(roleByProject.value(m_other.id), QStringLiteral("operator"));
}

void TstAuthRoles::r1_projectHasExactlyOneOwner()
{
    const Reply users = m_api->get(QStringLiteral("/api/v1/projects/%1/users").arg(m_project.id),
                                   memberToken(QStringLiteral("owner")));
    API_REQUIRE_STATUS(users, 200);
    QStringList owners;
    QHash<QString, QString> roleByEmail;
    for (const QJsonValue &entry : users.object().value(QStringLiteral("items")).toArray()) {
        const QJsonObject user = entry.toObject();
        roleByEmail.insert(user.value(QStringLiteral("email")).toString(), user.value(QStringLiteral("role")).toString());
        if (user.value(QStringLiteral("role")).toString() == QLatin1String("owner"))
            owners << user.value(QStringLiteral("email")).toString();
    }
    QCOMPARE(owners, QStringList{m_project.ownerEmail});
    for (const QString &role : MemberRoles)
        QCOMPARE(roleByEmail.value(m_emailByRole.value(role)), role);
}

void TstAuthRoles::r1_staffCannotAddASecondOwner()
{
    const Reply reply = m_api->post(QStringLiteral("/api/v1/staff/projects/%1/users").arg(m_project.id),
                                    QJsonObject{{QStringLiteral("email"), ApiTestClient::uniqueEmail(QStringLiteral("second"))},
                                                {QStringLiteral("password"), ApiTestClient::MemberPassword},
                                                {QStringLiteral("name"), QStringLiteral("Second owner")},
                                                {QStringLiteral("role"), QStringLiteral("owner")}},
                                    m_api->staffToken());
    API_REQUIRE_PROBLEM(reply, 422, "validation_failed");
    r1_projectHasExactlyOneOwner();
}

namespace {
struct Route
{
    const char *name;
    const char *path;
    bool ownerOnly; // referral program (R3)
};
const Route MemberRoutes[] = {
    {"balances", "/api/v1/projects/%1/balances", false},
    {"transactions", "/api/v1/projects/%1/transactions", false},
    {"topups", "/api/v1/projects/%1/topups", false},
    {"credit eligibility", "/api/v1/projects/%1/credit/eligibility", false},
    {"referral", "/api/v1/projects/%1/referral", true},
    {"referral transactions", "/api/v1/projects/%1/referral/transactions", true},
    {"users", "/api/v1/projects/%1/users", false},
};
} // namespace

void TstAuthRoles::r2r3r4_roleTable_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("expected");
    for (const QString &role : QStringList{QStringLiteral("owner")} + MemberRoles) {
        for (const Route &route : MemberRoutes) {
            int expected = 200;
            const bool usersRoute = QLatin1String(route.name) == QLatin1String("users");
            if (role == QLatin1String("administrator") && route.ownerOnly)
                expected = 403; // R3
            else if (role != QLatin1String("owner") && role != QLatin1String("administrator") && !usersRoute)
                expected = 403; // R4 [choice]
            QTest::addRow("%s %s", qPrintable(role), route.name) << role << QString::fromLatin1(route.path) << expected;
        }
    }
}

void TstAuthRoles::r2r3r4_roleTable()
{
    QFETCH(QString, role);
    QFETCH(QString, path);
    QFETCH(int, expected);
    const Reply reply = m_api->get(path.arg(m_project.id), memberToken(role));
    if (expected == 200) {
        API_REQUIRE_STATUS(reply, 200);
        QVERIFY2(reply.json.isObject(), qPrintable(reply.describe()));
    } else {
        API_REQUIRE_PROBLEM(reply, 403, "forbidden");
    }
    if (path.endsWith(QLatin1String("/balances")) && expected == 200)
        QCOMPARE(ApiTestClient::money(reply.object().value(QStringLiteral("main"))), qint64(100000));
}

void TstAuthRoles::r4_membersWithoutFinanceRightsCannotCreateTopups_data()
{
    QTest::addColumn<QString>("role");
    QTest::newRow("supervisor") << QStringLiteral("supervisor");
    QTest::newRow("manager") << QStringLiteral("manager");
    QTest::newRow("operator") << QStringLiteral("operator");
    QTest::newRow("non-member") << QStringLiteral("non-member");
}

void TstAuthRoles::r4_membersWithoutFinanceRightsCannotCreateTopups()
{
    QFETCH(QString, role);
    const QString topupsPath = QStringLiteral("/api/v1/projects/%1/topups").arg(m_project.id);
    const Reply before = m_api->get(topupsPath, memberToken(QStringLiteral("owner")));
    API_REQUIRE_STATUS(before, 200);
    const Reply reply = m_api->post(topupsPath,
                                    QJsonObject{{QStringLiteral("amount"), 5000}, {QStringLiteral("method"), QStringLiteral("invoice")}},
                                    memberToken(role), ApiTestClient::newIdempotencyKey());
    if (role == QLatin1String("non-member"))
        API_REQUIRE_PROBLEM(reply, 404, "not_found");
    else
        API_REQUIRE_PROBLEM(reply, 403, "forbidden");
    const Reply after = m_api->get(topupsPath, memberToken(QStringLiteral("owner")));
    QCOMPARE(after.object().value(QStringLiteral("items")).toArray().size(),
             before.object().value(QStringLiteral("items")).toArray().size());
}

void TstAuthRoles::r4_nonMemberGets404_data()
{
    QTest::addColumn<QString>("path");
    for (const Route &route : MemberRoutes)
        QTest::newRow(route.name) << QString::fromLatin1(route.path);
}

void TstAuthRoles::r4_nonMemberGets404()
{
    QFETCH(QString, path);
    API_REQUIRE_PROBLEM(m_api->get(path.arg(m_project.id), memberToken(QStringLiteral("non-member"))), 404, "not_found");
    // A project that does not exist looks the same as one the caller is not in.
    API_REQUIRE_PROBLEM(m_api->get(path.arg(QStringLiteral("987654321")), memberToken(QStringLiteral("owner"))), 404,
                        "not_found");
}

void TstAuthRoles::staffRoutes_forbiddenToMembers_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    const QList<QPair<const char *, QByteArray>> routes{
        {"/api/v1/staff/projects", R"({"name":"X","owner":{"email":"x@example.test","password":"pppppppp1","name":"X"}})"},
        {"/api/v1/staff/projects/%1/users", R"({"email":"y@example.test","password":"pppppppp1","name":"Y","role":"operator"})"},
        {"/api/v1/staff/projects/%1/charges", R"({"category":"api_call","amount":100})"},
        {"/api/v1/staff/projects/%1/bonus", R"({"amount":100,"reason":"self-service"})"},
        {"/api/v1/staff/projects/%1/adjustments", R"({"amount":100,"kind":"compensation","reason":"self-service"})"},
        {"/api/v1/staff/projects/%1/credits", R"({"amount":100,"term_days":5})"},
        {"/api/v1/staff/topups/1/confirm", "{}"},
        {"/api/v1/staff/referral-withdrawals/1/complete", "{}"},
        {"/api/v1/staff/referral-withdrawals/1/reject", "{}"},
        {"/api/v1/test/clock", R"({"now":"2100-01-01T00:00:00Z"})"},
        {"GET /api/v1/staff/credit-requests?status=pending", {}},
    };
    for (const QString &role : QStringList{QStringLiteral("owner"), QStringLiteral("administrator"), QStringLiteral("operator")}) {
        for (const auto &[path, body] : routes)
            QTest::addRow("%s %s", qPrintable(role), path) << role << QString::fromLatin1(path) << body;
    }
}

void TstAuthRoles::staffRoutes_forbiddenToMembers()
{
    QFETCH(QString, role);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    const QJsonObject balancesBefore = m_api->balances(m_project);
    QVERIFY2(!balancesBefore.isEmpty(), qPrintable(m_api->lastError()));
    Reply reply;
    if (path.startsWith(QLatin1String("GET ")))
        reply = m_api->get(path.mid(4), memberToken(role));
    else
        reply = m_api->postRaw(path.contains(QStringLiteral("%1")) ? path.arg(m_project.id) : path, body,
                               memberToken(role), ApiTestClient::newIdempotencyKey());
    API_REQUIRE_PROBLEM(reply, 403, "forbidden");
    QCOMPARE(m_api->balances(m_project), balancesBefore);
}

QTEST_GUILESS_MAIN(TstAuthRoles)
#include "tst_auth_roles.moc"
