// SPDX-License-Identifier: GPL-3.0-or-later
// The credit and referral parts of cabinet-server beyond the contract suites: the request
// lifecycle staff and owners see (R12), the
// staff list of card payouts (R20), the R22 invariant after a random mix of charges, top-ups,
// credits, expiries, accruals and withdrawals across projects, and the demo seed's credit and
// referral story. Where the ledger's own tables must be read (the global sum), the suite opens the
// server's SQLite file read-only. The expiry timer has its own SQLite-only suite
// (tst_server_expiry_timer), so this one runs unchanged on PostgreSQL.
#include "ApiTestClient.h"
#include "CreditFixture.h"
#include "LedgerFile.h"
#include "ServerProcess.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>

#include <memory>
#include <optional>

using Reply = ApiTestClient::Reply;
using Project = ApiTestClient::Project;

namespace {

qint64 moneyOf(const QJsonObject &object, const char *field)
{
    return ApiTestClient::money(object, field);
}

} // namespace

class TstServerCreditReferral : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void r12_requestLifecycleSeenByOwnerAndStaff();
    void r12_grantChecksTheRequest_data();
    void r12_grantChecksTheRequest();
    void r20_staffListPendingCardPayouts();
    void r22_randomMixOfCreditsExpiriesAccrualsAndWithdrawals();
    void demoSeed_repaidCreditTwoReferralsAndPendingPayout();

private:
    QList<QJsonObject> requestsOf(const Project &project, const QString &query = {});
    QJsonObject referral(const Project &project);
    Reply withdraw(const Project &project, const QJsonObject &body);
    // Every balance's balance_after chain and final figure, and the referral history (R22, R26).
    void verifyHistories(ApiTestClient &api, const Project &project);
    void verifyLedgerSums(const ServerProcess &server);

    ServerProcess m_server;
    std::unique_ptr<ApiTestClient> m_api;
    std::unique_ptr<CreditFixture> m_credit;
};

void TstServerCreditReferral::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_api = std::make_unique<ApiTestClient>(m_server.baseUrl());
    m_credit = std::make_unique<CreditFixture>(*m_api);
    QVERIFY2(!m_api->staffToken().isEmpty(), qPrintable(m_api->lastError()));
}

QList<QJsonObject> TstServerCreditReferral::requestsOf(const Project &project, const QString &query)
{
    return m_api->allItems(QStringLiteral("/api/v1/projects/%1/credit/requests").arg(project.id),
                           m_api->tokenFor(project.ownerEmail), query);
}

QJsonObject TstServerCreditReferral::referral(const Project &project)
{
    return m_api->get(QStringLiteral("/api/v1/projects/%1/referral").arg(project.id), m_api->tokenFor(project.ownerEmail))
        .object();
}

Reply TstServerCreditReferral::withdraw(const Project &project, const QJsonObject &body)
{
    return m_api->post(QStringLiteral("/api/v1/projects/%1/referral/withdrawals").arg(project.id), body,
                       m_api->tokenFor(project.ownerEmail), ApiTestClient::newIdempotencyKey());
}

void TstServerCreditReferral::r12_requestLifecycleSeenByOwnerAndStaff()
{
    const Project project = m_credit->eligibleProject(6000);
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    const QString admin = ApiTestClient::uniqueEmail(QStringLiteral("creditadmin"));
    QVERIFY2(m_api->addUser(project.id, admin, QStringLiteral("administrator")), qPrintable(m_api->lastError()));

    const Reply first = m_credit->request(project, CreditFixture::creditBody(5000, "2"));
    API_REQUIRE_STATUS(first, 201);
    const QString firstId = ApiTestClient::idText(first.object().value(QStringLiteral("id")));
    const Reply second = m_credit->request(project, CreditFixture::creditBody(3000, "4"));
    API_REQUIRE_STATUS(second, 201);
    const QString secondId = ApiTestClient::idText(second.object().value(QStringLiteral("id")));

    // The owner and the administrator both follow their requests, newest first (R2, R3).
    QList<QJsonObject> mine = requestsOf(project);
    QCOMPARE(mine.size(), qsizetype(2));
    QCOMPARE(ApiTestClient::idText(mine[0].value(QStringLiteral("id"))), secondId);
    QCOMPARE(mine[1].value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    QCOMPARE(moneyOf(mine[1], "amount"), qint64(5000));
    QCOMPARE(mine[1].value(QStringLiteral("term_days")).toInt(), 2);
    const Reply asAdmin = m_api->get(QStringLiteral("/api/v1/projects/%1/credit/requests").arg(project.id), m_api->tokenFor(admin));
    API_REQUIRE_STATUS(asAdmin, 200);
    QCOMPARE(asAdmin.object().value(QStringLiteral("items")).toArray().size(), 2);

    // Staff reject one with a note the customer reads, and grant the other.
    const Reply rejected = m_api->post(QStringLiteral("/api/v1/staff/credit-requests/%1/reject").arg(secondId),
                                       QJsonObject{{QStringLiteral("note"), QStringLiteral("one request at a time")}},
                                       m_api->staffToken());
    API_REQUIRE_STATUS(rejected, 200);
    QCOMPARE(rejected.object().value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    // Rejecting again changes nothing; only staff reject.
    API_REQUIRE_STATUS(m_api->post(QStringLiteral("/api/v1/staff/credit-requests/%1/reject").arg(secondId), QJsonObject{},
                                   m_api->staffToken()),
                       200);
    API_REQUIRE_PROBLEM(m_api->post(QStringLiteral("/api/v1/staff/credit-requests/%1/reject").arg(firstId), QJsonObject{},
                                    m_api->tokenFor(project.ownerEmail)),
                        403, "forbidden");
    const Reply granted = m_api->post(QStringLiteral("/api/v1/staff/projects/%1/credits").arg(project.id),
                                      QJsonObject{{QStringLiteral("amount"), 4000}, {QStringLiteral("term_days"), 2},
                                                  {QStringLiteral("request_id"), first.object().value(QStringLiteral("id"))}},
                                      m_api->staffToken(), ApiTestClient::newIdempotencyKey());
    API_REQUIRE_STATUS(granted, 201);
    QCOMPARE(moneyOf(granted.object(), "amount"), qint64(4000)); // staff may grant less than asked
    // A granted request cannot be rejected afterwards.
    API_REQUIRE_PROBLEM(m_api->post(QStringLiteral("/api/v1/staff/credit-requests/%1/reject").arg(firstId), QJsonObject{},
                                    m_api->staffToken()),
                        409, "conflict");

    mine = requestsOf(project);
    QCOMPARE(mine[0].value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    QCOMPARE(mine[0].value(QStringLiteral("note")).toString(), QStringLiteral("one request at a time"));
    QCOMPARE(mine[1].value(QStringLiteral("status")).toString(), QStringLiteral("granted"));
    QCOMPARE(ApiTestClient::idText(mine[1].value(QStringLiteral("credit_id"))),
             ApiTestClient::idText(granted.object().value(QStringLiteral("id"))));
    QCOMPARE(requestsOf(project, QStringLiteral("status=pending")).size(), qsizetype(0));
    QCOMPARE(moneyOf(CreditFixture::creditOf(m_api->balances(project)), "granted"), qint64(4000));

    // The staff list filters by status and knows the project.
    const QList<QJsonObject> staffGranted = m_api->allItems(QStringLiteral("/api/v1/staff/credit-requests"),
                                                            m_api->staffToken(), QStringLiteral("status=granted"));
    bool found = false;
    for (const QJsonObject &item : staffGranted) {
        QCOMPARE(item.value(QStringLiteral("status")).toString(), QStringLiteral("granted"));
        if (ApiTestClient::idText(item.value(QStringLiteral("id"))) == firstId) {
            found = true;
            QCOMPARE(ApiTestClient::idText(item.value(QStringLiteral("project_id"))), project.id);
        }
    }
    QVERIFY(found);
    API_REQUIRE_PROBLEM(m_api->get(QStringLiteral("/api/v1/staff/credit-requests?status=approved"), m_api->staffToken()), 422,
                        "validation_failed");
}

void TstServerCreditReferral::r12_grantChecksTheRequest_data()
{
    QTest::addColumn<QString>("problem");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("type");
    QTest::newRow("request of another project") << QStringLiteral("other project") << 422 << QStringLiteral("validation_failed");
    QTest::newRow("more than the request asked") << QStringLiteral("more") << 422 << QStringLiteral("validation_failed");
    QTest::newRow("rejected request") << QStringLiteral("rejected") << 409 << QStringLiteral("conflict");
    QTest::newRow("unknown request") << QStringLiteral("unknown") << 422 << QStringLiteral("validation_failed");
}

void TstServerCreditReferral::r12_grantChecksTheRequest()
{
    QFETCH(QString, problem);
    QFETCH(int, status);
    QFETCH(QString, type);
    // The other project first: it is months older (and its limit lower) when the request is made.
    const Project other = m_credit->eligibleProject(5000);
    QVERIFY2(other.isValid(), qPrintable(m_api->lastError()));
    const Project project = m_credit->eligibleProject(5000);
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    const Reply asked = m_credit->request(problem == QLatin1String("other project") ? other : project,
                                          CreditFixture::creditBody(1000, "3"));
    API_REQUIRE_STATUS(asked, 201);
    QJsonValue requestId = asked.object().value(QStringLiteral("id"));
    if (problem == QLatin1String("rejected"))
        API_REQUIRE_STATUS(m_api->post(QStringLiteral("/api/v1/staff/credit-requests/%1/reject").arg(ApiTestClient::idText(requestId)),
                                       QJsonObject{}, m_api->staffToken()),
                           200);
    if (problem == QLatin1String("unknown"))
        requestId = 987654321;
    const QJsonObject before = m_api->balances(project);
    const Reply grant = m_api->post(QStringLiteral("/api/v1/staff/projects/%1/credits").arg(project.id),
                                    QJsonObject{{QStringLiteral("amount"), problem == QLatin1String("more") ? 1001 : 1000},
                                                {QStringLiteral("term_days"), 3}, {QStringLiteral("request_id"), requestId}},
                                    m_api->staffToken(), ApiTestClient::newIdempotencyKey());
    const QString mismatch = ApiTestClient::problemMismatch(grant, status, type);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    QCOMPARE(m_api->balances(project), before);
    QCOMPARE(m_credit->rowsOfKind(project, QStringLiteral("credit_grant")).size(), qsizetype(0));
}

void TstServerCreditReferral::r20_staffListPendingCardPayouts()
{
    const Project referrer = m_api->newProject(QStringLiteral("payoutreferrer"));
    QVERIFY2(referrer.isValid(), qPrintable(m_api->lastError()));
    const Project referred = m_api->createProject(QStringLiteral("Payout referred"),
                                                  ApiTestClient::uniqueEmail(QStringLiteral("payoutreferred")),
                                                  referrer.referralCode);
    QVERIFY2(referred.isValid() && !m_api->topUpPaid(referred, 50000).isEmpty(), qPrintable(m_api->lastError()));
    API_REQUIRE_STATUS(m_api->charge(referred.id, QStringLiteral("api_call"), 40000), 201); // 4000 earned
    const Reply payout = withdraw(referrer, QJsonObject{{QStringLiteral("amount"), 2500},
                                                        {QStringLiteral("destination"), QStringLiteral("card")},
                                                        {QStringLiteral("card_number"), QStringLiteral("5555 5555 5555 4444")}});
    API_REQUIRE_STATUS(payout, 201);
    const QString payoutId = ApiTestClient::idText(payout.object().value(QStringLiteral("id")));
    QCOMPARE(payout.object().value(QStringLiteral("card_masked")).toString(), QStringLiteral("**** **** **** 4444"));
    // Reserved, not gone: the summary tells the owner what waits for staff.
    QJsonObject program = referral(referrer);
    QCOMPARE(moneyOf(program, "balance"), qint64(1500));
    QCOMPARE(moneyOf(program, "reserved"), qint64(2500));

    const auto pendingIds = [&] {
        QStringList ids;
        for (const QJsonObject &item : m_api->allItems(QStringLiteral("/api/v1/staff/referral-withdrawals"), m_api->staffToken(),
                                                       QStringLiteral("status=pending"))) {
            ids << ApiTestClient::idText(item.value(QStringLiteral("id")));
            if (ids.last() == payoutId) {
                QString text = ApiTestClient::jsonText(item);
                if (text.contains(QLatin1String("5555555555554444")) || text.contains(QLatin1String("5555 5555 5555 4444")))
                    ids << QStringLiteral("full card number shown");
            }
        }
        return ids;
    };
    QVERIFY(pendingIds().contains(payoutId));
    QVERIFY(!pendingIds().contains(QStringLiteral("full card number shown")));
    API_REQUIRE_PROBLEM(m_api->get(QStringLiteral("/api/v1/staff/referral-withdrawals"), m_api->tokenFor(referrer.ownerEmail)),
                        403, "forbidden");
    // An internal transfer never waits for staff.
    const Reply transfer = withdraw(referrer, QJsonObject{{QStringLiteral("amount"), 500},
                                                          {QStringLiteral("destination"), QStringLiteral("own_main")}});
    API_REQUIRE_STATUS(transfer, 201);
    API_REQUIRE_PROBLEM(m_api->post(QStringLiteral("/api/v1/staff/referral-withdrawals/%1/complete")
                                        .arg(ApiTestClient::idText(transfer.object().value(QStringLiteral("id")))),
                                    QJsonObject{}, m_api->staffToken(), ApiTestClient::newIdempotencyKey()),
                        409, "conflict");
    API_REQUIRE_PROBLEM(m_api->post(QStringLiteral("/api/v1/staff/referral-withdrawals/987654321/complete"), QJsonObject{},
                                    m_api->staffToken(), ApiTestClient::newIdempotencyKey()),
                        404, "not_found");

    const Reply completed = m_api->post(QStringLiteral("/api/v1/staff/referral-withdrawals/%1/complete").arg(payoutId), QJsonObject{},
                                        m_api->staffToken(), ApiTestClient::newIdempotencyKey());
    API_REQUIRE_STATUS(completed, 200);
    QCOMPARE(completed.object().value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
    QVERIFY(!pendingIds().contains(payoutId));
    program = referral(referrer);
    QCOMPARE(moneyOf(program, "balance"), qint64(1000));
    QCOMPARE(moneyOf(program, "reserved"), qint64(0));
    // The owner's history names the payout's state and the masked card.
    const QList<QJsonObject> rows = m_api->allItems(QStringLiteral("/api/v1/projects/%1/referral/transactions").arg(referrer.id),
                                                    m_api->tokenFor(referrer.ownerEmail));
    bool seen = false;
    for (const QJsonObject &row : rows) {
        if (ApiTestClient::idText(row.value(QStringLiteral("withdrawal_id"))) != payoutId)
            continue;
        seen = true;
        QCOMPARE(row.value(QStringLiteral("kind")).toString(), QStringLiteral("withdrawal"));
        QCOMPARE(row.value(QStringLiteral("withdrawal_status")).toString(), QStringLiteral("completed"));
        QCOMPARE(row.value(QStringLiteral("card_masked")).toString(), QStringLiteral("**** **** **** 4444"));
    }
    QVERIFY(seen);
}

void TstServerCreditReferral::verifyHistories(ApiTestClient &api, const Project &project)
{
    const QJsonObject balances = api.balances(project);
    QMap<QString, qint64> running;
    const QList<QJsonObject> rows = api.allTransactions(project);
    for (qsizetype i = rows.size() - 1; i >= 0; --i) {
        const QString balance = rows[i].value(QStringLiteral("balance")).toString();
        running[balance] += moneyOf(rows[i], "amount");
        QVERIFY2(running[balance] == moneyOf(rows[i], "balance_after"), qPrintable(ApiTestClient::jsonText(rows[i])));
    }
    QCOMPARE(running.value(QStringLiteral("main")), moneyOf(balances, "main"));
    QCOMPARE(running.value(QStringLiteral("bonus")), moneyOf(balances, "bonus"));
    QCOMPARE(running.value(QStringLiteral("credit")), moneyOf(CreditFixture::creditOf(balances), "available"));

    const QList<QJsonObject> referralRows = api.allItems(QStringLiteral("/api/v1/projects/%1/referral/transactions").arg(project.id),
                                                         api.tokenFor(project.ownerEmail));
    qint64 referral = 0;
    for (qsizetype i = referralRows.size() - 1; i >= 0; --i) {
        referral += moneyOf(referralRows[i], "amount");
        QVERIFY2(referral == moneyOf(referralRows[i], "balance_after"), qPrintable(ApiTestClient::jsonText(referralRows[i])));
    }
    const Reply program = api.get(QStringLiteral("/api/v1/projects/%1/referral").arg(project.id), api.tokenFor(project.ownerEmail));
    QCOMPARE(referral, moneyOf(program.object(), "balance"));
}

void TstServerCreditReferral::verifyLedgerSums(const ServerProcess &server)
{
    LedgerFile ledger(server.databasePath());
    if (!ledger.isOpen())
        return; // PostgreSQL run: the API-level checks above stand alone
    // R22: every account, the service's own included, sums to zero; every cached balance is the
    // sum of its entries; every posting balances.
    QCOMPARE(ledger.integer(QStringLiteral("SELECT COALESCE(SUM(amount), 0) FROM entries")), std::optional<qint64>(0));
    QCOMPARE(ledger.integer(QStringLiteral("SELECT COUNT(*) FROM accounts a WHERE a.balance !="
                                           " (SELECT COALESCE(SUM(e.amount), 0) FROM entries e WHERE e.account_id = a.id)")),
             std::optional<qint64>(0));
    QCOMPARE(ledger.integer(QStringLiteral("SELECT COUNT(*) FROM (SELECT posting_id FROM entries GROUP BY posting_id"
                                           " HAVING SUM(amount) != 0)")),
             std::optional<qint64>(0));
}

void TstServerCreditReferral::r22_randomMixOfCreditsExpiriesAccrualsAndWithdrawals()
{
    ServerProcess server; // of its own: the mix moves the clock by days
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    ApiTestClient api(server.baseUrl());
    CreditFixture credit(api);
    const Project referrer = api.newProject(QStringLiteral("mixreferrer"), 10000);
    QVERIFY2(referrer.isValid(), qPrintable(api.lastError()));
    QList<Project> spenders;
    for (int i = 0; i < 3; ++i) {
        spenders << credit.eligibleProject(20000 + 5000 * i, i < 2 ? referrer.referralCode : QString());
        QVERIFY2(spenders.last().isValid(), qPrintable(api.lastError()));
    }
    const auto referralBalance = [&] {
        return moneyOf(api.get(QStringLiteral("/api/v1/projects/%1/referral").arg(referrer.id), api.tokenFor(referrer.ownerEmail))
                           .object(),
                       "balance");
    };
    qint64 expectedCommission = referralBalance(); // what setting up the referred projects earned
    QStringList pendingPayouts;
    QRandomGenerator random(20261127);
    int refusedCharges = 0;
    int grants = 0;
    int payoutDecisions = 0;
    for (int step = 0; step < 160; ++step) {
        const int who = int(random.bounded(int(spenders.size())));
        const Project &spender = spenders[who];
        const int dice = int(random.bounded(100));
        if (dice < 45) {
            const QString category = ApiTestClient::categories()[int(random.bounded(ApiTestClient::categories().size()))];
            const Reply charge = api.charge(spender.id, category, random.bounded(500, 150000));
            if (charge.status == 402) {
                ++refusedCharges;
                continue;
            }
            API_REQUIRE_STATUS(charge, 201);
            // R19: 10 % of the main and credit parts, rounded down once per charge.
            if (who < 2) { // the third spender was referred by nobody
                const QMap<QString, qint64> parts = ApiTestClient::chargeParts(charge);
                expectedCommission += (parts.value(QStringLiteral("main")) + parts.value(QStringLiteral("credit"))) / 10;
            }
        } else if (dice < 55) {
            QVERIFY2(!api.topUpPaid(spender, random.bounded(1000, 200000)).isEmpty(), qPrintable(api.lastError()));
        } else if (dice < 65) {
            const Reply grant = credit.grant(spender, CreditFixture::creditBody(random.bounded(1000, 20000),
                                                                                QByteArray::number(random.bounded(1, 6))));
            QVERIFY2(grant.status == 201 || grant.status == 409 || grant.status == 422, qPrintable(grant.describe()));
            grants += grant.status == 201 ? 1 : 0;
        } else if (dice < 75) {
            API_REQUIRE_OK(api.advanceClock(random.bounded(3600, 40 * 3600))); // credits fall due on the way
        } else if (dice < 85) {
            const qint64 balance = referralBalance();
            const qint64 amount = random.bounded(1, 3000);
            QJsonObject body{{QStringLiteral("amount"), amount}};
            const int where = int(random.bounded(3));
            body.insert(QStringLiteral("destination"), where == 0 ? QStringLiteral("own_main")
                                                       : where == 1 ? QStringLiteral("project")
                                                                    : QStringLiteral("card"));
            if (where == 1)
                body.insert(QStringLiteral("target_project_id"), spender.idValue);
            if (where == 2)
                body.insert(QStringLiteral("card_number"), QStringLiteral("4111111111111111"));
            const Reply reply = api.post(QStringLiteral("/api/v1/projects/%1/referral/withdrawals").arg(referrer.id), body,
                                         api.tokenFor(referrer.ownerEmail), ApiTestClient::newIdempotencyKey());
            if (amount > balance) {
                API_REQUIRE_PROBLEM(reply, 422, "insufficient_funds"); // R21
                continue;
            }
            API_REQUIRE_STATUS(reply, 201);
            if (where == 2)
                pendingPayouts << ApiTestClient::idText(reply.object().value(QStringLiteral("id")));
        } else if (!pendingPayouts.isEmpty()) {
            const QString id = pendingPayouts.takeFirst();
            const char *decision = random.bounded(2) == 0 ? "complete" : "reject";
            API_REQUIRE_STATUS(api.post(QStringLiteral("/api/v1/staff/referral-withdrawals/%1/%2").arg(id, QLatin1String(decision)),
                                        QJsonObject{}, api.staffToken(), ApiTestClient::newIdempotencyKey()),
                               200);
            ++payoutDecisions;
        }
    }
    // Past every due time: all credits expire.
    API_REQUIRE_OK(api.advanceClock(6 * 24 * 3600));
    qsizetype creditCharges = 0;
    qsizetype expiries = 0;
    for (const Project &project : spenders) {
        verifyHistories(api, project);
        QCOMPARE(CreditFixture::creditOf(api.balances(project)).value(QStringLiteral("due_at")), QJsonValue(QJsonValue::Null));
        creditCharges += api.allTransactions(project, QStringLiteral("kind=charge&balance=credit")).size();
        expiries += api.allTransactions(project, QStringLiteral("kind=credit_expiry")).size();
    }
    // The mix went through every path it is meant to prove.
    QVERIFY2(grants >= 3 && refusedCharges >= 1 && creditCharges >= 2 && expiries >= 3 && payoutDecisions >= 2,
             qPrintable(QStringLiteral("grants %1, refused charges %2, charges from credit %3, expiry rows %4, payout decisions %5")
                            .arg(grants)
                            .arg(refusedCharges)
                            .arg(creditCharges)
                            .arg(expiries)
                            .arg(payoutDecisions)));
    verifyHistories(api, referrer);
    // Every commission the charges earned is on the referral history, once (R19).
    qint64 accrued = 0;
    for (const QJsonObject &row : api.allItems(QStringLiteral("/api/v1/projects/%1/referral/transactions").arg(referrer.id),
                                               api.tokenFor(referrer.ownerEmail))) {
        if (row.value(QStringLiteral("kind")).toString() == QLatin1String("accrual"))
            accrued += moneyOf(row, "amount");
    }
    QCOMPARE(accrued, expectedCommission);
    verifyLedgerSums(server);
}

void TstServerCreditReferral::demoSeed_repaidCreditTwoReferralsAndPendingPayout()
{
    ServerProcess::Options options;
    options.seed = QStringLiteral("demo");
    options.extraArguments = {QStringLiteral("--seed-busy"), QStringLiteral("3000")};
    ServerProcess server(options);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    ApiTestClient api(server.baseUrl());
    api.rememberUser(QStringLiteral("owner@demo.unitalk"), QStringLiteral("demo-owner"));
    api.rememberUser(QStringLiteral("admin@demo.unitalk"), QStringLiteral("demo-admin"));
    const Reply me = api.get(QStringLiteral("/api/v1/me"), api.tokenFor(QStringLiteral("owner@demo.unitalk")));
    API_REQUIRE_STATUS(me, 200);
    Project demo;
    for (const QJsonValue &entry : me.object().value(QStringLiteral("projects")).toArray()) {
        if (entry[QStringLiteral("name")].toString() == QLatin1String("Demo Telecom")) {
            demo.id = ApiTestClient::idText(entry[QStringLiteral("id")]);
            demo.ownerEmail = QStringLiteral("owner@demo.unitalk");
        }
    }
    QVERIFY(demo.isValid());

    // An eligible project (R13) with a credit in its past that top-ups repaid (R17).
    CreditFixture credit(api);
    const QJsonObject eligibility = credit.eligibility(demo);
    QCOMPARE(eligibility.value(QStringLiteral("eligible")), QJsonValue(true));
    QVERIFY(moneyOf(eligibility, "max_amount") > 0);
    QCOMPARE(credit.rowsOfKind(demo, QStringLiteral("credit_grant")).size(), qsizetype(1));
    const QList<QJsonObject> repayments = credit.rowsOfKind(demo, QStringLiteral("credit_repayment"));
    QCOMPARE(repayments.size(), qsizetype(1));
    qint64 spentFromCredit = 0;
    for (const QJsonObject &row : credit.rowsOfKind(demo, QStringLiteral("charge"))) {
        if (row.value(QStringLiteral("balance")).toString() == QLatin1String("credit"))
            spentFromCredit -= moneyOf(row, "amount");
    }
    QVERIFY(spentFromCredit > 0);
    QCOMPARE(-moneyOf(repayments[0], "amount"), spentFromCredit);
    QCOMPARE(credit.rowsOfKind(demo, QStringLiteral("credit_expiry")).size(), qsizetype(1)); // the unspent rest
    QCOMPARE(credit.rowsOfKind(demo, QStringLiteral("referral_transfer_in")).size(), qsizetype(1));

    // Accruals from two referrals, and a card payout waiting for staff (R19, R20).
    const Reply program = api.get(QStringLiteral("/api/v1/projects/%1/referral").arg(demo.id), api.tokenFor(demo.ownerEmail));
    API_REQUIRE_STATUS(program, 200);
    const QJsonArray referrals = program.object().value(QStringLiteral("referrals")).toArray();
    QCOMPARE(referrals.size(), 2);
    for (const QJsonValue &referee : referrals)
        QVERIFY2(ApiTestClient::money(referee[QStringLiteral("earned_total")]) > 0, qPrintable(ApiTestClient::jsonText(referee.toObject())));
    QVERIFY(moneyOf(program.object(), "balance") > 0);
    QVERIFY(moneyOf(program.object(), "reserved") > 0);
    bool pendingPayout = false;
    for (const QJsonObject &item : api.allItems(QStringLiteral("/api/v1/staff/referral-withdrawals"), api.staffToken(),
                                                QStringLiteral("status=pending")))
        pendingPayout |= ApiTestClient::idText(item.value(QStringLiteral("project_id"))) == demo.id
            && item.value(QStringLiteral("destination")).toString() == QLatin1String("card");
    QVERIFY(pendingPayout);
    // The demo administrator still gets 403 (R3), and the seeded history keeps R22.
    API_REQUIRE_PROBLEM(api.get(QStringLiteral("/api/v1/projects/%1/referral").arg(demo.id),
                                api.tokenFor(QStringLiteral("admin@demo.unitalk"))),
                        403, "forbidden");
    verifyHistories(api, demo);
    verifyLedgerSums(server);
}

QTEST_GUILESS_MAIN(TstServerCreditReferral)
#include "tst_server_credit_referral.moc"
