// SPDX-License-Identifier: GPL-3.0-or-later
// ApiClient, its jobs and Session against the real cabinet-server (--seed demo): what the client
// reads is what the server says, and real 401/403/404/422 answers map to readable errors.
#include "ApiClient.h"
#include "ClientTestSupport.h"
#include "SecretStore.h"
#include "Session.h"
#include "TopUpTracker.h"

#include <QJsonArray>
#include <QMessageAuthenticationCode>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>

class TestApiClient : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;
    std::unique_ptr<ServerProcess> m_server;
    QString m_mainProject;
    QString m_busyProject;

    // A raw GET, independent of the client code under test.
    QJsonObject rawGet(const QString &path, const QString &token)
    {
        QNetworkAccessManager network;
        QNetworkRequest request(m_server->url(path));
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        QNetworkReply *reply = network.get(request);
        if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 20000))
            return {};
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).object();
    }

    std::unique_ptr<ApiClient> client()
    {
        auto api = std::make_unique<ApiClient>();
        api->setBaseUrl(m_server->baseUrl());
        return api;
    }

private slots:
    void initTestCase()
    {
        // Session remembers the server in QSettings: keep that out of the user's configuration.
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
        m_server = Demo::startServer();
        QVERIFY2(m_server->baseUrl().isValid(), qPrintable(m_server->errorString()));
        auto api = client();
        const auto me = signInApi(*api, Demo::OwnerEmail, Demo::OwnerPassword);
        QVERIFY(me);
        m_mainProject = projectIdByName(*me, Demo::MainProject);
        m_busyProject = projectIdByName(*me, Demo::BusyProject);
        QVERIFY(!m_mainProject.isEmpty() && !m_busyProject.isEmpty());
    }

    void r4_meListsProjectsWithTheUsersRoleInEach()
    {
        auto api = client();
        const ApiResult<LoginAnswer> login = awaitResult<LoginAnswer>(api->login(Demo::OwnerEmail, Demo::OwnerPassword));
        QVERIFY2(login.ok(), qPrintable(login.error.message));
        QVERIFY(!login.value->token.isEmpty());
        QCOMPARE(login.value->user.email, Demo::OwnerEmail);
        api->setToken(login.value->token);
        const ApiResult<MeAnswer> me = awaitResult<MeAnswer>(api->me());
        QVERIFY2(me.ok(), qPrintable(me.error.message));
        QHash<QString, Role> roles;
        for (const ProjectMembership &project : me.value->projects)
            roles.insert(project.name, project.role);
        QCOMPARE(roles.value(Demo::MainProject, Role::Unknown), Role::Owner);
        QCOMPARE(roles.value(Demo::BusyProject, Role::Unknown), Role::Administrator);
    }

    void login_wrongPassword_isAReadable401()
    {
        auto api = client();
        const ApiResult<LoginAnswer> login = awaitResult<LoginAnswer>(api->login(Demo::OwnerEmail, QStringLiteral("nope")));
        QVERIFY(!login.ok());
        QCOMPARE(login.error.kind, ApiError::Kind::Http);
        QCOMPARE(login.error.httpStatus, 401);
        QCOMPARE(login.error.problemType, QStringLiteral("unauthorized"));
        QCOMPARE(login.error.message, describeApiError(ApiError::Kind::Http, QNetworkReply::NoError, 401,
                                                       QStringLiteral("unauthorized"), ErrorContext::SignIn));
        QVERIFY(login.error.message.contains(QLatin1String("password")));
    }

    void r2_balancesAreExactlyTheServersFigures()
    {
        auto api = client();
        QVERIFY(signInApi(*api, Demo::OwnerEmail, Demo::OwnerPassword));
        const ApiResult<Balances> balances = awaitResult<Balances>(api->balances(m_mainProject));
        QVERIFY2(balances.ok(), qPrintable(balances.error.message));
        const QJsonObject raw = rawGet(QStringLiteral("/api/v1/projects/%1/balances").arg(m_mainProject), api->token());
        QCOMPARE(balances.value->currency, raw.value(QLatin1String("currency")).toString());
        QCOMPARE(balances.value->main, raw.value(QLatin1String("main")).toInteger());
        QCOMPARE(balances.value->bonus, raw.value(QLatin1String("bonus")).toInteger());
        const QJsonObject credit = raw.value(QLatin1String("credit")).toObject();
        QCOMPARE(balances.value->credit.granted, credit.value(QLatin1String("granted")).toInteger());
        QCOMPARE(balances.value->credit.available, credit.value(QLatin1String("available")).toInteger());
        QCOMPARE(balances.value->credit.used, credit.value(QLatin1String("used")).toInteger());
        QVERIFY(balances.value->main != 0); // the demo project has a year of history
    }

    void r26_transactionsPageWithCursorNewestFirst()
    {
        auto api = client();
        QVERIFY(signInApi(*api, Demo::OwnerEmail, Demo::OwnerPassword));
        QSet<QString> ids;
        QDateTime previous;
        QString cursor;
        for (int page = 0; page < 3; ++page) {
            const auto result = awaitResult<ListPage<Transaction>>(api->transactions(m_busyProject, {}, cursor, 100));
            QVERIFY2(result.ok(), qPrintable(result.error.message));
            QCOMPARE(result.value->items.size(), 100);
            for (const Transaction &entry : result.value->items) {
                QVERIFY2(!ids.contains(entry.id), "pages never repeat an entry");
                ids.insert(entry.id);
                QVERIFY(!entry.balance.isEmpty()); // R26: which balance paid
                if (previous.isValid())
                    QVERIFY(entry.at <= previous);
                previous = entry.at;
            }
            QVERIFY(!result.value->nextCursor.isEmpty());
            cursor = result.value->nextCursor;
        }
        QCOMPARE(ids.size(), 300);
    }

    void transactionFiltersAreAppliedByTheServer()
    {
        auto api = client();
        QVERIFY(signInApi(*api, Demo::OwnerEmail, Demo::OwnerPassword));
        TransactionFilter filter;
        filter.balance = QStringLiteral("main");
        filter.kind = QStringLiteral("topup");
        const auto result = awaitResult<ListPage<Transaction>>(api->transactions(m_mainProject, filter, {}, 1000));
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        QVERIFY(!result.value->items.isEmpty());
        for (const Transaction &entry : result.value->items) {
            QCOMPARE(entry.kind, QStringLiteral("topup"));
            QCOMPARE(entry.balance, QStringLiteral("main"));
            QVERIFY(entry.amount > 0);
        }
        const QString lastLog = api->requestLog().constLast();
        QVERIFY2(lastLog.contains(QLatin1String("balance=main")) && lastLog.contains(QLatin1String("kind=topup")),
                 qPrintable(lastLog));

        // A period: only entries from the last 30 days.
        TransactionFilter period;
        period.from = QDate::currentDate().addDays(-29);
        const auto recent = awaitResult<ListPage<Transaction>>(api->transactions(m_mainProject, period, {}, 1000));
        QVERIFY2(recent.ok(), qPrintable(recent.error.message));
        for (const Transaction &entry : recent.value->items)
            QVERIFY(entry.at >= period.from.startOfDay());
    }

    void r4_supervisorGetsA403OnFinanceButSeesUsers()
    {
        auto api = client();
        const auto me = signInApi(*api, Demo::SupervisorEmail, Demo::SupervisorPassword);
        QVERIFY(me);
        const QString project = projectIdByName(*me, Demo::MainProject);
        const ApiResult<Balances> balances = awaitResult<Balances>(api->balances(project));
        QVERIFY(!balances.ok());
        QCOMPARE(balances.error.httpStatus, 403);
        QCOMPARE(balances.error.problemType, QStringLiteral("forbidden"));
        QVERIFY(!balances.error.message.isEmpty());
        const auto users = awaitResult<ListPage<Member>>(api->users(project));
        QVERIFY2(users.ok(), qPrintable(users.error.message));
        QVERIFY(users.value->items.size() >= 2);
    }

    void notAMember_gets404()
    {
        auto api = client();
        QVERIFY(signInApi(*api, Demo::AdminEmail, Demo::AdminPassword));
        const ApiResult<Balances> balances = awaitResult<Balances>(api->balances(QStringLiteral("999999")));
        QVERIFY(!balances.ok());
        QCOMPARE(balances.error.httpStatus, 404);
        QCOMPARE(balances.error.problemType, QStringLiteral("not_found"));
        QCOMPARE(balances.error.message, describeApiError(ApiError::Kind::Http, QNetworkReply::NoError, 404,
                                                          QStringLiteral("not_found")));
    }

    void r24_invalidTopUpIsA422()
    {
        auto api = client();
        QVERIFY(signInApi(*api, Demo::OwnerEmail, Demo::OwnerPassword));
        const ApiResult<TopUp> result = awaitResult<TopUp>(
            api->createTopUp(m_mainProject, 0, QStringLiteral("card"), ApiClient::newIdempotencyKey()));
        QVERIFY(!result.ok());
        QCOMPARE(result.error.httpStatus, 422);
        QCOMPARE(result.error.problemType, QStringLiteral("validation_failed"));
        QVERIFY(!result.error.message.isEmpty());
    }

    void r23_retryWithTheSameKeyCreatesOneTopUp()
    {
        auto api = client();
        QVERIFY(signInApi(*api, Demo::OwnerEmail, Demo::OwnerPassword));
        const QString key = ApiClient::newIdempotencyKey();
        const ApiResult<TopUp> first = awaitResult<TopUp>(api->createTopUp(m_mainProject, 12345, QStringLiteral("invoice"), key));
        QVERIFY2(first.ok(), qPrintable(first.error.message));
        QCOMPARE(first.value->status, QStringLiteral("pending"));
        QVERIFY(!first.value->invoiceNumber.isEmpty());
        const ApiResult<TopUp> retry = awaitResult<TopUp>(api->createTopUp(m_mainProject, 12345, QStringLiteral("invoice"), key));
        QVERIFY2(retry.ok(), qPrintable(retry.error.message));
        QCOMPARE(retry.value->id, first.value->id);
        const ApiResult<TopUp> other = awaitResult<TopUp>(
            api->createTopUp(m_mainProject, 12345, QStringLiteral("invoice"), ApiClient::newIdempotencyKey()));
        QVERIFY2(other.ok(), qPrintable(other.error.message));
        QVERIFY(other.value->id != first.value->id);
        QVERIFY(api->requestLog().filter(QLatin1String("POST /api/v1/projects/")).size() == 3);

        const auto list = awaitResult<ListPage<TopUp>>(api->topUps(m_mainProject));
        QVERIFY2(list.ok(), qPrintable(list.error.message));
        const auto sameId = [&](const TopUp &t) { return t.id == first.value->id; };
        QCOMPARE(std::count_if(list.value->items.cbegin(), list.value->items.cend(), sameId), 1);

        const ApiResult<TopUp> card = awaitResult<TopUp>(
            api->createTopUp(m_mainProject, 50000, QStringLiteral("card"), ApiClient::newIdempotencyKey()));
        QVERIFY2(card.ok(), qPrintable(card.error.message));
        QVERIFY(card.value->paymentUrl.isValid());
    }

    // The card flow of the top-up dialog: after the payment page, TopUpTracker polls GET /topups
    // until the provider's signed callback marks the top-up paid (R5).
    void r5_cardTopUpIsFollowedUntilPaid()
    {
        auto api = client();
        QVERIFY(signInApi(*api, Demo::OwnerEmail, Demo::OwnerPassword));
        const ApiResult<TopUp> card = awaitResult<TopUp>(
            api->createTopUp(m_mainProject, 20000, QStringLiteral("card"), ApiClient::newIdempotencyKey()));
        QVERIFY2(card.ok(), qPrintable(card.error.message));

        TopUpTracker tracker(api.get(), m_mainProject, card.value->id);
        tracker.setInterval(std::chrono::milliseconds(100));
        QSignalSpy statuses(&tracker, &TopUpTracker::statusChanged);
        QSignalSpy finished(&tracker, &TopUpTracker::finished);
        tracker.start();
        QVERIFY(statuses.wait(10000));
        QCOMPARE(statuses.first().first().value<TopUp>().status, QStringLiteral("pending"));
        QVERIFY(finished.isEmpty());

        // The payment provider confirms (signed with the server's payment secret).
        const QByteArray body = "{\"topup_id\":" + card.value->id.toUtf8() + ",\"status\":\"paid\"}";
        QNetworkAccessManager network;
        QNetworkRequest request(m_server->url(QStringLiteral("/api/v1/payments/callback")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        request.setRawHeader("X-Signature", QMessageAuthenticationCode::hash(body, ServerProcess::PaymentSecret.toUtf8(),
                                                                             QCryptographicHash::Sha256)
                                                .toHex());
        QNetworkReply *reply = network.post(request, body);
        QVERIFY(QTest::qWaitFor([&] { return reply->isFinished(); }, 10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();

        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().value<TopUp>().status, QStringLiteral("paid"));
        QVERIFY(!tracker.isRunning());
    }

    void invalidToken_requiresAuthentication()
    {
        auto api = client();
        api->setToken(QStringLiteral("not-a-token"));
        QSignalSpy required(api.get(), &ApiClient::authenticationRequired);
        const ApiResult<MeAnswer> me = awaitResult<MeAnswer>(api->me());
        QVERIFY(!me.ok());
        QCOMPARE(me.error.httpStatus, 401);
        QCOMPARE(required.count(), 1);
        QVERIFY(me.error.message.contains(QLatin1String("sign in")));
    }

    void session_signsInRestoresAndEndsOn401()
    {
        MemorySecretStore secrets; // shared by both sessions, like a keyring across restarts
        ApiClient api;
        Session session(&api, &secrets);
        QSignalSpy signedIn(&session, &Session::signedIn);
        session.signIn(m_server->baseUrl(), Demo::AdminEmail, Demo::AdminPassword);
        QVERIFY(session.isBusy());
        QVERIFY(signedIn.wait(20000));
        QVERIFY(session.isSignedIn());
        QCOMPARE(session.user().email, Demo::AdminEmail);
        QVERIFY(session.currentProject().has_value());
        QCOMPARE(session.serverUrl(), m_server->baseUrl());

        // A second run of the application: the remembered address and the stored token.
        ApiClient api2;
        Session restored(&api2, &secrets);
        QSignalSpy restoreFinished(&restored, &Session::restoreFinished);
        restored.restore();
        QVERIFY(restoreFinished.wait(20000));
        QCOMPARE(restoreFinished.first().first().toBool(), true);
        QCOMPARE(restored.user().email, Demo::AdminEmail);

        // The server no longer accepts the token: the session ends with a reason.
        QSignalSpy signedOut(&restored, &Session::signedOut);
        api2.setToken(QStringLiteral("revoked"));
        api2.balances(restored.currentProject()->id);
        QVERIFY(signedOut.wait(20000));
        QVERIFY(!signedOut.first().first().toString().isEmpty());
        QVERIFY(!restored.isSignedIn());
    }

    void session_wrongPasswordFailsInPlace()
    {
        MemorySecretStore secrets;
        ApiClient api;
        Session session(&api, &secrets);
        QSignalSpy failed(&session, &Session::signInFailed);
        session.signIn(m_server->baseUrl(), Demo::AdminEmail, QStringLiteral("wrong"));
        QVERIFY(failed.wait(20000));
        QVERIFY(failed.first().first().toString().contains(QLatin1String("password")));
        QVERIFY(!session.isSignedIn());
        QVERIFY(!session.isBusy());
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
