// SPDX-License-Identifier: GPL-3.0-or-later
// The client core's team, account and audit parts against the real server (--seed demo):
// the member jobs (R32), an invitation accepted (R32), the password change that ends the other
// sessions and the session list (R33), and the audit log's lazy model and CSV export (R34).
#include "AuditExport.h"
#include "AuditModel.h"
#include "ClientTestSupport.h"
#include "Labels.h"
#include "SecretStore.h"
#include "Session.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimeZone>

class TestTeamClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerProcess> m_server;
    ApiClient m_owner;
    ApiClient m_admin;
    QString m_project;
    QTemporaryDir m_dir;

    // A member added by the Owner under a fresh e-mail: its user id and invitation token.
    AddMemberAnswer invite(const QString &label, Role role)
    {
        const NewMember member{QStringLiteral("%1-%2@team.test").arg(label).arg(QDateTime::currentMSecsSinceEpoch()),
                               QStringLiteral("Invited %1").arg(label), role};
        const auto added = awaitResult<AddMemberAnswer>(m_owner.addMember(m_project, member));
        if (!added.ok())
            qWarning("addMember: %s %s", qPrintable(added.error.message), qPrintable(added.error.detail));
        return added.value.value_or(AddMemberAnswer{});
    }

    QList<Member> members()
    {
        return awaitResult<ListPage<Member>>(m_owner.users(m_project)).value.value_or(ListPage<Member>{}).items;
    }

    static bool fetchNextPage(AuditModel &model)
    {
        if (!model.canFetchMore({}))
            return false;
        QSignalSpy loaded(&model, &AuditModel::pageLoaded);
        model.fetchMore({});
        return loaded.wait(20000);
    }

private slots:
    void initTestCase()
    {
        m_server = Demo::startServer(10);
        QVERIFY2(m_server->baseUrl().isValid(), qPrintable(m_server->errorString()));
        m_owner.setBaseUrl(m_server->baseUrl());
        m_admin.setBaseUrl(m_server->baseUrl());
        const auto me = signInApi(m_owner, Demo::OwnerEmail, Demo::OwnerPassword);
        QVERIFY(me);
        QVERIFY(signInApi(m_admin, Demo::AdminEmail, Demo::AdminPassword));
        m_project = projectIdByName(*me, Demo::MainProject);
        QVERIFY(!m_project.isEmpty());
    }

    void r32_ownerAddsChangesAndRemoves_data()
    {
        QTest::addColumn<bool>("knownEmail");
        QTest::newRow("unknown e-mail: invitation token") << false;
        QTest::newRow("registered user: no token") << true;
    }
    void r32_ownerAddsChangesAndRemoves()
    {
        QFETCH(bool, knownEmail);
        // partner@ owns another project: a registered user who is not a member of Demo Telecom.
        const QString email = knownEmail ? QStringLiteral("partner@demo.unitalk")
                                         : QStringLiteral("new-%1@team.test").arg(QDateTime::currentMSecsSinceEpoch());
        const auto added = awaitResult<AddMemberAnswer>(
            m_owner.addMember(m_project, {email, QStringLiteral("New Member"), Role::Manager}));
        QVERIFY2(added.ok(), qPrintable(added.error.message + QLatin1Char(' ') + added.error.detail));
        QCOMPARE(added.value->invitationToken.isEmpty(), knownEmail);
        const auto find = [&] {
            for (const Member &member : members()) {
                if (member.id == added.value->userId)
                    return std::optional<Member>(member);
            }
            return std::optional<Member>();
        };
        QCOMPARE(find()->role, Role::Manager);

        QVERIFY(awaitResult<NoContent>(m_owner.changeMemberRole(m_project, added.value->userId, Role::Operator)).ok());
        QCOMPARE(find()->role, Role::Operator);
        QVERIFY(awaitResult<NoContent>(m_owner.removeMember(m_project, added.value->userId)).ok());
        QVERIFY(!find());
    }

    void r32_nobodyElseManagesMembers_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::newRow("add") << QStringLiteral("add");
        QTest::newRow("change role") << QStringLiteral("patch");
        QTest::newRow("remove") << QStringLiteral("delete");
    }
    void r32_nobodyElseManagesMembers()
    {
        QFETCH(QString, operation);
        const int before = int(members().size());
        const QString ownerId = members().first().id;
        ApiResult<NoContent> refused;
        if (operation == QLatin1String("add")) {
            const auto result = awaitResult<AddMemberAnswer>(
                m_admin.addMember(m_project, {QStringLiteral("x@team.test"), QStringLiteral("X"), Role::Operator}));
            refused.error = result.error;
        } else if (operation == QLatin1String("patch")) {
            refused = awaitResult<NoContent>(m_admin.changeMemberRole(m_project, ownerId, Role::Operator));
        } else {
            refused = awaitResult<NoContent>(m_admin.removeMember(m_project, ownerId));
        }
        QCOMPARE(refused.error.httpStatus, 403);
        QCOMPARE(refused.error.problemType, QStringLiteral("forbidden"));
        QVERIFY(!refused.error.message.isEmpty());
        QVERIFY(!refused.error.message.contains(QLatin1Char('{'))); // readable, not the raw problem
        QCOMPARE(int(members().size()), before);
    }

    void r32_invitationAcceptedSignsIn()
    {
        const AddMemberAnswer invited = invite(QStringLiteral("accept"), Role::Supervisor);
        QVERIFY(!invited.invitationToken.isEmpty());
        ApiClient api;
        MemorySecretStore secrets;
        Session session(&api, &secrets);
        QSignalSpy signedIn(&session, &Session::signedIn);
        session.acceptInvitation(m_server->baseUrl(), invited.invitationToken, QStringLiteral("Ivanna"),
                                 QStringLiteral("long-enough-1"));
        QVERIFY(signedIn.wait(30000));
        QCOMPARE(session.user().id, invited.userId);
        QCOMPARE(session.user().name, QStringLiteral("Ivanna"));
        QCOMPARE(session.currentProject()->role, Role::Supervisor);

        // The token is one-time: a second use is refused with the server's reason shown.
        ApiClient again;
        MemorySecretStore otherSecrets;
        Session second(&again, &otherSecrets);
        QSignalSpy failed(&second, &Session::signInFailed);
        second.acceptInvitation(m_server->baseUrl(), invited.invitationToken, QStringLiteral("Ivanna"),
                                QStringLiteral("long-enough-2"));
        QVERIFY(failed.wait(30000));
        QVERIFY(!failed.first().first().toString().isEmpty());
        QVERIFY(!second.isSignedIn());
    }

    void r33_passwordChangeEndsOtherSessions()
    {
        const AddMemberAnswer invited = invite(QStringLiteral("password"), Role::Operator);
        ApiClient first;
        first.setBaseUrl(m_server->baseUrl());
        const auto accepted = awaitResult<LoginAnswer>(
            first.acceptInvitation(invited.invitationToken, QStringLiteral("Petro"), QStringLiteral("first-pass-123")));
        QVERIFY(accepted.ok());
        first.setToken(accepted.value->token);
        ApiClient second;
        second.setBaseUrl(m_server->baseUrl());
        QVERIFY(signInApi(second, accepted.value->user.email, QStringLiteral("first-pass-123")));

        const auto sessions = awaitResult<ListPage<AuthSession>>(first.authSessions());
        QVERIFY(sessions.ok());
        QCOMPARE(sessions.value->items.size(), 2);
        QCOMPARE(std::count_if(sessions.value->items.cbegin(), sessions.value->items.cend(),
                               [](const AuthSession &s) { return s.current; }),
                 1);

        // Too short, then a wrong current password: 422, readable, nothing changed.
        const auto tooShort = awaitResult<NoContent>(first.changePassword(QStringLiteral("first-pass-123"), QStringLiteral("short")));
        QCOMPARE(tooShort.error.httpStatus, 422);
        const auto wrong = awaitResult<NoContent>(first.changePassword(QStringLiteral("not-my-password"), QStringLiteral("second-pass-123")));
        QCOMPARE(wrong.error.httpStatus, 422);
        QVERIFY(!wrong.error.message.isEmpty());
        QVERIFY(awaitResult<MeAnswer>(second.me()).ok());

        QVERIFY(awaitResult<NoContent>(first.changePassword(QStringLiteral("first-pass-123"), QStringLiteral("second-pass-123"))).ok());
        QSignalSpy ended(&second, &ApiClient::authenticationRequired);
        QCOMPARE(awaitResult<MeAnswer>(second.me()).error.httpStatus, 401);
        QCOMPARE(ended.count(), 1);
        QVERIFY(awaitResult<MeAnswer>(first.me()).ok()); // this session stays
    }

    void r33_endOneSession()
    {
        const AddMemberAnswer invited = invite(QStringLiteral("sessions"), Role::Operator);
        ApiClient first;
        first.setBaseUrl(m_server->baseUrl());
        const auto accepted = awaitResult<LoginAnswer>(
            first.acceptInvitation(invited.invitationToken, QStringLiteral("Olena"), QStringLiteral("olena-pass-123")));
        QVERIFY(accepted.ok());
        first.setToken(accepted.value->token);
        ApiClient second;
        second.setBaseUrl(m_server->baseUrl());
        QVERIFY(signInApi(second, accepted.value->user.email, QStringLiteral("olena-pass-123")));
        const auto sessions = awaitResult<ListPage<AuthSession>>(first.authSessions());
        QVERIFY(sessions.ok());
        for (const AuthSession &session : sessions.value->items) {
            if (!session.current)
                QVERIFY(awaitResult<NoContent>(first.endSession(session.id)).ok());
        }
        QCOMPARE(awaitResult<MeAnswer>(second.me()).error.httpStatus, 401);
        QVERIFY(awaitResult<MeAnswer>(first.me()).ok());
    }

    // Without a tester first, so that only the test calls fetchMore(): one insert per server page.
    void r34_auditPagesLazilyOneInsertPerPage()
    {
        for (int i = 0; i < 5; ++i)
            QVERIFY(!invite(QStringLiteral("audit%1").arg(i), Role::Operator).userId.isEmpty());
        AuditModel model(&m_owner);
        model.setPageSize(2);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy loaded(&model, &AuditModel::pageLoaded);
        model.setProject(m_project);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(inserts.count(), 1);
        int pages = 1;
        while (fetchNextPage(model)) {
            ++pages;
            QCOMPARE(inserts.count(), pages);
        }
        QVERIFY(pages >= 3);
        QVERIFY(!model.hasMore());
        for (int row = 1; row < model.rowCount(); ++row) // newest first
            QVERIFY(model.entryAt(row - 1).at >= model.entryAt(row).at);
    }

    void r34_auditFiltersUnderModelTester_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<bool>("byOwner");
        QTest::newRow("members") << QStringLiteral("member") << true;
        QTest::newRow("every action") << QString() << false;
    }
    void r34_auditFiltersUnderModelTester()
    {
        QFETCH(QString, action);
        QFETCH(bool, byOwner);
        AuditModel model(&m_owner);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        AuditFilter filter;
        filter.action = action;
        if (byOwner)
            filter.actorId = awaitResult<MeAnswer>(m_owner.me()).value->user.id;
        filter.from = QDate::currentDate().addDays(-1);
        filter.to = QDate::currentDate();
        model.setFilter(filter);
        model.setProject(m_project);
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading() && !model.hasMore(), 30000);
        QVERIFY(model.rowCount() >= 5);
        for (int row = 0; row < model.rowCount(); ++row) {
            const AuditEntry &entry = model.entryAt(row);
            QVERIFY(entry.action.startsWith(action));
            if (byOwner)
                QCOMPARE(entry.actorId, filter.actorId);
            QVERIFY(!model.data(model.index(row, AuditModel::ActorColumn)).toString().isEmpty());
        }
    }

    void r34_administratorsLogHasNoReferralAction()
    {
        AuditModel model(&m_admin);
        model.setPageSize(1000);
        model.setProject(m_project);
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading() && !model.hasMore(), 30000);
        QVERIFY(model.rowCount() > 0);
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY2(!model.entryAt(row).action.startsWith(QLatin1String("referral")), qPrintable(model.entryAt(row).action));
    }

    void r34_auditExportWritesEveryFilteredEntry()
    {
        AuditFilter filter;
        filter.action = QStringLiteral("member");
        const QString path = m_dir.filePath(QStringLiteral("audit.csv"));
        AuditExport exporting(&m_owner, m_project, filter, path);
        QSignalSpy finished(&exporting, &AuditExport::finished);
        exporting.start(true);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(1).toString(), QString());
        const int rows = finished.first().at(0).toInt();
        QVERIFY(rows >= 5);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QVERIFY(csv.startsWith("\xEF\xBB\xBFid,at,actor_kind,actor_id,actor_email,action,details\r\n"));
        QCOMPARE(int(csv.count("\r\n")), rows + 1);
        QVERIFY(csv.contains(",member.added,"));
    }

    // R34: the audit page reads as words and money, not as the server's names and kopecks; the
    // CSV export keeps the machine values (auditCsvQuotesLikeTheStatementExport).
    void auditDetailsAreReadable_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("amount in kopecks") << QStringLiteral("amount") << QJsonValue(123456) << QStringLiteral("amount: \u20B41,234.56");
        QTest::newRow("negative money") << QStringLiteral("debt_to_main") << QJsonValue(-5) << QStringLiteral("debt moved to main: -\u20B40.05");
        QTest::newRow("an id is a number") << QStringLiteral("topup_id") << QJsonValue(12345) << QStringLiteral("top-up: 12,345");
        QTest::newRow("category") << QStringLiteral("category") << QJsonValue(QStringLiteral("api_call")) << QStringLiteral("category: API calls");
        QTest::newRow("role") << QStringLiteral("role") << QJsonValue(QStringLiteral("manager")) << QStringLiteral("role: Manager");
        QTest::newRow("auto top-up threshold is money") << QStringLiteral("threshold") << QJsonValue(50000) << QStringLiteral("threshold: \u20B4500.00");
        QTest::newRow("alert threshold is money") << QStringLiteral("low_balance_threshold") << QJsonValue(150000) << QStringLiteral("low-balance threshold: \u20B41,500.00");
        QTest::newRow("saved card's mask") << QStringLiteral("card_mask") << QJsonValue(QStringLiteral("**** **** **** 1111")) << QStringLiteral("card: **** **** **** 1111");
        QTest::newRow("unknown key as sent") << QStringLiteral("shiny_new") << QJsonValue(QStringLiteral("x")) << QStringLiteral("shiny_new: x");
    }

    void auditDetailsAreReadable()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        AuditEntry entry;
        entry.action = QStringLiteral("topup.paid");
        entry.details = {{key, value}};
        QCOMPARE(AuditModel::detailsText(entry, QStringLiteral("UAH"), QLocale(QLocale::English, QLocale::UnitedStates)),
                 expected);
        QCOMPARE(Labels::auditAction(entry.action), QStringLiteral("Top-up paid"));
        QCOMPARE(Labels::auditAction(QStringLiteral("future.action")), QStringLiteral("future.action"));
        // Issue 12's actions (R27, R28, R31, pending items) have names of their own.
        for (const char *action : {"topup.cancelled", "topup.auto_opened", "card.removed", "autotopup.updated",
                                   "alerts.updated", "credit.request_cancelled"})
            QVERIFY2(Labels::auditAction(QString::fromLatin1(action)) != QLatin1String(action), action);
    }

    void auditCsvQuotesLikeTheStatementExport()
    {
        AuditEntry entry;
        entry.id = QStringLiteral("7");
        entry.at = QDateTime(QDate(2026, 5, 1), QTime(10, 0), QTimeZone::utc());
        entry.actorKind = QStringLiteral("user");
        entry.actorId = QStringLiteral("3");
        entry.actorEmail = QStringLiteral("a@b.c");
        entry.action = QStringLiteral("member.added");
        entry.details = {{QStringLiteral("name"), QStringLiteral("Олена \"О\"")}};
        QCOMPARE(auditCsvRows({entry}),
                 QByteArray("7,2026-05-01T10:00:00Z,user,3,a@b.c,member.added,\"{\"\"name\"\":\"\"Олена \\\"\"О\\\"\"\"\"}\"\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestTeamClient)
#include "tst_team_client.moc"
