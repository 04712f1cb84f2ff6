// SPDX-License-Identifier: GPL-3.0-or-later
// The referral program (R3, R18-R21) against the real cabinet-server.
#include "ApiTestClient.h"
#include "CreditFixture.h"
#include "ServerProcess.h"

#include <QJsonArray>
#include <QTest>

#include <memory>

using Reply = ApiTestClient::Reply;
using Request = ApiTestClient::Request;
using Project = ApiTestClient::Project;

namespace {

// Every key path under `value` whose name mentions the referral program, and every number equal to `figure`.
void findReferralTraces(const QJsonValue &value, qint64 figure, const QString &where, QStringList &found)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key().contains(QLatin1String("referral"), Qt::CaseInsensitive))
                found << where + QLatin1Char('.') + it.key();
            findReferralTraces(it.value(), figure, where + QLatin1Char('.') + it.key(), found);
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            findReferralTraces(array[i], figure, where + QStringLiteral("[%1]").arg(i), found);
    } else if (value.isDouble() && value.toInteger() == figure) {
        found << where + QStringLiteral(" = %1").arg(figure);
    }
}

} // namespace

class TstReferral : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void r18_ownerSeesTheReferralProgram();
    void r18_unknownReferralCodeIsRefused();
    void r19_accrualIsRateOfRealMoneyPerCharge();
    void r19_creditPartsEarnCommission();
    void r19_onlyTheDirectReferrerEarnsOncePerCharge();
    void r3_administratorGets403OnEveryReferralRoute_data();
    void r3_administratorGets403OnEveryReferralRoute();
    void r19_rateIsConfigurable();
    void r20_withdrawToOwnMain();
    void r20_withdrawToAnotherProject();
    void r20_withdrawToUnknownProjectChangesNothing();
    void r20_cardWithdrawalIsLuhnCheckedMaskedAndReserved();
    void r20_staffCompleteOrRejectCardWithdrawal();
    void r20_badWithdrawalsChangeNothing_data();
    void r20_badWithdrawalsChangeNothing();
    void r21_concurrentWithdrawalsNeverExceedBalance();
    void r23_replayedWithdrawalAppliesOnce();
    void r22_referralBalanceIsSumOfItsHistory();
    void r3_noAdministratorResponseContainsReferralFigures();

private:
    QJsonObject referral(const Project &project);
    qint64 referralBalance(const Project &project) { return ApiTestClient::money(referral(project), "balance"); }
    QList<QJsonObject> referralRows(const Project &project);
    Reply withdraw(const Project &project, const QJsonObject &body, const QString &token = {});
    Reply staffDecision(const QString &withdrawalId, const char *decision);

    ServerProcess m_server;
    std::unique_ptr<ApiTestClient> m_api;
    Project m_referrer;
    Project m_referred;
    QString m_referrerAdmin;
    QString m_referredAdmin;
};

void TstReferral::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_api = std::make_unique<ApiTestClient>(m_server.baseUrl());
    QVERIFY2(!m_api->staffToken().isEmpty(), qPrintable(m_api->lastError()));
    m_referrer = m_api->newProject(QStringLiteral("referrer"), 100000);
    QVERIFY2(m_referrer.isValid(), qPrintable(m_api->lastError()));
    QVERIFY2(!m_referrer.referralCode.isEmpty(), "a new project answers its own referral_code");
    m_referred = m_api->createProject(QStringLiteral("Referred Ltd"), ApiTestClient::uniqueEmail(QStringLiteral("referred")),
                                      m_referrer.referralCode);
    QVERIFY2(m_referred.isValid(), qPrintable(m_api->lastError()));
    QVERIFY2(!m_api->topUpPaid(m_referred, 100000).isEmpty(), qPrintable(m_api->lastError()));
    m_referrerAdmin = ApiTestClient::uniqueEmail(QStringLiteral("refadmin"));
    QVERIFY2(m_api->addUser(m_referrer.id, m_referrerAdmin, QStringLiteral("administrator")), qPrintable(m_api->lastError()));
    m_referredAdmin = ApiTestClient::uniqueEmail(QStringLiteral("referredadmin"));
    QVERIFY2(m_api->addUser(m_referred.id, m_referredAdmin, QStringLiteral("administrator")), qPrintable(m_api->lastError()));
}

QJsonObject TstReferral::referral(const Project &project)
{
    const Reply reply = m_api->get(QStringLiteral("/api/v1/projects/%1/referral").arg(project.id), m_api->tokenFor(project.ownerEmail));
    return reply.status == 200 ? reply.object() : QJsonObject{{QStringLiteral("error"), reply.describe()}};
}

QList<QJsonObject> TstReferral::referralRows(const Project &project)
{
    return m_api->allItems(QStringLiteral("/api/v1/projects/%1/referral/transactions").arg(project.id),
                           m_api->tokenFor(project.ownerEmail));
}

Reply TstReferral::withdraw(const Project &project, const QJsonObject &body, const QString &token)
{
    return m_api->post(QStringLiteral("/api/v1/projects/%1/referral/withdrawals").arg(project.id), body,
                       token.isEmpty() ? m_api->tokenFor(project.ownerEmail) : token, ApiTestClient::newIdempotencyKey());
}

Reply TstReferral::staffDecision(const QString &withdrawalId, const char *decision)
{
    return m_api->post(QStringLiteral("/api/v1/staff/referral-withdrawals/%1/%2").arg(withdrawalId, QLatin1String(decision)),
                       QJsonObject{}, m_api->staffToken(), ApiTestClient::newIdempotencyKey());
}

void TstReferral::r18_ownerSeesTheReferralProgram()
{
    const QJsonObject program = referral(m_referrer);
    QCOMPARE(ApiTestClient::money(program, "balance"), qint64(0));
    QCOMPARE(program.value(QStringLiteral("currency")).toString(), QStringLiteral("UAH"));
    QCOMPARE(program.value(QStringLiteral("code")).toString(), m_referrer.referralCode);
    QCOMPARE(ApiTestClient::money(program, "rate_bp"), qint64(1000)); // default 10 %
    const QJsonArray referrals = program.value(QStringLiteral("referrals")).toArray();
    QCOMPARE(referrals.size(), 1);
    const QJsonObject entry = referrals[0].toObject();
    QCOMPARE(ApiTestClient::idText(entry.value(QStringLiteral("project_id"))), m_referred.id);
    QCOMPARE(entry.value(QStringLiteral("name")).toString(), QStringLiteral("Referred Ltd"));
    QVERIFY(QDateTime::fromString(entry.value(QStringLiteral("joined_at")).toString(), Qt::ISODateWithMs).isValid());
    QCOMPARE(ApiTestClient::money(entry, "earned_total"), qint64(0));
    // The referred project has a program of its own, with its own code and no referrals yet.
    const QJsonObject own = referral(m_referred);
    QCOMPARE(own.value(QStringLiteral("code")).toString(), m_referred.referralCode);
    QVERIFY(own.value(QStringLiteral("code")).toString() != m_referrer.referralCode);
    QVERIFY(own.value(QStringLiteral("referrals")).toArray().isEmpty());
}

void TstReferral::r18_unknownReferralCodeIsRefused()
{
    const QString email = ApiTestClient::uniqueEmail(QStringLiteral("badcode"));
    const Reply reply = m_api->post(
        QStringLiteral("/api/v1/staff/projects"),
        QJsonObject{{QStringLiteral("name"), QStringLiteral("Bad code")},
                    {QStringLiteral("owner"), QJsonObject{{QStringLiteral("email"), email},
                                                          {QStringLiteral("password"), ApiTestClient::MemberPassword},
                                                          {QStringLiteral("name"), QStringLiteral("Bad code owner")}}},
                    {QStringLiteral("referred_by"), QStringLiteral("NO-SUCH-CODE")}},
        m_api->staffToken());
    API_REQUIRE_PROBLEM(reply, 422, "validation_failed");
    // Nothing was created: the would-be owner cannot log in.
    API_REQUIRE_PROBLEM(m_api->loginReply(email, ApiTestClient::MemberPassword), 401, "unauthorized");
}

void TstReferral::r19_onlyTheDirectReferrerEarnsOncePerCharge()
{
    // grandparent -> parent -> child: the child's charges pay the parent only, and a replayed
    // charge (same Idempotency-Key) pays no second commission.
    const Project grandparent = m_api->newProject(QStringLiteral("grandparent"));
    QVERIFY2(grandparent.isValid(), qPrintable(m_api->lastError()));
    const Project parent = m_api->createProject(QStringLiteral("Parent"), ApiTestClient::uniqueEmail(QStringLiteral("parent")),
                                                grandparent.referralCode);
    QVERIFY2(parent.isValid(), qPrintable(m_api->lastError()));
    const Project child = m_api->createProject(QStringLiteral("Child"), ApiTestClient::uniqueEmail(QStringLiteral("child")),
                                               parent.referralCode);
    QVERIFY2(child.isValid(), qPrintable(m_api->lastError()));
    QVERIFY2(!m_api->topUpPaid(child, 50000).isEmpty(), qPrintable(m_api->lastError()));

    const QString path = QStringLiteral("/api/v1/staff/projects/%1/charges").arg(child.id);
    const QByteArray body = R"({"category":"guaranteed_dial","amount":4321})"; // 432.1 -> 432
    const QByteArray key = ApiTestClient::newIdempotencyKey();
    API_REQUIRE_STATUS(m_api->postRaw(path, body, m_api->staffToken(), key), 201);
    API_REQUIRE_STATUS(m_api->postRaw(path, body, m_api->staffToken(), key), 201);
    QCOMPARE(referralBalance(parent), qint64(432));
    QCOMPARE(referralBalance(grandparent), qint64(0));
    QCOMPARE(ApiTestClient::money(m_api->balances(child), "main"), qint64(50000 - 4321));
}

void TstReferral::r3_administratorGets403OnEveryReferralRoute_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("referral") << QByteArray("GET") << QStringLiteral("/api/v1/projects/%1/referral") << QByteArray();
    QTest::newRow("referral transactions") << QByteArray("GET") << QStringLiteral("/api/v1/projects/%1/referral/transactions") << QByteArray();
    // Referral routes the server offers beyond API.md fall under R3 all the same.
    QTest::newRow("referral monthly stats") << QByteArray("GET") << QStringLiteral("/api/v1/projects/%1/referral/stats/monthly") << QByteArray();
    QTest::newRow("transfer recipient lookup") << QByteArray("GET") << QStringLiteral("/api/v1/projects/%1/referral/recipient?code=%2") << QByteArray();
    QTest::newRow("withdraw to own main") << QByteArray("POST") << QStringLiteral("/api/v1/projects/%1/referral/withdrawals")
                                          << QByteArray(R"({"amount":1,"destination":"own_main"})");
    QTest::newRow("withdraw to card") << QByteArray("POST") << QStringLiteral("/api/v1/projects/%1/referral/withdrawals")
                                      << QByteArray(R"({"amount":1,"destination":"card","card_number":"4111111111111111"})");
}

void TstReferral::r3_administratorGets403OnEveryReferralRoute()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    const qint64 before = referralBalance(m_referrer);
    Request request;
    request.method = method;
    request.path = path.contains(QStringLiteral("%2")) ? path.arg(m_referrer.id, m_referred.referralCode) : path.arg(m_referrer.id);
    request.body = body;
    request.token = m_api->tokenFor(m_referrerAdmin);
    request.idempotencyKey = method == "POST" ? ApiTestClient::newIdempotencyKey() : QByteArray();
    const Reply reply = m_api->send(request);
    API_REQUIRE_PROBLEM(reply, 403, "forbidden");
    // The refusal itself tells nothing: no referral key, no balance figure (non-zero by now).
    QVERIFY(before > 0);
    QStringList traces;
    findReferralTraces(reply.json.object(), before, QStringLiteral("$"), traces);
    QVERIFY2(traces.isEmpty(), qPrintable(traces.join(QStringLiteral(", ")) + QStringLiteral(" in ") + reply.describe()));
    QCOMPARE(referralBalance(m_referrer), before);
}

void TstReferral::r19_accrualIsRateOfRealMoneyPerCharge()
{
    const qint64 before = referralBalance(m_referrer);
    API_REQUIRE_STATUS(m_api->grantBonus(m_referred.id, 5000), 201);
    // Paid by bonus: no commission. Bonus + main: 10 % of the main part only. Rounded down per charge.
    API_REQUIRE_STATUS(m_api->charge(m_referred.id, QStringLiteral("service_subscription"), 3000), 201);
    QCOMPARE(referralBalance(m_referrer), before);
    API_REQUIRE_STATUS(m_api->charge(m_referred.id, QStringLiteral("service_subscription"), 2999), 201); // main part 999 -> 99
    QCOMPARE(referralBalance(m_referrer), before + 99);
    API_REQUIRE_STATUS(m_api->charge(m_referred.id, QStringLiteral("api_call"), 1234), 201); // -> 123
    QCOMPARE(referralBalance(m_referrer), before + 222);
    API_REQUIRE_STATUS(m_api->charge(m_referred.id, QStringLiteral("sms_notification"), 9), 201); // 0.9 -> 0
    QCOMPARE(referralBalance(m_referrer), before + 222);

    QList<qint64> accruals;
    for (const QJsonObject &row : referralRows(m_referrer)) {
        if (row.value(QStringLiteral("kind")).toString() == QLatin1String("accrual") && ApiTestClient::money(row, "amount") != 0) {
            accruals << ApiTestClient::money(row, "amount");
            QCOMPARE(ApiTestClient::idText(row.value(QStringLiteral("source_project_id"))), m_referred.id);
        }
    }
    QCOMPARE(accruals, (QList<qint64>{123, 99}));
    const QJsonArray referrals = referral(m_referrer).value(QStringLiteral("referrals")).toArray();
    QCOMPARE(ApiTestClient::money(referrals[0].toObject(), "earned_total"), qint64(222));
    // The referred project itself earns nothing from its own spending.
    QCOMPARE(referralBalance(m_referred), qint64(0));
}

void TstReferral::r19_creditPartsEarnCommission()
{
    CreditFixture credit(*m_api);
    const qint64 before = referralBalance(m_referrer);
    const Project borrower = credit.eligibleProject(5000, m_referrer.referralCode);
    QVERIFY2(borrower.isValid(), qPrintable(m_api->lastError()));
    const qint64 setupCharge = CreditFixture::chargeForLimit(5000);
    QCOMPARE(referralBalance(m_referrer), before + setupCharge / 10);

    const qint64 main = ApiTestClient::money(m_api->balances(borrower), "main");
    API_REQUIRE_STATUS(m_api->adjust(borrower.id, -main + 1000, QStringLiteral("correction"), QStringLiteral("setup")), 201);
    API_REQUIRE_STATUS(credit.grant(borrower, CreditFixture::creditBody(5000)), 201);
    const qint64 afterSetup = referralBalance(m_referrer);
    // 1000 from main + 1000 from credit: 10 % of 2000.
    API_REQUIRE_STATUS(m_api->charge(borrower.id, QStringLiteral("api_call"), 2000), 201);
    QCOMPARE(referralBalance(m_referrer), afterSetup + 200);
    // All from credit: floor(3333 * 0.1) = 333.
    API_REQUIRE_STATUS(m_api->charge(borrower.id, QStringLiteral("autodial"), 3333), 201);
    QCOMPARE(referralBalance(m_referrer), afterSetup + 533);
}

void TstReferral::r19_rateIsConfigurable()
{
    ServerProcess::Options options;
    options.extraArguments = {QStringLiteral("--referral-rate-bp"), QStringLiteral("250")};
    ServerProcess server(options);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    ApiTestClient api(server.baseUrl());
    const Project referrer = api.newProject(QStringLiteral("ratereferrer"));
    QVERIFY2(referrer.isValid(), qPrintable(api.lastError()));
    const Project referred = api.createProject(QStringLiteral("Rate referred"), ApiTestClient::uniqueEmail(QStringLiteral("ratereferred")),
                                               referrer.referralCode);
    QVERIFY2(referred.isValid(), qPrintable(api.lastError()));
    QVERIFY2(!api.topUpPaid(referred, 10000).isEmpty(), qPrintable(api.lastError()));
    API_REQUIRE_STATUS(api.charge(referred.id, QStringLiteral("api_call"), 1999), 201); // 2.5 % of 1999 = 49.975 -> 49
    const Reply program = api.get(QStringLiteral("/api/v1/projects/%1/referral").arg(referrer.id), api.tokenFor(referrer.ownerEmail));
    API_REQUIRE_STATUS(program, 200);
    QCOMPARE(ApiTestClient::money(program.object(), "rate_bp"), qint64(250));
    QCOMPARE(ApiTestClient::money(program.object(), "balance"), qint64(49));
}

void TstReferral::r20_withdrawToOwnMain()
{
    const qint64 referralBefore = referralBalance(m_referrer);
    const qint64 mainBefore = ApiTestClient::money(m_api->balances(m_referrer), "main");
    QVERIFY(referralBefore >= 100);
    const Reply reply = withdraw(m_referrer, QJsonObject{{QStringLiteral("amount"), 100}, {QStringLiteral("destination"), QStringLiteral("own_main")}});
    API_REQUIRE_STATUS(reply, 201);
    QCOMPARE(reply.object().value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
    QCOMPARE(ApiTestClient::money(reply.object(), "amount"), qint64(100));
    QCOMPARE(reply.object().value(QStringLiteral("destination")).toString(), QStringLiteral("own_main"));
    QCOMPARE(referralBalance(m_referrer), referralBefore - 100);
    QCOMPARE(ApiTestClient::money(m_api->balances(m_referrer), "main"), mainBefore + 100);
    const QList<QJsonObject> rows = m_api->allTransactions(m_referrer);
    QVERIFY(!rows.isEmpty());
    QCOMPARE(rows[0].value(QStringLiteral("kind")).toString(), QStringLiteral("referral_transfer_in"));
    QCOMPARE(rows[0].value(QStringLiteral("balance")).toString(), QStringLiteral("main"));
    QCOMPARE(ApiTestClient::money(rows[0], "amount"), qint64(100));
    const QList<QJsonObject> referralHistory = referralRows(m_referrer);
    QCOMPARE(referralHistory[0].value(QStringLiteral("kind")).toString(), QStringLiteral("withdrawal"));
    QCOMPARE(ApiTestClient::money(referralHistory[0], "balance_after"), referralBefore - 100);
}

void TstReferral::r20_withdrawToAnotherProject()
{
    const qint64 referralBefore = referralBalance(m_referrer);
    const qint64 targetBefore = ApiTestClient::money(m_api->balances(m_referred), "main");
    const Reply reply = withdraw(m_referrer, QJsonObject{{QStringLiteral("amount"), 50},
                                                         {QStringLiteral("destination"), QStringLiteral("project")},
                                                         {QStringLiteral("target_project_id"), m_referred.idValue}});
    API_REQUIRE_STATUS(reply, 201);
    QCOMPARE(reply.object().value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
    QCOMPARE(referralBalance(m_referrer), referralBefore - 50);
    QCOMPARE(ApiTestClient::money(m_api->balances(m_referred), "main"), targetBefore + 50);
    // The receiving project's administrator sees the transfer as a main-balance movement...
    const Reply history = m_api->get(QStringLiteral("/api/v1/projects/%1/transactions?kind=referral_transfer_in").arg(m_referred.id),
                                     m_api->tokenFor(m_referredAdmin));
    API_REQUIRE_STATUS(history, 200);
    const QJsonArray items = history.object().value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items[0][QStringLiteral("balance")].toString(), QStringLiteral("main"));
    QCOMPARE(ApiTestClient::money(items[0][QStringLiteral("amount")]), qint64(50));
    // ...which never states the sender's referral balance.
    QStringList traces;
    findReferralTraces(history.json.object(), referralBefore - 50, QStringLiteral("$"), traces);
    QVERIFY2(traces.isEmpty(), qPrintable(traces.join(QStringLiteral(", "))));
}

void TstReferral::r20_withdrawToUnknownProjectChangesNothing()
{
    const qint64 before = referralBalance(m_referrer);
    const Reply reply = withdraw(m_referrer, QJsonObject{{QStringLiteral("amount"), 10},
                                                         {QStringLiteral("destination"), QStringLiteral("project")},
                                                         {QStringLiteral("target_project_id"), 987654321}});
    QVERIFY2(reply.status == 404 || reply.status == 422, qPrintable(reply.describe()));
    QVERIFY2(reply.problemType() == QLatin1String(reply.status == 404 ? "not_found" : "validation_failed"), qPrintable(reply.describe()));
    QCOMPARE(referralBalance(m_referrer), before);
}

void TstReferral::r20_cardWithdrawalIsLuhnCheckedMaskedAndReserved()
{
    const qint64 before = referralBalance(m_referrer);
    API_REQUIRE_PROBLEM(withdraw(m_referrer, QJsonObject{{QStringLiteral("amount"), 30}, {QStringLiteral("destination"), QStringLiteral("card")},
                                                         {QStringLiteral("card_number"), QStringLiteral("4111111111111112")}}),
                        422, "validation_failed");
    API_REQUIRE_PROBLEM(withdraw(m_referrer, QJsonObject{{QStringLiteral("amount"), 30}, {QStringLiteral("destination"), QStringLiteral("card")}}),
                        422, "validation_failed");
    QCOMPARE(referralBalance(m_referrer), before);

    const Reply reply = withdraw(m_referrer, QJsonObject{{QStringLiteral("amount"), 30}, {QStringLiteral("destination"), QStringLiteral("card")},
                                                         {QStringLiteral("card_number"), QStringLiteral("4111111111111111")}});
    API_REQUIRE_STATUS(reply, 201);
    QCOMPARE(reply.object().value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    QCOMPARE(reply.object().value(QStringLiteral("destination")).toString(), QStringLiteral("card"));
    // Reserved at once.
    QCOMPARE(referralBalance(m_referrer), before - 30);
    // Stored masked: the full number never comes back.
    QVERIFY2(!reply.body.contains("4111111111111111"), reply.body.constData());
    const Reply history = m_api->get(QStringLiteral("/api/v1/projects/%1/referral/transactions").arg(m_referrer.id),
                                     m_api->tokenFor(m_referrer.ownerEmail));
    API_REQUIRE_STATUS(history, 200);
    QVERIFY2(!history.body.contains("4111111111111111"), history.body.constData());
    QVERIFY2(history.body.contains("1111"), "the masked card keeps its last digits");
}

void TstReferral::r20_staffCompleteOrRejectCardWithdrawal()
{
    const auto cardWithdrawal = [&](qint64 amount) {
        const Reply reply = withdraw(m_referrer, QJsonObject{{QStringLiteral("amount"), amount}, {QStringLiteral("destination"), QStringLiteral("card")},
                                                             {QStringLiteral("card_number"), QStringLiteral("5555555555554444")}});
        return reply.status == 201 ? ApiTestClient::idText(reply.object().value(QStringLiteral("id"))) : QString();
    };
    const qint64 start = referralBalance(m_referrer);
    const QString completed = cardWithdrawal(20);
    QVERIFY(!completed.isEmpty());
    // Only staff complete payouts, and only with an idempotency key.
    API_REQUIRE_PROBLEM(m_api->post(QStringLiteral("/api/v1/staff/referral-withdrawals/%1/complete").arg(completed), QJsonObject{},
                                    m_api->tokenFor(m_referrer.ownerEmail), ApiTestClient::newIdempotencyKey()),
                        403, "forbidden");
    API_REQUIRE_PROBLEM(m_api->post(QStringLiteral("/api/v1/staff/referral-withdrawals/%1/complete").arg(completed), QJsonObject{},
                                    m_api->staffToken()),
                        400, "validation_failed");
    API_REQUIRE_OK(staffDecision(completed, "complete"));
    QCOMPARE(referralBalance(m_referrer), start - 20);
    // A completed payout cannot be rejected afterwards (that would pay twice).
    const Reply late = staffDecision(completed, "reject");
    QVERIFY2(late.status >= 400 && late.status < 500, qPrintable(late.describe()));
    QCOMPARE(referralBalance(m_referrer), start - 20);

    const QString rejected = cardWithdrawal(40);
    QVERIFY(!rejected.isEmpty());
    QCOMPARE(referralBalance(m_referrer), start - 60);
    API_REQUIRE_OK(staffDecision(rejected, "reject"));
    QCOMPARE(referralBalance(m_referrer), start - 20); // the reserved amount returns
    const QList<QJsonObject> rows = referralRows(m_referrer);
    QCOMPARE(rows[0].value(QStringLiteral("kind")).toString(), QStringLiteral("withdrawal_reversal"));
    QCOMPARE(ApiTestClient::money(rows[0], "amount"), qint64(40));
    QCOMPARE(ApiTestClient::money(rows[0], "balance_after"), start - 20);
    const Reply again = staffDecision(rejected, "complete");
    QVERIFY2(again.status >= 400 && again.status < 500, qPrintable(again.describe()));
    QCOMPARE(referralBalance(m_referrer), start - 20);
}

void TstReferral::r20_badWithdrawalsChangeNothing_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("withKey");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("type");
    const QString invalid = QStringLiteral("validation_failed");
    QTest::newRow("above the balance") << QByteArray(R"({"amount":%BALANCE+1%,"destination":"own_main"})") << true << 422
                                       << QStringLiteral("insufficient_funds");
    QTest::newRow("zero") << QByteArray(R"({"amount":0,"destination":"own_main"})") << true << 422 << invalid;
    QTest::newRow("negative") << QByteArray(R"({"amount":-10,"destination":"own_main"})") << true << 422 << invalid;
    QTest::newRow("amount as string") << QByteArray(R"({"amount":"10","destination":"own_main"})") << true << 422 << invalid;
    QTest::newRow("unknown destination") << QByteArray(R"({"amount":10,"destination":"wallet"})") << true << 422 << invalid;
    QTest::newRow("project without target") << QByteArray(R"({"amount":10,"destination":"project"})") << true << 422 << invalid;
    QTest::newRow("malformed JSON") << QByteArray(R"({"amount":10,)") << true << 400 << invalid;
    QTest::newRow("missing idempotency key") << QByteArray(R"({"amount":10,"destination":"own_main"})") << false << 400 << invalid;
}

void TstReferral::r20_badWithdrawalsChangeNothing()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, withKey);
    QFETCH(int, status);
    QFETCH(QString, type);
    const qint64 before = referralBalance(m_referrer);
    const QJsonObject balancesBefore = m_api->balances(m_referrer);
    body.replace("%BALANCE+1%", QByteArray::number(before + 1));
    const Reply reply = m_api->postRaw(QStringLiteral("/api/v1/projects/%1/referral/withdrawals").arg(m_referrer.id), body,
                                       m_api->tokenFor(m_referrer.ownerEmail), withKey ? ApiTestClient::newIdempotencyKey() : QByteArray());
    const QString mismatch = ApiTestClient::problemMismatch(reply, status, type);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    QCOMPARE(referralBalance(m_referrer), before);
    QCOMPARE(m_api->balances(m_referrer), balancesBefore);
}

void TstReferral::r21_concurrentWithdrawalsNeverExceedBalance()
{
    const Project referrer = m_api->newProject(QStringLiteral("racereferrer"));
    QVERIFY2(referrer.isValid(), qPrintable(m_api->lastError()));
    const Project referred = m_api->createProject(QStringLiteral("Race referred"), ApiTestClient::uniqueEmail(QStringLiteral("racereferred")),
                                                  referrer.referralCode);
    QVERIFY2(referred.isValid(), qPrintable(m_api->lastError()));
    QVERIFY2(!m_api->topUpPaid(referred, 10000).isEmpty(), qPrintable(m_api->lastError()));
    API_REQUIRE_STATUS(m_api->charge(referred.id, QStringLiteral("api_call"), 10000), 201);
    QCOMPARE(referralBalance(referrer), qint64(1000)); // covers exactly 10 withdrawals of 100

    std::vector<Request> requests(100);
    for (Request &request : requests) {
        request.method = "POST";
        request.path = QStringLiteral("/api/v1/projects/%1/referral/withdrawals").arg(referrer.id);
        request.body = R"({"amount":100,"destination":"own_main"})";
        request.token = m_api->tokenFor(referrer.ownerEmail);
        request.idempotencyKey = ApiTestClient::newIdempotencyKey();
    }
    int completed = 0;
    for (const Reply &reply : m_api->sendParallel(requests)) {
        if (reply.status == 201)
            ++completed;
        else
            API_REQUIRE_PROBLEM(reply, 422, "insufficient_funds");
    }
    QCOMPARE(completed, 10);
    QCOMPARE(referralBalance(referrer), qint64(0));
    QCOMPARE(ApiTestClient::money(m_api->balances(referrer), "main"), qint64(1000));
    QCOMPARE(m_api->allTransactions(referrer, QStringLiteral("kind=referral_transfer_in")).size(), qsizetype(10));
}

void TstReferral::r23_replayedWithdrawalAppliesOnce()
{
    const Project referrer = m_api->newProject(QStringLiteral("replayreferrer"));
    QVERIFY2(referrer.isValid(), qPrintable(m_api->lastError()));
    const Project referred = m_api->createProject(QStringLiteral("Replay referred"), ApiTestClient::uniqueEmail(QStringLiteral("replayreferred")),
                                                  referrer.referralCode);
    QVERIFY2(referred.isValid(), qPrintable(m_api->lastError()));
    QVERIFY2(!m_api->topUpPaid(referred, 10000).isEmpty(), qPrintable(m_api->lastError()));
    API_REQUIRE_STATUS(m_api->charge(referred.id, QStringLiteral("api_call"), 10000), 201);
    QCOMPARE(referralBalance(referrer), qint64(1000));

    const QString path = QStringLiteral("/api/v1/projects/%1/referral/withdrawals").arg(referrer.id);
    const QByteArray body = R"({"amount":300,"destination":"own_main"})";
    const QByteArray key = ApiTestClient::newIdempotencyKey();
    const QString token = m_api->tokenFor(referrer.ownerEmail);
    const Reply first = m_api->postRaw(path, body, token, key);
    API_REQUIRE_STATUS(first, 201);
    const Reply again = m_api->postRaw(path, body, token, key);
    QCOMPARE(again.status, 201);
    QCOMPARE(again.json, first.json);
    QCOMPARE(referralBalance(referrer), qint64(700));
    QCOMPARE(ApiTestClient::money(m_api->balances(referrer), "main"), qint64(300));
    API_REQUIRE_PROBLEM(m_api->postRaw(path, R"({"amount":301,"destination":"own_main"})", token, key), 409, "idempotency_conflict");
    QCOMPARE(referralBalance(referrer), qint64(700));
}

void TstReferral::r22_referralBalanceIsSumOfItsHistory()
{
    const QList<QJsonObject> rows = referralRows(m_referrer);
    QVERIFY(rows.size() >= 5);
    qint64 running = 0;
    for (qsizetype i = rows.size() - 1; i >= 0; --i) {
        running += ApiTestClient::money(rows[i], "amount");
        QVERIFY2(running == ApiTestClient::money(rows[i], "balance_after"), qPrintable(ApiTestClient::jsonText(rows[i])));
    }
    QCOMPARE(running, referralBalance(m_referrer));
}

void TstReferral::r3_noAdministratorResponseContainsReferralFigures()
{
    // Leave a distinctive figure on the referral balance, then read everything an administrator can.
    const qint64 figure = 1717;
    const qint64 balance = referralBalance(m_referrer);
    QVERIFY2(balance > figure, qPrintable(QString::number(balance)));
    API_REQUIRE_STATUS(withdraw(m_referrer, QJsonObject{{QStringLiteral("amount"), balance - figure},
                                                        {QStringLiteral("destination"), QStringLiteral("own_main")}}),
                       201);
    QCOMPARE(referralBalance(m_referrer), figure);
    const QString token = m_api->tokenFor(m_referrerAdmin);
    const QStringList paths{
        QStringLiteral("/api/v1/me"),
        QStringLiteral("/api/v1/projects/%1/balances"),
        QStringLiteral("/api/v1/projects/%1/transactions?limit=1000"),
        QStringLiteral("/api/v1/projects/%1/transactions?kind=referral_transfer_in"),
        QStringLiteral("/api/v1/projects/%1/users"),
        QStringLiteral("/api/v1/projects/%1/topups"),
        QStringLiteral("/api/v1/projects/%1/credit/eligibility"),
        // The server's chart routes beyond API.md: an administrator reads them too.
        QStringLiteral("/api/v1/projects/%1/stats/daily"),
        QStringLiteral("/api/v1/projects/%1/stats/monthly-spend"),
    };
    for (const QString &path : paths) {
        const Reply reply = m_api->get(path.contains(QStringLiteral("%1")) ? path.arg(m_referrer.id) : path, token);
        API_REQUIRE_STATUS(reply, 200);
        QStringList traces;
        findReferralTraces(reply.json.object(), figure, path, traces);
        QVERIFY2(traces.isEmpty(), qPrintable(traces.join(QStringLiteral(", ")) + QStringLiteral(" in ") + reply.describe()));
        QVERIFY2(!reply.body.contains(m_referrer.referralCode.toUtf8()), qPrintable(reply.describe()));
    }
}

QTEST_GUILESS_MAIN(TstReferral)
#include "tst_referral.moc"
