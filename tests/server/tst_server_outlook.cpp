// SPDX-License-Identifier: GPL-3.0-or-later
// R29 (forecast) and R30 ("who will pay this?") against the real server: the forecast is the
// plain average of the last 30 full UTC days; a preview routes like the real charge and posts
// nothing, so what it says is what the charge then posts. Issue 12's pending credit requests:
// a member cancels their own, the owner anybody's. The fake clock only moves forward, so the
// functions run in the order written.
#include "ApiTestClient.h"
#include "AutoTopUpFixture.h"
#include "CreditFixture.h"
#include "ServerProcess.h"

#include <QJsonArray>
#include <QTest>

#include <memory>

using Reply = ApiTestClient::Reply;
using Project = ApiTestClient::Project;

class TstServerOutlook : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void r29_forecastIsThePlainAverageOfTheLast30FullDays();
    void r29_debtLeavesNoDays();
    void r30_previewIsWhatTheChargeThenPosts_data();
    void r30_previewIsWhatTheChargeThenPosts();
    void r30_previewValidatesAndNeedsNoKey_data();
    void r30_previewValidatesAndNeedsNoKey();
    void r30_previewRoutesOverCreditToo();
    void issue12_memberCancelsOwnPendingCreditRequest();

private:
    Reply forecast(const Project &project);
    Reply preview(const Project &project, const QString &category, qint64 amount);

    ServerProcess m_server;
    std::unique_ptr<ApiTestClient> m_api;
    std::unique_ptr<CreditFixture> m_credit;
};

void TstServerOutlook::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_api = std::make_unique<ApiTestClient>(m_server.baseUrl());
    m_credit = std::make_unique<CreditFixture>(*m_api);
    QVERIFY2(!m_api->staffToken().isEmpty(), qPrintable(m_api->lastError()));
}

Reply TstServerOutlook::forecast(const Project &project)
{
    return m_api->get(QStringLiteral("/api/v1/projects/%1/forecast").arg(project.id), m_api->tokenFor(project.ownerEmail));
}

Reply TstServerOutlook::preview(const Project &project, const QString &category, qint64 amount)
{
    return m_api->post(QStringLiteral("/api/v1/projects/%1/charges/preview").arg(project.id),
                       QJsonObject{{QStringLiteral("category"), category}, {QStringLiteral("amount"), amount}},
                       m_api->tokenFor(project.ownerEmail));
}

void TstServerOutlook::r29_forecastIsThePlainAverageOfTheLast30FullDays()
{
    // Start at 10:00 of a day, so that "a day later" is the next full day.
    const Project project = m_credit->createOnDay(3, QStringLiteral("forecast"));
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    QVERIFY(!m_api->topUpPaid(project, 300000).isEmpty());
    API_REQUIRE_STATUS(m_api->charge(project.id, QStringLiteral("api_call"), 9000), 201);
    API_REQUIRE_STATUS(m_api->charge(project.id, QStringLiteral("sms_notification"), 3001), 201);
    // Today's charges are not of a full day yet: no spend, no days left.
    Reply today = forecast(project);
    API_REQUIRE_STATUS(today, 200);
    QCOMPARE(today.object().value(QStringLiteral("daily_spend")).toInteger(), qint64(0));
    QVERIFY(today.object().value(QStringLiteral("days_left")).isNull());
    QCOMPARE(today.object().value(QStringLiteral("basis_days")).toInt(), 30);
    QCOMPARE(today.object().value(QStringLiteral("funds")).toInteger(), qint64(300000 - 12001));

    // A day later: floor(12001 / 30) = 400 a day; bonus counts in the funds (R29).
    QVERIFY(m_credit->moveTo(0, 1));
    API_REQUIRE_STATUS(m_api->grantBonus(project.id, 1000), 201);
    const QJsonObject next = forecast(project).object();
    QCOMPARE(next.value(QStringLiteral("daily_spend")).toInteger(), qint64(400));
    QCOMPARE(next.value(QStringLiteral("funds")).toInteger(), qint64(300000 - 12001 + 1000));
    QCOMPARE(next.value(QStringLiteral("days_left")).toInteger(), qint64((300000 - 12001 + 1000) / 400));

    // 30 full days after the charges' day they are still in; on the 31st they are out.
    QVERIFY(m_credit->moveTo(0, 30, 3600 * 13)); // day 30 after, 23:00
    QCOMPARE(forecast(project).object().value(QStringLiteral("daily_spend")).toInteger(), qint64(400));
    QVERIFY(m_credit->moveTo(0, 31, 3600));
    const QJsonObject later = forecast(project).object();
    QCOMPARE(later.value(QStringLiteral("daily_spend")).toInteger(), qint64(0));
    QVERIFY(later.value(QStringLiteral("days_left")).isNull());
}

void TstServerOutlook::r29_debtLeavesNoDays()
{
    const Project project = m_api->newProject(QStringLiteral("forecastdebt"), 30000);
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    API_REQUIRE_STATUS(m_api->charge(project.id, QStringLiteral("api_call"), 30000), 201);
    API_REQUIRE_STATUS(m_api->adjust(project.id, -5000, QStringLiteral("correction"), QStringLiteral("debt")), 201);
    QVERIFY(m_api->advanceClock(86400).ok());
    const QJsonObject answer = forecast(project).object();
    QCOMPARE(answer.value(QStringLiteral("daily_spend")).toInteger(), qint64(1000));
    QCOMPARE(answer.value(QStringLiteral("funds")).toInteger(), qint64(-5000));
    QCOMPARE(answer.value(QStringLiteral("days_left")).toInteger(), qint64(0));
}

void TstServerOutlook::r30_previewIsWhatTheChargeThenPosts_data()
{
    QTest::addColumn<qint64>("main");
    QTest::addColumn<qint64>("bonus");
    QTest::addColumn<QString>("category");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<bool>("sufficient");

    QTest::newRow("subscription from bonus alone") << qint64(5000) << qint64(3000) << QStringLiteral("service_subscription") << qint64(2000) << true;
    QTest::newRow("subscription: bonus first, then main") << qint64(5000) << qint64(3000) << QStringLiteral("service_subscription") << qint64(4500) << true;
    QTest::newRow("R11: api_call never from bonus") << qint64(5000) << qint64(3000) << QStringLiteral("api_call") << qint64(4500) << true;
    QTest::newRow("R11: number fee from main only") << qint64(5000) << qint64(9000) << QStringLiteral("number_subscription") << qint64(5000) << true;
    QTest::newRow("R17: short by a kopeck, refused whole") << qint64(5000) << qint64(3000) << QStringLiteral("service_subscription") << qint64(8001) << false;
    QTest::newRow("R11: bonus does not help an sms") << qint64(100) << qint64(9000) << QStringLiteral("sms_notification") << qint64(101) << false;
}

void TstServerOutlook::r30_previewIsWhatTheChargeThenPosts()
{
    QFETCH(qint64, main);
    QFETCH(qint64, bonus);
    QFETCH(QString, category);
    QFETCH(qint64, amount);
    QFETCH(bool, sufficient);
    const Project project = m_api->newProject(QStringLiteral("preview"), main);
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    API_REQUIRE_STATUS(m_api->grantBonus(project.id, bonus), 201);
    const QJsonObject before = m_api->balances(project);
    const qsizetype rowsBefore = m_api->allTransactions(project).size();

    const Reply previewed = preview(project, category, amount);
    API_REQUIRE_STATUS(previewed, 200);
    QCOMPARE(previewed.object().value(QStringLiteral("sufficient")).toBool(), sufficient);
    // It posts nothing.
    QCOMPARE(m_api->balances(project), before);
    QCOMPARE(m_api->allTransactions(project).size(), rowsBefore);

    const Reply charged = m_api->charge(project.id, category, amount);
    if (!sufficient) {
        API_REQUIRE_PROBLEM(charged, 402, "insufficient_funds");
        QVERIFY(previewed.object().value(QStringLiteral("parts")).toArray().isEmpty());
        QVERIFY(previewed.object().value(QStringLiteral("shortfall")).toInteger() > 0);
        return;
    }
    API_REQUIRE_STATUS(charged, 201);
    // The same parts, in the same order, as the real charge posted.
    QCOMPARE(previewed.object().value(QStringLiteral("parts")).toArray(), charged.object().value(QStringLiteral("parts")).toArray());
    QCOMPARE(previewed.object().value(QStringLiteral("shortfall")).toInteger(), qint64(0));
}

void TstServerOutlook::r30_previewValidatesAndNeedsNoKey_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("status");
    QTest::newRow("no key, valid") << QJsonObject{{QStringLiteral("category"), QStringLiteral("api_call")}, {QStringLiteral("amount"), 10}} << 200;
    QTest::newRow("unknown category") << QJsonObject{{QStringLiteral("category"), QStringLiteral("coffee")}, {QStringLiteral("amount"), 10}} << 422;
    QTest::newRow("zero amount") << QJsonObject{{QStringLiteral("category"), QStringLiteral("api_call")}, {QStringLiteral("amount"), 0}} << 422;
    QTest::newRow("negative amount") << QJsonObject{{QStringLiteral("category"), QStringLiteral("api_call")}, {QStringLiteral("amount"), -1}} << 422;
    QTest::newRow("fractional amount") << QJsonObject{{QStringLiteral("category"), QStringLiteral("api_call")}, {QStringLiteral("amount"), 1.5}} << 422;
    QTest::newRow("no category") << QJsonObject{{QStringLiteral("amount"), 10}} << 422;
}

void TstServerOutlook::r30_previewValidatesAndNeedsNoKey()
{
    QFETCH(QJsonObject, body);
    QFETCH(int, status);
    const Project project = m_api->newProject(QStringLiteral("previewvalid"), 1000);
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    const Reply reply = m_api->post(QStringLiteral("/api/v1/projects/%1/charges/preview").arg(project.id), body,
                                    m_api->tokenFor(project.ownerEmail));
    if (status == 200)
        API_REQUIRE_STATUS(reply, 200);
    else
        API_REQUIRE_PROBLEM(reply, 422, "validation_failed");
    // R4: a supervisor has no finance rights.
    const QString supervisor = ApiTestClient::uniqueEmail(QStringLiteral("supervisor-preview"));
    QVERIFY2(m_api->addUser(project.id, supervisor, QStringLiteral("supervisor")), qPrintable(m_api->lastError()));
    API_REQUIRE_PROBLEM(m_api->post(QStringLiteral("/api/v1/projects/%1/charges/preview").arg(project.id), body,
                                    m_api->tokenFor(supervisor)),
                        403, "forbidden");
}

void TstServerOutlook::r30_previewRoutesOverCreditToo()
{
    // R16, R17: main first, then available credit.
    const Project project = m_credit->eligibleProject(10000);
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    API_REQUIRE_STATUS(m_credit->grant(project, CreditFixture::creditBody(10000, "5")), 201);
    QVERIFY(m_credit->emptyMain(project));
    API_REQUIRE_STATUS(m_api->adjust(project.id, 500, QStringLiteral("compensation"), QStringLiteral("setup")), 201);
    const Reply previewed = preview(project, QStringLiteral("autodial"), 1200);
    API_REQUIRE_STATUS(previewed, 200);
    QVERIFY(previewed.object().value(QStringLiteral("sufficient")).toBool());
    const Reply charged = m_api->charge(project.id, QStringLiteral("autodial"), 1200);
    API_REQUIRE_STATUS(charged, 201);
    QCOMPARE(previewed.object().value(QStringLiteral("parts")).toArray(), charged.object().value(QStringLiteral("parts")).toArray());
    QCOMPARE(ApiTestClient::chargeParts(charged).value(QStringLiteral("credit")), qint64(700));
    // Beyond main and credit together: refused by both.
    const Reply tooMuch = preview(project, QStringLiteral("autodial"), 10000);
    QCOMPARE(tooMuch.object().value(QStringLiteral("sufficient")).toBool(), false);
    QCOMPARE(tooMuch.object().value(QStringLiteral("shortfall")).toInteger(), qint64(10000 - 9300));
    API_REQUIRE_PROBLEM(m_api->charge(project.id, QStringLiteral("autodial"), 10000), 402, "insufficient_funds");
}

void TstServerOutlook::issue12_memberCancelsOwnPendingCreditRequest()
{
    const Project project = m_credit->eligibleProject(20000);
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    const QString admin = ApiTestClient::uniqueEmail(QStringLiteral("admin-credit"));
    QVERIFY2(m_api->addUser(project.id, admin, QStringLiteral("administrator")), qPrintable(m_api->lastError()));
    const auto ask = [&](const QString &email, qint64 amount) {
        return m_api
            ->postRaw(QStringLiteral("/api/v1/projects/%1/credit/requests").arg(project.id),
                      CreditFixture::creditBody(amount, "3"), m_api->tokenFor(email), ApiTestClient::newIdempotencyKey())
            .object()
            .value(QStringLiteral("id"));
    };
    const auto cancel = [&](const QJsonValue &id, const QString &email) {
        return m_api->post(QStringLiteral("/api/v1/projects/%1/credit/requests/%2/cancel").arg(project.id, ApiTestClient::idText(id)),
                           QJsonObject{}, m_api->tokenFor(email));
    };
    const QJsonValue owners = ask(project.ownerEmail, 5000);
    const QJsonValue admins = ask(admin, 6000);
    QVERIFY(!owners.isUndefined() && !admins.isUndefined());
    // R4: the administrator may not cancel the owner's request; the owner may cancel any.
    API_REQUIRE_PROBLEM(cancel(owners, admin), 403, "forbidden");
    const Reply cancelled = cancel(admins, project.ownerEmail);
    API_REQUIRE_STATUS(cancelled, 200);
    QCOMPARE(cancelled.object().value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
    API_REQUIRE_STATUS(cancel(admins, admin), 200); // again: as it is
    // Staff can no longer grant it.
    API_REQUIRE_PROBLEM(m_credit->grant(project, R"({"amount":6000,"term_days":3,"request_id":)"
                                                     + ApiTestClient::idText(admins).toUtf8() + "}"),
                        409, "conflict");
    // The list says so, also filtered.
    const QList<QJsonObject> listed =
        m_api->allItems(QStringLiteral("/api/v1/projects/%1/credit/requests").arg(project.id), m_api->tokenFor(admin),
                        QStringLiteral("status=cancelled"));
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().value(QStringLiteral("id")), admins);
    // A granted request is decided: 409.
    API_REQUIRE_STATUS(m_credit->grant(project, R"({"amount":5000,"term_days":3,"request_id":)"
                                                    + ApiTestClient::idText(owners).toUtf8() + "}"),
                       201);
    API_REQUIRE_PROBLEM(cancel(owners, project.ownerEmail), 409, "conflict");
}

QTEST_GUILESS_MAIN(TstServerOutlook)
#include "tst_server_outlook.moc"
