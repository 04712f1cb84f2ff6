// SPDX-License-Identifier: GPL-3.0-or-later
// Main and bonus balances (R5-R11, R26) against the real cabinet-server.
#include "ApiTestClient.h"
#include "ServerProcess.h"

#include <QJsonArray>
#include <QMessageAuthenticationCode>
#include <QTest>

#include <memory>

using Reply = ApiTestClient::Reply;
using Project = ApiTestClient::Project;

namespace {

// Every category but service_subscription: bonus never pays them (R11).
const QStringList MainOnlyCategories = ApiTestClient::categories().mid(1);

qint64 mainOf(const QJsonObject &balances) { return ApiTestClient::money(balances, "main"); }
qint64 bonusOf(const QJsonObject &balances) { return ApiTestClient::money(balances, "bonus"); }

QByteArray signature(const QByteArray &body, const QString &secret)
{
    return QMessageAuthenticationCode::hash(body, secret.toUtf8(), QCryptographicHash::Sha256).toHex();
}

} // namespace

class TstMainBonus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void r5_invoiceTopUpIsPendingUntilStaffConfirms();
    void r5_confirmingTwiceCreditsOnce();
    void r5_confirmAcceptsAPostWithoutBody();
    void r5_cardTopUpIsPaidBySignedCallback();
    void r5_repeatedCallbackCreditsOnce();
    void r5_callbackWithBadSignatureIs401_data();
    void r5_callbackWithBadSignatureIs401();
    void r5_failedCallbackCancelsAndCreditsNothing();
    void r5_signedCallbackWithBadBodyChangesNothing_data();
    void r5_signedCallbackWithBadBodyChangesNothing();
    void r6_compensationAndCorrectionShowTheirReason();
    void r6_correctionMayTakeMainBelowZero();
    void r7_mainPaysEveryCategory_data();
    void r7_mainPaysEveryCategory();
    void r8_onlyStaffGrantBonus_data();
    void r8_onlyStaffGrantBonus();
    void r8_staffBonusGrantWithReason();
    void r9_bonusIsSpentFirst();
    void r10_bonusPaysServiceSubscription();
    void r11_mainOnlyCategoriesNeverTouchBonus_data();
    void r11_mainOnlyCategoriesNeverTouchBonus();
    void r26_historyRowSaysBalanceAndCategory();

private:
    Project fresh(qint64 mainFunds = 0);
    Reply createTopUp(const Project &project, qint64 amount, const QString &method);
    Reply callback(const QByteArray &body, const QByteArray &signatureHex);
    QByteArray callbackBody(const QJsonValue &topupId, const QString &status);
    QJsonObject topUpById(const Project &project, const QString &id);

    ServerProcess m_server;
    std::unique_ptr<ApiTestClient> m_api;
};

void TstMainBonus::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_api = std::make_unique<ApiTestClient>(m_server.baseUrl());
    QVERIFY2(!m_api->staffToken().isEmpty(), qPrintable(m_api->lastError()));
}

Project TstMainBonus::fresh(qint64 mainFunds)
{
    return m_api->newProject(QStringLiteral("mainbonus"), mainFunds);
}

Reply TstMainBonus::createTopUp(const Project &project, qint64 amount, const QString &method)
{
    return m_api->post(QStringLiteral("/api/v1/projects/%1/topups").arg(project.id),
                       QJsonObject{{QStringLiteral("amount"), amount}, {QStringLiteral("method"), method}},
                       m_api->tokenFor(project.ownerEmail), ApiTestClient::newIdempotencyKey());
}

QByteArray TstMainBonus::callbackBody(const QJsonValue &topupId, const QString &status)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("topup_id"), topupId}, {QStringLiteral("status"), status}})
        .toJson(QJsonDocument::Compact);
}

Reply TstMainBonus::callback(const QByteArray &body, const QByteArray &signatureHex)
{
    ApiTestClient::Headers headers;
    if (!signatureHex.isNull())
        headers.append({"X-Signature", signatureHex});
    return m_api->postRaw(QStringLiteral("/api/v1/payments/callback"), body, {}, {}, headers);
}

QJsonObject TstMainBonus::topUpById(const Project &project, const QString &id)
{
    const Reply list = m_api->get(QStringLiteral("/api/v1/projects/%1/topups").arg(project.id),
                                  m_api->tokenFor(project.ownerEmail));
    for (const QJsonValue &item : list.object().value(QStringLiteral("items")).toArray()) {
        if (ApiTestClient::idText(item[QStringLiteral("id")]) == id)
            return item.toObject();
    }
    return {};
}

void TstMainBonus::r5_invoiceTopUpIsPendingUntilStaffConfirms()
{
    const Project project = fresh();
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    const Reply created = createTopUp(project, 150000, QStringLiteral("invoice"));
    API_REQUIRE_STATUS(created, 201);
    const QJsonObject topup = created.object();
    QCOMPARE(topup.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    QCOMPARE(topup.value(QStringLiteral("method")).toString(), QStringLiteral("invoice"));
    QCOMPARE(ApiTestClient::money(topup.value(QStringLiteral("amount"))), qint64(150000));
    QVERIFY2(!topup.value(QStringLiteral("invoice_number")).toString().isEmpty(), qPrintable(created.describe()));
    QVERIFY2(topup.value(QStringLiteral("payment_url")).isNull(), qPrintable(created.describe()));
    const QString id = ApiTestClient::idText(topup.value(QStringLiteral("id")));

    // Pending money is not on the balance yet (it arrives in up to 3 business days).
    QCOMPARE(mainOf(m_api->balances(project)), qint64(0));
    QCOMPARE(topUpById(project, id).value(QStringLiteral("status")).toString(), QStringLiteral("pending"));

    const Reply confirmed = m_api->post(QStringLiteral("/api/v1/staff/topups/%1/confirm").arg(id), QJsonObject{},
                                        m_api->staffToken(), ApiTestClient::newIdempotencyKey());
    API_REQUIRE_STATUS(confirmed, 200);
    QCOMPARE(mainOf(m_api->balances(project)), qint64(150000));
    QCOMPARE(topUpById(project, id).value(QStringLiteral("status")).toString(), QStringLiteral("paid"));

    const auto rows = m_api->allTransactions(project);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0].value(QStringLiteral("kind")).toString(), QStringLiteral("topup"));
    QCOMPARE(rows[0].value(QStringLiteral("balance")).toString(), QStringLiteral("main"));
    QCOMPARE(ApiTestClient::money(rows[0].value(QStringLiteral("amount"))), qint64(150000));
    QCOMPARE(ApiTestClient::money(rows[0].value(QStringLiteral("balance_after"))), qint64(150000));
}

void TstMainBonus::r5_confirmingTwiceCreditsOnce()
{
    const Project project = fresh();
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    const Reply created = createTopUp(project, 20000, QStringLiteral("invoice"));
    API_REQUIRE_STATUS(created, 201);
    const QString path = QStringLiteral("/api/v1/staff/topups/%1/confirm")
                             .arg(ApiTestClient::idText(created.object().value(QStringLiteral("id"))));
    API_REQUIRE_STATUS(m_api->post(path, QJsonObject{}, m_api->staffToken(), ApiTestClient::newIdempotencyKey()), 200);
    // A second confirmation with its own key is a different request: it must not pay again.
    const Reply again = m_api->post(path, QJsonObject{}, m_api->staffToken(), ApiTestClient::newIdempotencyKey());
    QVERIFY2(again.status == 200 || again.status == 409, qPrintable(again.describe()));
    QCOMPARE(mainOf(m_api->balances(project)), qint64(20000));
    QCOMPARE(m_api->allTransactions(project).size(), 1);
}

void TstMainBonus::r5_confirmAcceptsAPostWithoutBody()
{
    const Project project = fresh();
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    const Reply created = createTopUp(project, 9900, QStringLiteral("invoice"));
    API_REQUIRE_STATUS(created, 201);
    // Confirm carries no body; a POST without Content-Length has an empty one (RFC 9112 6.3).
    const QByteArray head = "POST /api/v1/staff/topups/" + ApiTestClient::idText(created.object().value(QStringLiteral("id"))).toUtf8()
        + "/confirm HTTP/1.1\r\nAuthorization: Bearer " + m_api->staffToken().toUtf8() + "\r\nIdempotency-Key: "
        + ApiTestClient::newIdempotencyKey();
    API_REQUIRE_STATUS(m_api->sendRawHttp(head), 200);
    QCOMPARE(mainOf(m_api->balances(project)), qint64(9900));
}

void TstMainBonus::r5_cardTopUpIsPaidBySignedCallback()
{
    const Project project = fresh();
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    const Reply created = createTopUp(project, 75050, QStringLiteral("card"));
    API_REQUIRE_STATUS(created, 201);
    QCOMPARE(created.object().value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    QCOMPARE(created.object().value(QStringLiteral("method")).toString(), QStringLiteral("card"));
    QVERIFY2(!created.object().value(QStringLiteral("payment_url")).toString().isEmpty(), qPrintable(created.describe()));
    QVERIFY2(created.object().value(QStringLiteral("invoice_number")).isNull(), qPrintable(created.describe()));
    QCOMPARE(mainOf(m_api->balances(project)), qint64(0));

    const QByteArray body = callbackBody(created.object().value(QStringLiteral("id")), QStringLiteral("paid"));
    API_REQUIRE_STATUS(callback(body, signature(body, ServerProcess::PaymentSecret)), 200);
    QCOMPARE(mainOf(m_api->balances(project)), qint64(75050));
    const QString id = ApiTestClient::idText(created.object().value(QStringLiteral("id")));
    QCOMPARE(topUpById(project, id).value(QStringLiteral("status")).toString(), QStringLiteral("paid"));
}

void TstMainBonus::r5_repeatedCallbackCreditsOnce()
{
    const Project project = fresh();
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    const Reply created = createTopUp(project, 30000, QStringLiteral("card"));
    API_REQUIRE_STATUS(created, 201);
    const QByteArray body = callbackBody(created.object().value(QStringLiteral("id")), QStringLiteral("paid"));
    const QByteArray sig = signature(body, ServerProcess::PaymentSecret);
    for (int delivery = 0; delivery < 3; ++delivery)
        API_REQUIRE_STATUS(callback(body, sig), 200); // providers retry; each retry is acknowledged
    QCOMPARE(mainOf(m_api->balances(project)), qint64(30000));
    QCOMPARE(m_api->allTransactions(project).size(), 1);
}

void TstMainBonus::r5_callbackWithBadSignatureIs401_data()
{
    QTest::addColumn<QByteArray>("signatureKind");
    QTest::newRow("no signature header") << QByteArray("none");
    QTest::newRow("signed with another secret") << QByteArray("other-secret");
    QTest::newRow("signature of another body") << QByteArray("other-body");
    QTest::newRow("not hex") << QByteArray("garbage");
    QTest::newRow("empty") << QByteArray("empty");
}

void TstMainBonus::r5_callbackWithBadSignatureIs401()
{
    QFETCH(QByteArray, signatureKind);
    const Project project = fresh();
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    const Reply created = createTopUp(project, 12345, QStringLiteral("card"));
    API_REQUIRE_STATUS(created, 201);
    const QByteArray body = callbackBody(created.object().value(QStringLiteral("id")), QStringLiteral("paid"));
    QByteArray sig;
    if (signatureKind == "other-secret")
        sig = signature(body, QStringLiteral("not-the-secret"));
    else if (signatureKind == "other-body")
        sig = signature(callbackBody(QJsonValue(QStringLiteral("999999")), QStringLiteral("paid")), ServerProcess::PaymentSecret);
    else if (signatureKind == "garbage")
        sig = "zz-not-hex";
    else if (signatureKind == "empty")
        sig = "";
    API_REQUIRE_PROBLEM(callback(body, sig), 401, "unauthorized");
    QCOMPARE(mainOf(m_api->balances(project)), qint64(0));
    const QString id = ApiTestClient::idText(created.object().value(QStringLiteral("id")));
    QCOMPARE(topUpById(project, id).value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
}

void TstMainBonus::r5_failedCallbackCancelsAndCreditsNothing()
{
    const Project project = fresh();
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    const Reply created = createTopUp(project, 40000, QStringLiteral("card"));
    API_REQUIRE_STATUS(created, 201);
    const QJsonValue topupId = created.object().value(QStringLiteral("id"));
    const QByteArray failed = callbackBody(topupId, QStringLiteral("failed"));
    API_REQUIRE_STATUS(callback(failed, signature(failed, ServerProcess::PaymentSecret)), 200);
    QCOMPARE(topUpById(project, ApiTestClient::idText(topupId)).value(QStringLiteral("status")).toString(),
             QStringLiteral("cancelled"));
    QCOMPARE(mainOf(m_api->balances(project)), qint64(0));
    // A late "paid" for a cancelled top-up must not credit it.
    const QByteArray paid = callbackBody(topupId, QStringLiteral("paid"));
    const Reply late = callback(paid, signature(paid, ServerProcess::PaymentSecret));
    QVERIFY2(late.status == 200 || late.status == 409, qPrintable(late.describe()));
    QCOMPARE(mainOf(m_api->balances(project)), qint64(0));
    QCOMPARE(topUpById(project, ApiTestClient::idText(topupId)).value(QStringLiteral("status")).toString(),
             QStringLiteral("cancelled"));
    QCOMPARE(m_api->allTransactions(project).size(), 0);
}

void TstMainBonus::r5_signedCallbackWithBadBodyChangesNothing_data()
{
    QTest::addColumn<QByteArray>("body"); // %ID% = the pending card top-up's id
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("altStatus"); // a second reading of the contract, 0: none
    QTest::newRow("malformed JSON") << QByteArray(R"({"topup_id":%ID%,"status":)") << 400 << 0;
    QTest::newRow("unknown status") << QByteArray(R"({"topup_id":%ID%,"status":"refunded"})") << 422 << 0;
    QTest::newRow("status missing") << QByteArray(R"({"topup_id":%ID%})") << 422 << 0;
    QTest::newRow("topup_id missing") << QByteArray(R"({"status":"paid"})") << 422 << 0;
    QTest::newRow("unknown top-up") << QByteArray(R"({"topup_id":987654321,"status":"paid"})") << 404 << 422;
}

void TstMainBonus::r5_signedCallbackWithBadBodyChangesNothing()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(int, altStatus);
    const Project project = fresh();
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    const Reply created = createTopUp(project, 5555, QStringLiteral("card"));
    API_REQUIRE_STATUS(created, 201);
    const QString id = ApiTestClient::idText(created.object().value(QStringLiteral("id")));
    // The id goes in as the server wrote it (a JSON number or string).
    const QByteArray idJson = QJsonDocument(QJsonArray{created.object().value(QStringLiteral("id"))}).toJson(QJsonDocument::Compact);
    body.replace("%ID%", idJson.mid(1).chopped(1));
    const Reply reply = callback(body, signature(body, ServerProcess::PaymentSecret));
    const int answered = reply.status == altStatus ? altStatus : status;
    const QString mismatch = ApiTestClient::problemMismatch(
        reply, answered, answered == 404 ? QStringLiteral("not_found") : QStringLiteral("validation_failed"));
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    QCOMPARE(mainOf(m_api->balances(project)), qint64(0));
    QCOMPARE(topUpById(project, id).value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
}

void TstMainBonus::r6_compensationAndCorrectionShowTheirReason()
{
    const Project project = fresh(10000);
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    const QString administrator = ApiTestClient::uniqueEmail(QStringLiteral("admin"));
    QVERIFY2(m_api->addUser(project.id, administrator, QStringLiteral("administrator")), qPrintable(m_api->lastError()));

    const QString compensationReason = QStringLiteral("Outage on 12 Nov: calls failed for 2 hours");
    const QString correctionReason = QStringLiteral("Correction of a double charge for SMS");
    API_REQUIRE_STATUS(m_api->adjust(project.id, 2500, QStringLiteral("compensation"), compensationReason), 201);
    API_REQUIRE_STATUS(m_api->adjust(project.id, -700, QStringLiteral("correction"), correctionReason), 201);
    QCOMPARE(mainOf(m_api->balances(project)), qint64(10000 + 2500 - 700));

    // The customer (the administrator too) sees both rows with their reasons, newest first.
    const Reply history = m_api->get(QStringLiteral("/api/v1/projects/%1/transactions").arg(project.id),
                                     m_api->tokenFor(administrator));
    API_REQUIRE_STATUS(history, 200);
    const QJsonArray items = history.object().value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 3);
    const QJsonObject correction = items[0].toObject();
    const QJsonObject compensation = items[1].toObject();
    QCOMPARE(correction.value(QStringLiteral("kind")).toString(), QStringLiteral("correction"));
    QCOMPARE(ApiTestClient::money(correction.value(QStringLiteral("amount"))), qint64(-700));
    QCOMPARE(correction.value(QStringLiteral("balance")).toString(), QStringLiteral("main"));
    QVERIFY2(correction.value(QStringLiteral("description")).toString().contains(correctionReason), qPrintable(history.describe()));
    QCOMPARE(ApiTestClient::money(correction.value(QStringLiteral("balance_after"))), qint64(11800));
    QCOMPARE(compensation.value(QStringLiteral("kind")).toString(), QStringLiteral("compensation"));
    QCOMPARE(ApiTestClient::money(compensation.value(QStringLiteral("amount"))), qint64(2500));
    QVERIFY2(compensation.value(QStringLiteral("description")).toString().contains(compensationReason), qPrintable(history.describe()));
    QCOMPARE(ApiTestClient::money(compensation.value(QStringLiteral("balance_after"))), qint64(12500));
}

void TstMainBonus::r6_correctionMayTakeMainBelowZero()
{
    const Project project = fresh(1000);
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    API_REQUIRE_STATUS(m_api->adjust(project.id, -5000, QStringLiteral("correction"), QStringLiteral("Unbilled calls of October")), 201);
    const QJsonObject balances = m_api->balances(project);
    QCOMPARE(mainOf(balances), qint64(-4000));
    // With main below zero a charge has nothing to pay from: refused whole (R17).
    API_REQUIRE_PROBLEM(m_api->charge(project.id, QStringLiteral("api_call"), 1), 402, "insufficient_funds");
    QCOMPARE(m_api->balances(project), balances);
    // The next top-up fills the hole first.
    QVERIFY2(!m_api->topUpPaid(project, 6000).isEmpty(), qPrintable(m_api->lastError()));
    QCOMPARE(mainOf(m_api->balances(project)), qint64(2000));
}

void TstMainBonus::r7_mainPaysEveryCategory_data()
{
    QTest::addColumn<QString>("category");
    QTest::newRow("service_subscription") << QStringLiteral("service_subscription");
    for (const QString &category : MainOnlyCategories)
        QTest::newRow(qPrintable(category)) << category;
}

void TstMainBonus::r7_mainPaysEveryCategory()
{
    QFETCH(QString, category);
    const Project project = fresh(10000);
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    const Reply charge = m_api->charge(project.id, category, 1234, QStringLiteral("R7 check"));
    API_REQUIRE_STATUS(charge, 201);
    QCOMPARE(ApiTestClient::chargeParts(charge), (QMap<QString, qint64>{{QStringLiteral("main"), 1234}}));
    QCOMPARE(mainOf(charge.object().value(QStringLiteral("balances")).toObject()), qint64(8766));
    QCOMPARE(mainOf(m_api->balances(project)), qint64(8766));
}

void TstMainBonus::r8_onlyStaffGrantBonus_data()
{
    QTest::addColumn<QString>("role");
    QTest::newRow("owner") << QStringLiteral("owner");
    QTest::newRow("administrator") << QStringLiteral("administrator");
}

void TstMainBonus::r8_onlyStaffGrantBonus()
{
    QFETCH(QString, role);
    const Project project = fresh(5000);
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    QString email = project.ownerEmail;
    if (role != QLatin1String("owner")) {
        email = ApiTestClient::uniqueEmail(role);
        QVERIFY2(m_api->addUser(project.id, email, role), qPrintable(m_api->lastError()));
    }
    const QJsonObject before = m_api->balances(project);
    const Reply reply = m_api->post(QStringLiteral("/api/v1/staff/projects/%1/bonus").arg(project.id),
                                    QJsonObject{{QStringLiteral("amount"), 100000}, {QStringLiteral("reason"), QStringLiteral("self-granted")}},
                                    m_api->tokenFor(email), ApiTestClient::newIdempotencyKey());
    API_REQUIRE_PROBLEM(reply, 403, "forbidden");
    QCOMPARE(m_api->balances(project), before);
    QCOMPARE(bonusOf(before), qint64(0));
}

void TstMainBonus::r8_staffBonusGrantWithReason()
{
    const Project project = fresh(5000);
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    const QString reason = QStringLiteral("Beta testing of the autodialer");
    API_REQUIRE_STATUS(m_api->grantBonus(project.id, 30000, reason), 201);
    const QJsonObject balances = m_api->balances(project);
    QCOMPARE(bonusOf(balances), qint64(30000));
    QCOMPARE(mainOf(balances), qint64(5000));
    const auto rows = m_api->allTransactions(project);
    QVERIFY(!rows.isEmpty());
    QCOMPARE(rows[0].value(QStringLiteral("kind")).toString(), QStringLiteral("bonus_grant"));
    QCOMPARE(rows[0].value(QStringLiteral("balance")).toString(), QStringLiteral("bonus"));
    QCOMPARE(ApiTestClient::money(rows[0].value(QStringLiteral("amount"))), qint64(30000));
    QVERIFY(rows[0].value(QStringLiteral("description")).toString().contains(reason));
}

void TstMainBonus::r9_bonusIsSpentFirst()
{
    const Project project = fresh(10000);
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    API_REQUIRE_STATUS(m_api->grantBonus(project.id, 3000), 201);

    const Reply first = m_api->charge(project.id, QStringLiteral("service_subscription"), 2000);
    API_REQUIRE_STATUS(first, 201);
    QCOMPARE(ApiTestClient::chargeParts(first), (QMap<QString, qint64>{{QStringLiteral("bonus"), 2000}}));
    QJsonObject balances = m_api->balances(project);
    QCOMPARE(bonusOf(balances), qint64(1000));
    QCOMPARE(mainOf(balances), qint64(10000));

    // Bonus runs out mid-charge: the rest comes from main.
    const Reply second = m_api->charge(project.id, QStringLiteral("service_subscription"), 2500);
    API_REQUIRE_STATUS(second, 201);
    QCOMPARE(ApiTestClient::chargeParts(second), (QMap<QString, qint64>{{QStringLiteral("bonus"), 1000}, {QStringLiteral("main"), 1500}}));
    balances = m_api->balances(project);
    QCOMPARE(bonusOf(balances), qint64(0));
    QCOMPARE(mainOf(balances), qint64(8500));
    QCOMPARE(second.object().value(QStringLiteral("balances")).toObject(), balances);
}

void TstMainBonus::r10_bonusPaysServiceSubscription()
{
    const Project project = fresh();
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    API_REQUIRE_STATUS(m_api->grantBonus(project.id, 5000), 201);
    const Reply paid = m_api->charge(project.id, QStringLiteral("service_subscription"), 5000);
    API_REQUIRE_STATUS(paid, 201);
    QCOMPARE(ApiTestClient::chargeParts(paid), (QMap<QString, qint64>{{QStringLiteral("bonus"), 5000}}));
    QJsonObject balances = m_api->balances(project);
    QCOMPARE(bonusOf(balances), qint64(0));
    QCOMPARE(mainOf(balances), qint64(0));
    // Bonus 100, main 0, fee 101: refused whole, nothing taken.
    API_REQUIRE_STATUS(m_api->grantBonus(project.id, 100), 201);
    balances = m_api->balances(project);
    API_REQUIRE_PROBLEM(m_api->charge(project.id, QStringLiteral("service_subscription"), 101), 402, "insufficient_funds");
    QCOMPARE(m_api->balances(project), balances);
}

void TstMainBonus::r11_mainOnlyCategoriesNeverTouchBonus_data()
{
    QTest::addColumn<QString>("category");
    for (const QString &category : MainOnlyCategories)
        QTest::newRow(qPrintable(category)) << category;
}

void TstMainBonus::r11_mainOnlyCategoriesNeverTouchBonus()
{
    QFETCH(QString, category);
    const Project project = fresh(5000);
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    API_REQUIRE_STATUS(m_api->grantBonus(project.id, 100000), 201);

    const Reply paid = m_api->charge(project.id, category, 3000);
    API_REQUIRE_STATUS(paid, 201);
    QCOMPARE(ApiTestClient::chargeParts(paid), (QMap<QString, qint64>{{QStringLiteral("main"), 3000}}));
    QJsonObject balances = m_api->balances(project);
    QCOMPARE(bonusOf(balances), qint64(100000));
    QCOMPARE(mainOf(balances), qint64(2000));

    // A large bonus does not help a main-only charge that main cannot cover.
    const qsizetype rowsBefore = m_api->allTransactions(project).size();
    API_REQUIRE_PROBLEM(m_api->charge(project.id, category, 2001), 402, "insufficient_funds");
    QCOMPARE(m_api->balances(project), balances);
    QCOMPARE(m_api->allTransactions(project).size(), rowsBefore);
}

void TstMainBonus::r26_historyRowSaysBalanceAndCategory()
{
    const Project project = fresh(10000);
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    API_REQUIRE_STATUS(m_api->grantBonus(project.id, 400), 201);
    API_REQUIRE_STATUS(m_api->charge(project.id, QStringLiteral("service_subscription"), 1000, QStringLiteral("Monthly fee")), 201);
    API_REQUIRE_STATUS(m_api->charge(project.id, QStringLiteral("sms_notification"), 150), 201);

    const auto rows = m_api->allTransactions(project);
    // Newest first: sms (main), fee main part, fee bonus part, bonus grant, top-up.
    QCOMPARE(rows.size(), 5);
    struct Expected { const char *kind; const char *category; const char *balance; qint64 amount; qint64 after; };
    const Expected expected[] = {
        {"charge", "sms_notification", "main", -150, 9250},
        {"charge", "service_subscription", "main", -600, 9400},
        {"charge", "service_subscription", "bonus", -400, 0},
        {"bonus_grant", nullptr, "bonus", 400, 400},
        {"topup", nullptr, "main", 10000, 10000},
    };
    // The two parts of one charge share a time; accept either order between them.
    QList<QJsonObject> ordered = rows;
    if (ordered[1].value(QStringLiteral("balance")).toString() == QLatin1String("bonus"))
        ordered.swapItemsAt(1, 2);
    for (qsizetype i = 0; i < ordered.size(); ++i) {
        const QJsonObject &row = ordered[i];
        const Expected &want = expected[i];
        const QString where = QStringLiteral("row %1: ").arg(i) + ApiTestClient::jsonText(row);
        QVERIFY2(row.value(QStringLiteral("kind")).toString() == QLatin1String(want.kind), qPrintable(where));
        QVERIFY2(row.value(QStringLiteral("balance")).toString() == QLatin1String(want.balance), qPrintable(where));
        if (want.category)
            QVERIFY2(row.value(QStringLiteral("category")).toString() == QLatin1String(want.category), qPrintable(where));
        else
            QVERIFY2(row.value(QStringLiteral("category")).isNull(), qPrintable(where));
        QVERIFY2(ApiTestClient::money(row.value(QStringLiteral("amount"))) == want.amount, qPrintable(where));
        QVERIFY2(ApiTestClient::money(row.value(QStringLiteral("balance_after"))) == want.after, qPrintable(where));
        QVERIFY2(!ApiTestClient::idText(row.value(QStringLiteral("id"))).isEmpty(), qPrintable(where));
        QVERIFY2(QDateTime::fromString(row.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs).isValid(), qPrintable(where));
    }
    QVERIFY(ordered[1].value(QStringLiteral("description")).toString().contains(QStringLiteral("Monthly fee")));
}

QTEST_GUILESS_MAIN(TstMainBonus)
#include "tst_main_bonus.moc"
