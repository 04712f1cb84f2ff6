// SPDX-License-Identifier: GPL-3.0-or-later
// Credit mechanics (R16, R17) against the real cabinet-server: what credit pays, in which order,
// how top-ups repay it and how it expires. Eligibility and limits: tst_credit.
#include "ApiTestClient.h"
#include "CreditFixture.h"
#include "ServerProcess.h"

#include <QJsonArray>
#include <QMessageAuthenticationCode>
#include <QTest>

#include <memory>

using Reply = ApiTestClient::Reply;
using Project = ApiTestClient::Project;

class TstCreditMechanics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void r16_creditPaysEveryCategory_data();
    void r16_creditPaysEveryCategory();
    void r17_spendingOrderIsBonusMainCredit();
    void r17_topUpRepaysUsedCreditFirst();
    void r17_cardTopUpRepaysUsedCreditFirst();
    void r17_expiryWithdrawsUnspentAndTurnsUsedIntoDebt();
    void r17_expiredCreditCannotBeSpent();
    void r17_newCreditAfterExpiry();
    void r17_expiryAppliesOnceAcrossRestart();
    void r17_oneActiveCreditIs409BeforeEligibility();
    void r23_replayedGrantIsNotASecondCredit();

private:
    ServerProcess m_server;
    std::unique_ptr<ApiTestClient> m_api;
    std::unique_ptr<CreditFixture> m_credit;
    Project m_spendProject; // shared by the R16 rows
};

void TstCreditMechanics::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_api = std::make_unique<ApiTestClient>(m_server.baseUrl());
    m_credit = std::make_unique<CreditFixture>(*m_api);
    QVERIFY2(!m_api->staffToken().isEmpty(), qPrintable(m_api->lastError()));
}

void TstCreditMechanics::r16_creditPaysEveryCategory_data()
{
    QTest::addColumn<QString>("category");
    for (const QString &category : ApiTestClient::categories())
        QTest::newRow(qPrintable(category)) << category;
}

void TstCreditMechanics::r16_creditPaysEveryCategory()
{
    QFETCH(QString, category);
    if (!m_spendProject.isValid()) {
        m_spendProject = m_credit->eligibleProject(9000);
        QVERIFY2(m_spendProject.isValid(), qPrintable(m_api->lastError()));
        QVERIFY2(m_credit->emptyMain(m_spendProject), qPrintable(m_api->lastError()));
        API_REQUIRE_STATUS(m_credit->grant(m_spendProject, CreditFixture::creditBody(9000)), 201);
    }
    const qint64 available = ApiTestClient::money(CreditFixture::creditOf(m_api->balances(m_spendProject)), "available");
    const Reply charge = m_api->charge(m_spendProject.id, category, 1000);
    API_REQUIRE_STATUS(charge, 201);
    QCOMPARE(ApiTestClient::chargeParts(charge), (QMap<QString, qint64>{{QStringLiteral("credit"), 1000}}));
    const QJsonObject after = m_api->balances(m_spendProject);
    QCOMPARE(ApiTestClient::money(CreditFixture::creditOf(after), "available"), available - 1000);
    QCOMPARE(ApiTestClient::money(after, "main"), qint64(0));
}

void TstCreditMechanics::r17_spendingOrderIsBonusMainCredit()
{
    const Project project = m_credit->eligibleProject(5000);
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    QVERIFY(m_credit->emptyMain(project));
    API_REQUIRE_STATUS(m_api->adjust(project.id, 2000, QStringLiteral("compensation"), QStringLiteral("setup")), 201);
    API_REQUIRE_STATUS(m_api->grantBonus(project.id, 1000), 201);
    API_REQUIRE_STATUS(m_credit->grant(project, CreditFixture::creditBody(5000, "3")), 201);

    const Reply fee = m_api->charge(project.id, QStringLiteral("service_subscription"), 4000);
    API_REQUIRE_STATUS(fee, 201);
    QCOMPARE(ApiTestClient::chargeParts(fee), (QMap<QString, qint64>{{QStringLiteral("bonus"), 1000}, {QStringLiteral("main"), 2000},
                                                  {QStringLiteral("credit"), 1000}}));
    QJsonObject balances = m_api->balances(project);
    QCOMPARE(ApiTestClient::money(balances, "bonus"), qint64(0));
    QCOMPARE(ApiTestClient::money(balances, "main"), qint64(0));
    QCOMPARE(ApiTestClient::money(CreditFixture::creditOf(balances), "available"), qint64(4000));
    QCOMPARE(ApiTestClient::money(CreditFixture::creditOf(balances), "used"), qint64(1000));
    QCOMPARE(fee.object().value(QStringLiteral("balances")).toObject(), balances);

    const Reply call = m_api->charge(project.id, QStringLiteral("api_call"), 500);
    API_REQUIRE_STATUS(call, 201);
    QCOMPARE(ApiTestClient::chargeParts(call), (QMap<QString, qint64>{{QStringLiteral("credit"), 500}}));
    // More than what is left: refused whole, nothing taken.
    balances = m_api->balances(project);
    API_REQUIRE_PROBLEM(m_api->charge(project.id, QStringLiteral("api_call"), 3501), 402, "insufficient_funds");
    QCOMPARE(m_api->balances(project), balances);
    QCOMPARE(ApiTestClient::money(CreditFixture::creditOf(balances), "available"), qint64(3500));
    QCOMPARE(ApiTestClient::money(CreditFixture::creditOf(balances), "used"), qint64(1500));
    // History names the credit as the payer.
    const QList<QJsonObject> charges = m_credit->rowsOfKind(project, QStringLiteral("charge"));
    qint64 fromCredit = 0;
    for (const QJsonObject &row : charges) {
        if (row.value(QStringLiteral("balance")).toString() == QLatin1String("credit"))
            fromCredit += ApiTestClient::money(row, "amount");
    }
    QCOMPARE(fromCredit, qint64(-1500));
}

void TstCreditMechanics::r17_topUpRepaysUsedCreditFirst()
{
    const Project project = m_credit->eligibleProject(5000);
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    QVERIFY(m_credit->emptyMain(project));
    API_REQUIRE_STATUS(m_credit->grant(project, CreditFixture::creditBody(5000)), 201);
    API_REQUIRE_STATUS(m_api->charge(project.id, QStringLiteral("api_call"), 1500), 201);

    QVERIFY2(!m_api->topUpPaid(project, 1000).isEmpty(), qPrintable(m_api->lastError()));
    QJsonObject balances = m_api->balances(project);
    QCOMPARE(ApiTestClient::money(balances, "main"), qint64(0));
    QCOMPARE(ApiTestClient::money(CreditFixture::creditOf(balances), "used"), qint64(500));
    QCOMPARE(ApiTestClient::money(CreditFixture::creditOf(balances), "available"), qint64(3500)); // repaid credit is not available again

    QVERIFY2(!m_api->topUpPaid(project, 2000).isEmpty(), qPrintable(m_api->lastError()));
    balances = m_api->balances(project);
    QCOMPARE(ApiTestClient::money(balances, "main"), qint64(1500));
    QCOMPARE(ApiTestClient::money(CreditFixture::creditOf(balances), "used"), qint64(0));
    QCOMPARE(ApiTestClient::money(CreditFixture::creditOf(balances), "available"), qint64(3500));

    qint64 repaid = 0;
    for (const QJsonObject &row : m_credit->rowsOfKind(project, QStringLiteral("credit_repayment")))
        repaid += qAbs(ApiTestClient::money(row, "amount"));
    QCOMPARE(repaid, qint64(1500));
}

void TstCreditMechanics::r17_cardTopUpRepaysUsedCreditFirst()
{
    const Project project = m_credit->eligibleProject(5000);
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    QVERIFY(m_credit->emptyMain(project));
    API_REQUIRE_STATUS(m_credit->grant(project, CreditFixture::creditBody(5000)), 201);
    API_REQUIRE_STATUS(m_api->charge(project.id, QStringLiteral("api_call"), 1000), 201);
    // Paid through the provider's signed callback rather than a staff confirmation.
    const Reply created = m_api->post(QStringLiteral("/api/v1/projects/%1/topups").arg(project.id),
                                      QJsonObject{{QStringLiteral("amount"), 600}, {QStringLiteral("method"), QStringLiteral("card")}},
                                      m_api->tokenFor(project.ownerEmail), ApiTestClient::newIdempotencyKey());
    API_REQUIRE_STATUS(created, 201);
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("topup_id"), created.object().value(QStringLiteral("id"))},
                                                      {QStringLiteral("status"), QStringLiteral("paid")}})
                                .toJson(QJsonDocument::Compact);
    const QByteArray signature =
        QMessageAuthenticationCode::hash(body, ServerProcess::PaymentSecret.toUtf8(), QCryptographicHash::Sha256).toHex();
    API_REQUIRE_STATUS(m_api->postRaw(QStringLiteral("/api/v1/payments/callback"), body, {}, {}, {{"X-Signature", signature}}), 200);
    const QJsonObject balances = m_api->balances(project);
    QCOMPARE(ApiTestClient::money(balances, "main"), qint64(0));
    QCOMPARE(ApiTestClient::money(CreditFixture::creditOf(balances), "used"), qint64(400));
    QCOMPARE(ApiTestClient::money(CreditFixture::creditOf(balances), "available"), qint64(4000));
}

void TstCreditMechanics::r17_expiredCreditCannotBeSpent()
{
    const Project project = m_credit->eligibleProject(5000);
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    QVERIFY(m_credit->emptyMain(project));
    API_REQUIRE_STATUS(m_credit->grant(project, CreditFixture::creditBody(5000, "1")), 201);
    const QDateTime due = ApiTestClient::timeOf(CreditFixture::creditOf(m_api->balances(project)).value(QStringLiteral("due_at")));
    QVERIFY(due.isValid());
    // Past the due time the very first request is a charge, not a read: the credit is gone for it too.
    API_REQUIRE_OK(m_api->moveClock(due.addSecs(30)));
    API_REQUIRE_PROBLEM(m_api->charge(project.id, QStringLiteral("api_call"), 100), 402, "insufficient_funds");
    const QJsonObject balances = m_api->balances(project);
    QCOMPARE(ApiTestClient::money(balances, "main"), qint64(0));
    QCOMPARE(ApiTestClient::money(CreditFixture::creditOf(balances), "available"), qint64(0));
    QCOMPARE(m_credit->rowsOfKind(project, QStringLiteral("charge")).size(), qsizetype(1)); // only the setup charge
}

void TstCreditMechanics::r17_newCreditAfterExpiry()
{
    // One active credit at a time, not one ever: once expired (no debt left) a new one may be granted.
    const Project project = m_credit->eligibleProject(3000);
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    API_REQUIRE_STATUS(m_credit->grant(project, CreditFixture::creditBody(1000, "1")), 201);
    API_REQUIRE_OK(m_api->advanceClock(2 * 24 * 3600));
    const QJsonObject answer = m_credit->eligibility(project);
    QCOMPARE(answer.value(QStringLiteral("eligible")), QJsonValue(true));
    API_REQUIRE_STATUS(m_credit->grant(project, CreditFixture::creditBody(2000, "5")), 201);
    const QJsonObject credit = CreditFixture::creditOf(m_api->balances(project));
    QCOMPARE(ApiTestClient::money(credit, "granted"), qint64(2000));
    QCOMPARE(ApiTestClient::money(credit, "available"), qint64(2000));
}

void TstCreditMechanics::r17_expiryWithdrawsUnspentAndTurnsUsedIntoDebt()
{
    const Project project = m_credit->eligibleProject(5000);
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    QVERIFY(m_credit->emptyMain(project));
    API_REQUIRE_STATUS(m_credit->grant(project, CreditFixture::creditBody(5000, "1")), 201);
    API_REQUIRE_STATUS(m_api->charge(project.id, QStringLiteral("api_call"), 1200), 201);
    const QDateTime due = ApiTestClient::timeOf(CreditFixture::creditOf(m_api->balances(project)).value(QStringLiteral("due_at")));
    QVERIFY(due.isValid());

    // Just before the due time nothing happens.
    API_REQUIRE_OK(m_api->moveClock(due.addSecs(-60)));
    QCOMPARE(ApiTestClient::money(CreditFixture::creditOf(m_api->balances(project)), "available"), qint64(3800));
    QVERIFY(m_credit->rowsOfKind(project, QStringLiteral("credit_expiry")).isEmpty());

    // Right after it, the very next read shows the expiry.
    API_REQUIRE_OK(m_api->moveClock(due.addSecs(60)));
    const QJsonObject balances = m_api->balances(project);
    QCOMPARE(ApiTestClient::money(balances, "main"), qint64(-1200));
    QCOMPARE(ApiTestClient::money(CreditFixture::creditOf(balances), "available"), qint64(0));
    QCOMPARE(ApiTestClient::money(CreditFixture::creditOf(balances), "used"), qint64(0));
    const auto expiryRows = [&] {
        QMap<QString, qint64> amounts;
        for (const QJsonObject &row : m_credit->rowsOfKind(project, QStringLiteral("credit_expiry"))) {
            amounts[row.value(QStringLiteral("balance")).toString()] += ApiTestClient::money(row, "amount");
            if (ApiTestClient::timeOf(row.value(QStringLiteral("at"))) != due)
                amounts[QStringLiteral("row not dated due_at")] += 1;
        }
        return amounts;
    };
    const QMap<QString, qint64> expected{{QStringLiteral("credit"), -3800}, {QStringLiteral("main"), -1200}};
    QCOMPARE(expiryRows(), expected);
    // R34: the project's audit log names the expiry as the platform's action.
    const QString ownerToken = m_api->login(project.ownerEmail, ApiTestClient::MemberPassword);
    QVERIFY2(!ownerToken.isEmpty(), qPrintable(m_api->lastError()));
    const ApiTestClient::Reply audit =
        m_api->get(QStringLiteral("/api/v1/projects/%1/audit?action=credit.expired").arg(project.id), ownerToken);
    API_REQUIRE_STATUS(audit, 200);
    const QJsonArray expiries = audit.json.object().value(QStringLiteral("items")).toArray();
    QCOMPARE(expiries.size(), qsizetype(1));
    const QJsonObject expiryEvent = expiries.first().toObject();
    QCOMPARE(expiryEvent.value(QStringLiteral("actor")).toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("platform"));
    QCOMPARE(ApiTestClient::money(expiryEvent.value(QStringLiteral("details")).toObject(), "unspent_withdrawn"),
             qint64(3800));
    QCOMPARE(ApiTestClient::money(expiryEvent.value(QStringLiteral("details")).toObject(), "debt_to_main"), qint64(1200));
    // Written once: later reads change nothing.
    API_REQUIRE_OK(m_api->advanceClock(3600));
    QCOMPARE(m_api->balances(project), balances);
    QCOMPARE(expiryRows(), expected);
    QCOMPARE(m_credit->rowsOfKind(project, QStringLiteral("credit_expiry")).size(), qsizetype(2));

    // The debt makes the project ineligible and the next top-up repays it first.
    QCOMPARE(m_credit->eligibility(project).value(QStringLiteral("eligible")), QJsonValue(false));
    API_REQUIRE_PROBLEM(m_credit->grant(project, CreditFixture::creditBody(1000)), 422, "credit_not_eligible");
    QVERIFY2(!m_api->topUpPaid(project, 2000).isEmpty(), qPrintable(m_api->lastError()));
    QCOMPARE(ApiTestClient::money(m_api->balances(project), "main"), qint64(800));
}

void TstCreditMechanics::r17_expiryAppliesOnceAcrossRestart()
{
    // A server of its own: a restart may reset the fake clock, which must not disturb the others.
    ServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    ApiTestClient api(server.baseUrl());
    CreditFixture credit(api);
    const Project project = credit.eligibleProject(2000);
    QVERIFY2(project.isValid(), qPrintable(api.lastError()));
    const qint64 main = ApiTestClient::money(api.balances(project), "main");
    API_REQUIRE_STATUS(api.adjust(project.id, -main, QStringLiteral("correction"), QStringLiteral("setup")), 201);
    API_REQUIRE_STATUS(credit.grant(project, CreditFixture::creditBody(2000, "2")), 201);
    API_REQUIRE_STATUS(api.charge(project.id, QStringLiteral("sms_notification"), 500), 201);
    const QDateTime due = ApiTestClient::timeOf(CreditFixture::creditOf(api.balances(project)).value(QStringLiteral("due_at")));
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
        QCOMPARE(ApiTestClient::money(balances, "main"), qint64(-500));
        QCOMPARE(ApiTestClient::money(CreditFixture::creditOf(balances), "available"), qint64(0));
        QCOMPARE(ApiTestClient::money(CreditFixture::creditOf(balances), "used"), qint64(0));
        qsizetype expiryRows = 0;
        for (const QJsonObject &row : api.allTransactions(project, QStringLiteral("kind=credit_expiry"))) {
            ++expiryRows;
            QCOMPARE(ApiTestClient::timeOf(row.value(QStringLiteral("at"))), due);
        }
        QCOMPARE(expiryRows, qsizetype(2));
    }
}

void TstCreditMechanics::r17_oneActiveCreditIs409BeforeEligibility()
{
    const Project project = m_credit->eligibleProject(3000);
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    API_REQUIRE_STATUS(m_credit->grant(project, CreditFixture::creditBody(1000)), 201);
    const QJsonObject before = m_api->balances(project);
    API_REQUIRE_PROBLEM(m_credit->grant(project, CreditFixture::creditBody(1000)), 409, "credit_already_active");
    API_REQUIRE_PROBLEM(m_credit->request(project, CreditFixture::creditBody(500)), 409, "credit_already_active");
    // Above the limit: still the 409, the active credit is checked first.
    API_REQUIRE_PROBLEM(m_credit->grant(project, CreditFixture::creditBody(999999999)), 409, "credit_already_active");
    QCOMPARE(m_api->balances(project), before);
    // Even with a debt on main (ineligible), the answer stays 409.
    const qint64 main = ApiTestClient::money(before, "main");
    API_REQUIRE_STATUS(m_api->adjust(project.id, -(main + 100), QStringLiteral("correction"), QStringLiteral("debt")), 201);
    API_REQUIRE_PROBLEM(m_credit->grant(project, CreditFixture::creditBody(1000)), 409, "credit_already_active");
    QCOMPARE(CreditFixture::creditOf(m_api->balances(project)), CreditFixture::creditOf(before));
}

void TstCreditMechanics::r23_replayedGrantIsNotASecondCredit()
{
    // A retried grant must replay its first 201, not run into "one active credit" (409).
    const Project project = m_credit->eligibleProject(4000);
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    const QString path = QStringLiteral("/api/v1/staff/projects/%1/credits").arg(project.id);
    const QByteArray body = CreditFixture::creditBody(4000, "4");
    const QByteArray key = ApiTestClient::newIdempotencyKey();
    const Reply first = m_api->postRaw(path, body, m_api->staffToken(), key);
    API_REQUIRE_STATUS(first, 201);
    const Reply again = m_api->postRaw(path, body, m_api->staffToken(), key);
    API_REQUIRE_STATUS(again, 201);
    QCOMPARE(again.json, first.json);
    QCOMPARE(ApiTestClient::money(CreditFixture::creditOf(m_api->balances(project)), "granted"), qint64(4000));
    QCOMPARE(m_credit->rowsOfKind(project, QStringLiteral("credit_grant")).size(), qsizetype(1));
    // The owner's request, retried, is one request.
    const Project other = m_credit->eligibleProject(1000);
    QVERIFY2(other.isValid(), qPrintable(m_api->lastError()));
    const QByteArray requestKey = ApiTestClient::newIdempotencyKey();
    const QString otherPath = QStringLiteral("/api/v1/projects/%1/credit/requests").arg(other.id);
    const Reply request = m_api->postRaw(otherPath, CreditFixture::creditBody(1000), m_api->tokenFor(other.ownerEmail), requestKey);
    API_REQUIRE_STATUS(request, 201);
    const Reply retried = m_api->postRaw(otherPath, CreditFixture::creditBody(1000), m_api->tokenFor(other.ownerEmail), requestKey);
    QCOMPARE(retried.status, 201);
    QCOMPARE(retried.json, request.json);
}

QTEST_GUILESS_MAIN(TstCreditMechanics)
#include "tst_credit_mechanics.moc"
