// SPDX-License-Identifier: GPL-3.0-or-later
// R31 against the real server: the low-balance alert fires once per crossing; the event feed
// carries each event written with its movement; a long poll is answered within a second of the
// commit and holds no worker while it waits (R35: bounded per user); an Administrator never
// receives withdrawal_* (R3); credit_due comes once, a day before the due time, then
// credit_expired. The fake clock only moves forward: the credit function runs last.
#include "ApiTestClient.h"
#include "AutoTopUpFixture.h"
#include "CreditFixture.h"
#include "ServerProcess.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>

#include <atomic>
#include <memory>
#include <thread>

using Reply = ApiTestClient::Reply;
using Project = ApiTestClient::Project;

class TstServerEvents : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void r31_lowBalanceOncePerCrossing();
    void r31_alertsAreValidated_data();
    void r31_alertsAreValidated();
    void r31_topUpPaidIsAnEvent();
    void r31_eventQueryIsValidated_data();
    void r31_eventQueryIsValidated();
    void r31_longPollAnswersWithinASecondOfTheCommit();
    void r31_longPollTimesOutWithAnEmptyPage();
    void r31_r35_waitingPollsHoldNoWorkerAndAreBoundedPerUser();
    void r31_r35_pollsBeyondTheServersBoundAre503();
    void r31_waitingPollIsAnsweredWhenTheServerStops();
    void r31_r3_administratorNeverReceivesWithdrawalEvents();
    void r31_creditDueOnceThenCreditExpired();

private:
    // Events of the feed after `after`, as `token`.
    QJsonArray items(const Project &project, qint64 after = 0, const QString &token = {});

    ServerProcess m_server;
    std::unique_ptr<ApiTestClient> m_api;
    std::unique_ptr<AutoTopUpFixture> m_fx;
    std::unique_ptr<CreditFixture> m_credit;
};

void TstServerEvents::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_api = std::make_unique<ApiTestClient>(m_server.baseUrl());
    m_fx = std::make_unique<AutoTopUpFixture>(*m_api);
    m_credit = std::make_unique<CreditFixture>(*m_api);
    QVERIFY2(!m_api->staffToken().isEmpty(), qPrintable(m_api->lastError()));
}

QJsonArray TstServerEvents::items(const Project &project, qint64 after, const QString &token)
{
    return m_fx->events(project, after, 0, token).object().value(QStringLiteral("items")).toArray();
}

void TstServerEvents::r31_lowBalanceOncePerCrossing()
{
    const Project project = m_api->newProject(QStringLiteral("lowbalance"), 10000);
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    const Reply set = m_fx->setAlert(project, 5000);
    API_REQUIRE_STATUS(set, 200);
    QCOMPARE(set.object().value(QStringLiteral("low_balance_threshold")).toInteger(), qint64(5000));
    API_REQUIRE_STATUS(m_api->charge(project.id, QStringLiteral("api_call"), 4000), 201); // 6000
    QCOMPARE(m_fx->eventTypes(project).count(QStringLiteral("low_balance")), 0);
    API_REQUIRE_STATUS(m_api->charge(project.id, QStringLiteral("api_call"), 2000), 201); // 4000: crossed
    API_REQUIRE_STATUS(m_api->charge(project.id, QStringLiteral("api_call"), 1000), 201); // 3000: same crossing
    QJsonArray events = items(project);
    QCOMPARE(m_fx->eventTypes(project).count(QStringLiteral("low_balance")), 1);
    const QJsonObject first = events.last().toObject();
    QCOMPARE(first.value(QStringLiteral("type")).toString(), QStringLiteral("low_balance"));
    QCOMPARE(first[QStringLiteral("data")][QStringLiteral("main")].toInteger(), qint64(4000));
    QCOMPARE(first[QStringLiteral("data")][QStringLiteral("threshold")].toInteger(), qint64(5000));
    // Back to the threshold, then below again: a second alert.
    QVERIFY(!m_api->topUpPaid(project, 2000).isEmpty()); // 5000
    API_REQUIRE_STATUS(m_api->charge(project.id, QStringLiteral("api_call"), 1), 201);
    QCOMPARE(m_fx->eventTypes(project).count(QStringLiteral("low_balance")), 2);
    // Off: no more.
    API_REQUIRE_STATUS(m_fx->setAlert(project, QJsonValue(QJsonValue::Null)), 200);
    const Reply read = m_api->get(QStringLiteral("/api/v1/projects/%1/alerts").arg(project.id), m_api->tokenFor(project.ownerEmail));
    QVERIFY(read.object().value(QStringLiteral("low_balance_threshold")).isNull());
    QVERIFY(!m_api->topUpPaid(project, 10000).isEmpty());
    API_REQUIRE_STATUS(m_api->charge(project.id, QStringLiteral("api_call"), 14000), 201);
    QCOMPARE(m_fx->eventTypes(project).count(QStringLiteral("low_balance")), 2);
    // Set while main is below it already: no alert until main crosses it after rising.
    API_REQUIRE_STATUS(m_fx->setAlert(project, 5000), 200);
    API_REQUIRE_STATUS(m_api->charge(project.id, QStringLiteral("api_call"), 1), 201);
    QCOMPARE(m_fx->eventTypes(project).count(QStringLiteral("low_balance")), 2);
}

void TstServerEvents::r31_alertsAreValidated_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::newRow("negative") << QJsonObject{{QStringLiteral("low_balance_threshold"), -1}};
    QTest::newRow("missing") << QJsonObject{};
    QTest::newRow("text") << QJsonObject{{QStringLiteral("low_balance_threshold"), QStringLiteral("100")}};
}

void TstServerEvents::r31_alertsAreValidated()
{
    QFETCH(QJsonObject, body);
    const Project project = m_api->newProject(QStringLiteral("alertvalid"));
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    API_REQUIRE_PROBLEM(m_api->put(QStringLiteral("/api/v1/projects/%1/alerts").arg(project.id), body, m_api->tokenFor(project.ownerEmail)),
                        422, "validation_failed");
    const Reply read = m_api->get(QStringLiteral("/api/v1/projects/%1/alerts").arg(project.id), m_api->tokenFor(project.ownerEmail));
    API_REQUIRE_STATUS(read, 200);
    QVERIFY(read.object().value(QStringLiteral("low_balance_threshold")).isNull());
}

void TstServerEvents::r31_topUpPaidIsAnEvent()
{
    const Project project = m_api->newProject(QStringLiteral("paidevent"));
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    const QString id = m_api->topUpPaid(project, 4200);
    QVERIFY2(!id.isEmpty(), qPrintable(m_api->lastError()));
    const QJsonArray events = items(project);
    QCOMPARE(events.size(), 1);
    const QJsonObject paid = events.first().toObject();
    QCOMPARE(paid.value(QStringLiteral("type")).toString(), QStringLiteral("topup_paid"));
    QCOMPARE(ApiTestClient::idText(paid[QStringLiteral("data")][QStringLiteral("topup_id")]), id);
    QCOMPARE(paid[QStringLiteral("data")][QStringLiteral("amount")].toInteger(), qint64(4200));
    QVERIFY(ApiTestClient::timeOf(paid.value(QStringLiteral("at"))).isValid());
    // The cursor: nothing after the last one.
    const Reply after = m_fx->events(project, paid.value(QStringLiteral("id")).toInteger());
    QVERIFY(after.object().value(QStringLiteral("items")).toArray().isEmpty());
    QCOMPARE(after.object().value(QStringLiteral("last_id")).toInteger(), paid.value(QStringLiteral("id")).toInteger());
}

void TstServerEvents::r31_eventQueryIsValidated_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("wait above 30") << QStringLiteral("wait=31");
    QTest::newRow("negative wait") << QStringLiteral("wait=-1");
    QTest::newRow("wait not a number") << QStringLiteral("wait=soon");
    QTest::newRow("after not a number") << QStringLiteral("after=abc");
    QTest::newRow("limit zero") << QStringLiteral("limit=0");
}

void TstServerEvents::r31_eventQueryIsValidated()
{
    QFETCH(QString, query);
    const Project project = m_api->newProject(QStringLiteral("eventquery"));
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    QElapsedTimer timer;
    timer.start();
    API_REQUIRE_PROBLEM(m_api->get(QStringLiteral("/api/v1/projects/%1/events?%2").arg(project.id, query),
                                   m_api->tokenFor(project.ownerEmail)),
                        422, "validation_failed");
    QVERIFY(timer.elapsed() < 2000); // refused at once, not after a wait
}

void TstServerEvents::r31_longPollAnswersWithinASecondOfTheCommit()
{
    const Project project = m_api->newProject(QStringLiteral("longpoll"), 10000);
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    API_REQUIRE_STATUS(m_fx->setAlert(project, 5000), 200);
    const qint64 after = m_fx->events(project).object().value(QStringLiteral("last_id")).toInteger();
    const QString token = m_api->tokenFor(project.ownerEmail);
    const QUrl base = m_server.baseUrl();
    Reply polled;
    std::atomic<qint64> answeredAt{0};
    QElapsedTimer clock;
    clock.start();
    std::thread poller([&] {
        ApiTestClient client(base);
        polled = client.get(QStringLiteral("/api/v1/projects/%1/events?after=%2&wait=20").arg(project.id).arg(after), token);
        answeredAt = clock.elapsed();
    });
    QVERIFY2(m_api->awaitWaitingPolls(1), qPrintable(m_api->lastError())); // the poll is waiting now
    QCOMPARE(answeredAt.load(), qint64(0));
    API_REQUIRE_STATUS(m_api->charge(project.id, QStringLiteral("api_call"), 6000), 201); // below 5000
    const qint64 committedAt = clock.elapsed();
    poller.join();
    API_REQUIRE_STATUS(polled, 200);
    const QJsonArray events = polled.object().value(QStringLiteral("items")).toArray();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first()[QStringLiteral("type")].toString(), QStringLiteral("low_balance"));
    QCOMPARE(polled.object().value(QStringLiteral("last_id")).toInteger(), events.first()[QStringLiteral("id")].toInteger());
    // Within a second of the charge's answer (the commit), not at the end of the 20 s wait.
    qInfo("long poll answered %lld ms after the commit", static_cast<long long>(answeredAt.load() - committedAt));
    QVERIFY2(answeredAt.load() - committedAt < 1000,
             qPrintable(QStringLiteral("answered %1 ms after the commit").arg(answeredAt.load() - committedAt)));
}

void TstServerEvents::r31_longPollTimesOutWithAnEmptyPage()
{
    const Project project = m_api->newProject(QStringLiteral("polltimeout"));
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    QElapsedTimer timer;
    timer.start();
    const Reply reply = m_fx->events(project, 0, 1);
    const qint64 elapsed = timer.elapsed();
    API_REQUIRE_STATUS(reply, 200);
    QVERIFY(reply.object().value(QStringLiteral("items")).toArray().isEmpty());
    QCOMPARE(reply.object().value(QStringLiteral("last_id")).toInteger(), qint64(0));
    QVERIFY2(elapsed >= 900 && elapsed < 5000, qPrintable(QString::number(elapsed)));
}

void TstServerEvents::r31_r35_waitingPollsHoldNoWorkerAndAreBoundedPerUser()
{
    // More waiting polls than the server has workers (64): 7 members x 10 polls each.
    const Project project = m_api->newProject(QStringLiteral("pollflood"), 1000);
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    QStringList tokens{m_api->tokenFor(project.ownerEmail)};
    for (int i = 0; i < 6; ++i) {
        const QString email = ApiTestClient::uniqueEmail(QStringLiteral("poller"));
        QVERIFY2(m_api->addUser(project.id, email, QStringLiteral("administrator")), qPrintable(m_api->lastError()));
        tokens.append(m_api->tokenFor(email));
    }
    const qint64 after = m_fx->events(project).object().value(QStringLiteral("last_id")).toInteger();
    // The polls wait far longer than the test: a top-up paid at the end answers them all at once.
    const QString pollPath = QStringLiteral("/api/v1/projects/%1/events?after=%2&wait=20").arg(project.id).arg(after);
    std::vector<ApiTestClient::Request> polls;
    for (const QString &token : tokens) {
        for (int i = 0; i < 10; ++i) {
            ApiTestClient::Request request;
            request.path = pollPath;
            request.token = token;
            polls.push_back(request);
        }
    }
    std::vector<Reply> answers;
    // std::jthread: a check that fails before the join still ends the flood (its polls time out)
    // instead of aborting the suite.
    std::jthread flood([&] { answers = m_api->sendParallel(polls); });
    QVERIFY2(m_api->awaitWaitingPolls(70), qPrintable(m_api->lastError())); // all of them wait now
    // Every worker would be taken if waiting held one: a read still answers at once.
    QElapsedTimer timer;
    timer.start();
    API_REQUIRE_STATUS(m_api->get(QStringLiteral("/api/v1/projects/%1/balances").arg(project.id), tokens.first()), 200);
    const qint64 readMs = timer.elapsed();
    // R35: an eleventh poll of one user is refused at once, with when to come back.
    timer.restart();
    const Reply eleventh = m_api->get(pollPath, tokens.first());
    const qint64 refusedMs = timer.elapsed();
    QVERIFY2(m_api->awaitWaitingPolls(70), qPrintable(m_api->lastError())); // all of them still wait
    // An event answers every waiting poll with it.
    QVERIFY(!m_api->topUpPaid(project, 1000).isEmpty());
    flood.join();
    QVERIFY2(readMs < 1000, qPrintable(QString::number(readMs)));
    API_REQUIRE_PROBLEM(eleventh, 429, "rate_limited");
    QVERIFY(!eleventh.header("Retry-After").isEmpty());
    QVERIFY2(refusedMs < 1000, qPrintable(QString::number(refusedMs)));
    QCOMPARE(answers.size(), size_t(70));
    for (const Reply &answer : answers) {
        API_REQUIRE_STATUS(answer, 200);
        const QJsonArray items = answer.object().value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first()[QStringLiteral("type")].toString(), QStringLiteral("topup_paid"));
    }
    // Answered polls free their places: a poll after the newest event waits (its second), not a 429.
    const qint64 newest = answers.front().object().value(QStringLiteral("last_id")).toInteger();
    API_REQUIRE_STATUS(m_fx->events(project, newest, 1, tokens.first()), 200);
}

void TstServerEvents::r31_r35_pollsBeyondTheServersBoundAre503()
{
    // A server of its own that lets 3 polls wait in all (--max-waiting-polls).
    ServerProcess::Options options;
    options.extraArguments = {QStringLiteral("--max-waiting-polls"), QStringLiteral("3")};
    ServerProcess server(options);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    ApiTestClient api(server.baseUrl());
    const Project project = api.newProject(QStringLiteral("pollbound"));
    QVERIFY2(project.isValid(), qPrintable(api.lastError()));
    const QString token = api.tokenFor(project.ownerEmail);
    // They wait far longer than the test: a top-up paid at the end answers them.
    const qint64 after = api.get(QStringLiteral("/api/v1/projects/%1/events").arg(project.id), token)
                             .object().value(QStringLiteral("last_id")).toInteger();
    const QString path = QStringLiteral("/api/v1/projects/%1/events?after=%2&wait=20").arg(project.id).arg(after);
    std::vector<ApiTestClient::Request> polls(3);
    for (ApiTestClient::Request &poll : polls) {
        poll.path = path;
        poll.token = token;
    }
    std::vector<Reply> answers;
    std::thread waiting([&] { answers = api.sendParallel(polls); });
    QVERIFY2(api.awaitWaitingPolls(3), qPrintable(api.lastError())); // the server's bound is reached
    QElapsedTimer timer;
    timer.start();
    const Reply fourth = api.get(path, token);
    const qint64 refusedMs = timer.elapsed();
    QVERIFY(!api.topUpPaid(project, 1000).isEmpty());
    waiting.join();
    API_REQUIRE_PROBLEM(fourth, 503, "service_unavailable");
    QVERIFY(!fourth.header("Retry-After").isEmpty());
    QVERIFY2(refusedMs < 1000, qPrintable(QString::number(refusedMs)));
    qint64 newest = 0;
    for (const Reply &answer : answers) {
        API_REQUIRE_STATUS(answer, 200);
        QCOMPARE(answer.object().value(QStringLiteral("items")).toArray().size(), 1);
        newest = answer.object().value(QStringLiteral("last_id")).toInteger();
    }
    // Their places are free again: a poll after the newest event waits (its second) instead of a 503.
    API_REQUIRE_STATUS(api.get(QStringLiteral("/api/v1/projects/%1/events?after=%2&wait=1").arg(project.id).arg(newest), token), 200);
}

void TstServerEvents::r31_waitingPollIsAnsweredWhenTheServerStops()
{
    // A server that stops (SIGTERM) answers its waiting polls with what there is before its front
    // closes the connections: the client gets an empty page at once, not a dropped connection.
    ServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    ApiTestClient api(server.baseUrl());
    const Project project = api.newProject(QStringLiteral("pollstop"));
    QVERIFY2(project.isValid(), qPrintable(api.lastError()));
    ApiTestClient::Request poll;
    poll.path = QStringLiteral("/api/v1/projects/%1/events?after=0&wait=30").arg(project.id);
    poll.token = api.tokenFor(project.ownerEmail);
    std::vector<Reply> answers;
    QElapsedTimer timer;
    timer.start();
    std::thread waiting([&] { answers = api.sendParallel({poll}); });
    QTest::qWait(1000);
    server.stop();
    waiting.join();
    QCOMPARE(answers.size(), size_t(1));
    API_REQUIRE_STATUS(answers.front(), 200);
    QVERIFY(answers.front().object().value(QStringLiteral("items")).toArray().isEmpty());
    QVERIFY2(timer.elapsed() < 15000, qPrintable(QString::number(timer.elapsed())));
}

void TstServerEvents::r31_r3_administratorNeverReceivesWithdrawalEvents()
{
    const Project referrer = m_api->newProject(QStringLiteral("feedreferrer"));
    QVERIFY2(referrer.isValid(), qPrintable(m_api->lastError()));
    const QString admin = ApiTestClient::uniqueEmail(QStringLiteral("feed-admin"));
    QVERIFY2(m_api->addUser(referrer.id, admin, QStringLiteral("administrator")), qPrintable(m_api->lastError()));
    const Project referee = m_api->createProject(QStringLiteral("feedreferee"), ApiTestClient::uniqueEmail(QStringLiteral("referee")),
                                                 referrer.referralCode);
    QVERIFY2(referee.isValid(), qPrintable(m_api->lastError()));
    QVERIFY(!m_api->topUpPaid(referee, 100000).isEmpty());
    API_REQUIRE_STATUS(m_api->charge(referee.id, QStringLiteral("api_call"), 50000), 201); // 5000 commission
    const QString adminToken = m_api->tokenFor(admin);

    // An administrator's poll that waits through the withdrawals gets nothing.
    const QUrl base = m_server.baseUrl();
    Reply adminPoll;
    std::thread poller([&] {
        ApiTestClient client(base);
        adminPoll = client.get(QStringLiteral("/api/v1/projects/%1/events?after=0&wait=20").arg(referrer.id), adminToken);
    });
    QVERIFY2(m_api->awaitWaitingPolls(1), qPrintable(m_api->lastError())); // the poll waits now
    const auto withdraw = [&](const QJsonObject &body) {
        return m_api->post(QStringLiteral("/api/v1/projects/%1/referral/withdrawals").arg(referrer.id), body,
                           m_api->tokenFor(referrer.ownerEmail), ApiTestClient::newIdempotencyKey());
    };
    API_REQUIRE_STATUS(withdraw(QJsonObject{{QStringLiteral("amount"), 1000}, {QStringLiteral("destination"), QStringLiteral("own_main")}}), 201);
    const Reply card = withdraw(QJsonObject{{QStringLiteral("amount"), 2000},
                                            {QStringLiteral("destination"), QStringLiteral("card")},
                                            {QStringLiteral("card_number"), QStringLiteral("4111111111111111")}});
    API_REQUIRE_STATUS(card, 201);
    API_REQUIRE_STATUS(m_api->post(QStringLiteral("/api/v1/staff/referral-withdrawals/%1/reject")
                                       .arg(ApiTestClient::idText(card.object().value(QStringLiteral("id")))),
                                   QJsonObject{}, m_api->staffToken(), ApiTestClient::newIdempotencyKey()),
                       200);
    // It waited through all of them (re-checked, not answered) ...
    QVERIFY2(m_api->awaitWaitingPolls(1, 1000), qPrintable(m_api->lastError()));
    // ... and the next event it may see answers it, alone.
    QVERIFY(!m_api->topUpPaid(referrer, 1000).isEmpty());
    poller.join();
    API_REQUIRE_STATUS(adminPoll, 200);
    QVERIFY2(!adminPoll.body.contains("withdrawal"), adminPoll.body.constData());
    const QJsonArray adminItems = adminPoll.object().value(QStringLiteral("items")).toArray();
    QCOMPARE(adminItems.size(), 1);
    QCOMPARE(adminItems.first()[QStringLiteral("type")].toString(), QStringLiteral("topup_paid"));

    const QStringList owner = m_fx->eventTypes(referrer);
    QVERIFY2(owner.contains(QStringLiteral("withdrawal_completed")), qPrintable(owner.join(u',')));
    QVERIFY2(owner.contains(QStringLiteral("withdrawal_rejected")), qPrintable(owner.join(u',')));
    const Reply adminFeed = m_fx->events(referrer, 0, 0, adminToken);
    API_REQUIRE_STATUS(adminFeed, 200);
    QVERIFY2(!adminFeed.body.contains("withdrawal"), adminFeed.body.constData());
    // The administrator still sees the project's other events (the transfer paid main: no event;
    // a top-up is one).
    QVERIFY(m_fx->eventTypes(referrer, adminToken).contains(QStringLiteral("topup_paid")));
}

void TstServerEvents::r31_creditDueOnceThenCreditExpired()
{
    const Project project = m_credit->eligibleProject(10000);
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    API_REQUIRE_STATUS(m_credit->grant(project, CreditFixture::creditBody(10000, "3")), 201);
    const auto count = [&](const QString &type) { return m_fx->eventTypes(project).count(type); };
    QCOMPARE(count(QStringLiteral("credit_due")), 0);
    // 47 h later: more than a day before the due time still.
    QVERIFY(m_api->advanceClock(47 * 3600).ok());
    QCOMPARE(count(QStringLiteral("credit_due")), 0);
    // 49 h: within the last day. Read twice and after another move: still one.
    QVERIFY(m_api->advanceClock(2 * 3600).ok());
    QTRY_COMPARE_WITH_TIMEOUT(count(QStringLiteral("credit_due")), 1, 5000);
    QVERIFY(m_api->advanceClock(3600).ok());
    QCOMPARE(count(QStringLiteral("credit_due")), 1);
    QCOMPARE(count(QStringLiteral("credit_expired")), 0);
    // Past the due time: credit_expired, once.
    QVERIFY(m_api->advanceClock(24 * 3600).ok());
    QTRY_COMPARE_WITH_TIMEOUT(count(QStringLiteral("credit_expired")), 1, 5000);
    QCOMPARE(count(QStringLiteral("credit_due")), 1);
    const QJsonArray events = items(project);
    for (const QJsonValue &event : events) {
        if (event[QStringLiteral("type")].toString() == QStringLiteral("credit_due"))
            QVERIFY(ApiTestClient::timeOf(event[QStringLiteral("data")][QStringLiteral("due_at")]).isValid());
    }
}

QTEST_GUILESS_MAIN(TstServerEvents)
#include "tst_server_events.moc"
