// SPDX-License-Identifier: GPL-3.0-or-later
// Credit funds (R12-R17) against the real cabinet-server, with history built on the fake clock.
#include "ApiTestClient.h"
#include "CreditTimeline.h"
#include "ServerProcess.h"

#include <QJsonArray>
#include <QTest>

#include <memory>

using Reply = ApiTestClient::Reply;
using Project = ApiTestClient::Project;

namespace {

const QStringList Categories{
    QStringLiteral("service_subscription"), QStringLiteral("number_subscription"), QStringLiteral("number_connection"),
    QStringLiteral("outgoing_call_rented_number"), QStringLiteral("guaranteed_dial"), QStringLiteral("autodial"),
    QStringLiteral("api_call"), QStringLiteral("answering_machine_detection"), QStringLiteral("sms_notification")};

qint64 moneyOf(const QJsonObject &object, const char *field)
{
    return ApiTestClient::money(object.value(QLatin1String(field)));
}

QJsonObject creditOf(const QJsonObject &balances)
{
    return balances.value(QStringLiteral("credit")).toObject();
}

QMap<QString, qint64> partsOf(const Reply &charge)
{
    QMap<QString, qint64> parts;
    for (const QJsonValue &part : charge.object().value(QStringLiteral("parts")).toArray())
        parts[part[QStringLiteral("balance")].toString()] += ApiTestClient::money(part[QStringLiteral("amount")]);
    return parts;
}

QDateTime timeOf(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

} // namespace

class TstCredit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void r12_onlyStaffGrantCredit_data();
    void r12_onlyStaffGrantCredit();
    void r12_requestStaysPendingUntilStaffGrants();
    void r13_eligibilityBoundaries_data();
    void r13_eligibilityBoundaries();
    void r13_debtOrActiveCreditMakesIneligible();
    void r14_limitIsThirtyPercentOfMonthlySpend_data();
    void r14_limitIsThirtyPercentOfMonthlySpend();
    void r15_termIsOneToFiveDays_data();
    void r15_termIsOneToFiveDays();
    void r16_creditPaysEveryCategory_data();
    void r16_creditPaysEveryCategory();
    void r17_spendingOrderIsBonusMainCredit();
    void r17_topUpRepaysUsedCreditFirst();
    void r17_expiryWithdrawsUnspentAndTurnsUsedIntoDebt();
    void r17_expiryAppliesOnceAcrossRestart();
    void r17_oneActiveCreditIs409BeforeEligibility();

private:
    QJsonObject eligibility(const Project &project);
    Reply requestCredit(const Project &project, const QByteArray &body);
    Reply grantCredit(const Project &project, const QByteArray &body);
    static QByteArray creditBody(qint64 amount, const QByteArray &termJson = "5");
    bool emptyMain(const Project &project);
    QList<QJsonObject> rowsOfKind(const Project &project, const QString &kind);

    ServerProcess m_server;
    std::unique_ptr<ApiTestClient> m_api;
    std::unique_ptr<CreditTimeline> m_timeline;
    Project m_termProject;  // shared by the R15 rows
    Project m_spendProject; // shared by the R16 rows
};

void TstCredit::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_api = std::make_unique<ApiTestClient>(m_server.baseUrl());
    m_timeline = std::make_unique<CreditTimeline>(*m_api);
    QVERIFY2(!m_api->staffToken().isEmpty(), qPrintable(m_api->lastError()));
}

QJsonObject TstCredit::eligibility(const Project &project)
{
    const Reply reply = m_api->get(QStringLiteral("/api/v1/projects/%1/credit/eligibility").arg(project.id),
                                   m_api->tokenFor(project.ownerEmail));
    return reply.status == 200 ? reply.object() : QJsonObject{{QStringLiteral("error"), reply.describe()}};
}

QByteArray TstCredit::creditBody(qint64 amount, const QByteArray &termJson)
{
    return R"({"amount":)" + QByteArray::number(amount) + R"(,"term_days":)" + termJson + "}";
}

Reply TstCredit::requestCredit(const Project &project, const QByteArray &body)
{
    return m_api->postRaw(QStringLiteral("/api/v1/projects/%1/credit/requests").arg(project.id), body,
                          m_api->tokenFor(project.ownerEmail), ApiTestClient::newIdempotencyKey());
}

Reply TstCredit::grantCredit(const Project &project, const QByteArray &body)
{
    return m_api->postRaw(QStringLiteral("/api/v1/staff/projects/%1/credits").arg(project.id), body,
                          m_api->staffToken(), ApiTestClient::newIdempotencyKey());
}

// Takes main to exactly zero with a staff correction (not a charge, so the spend stays put).
bool TstCredit::emptyMain(const Project &project)
{
    const qint64 main = moneyOf(m_api->balances(project), "main");
    return main == 0 || m_api->adjust(project.id, -main, QStringLiteral("correction"), QStringLiteral("test setup")).status == 201;
}

QList<QJsonObject> TstCredit::rowsOfKind(const Project &project, const QString &kind)
{
    QList<QJsonObject> rows;
    for (const QJsonObject &row : m_api->allTransactions(project)) {
        if (row.value(QStringLiteral("kind")).toString() == kind)
            rows << row;
    }
    return rows;
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
    const Project project = m_timeline->eligibleProject(5000);
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    QString email = project.ownerEmail;
    if (role != QLatin1String("owner")) {
        email = ApiTestClient::uniqueEmail(role);
        QVERIFY2(m_api->addUser(project.id, email, role), qPrintable(m_api->lastError()));
    }
    const QJsonObject before = m_api->balances(project);
    API_REQUIRE_PROBLEM(m_api->postRaw(QStringLiteral("/api/v1/staff/projects/%1/credits").arg(project.id), creditBody(1000),
                                       m_api->tokenFor(email), ApiTestClient::newIdempotencyKey()),
                        403, "forbidden");
    QCOMPARE(m_api->balances(project), before);
    QCOMPARE(moneyOf(creditOf(before), "granted"), qint64(0));
}

void TstCredit::r12_requestStaysPendingUntilStaffGrants()
{
    const Project project = m_timeline->eligibleProject(5000);
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    const QJsonObject before = m_api->balances(project);
    const Reply request = requestCredit(project, creditBody(4000, "3"));
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
    const QJsonObject credit = creditOf(after);
    QCOMPARE(moneyOf(credit, "granted"), qint64(4000));
    QCOMPARE(moneyOf(credit, "available"), qint64(4000));
    QCOMPARE(moneyOf(credit, "used"), qint64(0));
    const QDateTime due = timeOf(credit.value(QStringLiteral("due_at")));
    QVERIFY2(qAbs(m_api->serverNow().addDays(3).secsTo(due)) <= 120, qPrintable(ApiTestClient::jsonText(after)));
    // Credit is shown apart: main stays the user's own money (R17).
    QCOMPARE(moneyOf(after, "main"), moneyOf(before, "main"));
    QVERIFY(!pendingIds().contains(requestId));
    const QList<QJsonObject> grants = rowsOfKind(project, QStringLiteral("credit_grant"));
    QCOMPARE(grants.size(), 1);
    QCOMPARE(grants[0].value(QStringLiteral("balance")).toString(), QStringLiteral("credit"));
    QCOMPARE(moneyOf(grants[0], "amount"), qint64(4000));
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
    const Project project = m_timeline->createOnDay(1, QStringLiteral("tenure"));
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
    const QDateTime checkAt = m_timeline->createdAt().addMonths(checkMonths).addDays(checkDays).addSecs(60);
    for (int month = 0; m_timeline->createdAt().addMonths(month).addSecs(3600) < checkAt; ++month) {
        if (month > 0)
            QVERIFY2(m_timeline->moveTo(month, 0, 3600), qPrintable(m_api->lastError()));
        API_REQUIRE_STATUS(m_api->charge(project.id, QStringLiteral("api_call"), 10000), 201);
    }
    API_REQUIRE_OK(m_api->moveClock(checkAt));

    const QJsonObject answer = eligibility(project);
    QVERIFY2(answer.contains(QStringLiteral("eligible")), qPrintable(ApiTestClient::jsonText(answer)));
    QCOMPARE(answer.value(QStringLiteral("eligible")), QJsonValue(eligible));
    QCOMPARE(moneyOf(answer, "topups_count"), qint64(topups.size()));
    QCOMPARE(moneyOf(answer, "topups_total"), total);
    QCOMPARE(moneyOf(answer, "tenure_days"), qint64(m_timeline->createdAt().date().daysTo(checkAt.date())));
    QCOMPARE(moneyOf(answer, "max_term_days"), qint64(5));
    const QJsonArray reasons = answer.value(QStringLiteral("reasons")).toArray();
    const QJsonObject before = m_api->balances(project);
    if (eligible) {
        QVERIFY2(reasons.isEmpty(), qPrintable(ApiTestClient::jsonText(answer)));
        QCOMPARE(moneyOf(answer, "max_amount"), qint64(3000));
    } else {
        QVERIFY2(!reasons.isEmpty() && !reasons[0].toString().isEmpty(), qPrintable(ApiTestClient::jsonText(answer)));
        API_REQUIRE_PROBLEM(grantCredit(project, creditBody(1000)), 422, "credit_not_eligible");
        API_REQUIRE_PROBLEM(requestCredit(project, creditBody(1000)), 422, "credit_not_eligible");
        QCOMPARE(m_api->balances(project), before);
    }
}

void TstCredit::r13_debtOrActiveCreditMakesIneligible()
{
    const Project project = m_timeline->eligibleProject(3000);
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    QCOMPARE(eligibility(project).value(QStringLiteral("eligible")), QJsonValue(true));
    // A debt on main (a correction below zero).
    QVERIFY(emptyMain(project));
    API_REQUIRE_STATUS(m_api->adjust(project.id, -1, QStringLiteral("correction"), QStringLiteral("debt")), 201);
    QJsonObject answer = eligibility(project);
    QCOMPARE(answer.value(QStringLiteral("eligible")), QJsonValue(false));
    QVERIFY2(!answer.value(QStringLiteral("reasons")).toArray().isEmpty(), qPrintable(ApiTestClient::jsonText(answer)));
    API_REQUIRE_PROBLEM(grantCredit(project, creditBody(1000)), 422, "credit_not_eligible");
    // Debt paid off: eligible again; then an active credit makes it ineligible.
    API_REQUIRE_STATUS(m_api->adjust(project.id, 1, QStringLiteral("compensation"), QStringLiteral("debt paid")), 201);
    QCOMPARE(eligibility(project).value(QStringLiteral("eligible")), QJsonValue(true));
    API_REQUIRE_STATUS(grantCredit(project, creditBody(1000)), 201);
    answer = eligibility(project);
    QCOMPARE(answer.value(QStringLiteral("eligible")), QJsonValue(false));
    QVERIFY2(!answer.value(QStringLiteral("reasons")).toArray().isEmpty(), qPrintable(ApiTestClient::jsonText(answer)));
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
    const Project project = m_timeline->createOnDay(createdDay, QStringLiteral("spend"));
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    for (int topup = 0; topup < 3; ++topup)
        QVERIFY2(!m_api->topUpPaid(project, 400000).isEmpty(), qPrintable(m_api->lastError()));
    for (int month = 0; month < monthlyCharges.size(); ++month) {
        if (month > 0)
            QVERIFY2(m_timeline->moveTo(month, 0, 3600), qPrintable(m_api->lastError()));
        if (month == 0 && firstFromBonus) {
            API_REQUIRE_STATUS(m_api->grantBonus(project.id, monthlyCharges[month]), 201);
            const Reply fee = m_api->charge(project.id, QStringLiteral("service_subscription"), monthlyCharges[month]);
            API_REQUIRE_STATUS(fee, 201);
            QCOMPARE(partsOf(fee), (QMap<QString, qint64>{{QStringLiteral("bonus"), monthlyCharges[month]}}));
        } else {
            API_REQUIRE_STATUS(m_api->charge(project.id, QStringLiteral("api_call"), monthlyCharges[month]), 201);
        }
    }
    QVERIFY2(m_timeline->moveTo(int(monthlyCharges.size()) - 1, 0, 7200), qPrintable(m_api->lastError()));

    const QJsonObject answer = eligibility(project);
    QVERIFY2(answer.contains(QStringLiteral("eligible")), qPrintable(ApiTestClient::jsonText(answer)));
    QCOMPARE(answer.value(QStringLiteral("eligible")), QJsonValue(true));
    QCOMPARE(moneyOf(answer, "monthly_spend"), monthlySpend);
    QCOMPARE(moneyOf(answer, "max_amount"), limit);

    const QJsonObject before = m_api->balances(project);
    API_REQUIRE_PROBLEM(grantCredit(project, creditBody(limit + 1)), 422, "credit_limit_exceeded");
    API_REQUIRE_PROBLEM(requestCredit(project, creditBody(limit + 1)), 422, "credit_limit_exceeded");
    QCOMPARE(m_api->balances(project), before);
    API_REQUIRE_STATUS(grantCredit(project, creditBody(limit)), 201);
    QCOMPARE(moneyOf(creditOf(m_api->balances(project)), "granted"), limit);
    QCOMPARE(moneyOf(creditOf(m_api->balances(project)), "available"), limit);
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
        m_termProject = m_timeline->eligibleProject(5000);
    QVERIFY2(m_termProject.isValid(), qPrintable(m_api->lastError()));
    const QJsonObject before = m_api->balances(m_termProject);
    if (valid) {
        const Reply request = requestCredit(m_termProject, creditBody(2000, term));
        API_REQUIRE_STATUS(request, 201);
        QCOMPARE(request.object().value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    } else {
        API_REQUIRE_PROBLEM(requestCredit(m_termProject, creditBody(2000, term)), 422, "validation_failed");
        API_REQUIRE_PROBLEM(grantCredit(m_termProject, creditBody(2000, term)), 422, "validation_failed");
    }
    QCOMPARE(m_api->balances(m_termProject), before);
}

void TstCredit::r16_creditPaysEveryCategory_data()
{
    QTest::addColumn<QString>("category");
    for (const QString &category : Categories)
        QTest::newRow(qPrintable(category)) << category;
}

void TstCredit::r16_creditPaysEveryCategory()
{
    QFETCH(QString, category);
    if (!m_spendProject.isValid()) {
        m_spendProject = m_timeline->eligibleProject(9000);
        QVERIFY2(m_spendProject.isValid(), qPrintable(m_api->lastError()));
        QVERIFY2(emptyMain(m_spendProject), qPrintable(m_api->lastError()));
        API_REQUIRE_STATUS(grantCredit(m_spendProject, creditBody(9000)), 201);
    }
    const qint64 available = moneyOf(creditOf(m_api->balances(m_spendProject)), "available");
    const Reply charge = m_api->charge(m_spendProject.id, category, 1000);
    API_REQUIRE_STATUS(charge, 201);
    QCOMPARE(partsOf(charge), (QMap<QString, qint64>{{QStringLiteral("credit"), 1000}}));
    const QJsonObject after = m_api->balances(m_spendProject);
    QCOMPARE(moneyOf(creditOf(after), "available"), available - 1000);
    QCOMPARE(moneyOf(after, "main"), qint64(0));
}

void TstCredit::r17_spendingOrderIsBonusMainCredit()
{
    const Project project = m_timeline->eligibleProject(5000);
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    QVERIFY(emptyMain(project));
    API_REQUIRE_STATUS(m_api->adjust(project.id, 2000, QStringLiteral("compensation"), QStringLiteral("setup")), 201);
    API_REQUIRE_STATUS(m_api->grantBonus(project.id, 1000), 201);
    API_REQUIRE_STATUS(grantCredit(project, creditBody(5000, "3")), 201);

    const Reply fee = m_api->charge(project.id, QStringLiteral("service_subscription"), 4000);
    API_REQUIRE_STATUS(fee, 201);
    QCOMPARE(partsOf(fee), (QMap<QString, qint64>{{QStringLiteral("bonus"), 1000}, {QStringLiteral("main"), 2000},
                                                  {QStringLiteral("credit"), 1000}}));
    QJsonObject balances = m_api->balances(project);
    QCOMPARE(moneyOf(balances, "bonus"), qint64(0));
    QCOMPARE(moneyOf(balances, "main"), qint64(0));
    QCOMPARE(moneyOf(creditOf(balances), "available"), qint64(4000));
    QCOMPARE(moneyOf(creditOf(balances), "used"), qint64(1000));
    QCOMPARE(fee.object().value(QStringLiteral("balances")).toObject(), balances);

    const Reply call = m_api->charge(project.id, QStringLiteral("api_call"), 500);
    API_REQUIRE_STATUS(call, 201);
    QCOMPARE(partsOf(call), (QMap<QString, qint64>{{QStringLiteral("credit"), 500}}));
    // More than what is left: refused whole, nothing taken.
    balances = m_api->balances(project);
    API_REQUIRE_PROBLEM(m_api->charge(project.id, QStringLiteral("api_call"), 3501), 402, "insufficient_funds");
    QCOMPARE(m_api->balances(project), balances);
    QCOMPARE(moneyOf(creditOf(balances), "available"), qint64(3500));
    QCOMPARE(moneyOf(creditOf(balances), "used"), qint64(1500));
    // History names the credit as the payer.
    const QList<QJsonObject> charges = rowsOfKind(project, QStringLiteral("charge"));
    qint64 fromCredit = 0;
    for (const QJsonObject &row : charges) {
        if (row.value(QStringLiteral("balance")).toString() == QLatin1String("credit"))
            fromCredit += moneyOf(row, "amount");
    }
    QCOMPARE(fromCredit, qint64(-1500));
}

void TstCredit::r17_topUpRepaysUsedCreditFirst()
{
    const Project project = m_timeline->eligibleProject(5000);
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    QVERIFY(emptyMain(project));
    API_REQUIRE_STATUS(grantCredit(project, creditBody(5000)), 201);
    API_REQUIRE_STATUS(m_api->charge(project.id, QStringLiteral("api_call"), 1500), 201);

    QVERIFY2(!m_api->topUpPaid(project, 1000).isEmpty(), qPrintable(m_api->lastError()));
    QJsonObject balances = m_api->balances(project);
    QCOMPARE(moneyOf(balances, "main"), qint64(0));
    QCOMPARE(moneyOf(creditOf(balances), "used"), qint64(500));
    QCOMPARE(moneyOf(creditOf(balances), "available"), qint64(3500)); // repaid credit is not available again

    QVERIFY2(!m_api->topUpPaid(project, 2000).isEmpty(), qPrintable(m_api->lastError()));
    balances = m_api->balances(project);
    QCOMPARE(moneyOf(balances, "main"), qint64(1500));
    QCOMPARE(moneyOf(creditOf(balances), "used"), qint64(0));
    QCOMPARE(moneyOf(creditOf(balances), "available"), qint64(3500));

    qint64 repaid = 0;
    for (const QJsonObject &row : rowsOfKind(project, QStringLiteral("credit_repayment")))
        repaid += qAbs(moneyOf(row, "amount"));
    QCOMPARE(repaid, qint64(1500));
}

void TstCredit::r17_expiryWithdrawsUnspentAndTurnsUsedIntoDebt()
{
    const Project project = m_timeline->eligibleProject(5000);
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    QVERIFY(emptyMain(project));
    API_REQUIRE_STATUS(grantCredit(project, creditBody(5000, "1")), 201);
    API_REQUIRE_STATUS(m_api->charge(project.id, QStringLiteral("api_call"), 1200), 201);
    const QDateTime due = timeOf(creditOf(m_api->balances(project)).value(QStringLiteral("due_at")));
    QVERIFY(due.isValid());

    // Just before the due time nothing happens.
    API_REQUIRE_OK(m_api->moveClock(due.addSecs(-60)));
    QCOMPARE(moneyOf(creditOf(m_api->balances(project)), "available"), qint64(3800));
    QVERIFY(rowsOfKind(project, QStringLiteral("credit_expiry")).isEmpty());

    // Right after it, the very next read shows the expiry.
    API_REQUIRE_OK(m_api->moveClock(due.addSecs(60)));
    const QJsonObject balances = m_api->balances(project);
    QCOMPARE(moneyOf(balances, "main"), qint64(-1200));
    QCOMPARE(moneyOf(creditOf(balances), "available"), qint64(0));
    QCOMPARE(moneyOf(creditOf(balances), "used"), qint64(0));
    const auto expiryRows = [&] {
        QMap<QString, qint64> amounts;
        for (const QJsonObject &row : rowsOfKind(project, QStringLiteral("credit_expiry"))) {
            amounts[row.value(QStringLiteral("balance")).toString()] += moneyOf(row, "amount");
            if (timeOf(row.value(QStringLiteral("at"))) != due)
                amounts[QStringLiteral("row not dated due_at")] += 1;
        }
        return amounts;
    };
    const QMap<QString, qint64> expected{{QStringLiteral("credit"), -3800}, {QStringLiteral("main"), -1200}};
    QCOMPARE(expiryRows(), expected);
    // Written once: later reads change nothing.
    API_REQUIRE_OK(m_api->advanceClock(3600));
    QCOMPARE(m_api->balances(project), balances);
    QCOMPARE(expiryRows(), expected);
    QCOMPARE(rowsOfKind(project, QStringLiteral("credit_expiry")).size(), qsizetype(2));

    // The debt makes the project ineligible and the next top-up repays it first.
    QCOMPARE(eligibility(project).value(QStringLiteral("eligible")), QJsonValue(false));
    API_REQUIRE_PROBLEM(grantCredit(project, creditBody(1000)), 422, "credit_not_eligible");
    QVERIFY2(!m_api->topUpPaid(project, 2000).isEmpty(), qPrintable(m_api->lastError()));
    QCOMPARE(moneyOf(m_api->balances(project), "main"), qint64(800));
}

void TstCredit::r17_expiryAppliesOnceAcrossRestart()
{
    // A server of its own: a restart may reset the fake clock, which must not disturb the others.
    ServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    ApiTestClient api(server.baseUrl());
    CreditTimeline timeline(api);
    const Project project = timeline.eligibleProject(2000);
    QVERIFY2(project.isValid(), qPrintable(api.lastError()));
    const qint64 main = moneyOf(api.balances(project), "main");
    API_REQUIRE_STATUS(api.adjust(project.id, -main, QStringLiteral("correction"), QStringLiteral("setup")), 201);
    API_REQUIRE_STATUS(api.grantCredit(project.id, 2000, 2), 201);
    API_REQUIRE_STATUS(api.charge(project.id, QStringLiteral("sms_notification"), 500), 201);
    const QDateTime due = timeOf(creditOf(api.balances(project)).value(QStringLiteral("due_at")));
    QVERIFY(due.isValid());

    // Past the due time, then straight into a restart with no read in between.
    API_REQUIRE_OK(api.moveClock(due.addSecs(120)));
    for (int round = 0; round < 2; ++round) {
        QVERIFY2(server.restart(), qPrintable(server.errorString()));
        api.setBaseUrl(server.baseUrl());
        api.forgetTokens();
        // The clock may restart from real time; move it past the due time again (422 if it kept it).
        const Reply clock = api.moveClock(due.addSecs(180 + round * 60));
        QVERIFY2(clock.ok() || clock.status == 422, qPrintable(clock.describe()));
        const QJsonObject balances = api.balances(project);
        QCOMPARE(moneyOf(balances, "main"), qint64(-500));
        QCOMPARE(moneyOf(creditOf(balances), "available"), qint64(0));
        QCOMPARE(moneyOf(creditOf(balances), "used"), qint64(0));
        qsizetype expiryRows = 0;
        for (const QJsonObject &row : api.allTransactions(project, QStringLiteral("kind=credit_expiry"))) {
            ++expiryRows;
            QCOMPARE(timeOf(row.value(QStringLiteral("at"))), due);
        }
        QCOMPARE(expiryRows, qsizetype(2));
    }
}

void TstCredit::r17_oneActiveCreditIs409BeforeEligibility()
{
    const Project project = m_timeline->eligibleProject(3000);
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    API_REQUIRE_STATUS(grantCredit(project, creditBody(1000)), 201);
    const QJsonObject before = m_api->balances(project);
    API_REQUIRE_PROBLEM(grantCredit(project, creditBody(1000)), 409, "credit_already_active");
    API_REQUIRE_PROBLEM(requestCredit(project, creditBody(500)), 409, "credit_already_active");
    // Above the limit: still the 409, the active credit is checked first.
    API_REQUIRE_PROBLEM(grantCredit(project, creditBody(999999999)), 409, "credit_already_active");
    QCOMPARE(m_api->balances(project), before);
    // Even with a debt on main (ineligible), the answer stays 409.
    const qint64 main = moneyOf(before, "main");
    API_REQUIRE_STATUS(m_api->adjust(project.id, -(main + 100), QStringLiteral("correction"), QStringLiteral("debt")), 201);
    API_REQUIRE_PROBLEM(grantCredit(project, creditBody(1000)), 409, "credit_already_active");
    QCOMPARE(creditOf(m_api->balances(project)), creditOf(before));
}

QTEST_GUILESS_MAIN(TstCredit)
#include "tst_credit.moc"
