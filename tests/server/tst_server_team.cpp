// SPDX-License-Identifier: GPL-3.0-or-later
// The team and the account against the real server: the owner manages members and invites new
// e-mails (R32), a user changes their password and ends their sessions (R33), and the audit log
// records every money-moving and membership action, without referral actions for an
// Administrator (R34).
#include "ApiTestClient.h"
#include "ServerProcess.h"

#include <QJsonArray>
#include <QTest>

#include <memory>

using Reply = ApiTestClient::Reply;
using Project = ApiTestClient::Project;

class TstServerTeam : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void r32_ownerAddsChangesAndRemovesMembers();
    void r32_administratorCannotManage_data();
    void r32_administratorCannotManage();
    void r32_invitationIsOneTimeAndExpires();
    void r33_passwordChangeSignsOutOtherSessions();
    void r33_sessionsListAndEnd();
    void r33_parallelRequestsEachSeeTheirOwnSession();
    void r34_auditRecordsMoneyAndMembership();
    void r34_auditFiltersAndPages();
    void r34_administratorSeesNoReferralActions();

private:
    QString membersPath(const Project &project, const QString &userId = {}) const;
    Reply patchRole(const Project &project, const QString &userId, const QString &role, const QString &token);
    Reply addMember(const Project &project, const QString &email, const QString &role, const QString &token);
    QString userIdOf(const QString &token);
    QList<QJsonObject> audit(const Project &project, const QString &token, const QString &query = {});
    QStringList actionsOf(const QList<QJsonObject> &items);
    QList<QJsonObject> sessions(const QString &token);

    ServerProcess m_server;
    std::unique_ptr<ApiTestClient> m_api;
};

void TstServerTeam::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_api = std::make_unique<ApiTestClient>(m_server.baseUrl());
    QVERIFY2(!m_api->staffToken().isEmpty(), qPrintable(m_api->lastError()));
}

QString TstServerTeam::membersPath(const Project &project, const QString &userId) const
{
    const QString path = QStringLiteral("/api/v1/projects/%1/members").arg(project.id);
    return userId.isEmpty() ? path : path + QLatin1Char('/') + userId;
}

Reply TstServerTeam::patchRole(const Project &project, const QString &userId, const QString &role, const QString &token)
{
    ApiTestClient::Request request;
    request.method = "PATCH";
    request.path = membersPath(project, userId);
    request.body = ApiTestClient::jsonText(QJsonObject{{QStringLiteral("role"), role}}).toUtf8();
    request.token = token;
    return m_api->send(request);
}

Reply TstServerTeam::addMember(const Project &project, const QString &email, const QString &role, const QString &token)
{
    return m_api->post(membersPath(project),
                       QJsonObject{{QStringLiteral("email"), email},
                                   {QStringLiteral("name"), QStringLiteral("New Member")},
                                   {QStringLiteral("role"), role}},
                       token);
}

QString TstServerTeam::userIdOf(const QString &token)
{
    return ApiTestClient::idText(m_api->get(QStringLiteral("/api/v1/me"), token).object().value(QStringLiteral("user")).toObject().value(QStringLiteral("id")));
}

QList<QJsonObject> TstServerTeam::audit(const Project &project, const QString &token, const QString &query)
{
    return m_api->allItems(QStringLiteral("/api/v1/projects/%1/audit").arg(project.id), token, query);
}

QStringList TstServerTeam::actionsOf(const QList<QJsonObject> &items)
{
    QStringList actions;
    for (const QJsonObject &item : items)
        actions.append(item.value(QStringLiteral("action")).toString());
    return actions;
}

QList<QJsonObject> TstServerTeam::sessions(const QString &token)
{
    const Reply reply = m_api->get(QStringLiteral("/api/v1/auth/sessions"), token);
    QList<QJsonObject> items;
    for (const QJsonValue &item : reply.object().value(QStringLiteral("items")).toArray())
        items.append(item.toObject());
    return items;
}

void TstServerTeam::r32_ownerAddsChangesAndRemovesMembers()
{
    const Project project = m_api->newProject(QStringLiteral("Team"));
    QVERIFY(project.isValid());
    const QString owner = m_api->tokenFor(project.ownerEmail);
    // An existing user (a member elsewhere) is added with the role and gets no invitation.
    const Project elsewhere = m_api->newProject(QStringLiteral("Elsewhere"));
    const QString email = ApiTestClient::uniqueEmail(QStringLiteral("existing"));
    QVERIFY2(m_api->addUser(elsewhere.id, email, QStringLiteral("operator")), qPrintable(m_api->lastError()));
    const QString memberToken = m_api->tokenFor(email);
    const QString memberId = userIdOf(memberToken);

    const Reply added = addMember(project, email, QStringLiteral("manager"), owner);
    API_REQUIRE_STATUS(added, 201);
    QCOMPARE(ApiTestClient::idText(added.object().value(QStringLiteral("user_id"))), memberId);
    QVERIFY(added.object().value(QStringLiteral("invitation_token")).isNull());
    API_REQUIRE_OK(m_api->get(QStringLiteral("/api/v1/projects/%1/users").arg(project.id), memberToken));
    API_REQUIRE_PROBLEM(addMember(project, email, QStringLiteral("operator"), owner), 409, "conflict");
    API_REQUIRE_PROBLEM(addMember(project, ApiTestClient::uniqueEmail(QStringLiteral("o")), QStringLiteral("owner"), owner),
                        422, "validation_failed");

    const Reply changed = patchRole(project, memberId, QStringLiteral("administrator"), owner);
    API_REQUIRE_STATUS(changed, 200);
    QCOMPARE(changed.object().value(QStringLiteral("role")).toString(), QStringLiteral("administrator"));
    API_REQUIRE_OK(m_api->get(QStringLiteral("/api/v1/projects/%1/balances").arg(project.id), memberToken));
    API_REQUIRE_PROBLEM(patchRole(project, memberId, QStringLiteral("owner"), owner), 422, "validation_failed");
    const QString ownerId = userIdOf(owner);
    API_REQUIRE_PROBLEM(patchRole(project, ownerId, QStringLiteral("operator"), owner), 422, "validation_failed");
    API_REQUIRE_PROBLEM(m_api->del(membersPath(project, ownerId), owner), 422, "validation_failed");

    API_REQUIRE_STATUS(m_api->del(membersPath(project, memberId), owner), 204);
    API_REQUIRE_PROBLEM(m_api->get(QStringLiteral("/api/v1/projects/%1/users").arg(project.id), memberToken), 404, "not_found");
    API_REQUIRE_PROBLEM(m_api->del(membersPath(project, memberId), owner), 404, "not_found");
    API_REQUIRE_PROBLEM(patchRole(project, memberId, QStringLiteral("operator"), owner), 404, "not_found");
}

void TstServerTeam::r32_administratorCannotManage_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<int>("status");
    QTest::newRow("administrator") << QStringLiteral("administrator") << 403;
    QTest::newRow("supervisor") << QStringLiteral("supervisor") << 403;
    QTest::newRow("manager") << QStringLiteral("manager") << 403;
    QTest::newRow("operator") << QStringLiteral("operator") << 403;
    QTest::newRow("not a member") << QString() << 404;
}

void TstServerTeam::r32_administratorCannotManage()
{
    QFETCH(QString, role);
    QFETCH(int, status);
    const Project project = m_api->newProject(QStringLiteral("Guarded"));
    QVERIFY(project.isValid());
    const QString callerEmail = ApiTestClient::uniqueEmail(QStringLiteral("caller"));
    const Project own = m_api->newProject(QStringLiteral("Own"));
    QVERIFY(m_api->addUser(role.isEmpty() ? own.id : project.id, callerEmail, role.isEmpty() ? QStringLiteral("operator") : role));
    const QString caller = m_api->tokenFor(callerEmail);
    const QString victimEmail = ApiTestClient::uniqueEmail(QStringLiteral("victim"));
    QVERIFY(m_api->addUser(project.id, victimEmail, QStringLiteral("operator")));
    const QString victimId = userIdOf(m_api->tokenFor(victimEmail));
    const QString type = status == 403 ? QStringLiteral("forbidden") : QStringLiteral("not_found");

    const Reply add = addMember(project, ApiTestClient::uniqueEmail(QStringLiteral("x")), QStringLiteral("operator"), caller);
    QVERIFY2(ApiTestClient::problemMismatch(add, status, type).isEmpty(), qPrintable(add.describe()));
    const Reply patch = patchRole(project, victimId, QStringLiteral("manager"), caller);
    QVERIFY2(ApiTestClient::problemMismatch(patch, status, type).isEmpty(), qPrintable(patch.describe()));
    const Reply remove = m_api->del(membersPath(project, victimId), caller);
    QVERIFY2(ApiTestClient::problemMismatch(remove, status, type).isEmpty(), qPrintable(remove.describe()));
    // Nothing changed: the victim is still an operator, and nobody was added.
    const QList<QJsonObject> members =
        m_api->allItems(QStringLiteral("/api/v1/projects/%1/users").arg(project.id), m_api->tokenFor(project.ownerEmail));
    QCOMPARE(members.size(), role.isEmpty() ? 2 : 3);
    for (const QJsonObject &member : members) {
        if (ApiTestClient::idText(member.value(QStringLiteral("id"))) == victimId)
            QCOMPARE(member.value(QStringLiteral("role")).toString(), QStringLiteral("operator"));
    }
}

void TstServerTeam::r32_invitationIsOneTimeAndExpires()
{
    const Project project = m_api->newProject(QStringLiteral("Inviting"));
    QVERIFY(project.isValid());
    const QString owner = m_api->tokenFor(project.ownerEmail);
    const QString email = ApiTestClient::uniqueEmail(QStringLiteral("invited"));
    const Reply added = addMember(project, email, QStringLiteral("supervisor"), owner);
    API_REQUIRE_STATUS(added, 201);
    const QString token = added.object().value(QStringLiteral("invitation_token")).toString();
    QVERIFY(!token.isEmpty());
    // No usable password before the invitation is accepted.
    API_REQUIRE_PROBLEM(m_api->loginReply(email, QString()), 401, "unauthorized");

    const auto accept = [&](const QString &invitation, const QString &password) {
        return m_api->post(QStringLiteral("/api/v1/invitations/accept"),
                           QJsonObject{{QStringLiteral("token"), invitation},
                                       {QStringLiteral("name"), QStringLiteral("Invited Person")},
                                       {QStringLiteral("password"), password}});
    };
    API_REQUIRE_PROBLEM(accept(token, QStringLiteral("short")), 422, "validation_failed");
    const Reply accepted = accept(token, QStringLiteral("a-long-password"));
    API_REQUIRE_STATUS(accepted, 200);
    const QString session = accepted.object().value(QStringLiteral("token")).toString();
    const QJsonObject me = m_api->get(QStringLiteral("/api/v1/me"), session).object();
    QCOMPARE(me.value(QStringLiteral("user")).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Invited Person"));
    QCOMPARE(me.value(QStringLiteral("projects")).toArray().first().toObject().value(QStringLiteral("role")).toString(),
             QStringLiteral("supervisor"));
    API_REQUIRE_PROBLEM(accept(token, QStringLiteral("another-long-password")), 422, "validation_failed");
    API_REQUIRE_STATUS(m_api->loginReply(email, QStringLiteral("a-long-password")), 200);

    // Seven days, then never.
    const Reply late = addMember(project, ApiTestClient::uniqueEmail(QStringLiteral("late")), QStringLiteral("operator"), owner);
    API_REQUIRE_STATUS(late, 201);
    API_REQUIRE_OK(m_api->advanceClock(7 * 24 * 3600 + 1));
    API_REQUIRE_PROBLEM(accept(late.object().value(QStringLiteral("invitation_token")).toString(), QStringLiteral("a-long-password")),
                        422, "validation_failed");
    API_REQUIRE_PROBLEM(accept(QStringLiteral("no-such-token"), QStringLiteral("a-long-password")), 422, "validation_failed");
    m_api->forgetTokens(); // the clock moved: cached logins may have expired
}

void TstServerTeam::r33_passwordChangeSignsOutOtherSessions()
{
    const Project project = m_api->newProject(QStringLiteral("Password"));
    QVERIFY(project.isValid());
    const QString email = ApiTestClient::uniqueEmail(QStringLiteral("changer"));
    QVERIFY(m_api->addUser(project.id, email, QStringLiteral("manager")));
    const QString first = m_api->login(email, ApiTestClient::MemberPassword);
    const QString second = m_api->login(email, ApiTestClient::MemberPassword);
    QVERIFY(!first.isEmpty() && !second.isEmpty());

    const auto change = [&](const QString &current, const QString &replacement) {
        return m_api->post(QStringLiteral("/api/v1/auth/password"),
                           QJsonObject{{QStringLiteral("current"), current}, {QStringLiteral("new"), replacement}}, first);
    };
    API_REQUIRE_PROBLEM(change(QStringLiteral("wrong-password"), QStringLiteral("new-password-1")), 422, "validation_failed");
    API_REQUIRE_PROBLEM(change(ApiTestClient::MemberPassword, QStringLiteral("too-short")), 422, "validation_failed");
    API_REQUIRE_OK(m_api->get(QStringLiteral("/api/v1/me"), second)); // refusals signed nobody out
    API_REQUIRE_STATUS(change(ApiTestClient::MemberPassword, QStringLiteral("new-password-1")), 204);

    API_REQUIRE_PROBLEM(m_api->get(QStringLiteral("/api/v1/me"), second), 401, "unauthorized");
    API_REQUIRE_OK(m_api->get(QStringLiteral("/api/v1/me"), first));
    API_REQUIRE_PROBLEM(m_api->loginReply(email, ApiTestClient::MemberPassword), 401, "unauthorized");
    API_REQUIRE_STATUS(m_api->loginReply(email, QStringLiteral("new-password-1")), 200);
    m_api->rememberUser(email, QStringLiteral("new-password-1"));
}

void TstServerTeam::r33_sessionsListAndEnd()
{
    const Project project = m_api->newProject(QStringLiteral("Sessions"));
    QVERIFY(project.isValid());
    const QString email = ApiTestClient::uniqueEmail(QStringLiteral("sessions"));
    QVERIFY(m_api->addUser(project.id, email, QStringLiteral("operator")));
    const QString mine = m_api->login(email, ApiTestClient::MemberPassword);
    const QString other = m_api->login(email, ApiTestClient::MemberPassword);

    QList<QJsonObject> list = sessions(mine);
    QCOMPARE(list.size(), 2);
    QString currentId, otherId;
    for (const QJsonObject &session : list) {
        const QString id = ApiTestClient::idText(session.value(QStringLiteral("id")));
        (session.value(QStringLiteral("current")).toBool() ? currentId : otherId) = id;
    }
    QVERIFY(!currentId.isEmpty() && !otherId.isEmpty());

    // last_seen_at moves (at most once a minute) when the session is used.
    API_REQUIRE_OK(m_api->advanceClock(120));
    API_REQUIRE_OK(m_api->get(QStringLiteral("/api/v1/me"), mine));
    for (const QJsonObject &session : sessions(mine)) {
        const QDateTime created = ApiTestClient::timeOf(session.value(QStringLiteral("created_at")));
        const QDateTime seen = ApiTestClient::timeOf(session.value(QStringLiteral("last_seen_at")));
        if (session.value(QStringLiteral("current")).toBool())
            QVERIFY2(seen >= created.addSecs(120), qPrintable(ApiTestClient::jsonText(session)));
        else
            QCOMPARE(seen, created);
    }

    // Another user's session is not yours to end.
    const QString strangerEmail = ApiTestClient::uniqueEmail(QStringLiteral("stranger"));
    QVERIFY(m_api->addUser(project.id, strangerEmail, QStringLiteral("operator")));
    const QString stranger = m_api->tokenFor(strangerEmail);
    API_REQUIRE_PROBLEM(m_api->del(QStringLiteral("/api/v1/auth/sessions/") + otherId, stranger), 404, "not_found");
    API_REQUIRE_OK(m_api->get(QStringLiteral("/api/v1/me"), other));

    API_REQUIRE_STATUS(m_api->del(QStringLiteral("/api/v1/auth/sessions/") + otherId, mine), 204);
    API_REQUIRE_PROBLEM(m_api->get(QStringLiteral("/api/v1/me"), other), 401, "unauthorized");
    list = sessions(mine);
    QCOMPARE(list.size(), 1);
    QCOMPARE(ApiTestClient::idText(list.first().value(QStringLiteral("id"))), currentId);
    API_REQUIRE_PROBLEM(m_api->del(QStringLiteral("/api/v1/auth/sessions/") + otherId, mine), 404, "not_found");
}

void TstServerTeam::r33_parallelRequestsEachSeeTheirOwnSession()
{
    // Concurrent token lookups share one statement (application::TokenOwners): each request must
    // still get its own user, and a session ended a moment before is refused in the same crowd.
    // On PostgreSQL (pg_tst_server_team) a lookup is a round trip, so these lookups do overlap.
    const Project project = m_api->newProject(QStringLiteral("Crowd"));
    QVERIFY(project.isValid());
    QStringList emails;
    QStringList tokens;
    for (int i = 0; i < 6; ++i) {
        emails << ApiTestClient::uniqueEmail(QStringLiteral("crowd"));
        QVERIFY(m_api->addUser(project.id, emails.last(), QStringLiteral("operator")));
        tokens << m_api->login(emails.last(), ApiTestClient::MemberPassword);
        QVERIFY(!tokens.last().isEmpty());
    }
    const QString ended = m_api->login(emails.first(), ApiTestClient::MemberPassword);
    QString endedId;
    for (const QJsonObject &session : sessions(ended)) {
        if (session.value(QStringLiteral("current")).toBool())
            endedId = ApiTestClient::idText(session.value(QStringLiteral("id")));
    }
    API_REQUIRE_STATUS(m_api->del(QStringLiteral("/api/v1/auth/sessions/") + endedId, tokens.first()), 204);

    std::vector<ApiTestClient::Request> requests;
    for (int round = 0; round < 8; ++round) {
        for (const QString &token : tokens) {
            ApiTestClient::Request request;
            request.method = "GET";
            request.path = QStringLiteral("/api/v1/me");
            request.token = token;
            requests.push_back(request);
        }
        requests.push_back(requests.back());
        requests.back().token = ended;
    }
    const std::vector<Reply> replies = m_api->sendParallel(requests);
    for (size_t i = 0; i < replies.size(); ++i) {
        const qsizetype user = tokens.indexOf(requests[i].token);
        if (user < 0) {
            API_REQUIRE_PROBLEM(replies[i], 401, "unauthorized");
            continue;
        }
        API_REQUIRE_OK(replies[i]);
        QCOMPARE(replies[i].json.object().value(QStringLiteral("user")).toObject().value(QStringLiteral("email")).toString(),
                 emails.at(user));
    }
}

void TstServerTeam::r34_auditRecordsMoneyAndMembership()
{
    const Project project = m_api->newProject(QStringLiteral("Audited"), 100000); // a top-up created and paid
    QVERIFY(project.isValid());
    const QString owner = m_api->tokenFor(project.ownerEmail);
    API_REQUIRE_OK(m_api->charge(project.id, QStringLiteral("api_call"), 2500));
    // Refused whole (R17): no money moved, so nothing is audited.
    API_REQUIRE_STATUS(m_api->charge(project.id, QStringLiteral("api_call"), 10'000'000), 402);
    API_REQUIRE_OK(m_api->grantBonus(project.id, 700));
    API_REQUIRE_OK(m_api->adjust(project.id, 300, QStringLiteral("compensation"), QStringLiteral("outage")));
    const QString email = ApiTestClient::uniqueEmail(QStringLiteral("audited"));
    const Reply added = addMember(project, email, QStringLiteral("operator"), owner);
    API_REQUIRE_STATUS(added, 201);
    const QString memberId = ApiTestClient::idText(added.object().value(QStringLiteral("user_id")));
    API_REQUIRE_OK(patchRole(project, memberId, QStringLiteral("manager"), owner));
    API_REQUIRE_STATUS(m_api->del(membersPath(project, memberId), owner), 204);

    const QList<QJsonObject> items = audit(project, owner);
    QCOMPARE(actionsOf(items),
             (QStringList{QStringLiteral("member.removed"), QStringLiteral("member.role_changed"),
                          QStringLiteral("member.added"), QStringLiteral("adjustment"), QStringLiteral("bonus.granted"),
                          QStringLiteral("charge"), QStringLiteral("topup.paid"), QStringLiteral("topup.created")}));
    const QString ownerEmail = project.ownerEmail;
    const QString staffEmail = m_api->get(QStringLiteral("/api/v1/me"), m_api->staffToken())
                                   .object().value(QStringLiteral("user")).toObject().value(QStringLiteral("email")).toString();
    const QHash<QString, QPair<QString, QString>> expectedActor{
        {QStringLiteral("member.removed"), {QStringLiteral("user"), ownerEmail}},
        {QStringLiteral("member.added"), {QStringLiteral("user"), ownerEmail}},
        {QStringLiteral("charge"), {QStringLiteral("staff"), staffEmail}},
        {QStringLiteral("bonus.granted"), {QStringLiteral("staff"), staffEmail}},
        {QStringLiteral("topup.created"), {QStringLiteral("user"), ownerEmail}},
    };
    for (const QJsonObject &item : items) {
        const QString action = item.value(QStringLiteral("action")).toString();
        const QJsonObject actor = item.value(QStringLiteral("actor")).toObject();
        if (expectedActor.contains(action)) {
            QCOMPARE(actor.value(QStringLiteral("kind")).toString(), expectedActor[action].first);
            QCOMPARE(actor.value(QStringLiteral("email")).toString(), expectedActor[action].second);
        }
        const QJsonObject details = item.value(QStringLiteral("details")).toObject();
        if (action == QStringLiteral("charge")) {
            QCOMPARE(details.value(QStringLiteral("amount")).toInteger(), 2500);
            QCOMPARE(details.value(QStringLiteral("category")).toString(), QStringLiteral("api_call"));
        }
        if (action == QStringLiteral("member.role_changed")) {
            QCOMPARE(details.value(QStringLiteral("from")).toString(), QStringLiteral("operator"));
            QCOMPARE(details.value(QStringLiteral("to")).toString(), QStringLiteral("manager"));
        }
    }
    // Other members read no audit log (R34: owner and administrator).
    const QString supervisor = ApiTestClient::uniqueEmail(QStringLiteral("nosy"));
    QVERIFY(m_api->addUser(project.id, supervisor, QStringLiteral("supervisor")));
    API_REQUIRE_PROBLEM(m_api->get(QStringLiteral("/api/v1/projects/%1/audit").arg(project.id), m_api->tokenFor(supervisor)),
                        403, "forbidden");
}

void TstServerTeam::r34_auditFiltersAndPages()
{
    const Project project = m_api->newProject(QStringLiteral("Filtered"), 50000);
    QVERIFY(project.isValid());
    const QString owner = m_api->tokenFor(project.ownerEmail);
    for (int i = 0; i < 5; ++i)
        API_REQUIRE_OK(m_api->charge(project.id, QStringLiteral("sms_notification"), 100 + i));
    API_REQUIRE_STATUS(addMember(project, ApiTestClient::uniqueEmail(QStringLiteral("f")), QStringLiteral("operator"), owner), 201);

    const QList<QJsonObject> all = audit(project, owner);
    QCOMPARE(all.size(), 8);
    // Pages of two walk the same rows in the same order.
    const Reply firstPage = m_api->get(QStringLiteral("/api/v1/projects/%1/audit?limit=2").arg(project.id), owner);
    QCOMPARE(firstPage.object().value(QStringLiteral("items")).toArray().size(), 2);
    QVERIFY(firstPage.object().value(QStringLiteral("next_cursor")).isString());
    QCOMPARE(audit(project, owner, QStringLiteral("limit=2")), all);

    QCOMPARE(actionsOf(audit(project, owner, QStringLiteral("action=charge"))).size(), 5);
    QCOMPARE(actionsOf(audit(project, owner, QStringLiteral("action=member"))), QStringList{QStringLiteral("member.added")});
    QCOMPARE(actionsOf(audit(project, owner, QStringLiteral("action=topup."))),
             (QStringList{QStringLiteral("topup.paid"), QStringLiteral("topup.created")}));
    const QString ownerId = userIdOf(owner);
    QCOMPARE(actionsOf(audit(project, owner, QStringLiteral("actor=") + ownerId)),
             (QStringList{QStringLiteral("member.added"), QStringLiteral("topup.created")}));
    const QString last = all.first().value(QStringLiteral("at")).toString();
    QVERIFY(!audit(project, owner, QStringLiteral("from=") + last).isEmpty());
    QVERIFY(audit(project, owner, QStringLiteral("from=2999-01-01T00:00:00Z")).isEmpty());
    QCOMPARE(audit(project, owner, QStringLiteral("to=2999-01-01T00:00:00Z")).size(), 8);
    API_REQUIRE_PROBLEM(m_api->get(QStringLiteral("/api/v1/projects/%1/audit?from=yesterday").arg(project.id), owner), 422,
                        "validation_failed");
    API_REQUIRE_PROBLEM(m_api->get(QStringLiteral("/api/v1/projects/%1/audit?actor=abc").arg(project.id), owner), 422,
                        "validation_failed");
}

void TstServerTeam::r34_administratorSeesNoReferralActions()
{
    const Project referrer = m_api->newProject(QStringLiteral("Referrer"));
    QVERIFY(referrer.isValid());
    const Project referee = m_api->createProject(QStringLiteral("Referee"), ApiTestClient::uniqueEmail(QStringLiteral("referee")),
                                                 referrer.referralCode);
    QVERIFY(referee.isValid());
    QVERIFY(!m_api->topUpPaid(referee, 100000).isEmpty());
    API_REQUIRE_OK(m_api->charge(referee.id, QStringLiteral("api_call"), 50000)); // accrues commission to the referrer
    const QString owner = m_api->tokenFor(referrer.ownerEmail);
    API_REQUIRE_OK(m_api->post(QStringLiteral("/api/v1/projects/%1/referral/withdrawals").arg(referrer.id),
                               QJsonObject{{QStringLiteral("amount"), 1000}, {QStringLiteral("destination"), QStringLiteral("own_main")}},
                               owner, ApiTestClient::newIdempotencyKey()));
    const QString adminEmail = ApiTestClient::uniqueEmail(QStringLiteral("admin"));
    QVERIFY(m_api->addUser(referrer.id, adminEmail, QStringLiteral("administrator")));
    const QString admin = m_api->tokenFor(adminEmail);

    QVERIFY(actionsOf(audit(referrer, owner)).contains(QStringLiteral("referral.withdrawal")));
    const QStringList adminActions = actionsOf(audit(referrer, admin));
    QVERIFY(!adminActions.isEmpty());
    for (const QString &action : adminActions)
        QVERIFY2(!action.startsWith(QStringLiteral("referral")), qPrintable(action));
    QVERIFY(audit(referrer, admin, QStringLiteral("action=referral")).isEmpty());
}

QTEST_GUILESS_MAIN(TstServerTeam)
#include "tst_server_team.moc"
