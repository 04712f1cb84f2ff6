// SPDX-License-Identifier: GPL-3.0-or-later
// Credit funds: who grants, who is eligible, how much and for how long (R12-R15), against the real
// cabinet-server, with each project's history built on the fake clock. R16-R17: tst_credit_mechanics.
#include "ApiTestClient.h"
#include "CreditFixture.h"
#include "ServerProcess.h"

#include <QJsonArray>
#include <QMessageAuthenticationCode>
#include <QTest>

#include <memory>

using Reply = ApiTestClient::Reply;
using Project = ApiTestClient::Project;


class TstCredit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void r12_onlyStaffGrantCredit_data();
    void r12_onlyStaffGrantCredit();
    void r12_requestStaysPendingUntilStaffGrants();
    void r12_amountMustBeAPositiveInteger_data();
    void r12_amountMustBeAPositiveInteger();
    void r13_eligibilityBoundaries_data();
    void r13_eligibilityBoundaries();
    void r13_debtOrActiveCreditMakesIneligible();
    void r13_onlyPaidTopUpsCount();
    void r14_limitIsThirtyPercentOfMonthlySpend_data();
    void r14_limitIsThirtyPercentOfMonthlySpend();
    void r15_termIsOneToFiveDays_data();
    void r15_termIsOneToFiveDays();

private:
    ServerProcess m_server;
    std::unique_ptr<ApiTestClient> m_api;
    std::unique_ptr<CreditFixture> m_credit;
    // Shared by the rows of one data-driven test; each test its own, as other tests move the clock on
    // (months later an old project has no recent spend and so no limit).
    Project m_amountProject;
    Project m_termProject;
};

void TstCredit::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_api = std::make_unique<ApiTestClient>(m_server.baseUrl());
    m_credit = std::make_unique<CreditFixture>(*m_api);
    QVERIFY2(!m_api->staffToken().isEmpty(), qPrintable(m_api->lastError()));
}

void TstCredit::r12_onlyStaffGrantCredit_data()
{
    QTest::addColumn<QString>("role");
    QTest::newRow("owner") << QStringLiteral("owner");
    QTest::newRow("administrator") << QStringLiteral("administrator");
}

void TstCredit::r12_onlyStaffGrantCredit()
{
    QFETCH(QString, role);
    const Project project = m_credit->eligibleProject(5000);
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    QString email = project.ownerEmail;
    if (role != QLatin1String("owner")) {
        email = ApiTestClient::uniqueEmail(role);
        QVERIFY2(m_api->addUser(project.id, email, role), qPrintable(m_api->lastError()));
    }
    const QJsonObject before = m_api->balances(project);
    API_REQUIRE_PROBLEM(m_api->postRaw(QStringLiteral("/api/v1/staff/projects/%1/credits").arg(project.id), CreditFixture::creditBody(1000),
                                       m_api->tokenFor(email), ApiTestClient::newIdempotencyKey()),
                        403, "forbidden");
    QCOMPARE(m_api->balances(project), before);
    QCOMPARE(ApiTestClient::money(CreditFixture::creditOf(before), "granted"), qint64(0));
}

void TstCredit::r12_requestStaysPendingUntilStaffGrants()
{
    const Project project = m_credit->eligibleProject(5000);
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    const QJsonObject before = m_api->balances(project);
    const Reply request = m_credit->request(project, CreditFixture::creditBody(4000, "3"));
    API_REQUIRE_STATUS(request, 201);
    QCOMPARE(request.object().value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    const QString requestId = ApiTestClient::idText(request.object().value(QStringLiteral("id")));
    QVERIFY(!requestId.isEmpty());
    QCOMPARE(m_api->balances(project), before); // a request moves no money

    const auto pendingIds = [&] {
        QStringList ids;
        const Reply list = m_api->get(QStringLiteral("/api/v1/staff/credit-requests?status=pending"), m_api->staffToken());
        for (const QJsonValue &item : list.object().value(QStringLiteral("items")).toArray())
            ids << ApiTestClient::idText(item[QStringLiteral("id")]);
        return ids;
    };
    QVERIFY(pendingIds().contains(requestId));

    const QJsonValue requestIdJson = request.object().value(QStringLiteral("id"));
    const Reply grant = m_api->post(QStringLiteral("/api/v1/staff/projects/%1/credits").arg(project.id),
                                    QJsonObject{{QStringLiteral("amount"), 4000}, {QStringLiteral("term_days"), 3},
                                                {QStringLiteral("request_id"), requestIdJson}},
                                    m_api->staffToken(), ApiTestClient::newIdempotencyKey());
    API_REQUIRE_STATUS(grant, 201);
    const QJsonObject after = m_api->balances(project);
    const QJsonObject credit = CreditFixture::creditOf(after);
    QCOMPARE(ApiTestClient::money(credit, "granted"), qint64(4000));
    QCOMPARE(ApiTestClient::money(credit, "available"), qint64(4000));
    QCOMPARE(ApiTestClient::money(credit, "used"), qint64(0));
    const QDateTime due = ApiTestClient::timeOf(credit.value(QStringLiteral("due_at")));
    QVERIFY2(qAbs(m_api->serverNow().addDays(3).secsTo(due)) <= 120, qPrintable(ApiTestClient::jsonText(after)));
    // Credit is shown apart: main stays the user's own money (R17).
    QCOMPARE(ApiTestClient::money(after, "main"), ApiTestClient::money(before, "main"));
    QVERIFY(!pendingIds().contains(requestId));
    const QList<QJsonObject> grants = m_credit->rowsOfKind(project, QStringLiteral("credit_grant"));
    QCOMPARE(grants.size(), 1);
    QCOMPARE(grants[0].value(QStringLiteral("balance")).toString(), QStringLiteral("credit"));
    QCOMPARE(ApiTestClient::money(grants[0], "amount"), qint64(4000));
}

void TstCredit::r12_amountMustBeAPositiveInteger_data()
{
    QTest::addColumn<QByteArray>("amount");
    QTest::newRow("zero") << QByteArray("0");
    QTest::newRow("negative") << QByteArray("-100");
    QTest::newRow("fraction") << QByteArray("1.5");
    QTest::newRow("string") << QByteArray("\"100\"");
    QTest::newRow("null") << QByteArray("null");
}

void TstCredit::r12_amountMustBeAPositiveInteger()
{
    QFETCH(QByteArray, amount);
    if (!m_amountProject.isValid())
        m_amountProject = m_credit->eligibleProject(5000);
    QVERIFY2(m_amountProject.isValid(), qPrintable(m_api->lastError()));
    const QJsonObject before = m_api->balances(m_amountProject);
    const QByteArray body = R"({"amount":)" + amount + R"(,"term_days":3})";
    API_REQUIRE_PROBLEM(m_credit->grant(m_amountProject, body), 422, "validation_failed");
    API_REQUIRE_PROBLEM(m_credit->request(m_amountProject, body), 422, "validation_failed");
    QCOMPARE(m_api->balances(m_amountProject), before);
}

void TstCredit::r13_eligibilityBoundaries_data()
{
    QTest::addColumn<QList<qint64>>("topups");
    QTest::addColumn<int>("checkMonths");
    QTest::addColumn<int>("checkDays");
    QTest::addColumn<bool>("otherCredits");
    QTest::addColumn<bool>("eligible");
    QTest::newRow("exactly 3 months, one top-up of 5000.00") << QList<qint64>{500000} << 3 << 0 << false << true;
    QTest::newRow("one day short of 3 months, one top-up") << QList<qint64>{500000} << 3 << -1 << false << false;
    QTest::newRow("exactly 3 top-ups of 5000.00 in total, 1 month") << QList<qint64>{200000, 200000, 100000} << 1 << 1 << false << true;
    QTest::newRow("2 top-ups, 1 month") << QList<qint64>{250000, 250000} << 1 << 1 << false << false;
    QTest::newRow("3 months, 3 top-ups, 4999.99 in total") << QList<qint64>{200000, 200000, 99999} << 3 << 0 << false << false;
    QTest::newRow("3 months, one top-up of 4999.99") << QList<qint64>{499999} << 3 << 0 << false << false;
    QTest::newRow("bonus and compensations are not top-ups") << QList<qint64>{500000} << 1 << 1 << true << false;
}

void TstCredit::r13_eligibilityBoundaries()
{
    QFETCH(QList<qint64>, topups);
    QFETCH(int, checkMonths);
    QFETCH(int, checkDays);
    QFETCH(bool, otherCredits);
    QFETCH(bool, eligible);
    const Project project = m_credit->createOnDay(1, QStringLiteral("tenure"));
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    qint64 total = 0;
    for (const qint64 amount : topups) {
        QVERIFY2(!m_api->topUpPaid(project, amount).isEmpty(), qPrintable(m_api->lastError()));
        total += amount;
    }
    if (otherCredits) {
        API_REQUIRE_STATUS(m_api->grantBonus(project.id, 100000), 201);
        API_REQUIRE_STATUS(m_api->adjust(project.id, 100000, QStringLiteral("compensation"), QStringLiteral("outage")), 201);
        API_REQUIRE_STATUS(m_api->adjust(project.id, 100000, QStringLiteral("compensation"), QStringLiteral("outage")), 201);
    }
    // 100.00 UAH of calls in every month before the check: the limit is then 30.00 UAH.
    const QDateTime checkAt = m_credit->createdAt().addMonths(checkMonths).addDays(checkDays).addSecs(60);
    for (int month = 0; m_credit->createdAt().addMonths(month).addSecs(3600) < checkAt; ++month) {
        if (month > 0)
            QVERIFY2(m_credit->moveTo(month, 0, 3600), qPrintable(m_api->lastError()));
        API_REQUIRE_STATUS(m_api->charge(project.id, QStringLiteral("api_call"), 10000), 201);
    }
    API_REQUIRE_OK(m_api->moveClock(checkAt));

    const QJsonObject answer = m_credit->eligibility(project);
    QVERIFY2(answer.contains(QStringLiteral("eligible")), qPrintable(ApiTestClient::jsonText(answer)));
    QCOMPARE(answer.value(QStringLiteral("eligible")), QJsonValue(eligible));
    QCOMPARE(ApiTestClient::money(answer, "topups_count"), qint64(topups.size()));
    QCOMPARE(ApiTestClient::money(answer, "topups_total"), total);
    QCOMPARE(ApiTestClient::money(answer, "tenure_days"), qint64(m_credit->createdAt().date().daysTo(checkAt.date())));
    QCOMPARE(ApiTestClient::money(answer, "max_term_days"), qint64(5));
    const QJsonArray reasons = answer.value(QStringLiteral("reasons")).toArray();
    const QJsonObject before = m_api->balances(project);
    if (eligible) {
        QVERIFY2(reasons.isEmpty(), qPrintable(ApiTestClient::jsonText(answer)));
        QCOMPARE(ApiTestClient::money(answer, "max_amount"), qint64(3000));
    } else {
        QVERIFY2(!reasons.isEmpty() && !reasons[0].toString().isEmpty(), qPrintable(ApiTestClient::jsonText(answer)));
        API_REQUIRE_PROBLEM(m_credit->grant(project, CreditFixture::creditBody(1000)), 422, "credit_not_eligible");
        API_REQUIRE_PROBLEM(m_credit->request(project, CreditFixture::creditBody(1000)), 422, "credit_not_eligible");
        QCOMPARE(m_api->balances(project), before);
    }
}

void TstCredit::r13_debtOrActiveCreditMakesIneligible()
{
    const Project project = m_credit->eligibleProject(3000);
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    QCOMPARE(m_credit->eligibility(project).value(QStringLiteral("eligible")), QJsonValue(true));
    // A debt on main (a correction below zero).
    QVERIFY(m_credit->emptyMain(project));
    API_REQUIRE_STATUS(m_api->adjust(project.id, -1, QStringLiteral("correction"), QStringLiteral("debt")), 201);
    QJsonObject answer = m_credit->eligibility(project);
    QCOMPARE(answer.value(QStringLiteral("eligible")), QJsonValue(false));
    QVERIFY2(!answer.value(QStringLiteral("reasons")).toArray().isEmpty(), qPrintable(ApiTestClient::jsonText(answer)));
    API_REQUIRE_PROBLEM(m_credit->grant(project, CreditFixture::creditBody(1000)), 422, "credit_not_eligible");
    // Debt paid off: eligible again; then an active credit makes it ineligible.
    API_REQUIRE_STATUS(m_api->adjust(project.id, 1, QStringLiteral("compensation"), QStringLiteral("debt paid")), 201);
    QCOMPARE(m_credit->eligibility(project).value(QStringLiteral("eligible")), QJsonValue(true));
    API_REQUIRE_STATUS(m_credit->grant(project, CreditFixture::creditBody(1000)), 201);
    answer = m_credit->eligibility(project);
    QCOMPARE(answer.value(QStringLiteral("eligible")), QJsonValue(false));
    QVERIFY2(!answer.value(QStringLiteral("reasons")).toArray().isEmpty(), qPrintable(ApiTestClient::jsonText(answer)));
}

void TstCredit::r13_onlyPaidTopUpsCount()
{
    // Paid invoice and card top-ups count; a failed card payment and a pending invoice do not (R13 [choice]).
    const Project project = m_credit->createOnDay(1, QStringLiteral("counting"));
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    QVERIFY2(!m_api->topUpPaid(project, 300000).isEmpty(), qPrintable(m_api->lastError()));
    const auto cardTopUp = [&](qint64 amount, const QString &outcome) {
        const Reply created = m_api->post(QStringLiteral("/api/v1/projects/%1/topups").arg(project.id),
                                          QJsonObject{{QStringLiteral("amount"), amount}, {QStringLiteral("method"), QStringLiteral("card")}},
                                          m_api->tokenFor(project.ownerEmail), ApiTestClient::newIdempotencyKey());
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("topup_id"), created.object().value(QStringLiteral("id"))},
                                                          {QStringLiteral("status"), outcome}})
                                    .toJson(QJsonDocument::Compact);
        const QByteArray signature =
            QMessageAuthenticationCode::hash(body, ServerProcess::PaymentSecret.toUtf8(), QCryptographicHash::Sha256).toHex();
        return m_api->postRaw(QStringLiteral("/api/v1/payments/callback"), body, {}, {}, {{"X-Signature", signature}});
    };
    API_REQUIRE_STATUS(cardTopUp(150000, QStringLiteral("paid")), 200);
    API_REQUIRE_STATUS(cardTopUp(900000, QStringLiteral("failed")), 200);
    API_REQUIRE_STATUS(m_api->post(QStringLiteral("/api/v1/projects/%1/topups").arg(project.id),
                                   QJsonObject{{QStringLiteral("amount"), 800000}, {QStringLiteral("method"), QStringLiteral("invoice")}},
                                   m_api->tokenFor(project.ownerEmail), ApiTestClient::newIdempotencyKey()),
                       201);
    API_REQUIRE_STATUS(m_api->charge(project.id, QStringLiteral("api_call"), 10000), 201);
    QVERIFY2(m_credit->moveTo(1, 1), qPrintable(m_api->lastError()));
    const QJsonObject answer = m_credit->eligibility(project);
    QVERIFY2(answer.contains(QStringLiteral("eligible")), qPrintable(ApiTestClient::jsonText(answer)));
    QCOMPARE(ApiTestClient::money(answer, "topups_count"), qint64(2));
    QCOMPARE(ApiTestClient::money(answer, "topups_total"), qint64(450000));
    QCOMPARE(answer.value(QStringLiteral("eligible")), QJsonValue(false)); // 2 top-ups, 1 month, 4500.00 UAH
}

void TstCredit::r14_limitIsThirtyPercentOfMonthlySpend_data()
{
    QTest::addColumn<int>("createdDay");
    QTest::addColumn<QList<qint64>>("monthlyCharges"); // one charge per month from creation; the last month is the current one
    QTest::addColumn<bool>("firstFromBonus");
    QTest::addColumn<qint64>("monthlySpend");
    QTest::addColumn<qint64>("limit");
    // (100000 + 200000 + 333333) * 30 / 300 = 63333.3 -> 63333; the bonus-paid fee counts too.
    QTest::newRow("created on the 1st, 3 full months") << 1 << QList<qint64>{100000, 200000, 333333, 50000} << true
                                                      << qint64(211111) << qint64(63333);
    // The month of creation (from the 2nd) is not full: only 12345 counts -> 3703.5 -> 3703.
    QTest::newRow("created on the 2nd, creation month excluded") << 2 << QList<qint64>{400000, 12345, 777} << false
                                                                << qint64(12345) << qint64(3703);
    // Only the last 3 full months: (60000 + 70000 + 80001) * 30 / 300 = 21000.1 -> 21000.
    QTest::newRow("only the last 3 full months") << 1 << QList<qint64>{50000, 60000, 70000, 80001, 5} << false
                                                << qint64(70000) << qint64(21000);
}

void TstCredit::r14_limitIsThirtyPercentOfMonthlySpend()
{
    QFETCH(int, createdDay);
    QFETCH(QList<qint64>, monthlyCharges);
    QFETCH(bool, firstFromBonus);
    QFETCH(qint64, monthlySpend);
    QFETCH(qint64, limit);
    const Project project = m_credit->createOnDay(createdDay, QStringLiteral("spend"));
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    for (int topup = 0; topup < 3; ++topup)
        QVERIFY2(!m_api->topUpPaid(project, 400000).isEmpty(), qPrintable(m_api->lastError()));
    for (int month = 0; month < monthlyCharges.size(); ++month) {
        if (month > 0)
            QVERIFY2(m_credit->moveTo(month, 0, 3600), qPrintable(m_api->lastError()));
        if (month == 0 && firstFromBonus) {
            API_REQUIRE_STATUS(m_api->grantBonus(project.id, monthlyCharges[month]), 201);
            const Reply fee = m_api->charge(project.id, QStringLiteral("service_subscription"), monthlyCharges[month]);
            API_REQUIRE_STATUS(fee, 201);
            QCOMPARE(ApiTestClient::chargeParts(fee), (QMap<QString, qint64>{{QStringLiteral("bonus"), monthlyCharges[month]}}));
        } else {
            API_REQUIRE_STATUS(m_api->charge(project.id, QStringLiteral("api_call"), monthlyCharges[month]), 201);
        }
    }
    QVERIFY2(m_credit->moveTo(int(monthlyCharges.size()) - 1, 0, 7200), qPrintable(m_api->lastError()));

    const QJsonObject answer = m_credit->eligibility(project);
    QVERIFY2(answer.contains(QStringLiteral("eligible")), qPrintable(ApiTestClient::jsonText(answer)));
    QCOMPARE(answer.value(QStringLiteral("eligible")), QJsonValue(true));
    QCOMPARE(ApiTestClient::money(answer, "monthly_spend"), monthlySpend);
    QCOMPARE(ApiTestClient::money(answer, "max_amount"), limit);

    const QJsonObject before = m_api->balances(project);
    API_REQUIRE_PROBLEM(m_credit->grant(project, CreditFixture::creditBody(limit + 1)), 422, "credit_limit_exceeded");
    API_REQUIRE_PROBLEM(m_credit->request(project, CreditFixture::creditBody(limit + 1)), 422, "credit_limit_exceeded");
    QCOMPARE(m_api->balances(project), before);
    API_REQUIRE_STATUS(m_credit->grant(project, CreditFixture::creditBody(limit)), 201);
    QCOMPARE(ApiTestClient::money(CreditFixture::creditOf(m_api->balances(project)), "granted"), limit);
    QCOMPARE(ApiTestClient::money(CreditFixture::creditOf(m_api->balances(project)), "available"), limit);
}

void TstCredit::r15_termIsOneToFiveDays_data()
{
    QTest::addColumn<QByteArray>("term");
    QTest::addColumn<bool>("valid");
    QTest::newRow("0 days") << QByteArray("0") << false;
    QTest::newRow("6 days") << QByteArray("6") << false;
    QTest::newRow("-1 days") << QByteArray("-1") << false;
    QTest::newRow("365 days") << QByteArray("365") << false;
    QTest::newRow("2.5 days") << QByteArray("2.5") << false;
    QTest::newRow("\"3\" as a string") << QByteArray("\"3\"") << false;
    QTest::newRow("null") << QByteArray("null") << false;
    QTest::newRow("1 day") << QByteArray("1") << true;
    QTest::newRow("5 days") << QByteArray("5") << true;
}

void TstCredit::r15_termIsOneToFiveDays()
{
    QFETCH(QByteArray, term);
    QFETCH(bool, valid);
    if (!m_termProject.isValid())
        m_termProject = m_credit->eligibleProject(5000);
    QVERIFY2(m_termProject.isValid(), qPrintable(m_api->lastError()));
    const QJsonObject before = m_api->balances(m_termProject);
    if (valid) {
        const Reply request = m_credit->request(m_termProject, CreditFixture::creditBody(2000, term));
        API_REQUIRE_STATUS(request, 201);
        QCOMPARE(request.object().value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    } else {
        API_REQUIRE_PROBLEM(m_credit->request(m_termProject, CreditFixture::creditBody(2000, term)), 422, "validation_failed");
        API_REQUIRE_PROBLEM(m_credit->grant(m_termProject, CreditFixture::creditBody(2000, term)), 422, "validation_failed");
    }
    QCOMPARE(m_api->balances(m_termProject), before);
}

QTEST_GUILESS_MAIN(TstCredit)
#include "tst_credit.moc"
