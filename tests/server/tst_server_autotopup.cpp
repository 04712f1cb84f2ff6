// SPDX-License-Identifier: GPL-3.0-or-later
// R27 (saved card) and R28 (auto top-up) against the real server: the card is saved only from a
// paid card top-up that asked for it, and only as token and mask; an auto top-up opens once per
// crossing below the threshold, also when many charges cross at once, is paid by the signed
// callback and counts as a paid top-up for R13; the pending invoices a member may cancel, never a
// card or auto top-up (issue 12, R5).
#include "ApiTestClient.h"
#include "AutoTopUpFixture.h"
#include "ServerProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

#include <memory>

using Reply = ApiTestClient::Reply;
using Project = ApiTestClient::Project;

class TstServerAutoTopUp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void r27_paidCardTopUpSavesTheCardWhenAsked();
    void r27_saveCardIsForCardPaymentsOnly();
    void r27_callbackWithoutSaveCardSavesNothing();
    void r27_cardMaskMustHideTheNumber_data();
    void r27_cardMaskMustHideTheNumber();
    void r27_removingTheCardDisablesAutoTopUp();
    void r28_enablingNeedsASavedCard();
    void r28_settingsAreValidated_data();
    void r28_settingsAreValidated();
    void r28_chargeBelowThresholdOpensOneAutoTopUp();
    void r28_autoTopUpIsPaidByCallbackAndCountsForR13();
    void r28_failedAutoTopUpIsNotRetriedUntilMainRecovers();
    void r28_disabledOpensNone();
    void r28_anyMovementOfMainMayOpenOne();
    void r28_fiftyParallelCrossingChargesOpenOneAutoTopUp();

    void issue12_memberCancelsOwnPendingTopUp();
    void issue12_cancelRefusesPaidTopUp();
    void r5_issue12_cardAndAutoTopUpsCannotBeCancelled();

private:
    // A project with `main` on main, a saved card and auto top-up T/A enabled.
    Project armedProject(const QString &label, qint64 main, qint64 threshold, qint64 amount);

    ServerProcess m_server;
    std::unique_ptr<ApiTestClient> m_api;
    std::unique_ptr<AutoTopUpFixture> m_fx;
};

void TstServerAutoTopUp::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_api = std::make_unique<ApiTestClient>(m_server.baseUrl());
    m_fx = std::make_unique<AutoTopUpFixture>(*m_api);
    QVERIFY2(!m_api->staffToken().isEmpty(), qPrintable(m_api->lastError()));
}

Project TstServerAutoTopUp::armedProject(const QString &label, qint64 main, qint64 threshold, qint64 amount)
{
    const Project project = m_api->newProject(label, main);
    if (!project.isValid() || !m_fx->saveCard(project, QStringLiteral("**** **** **** 4242"), 100))
        return {};
    if (m_fx->setAutoTopUp(project, true, threshold, amount).status != 200)
        return {};
    return project;
}

void TstServerAutoTopUp::r27_paidCardTopUpSavesTheCardWhenAsked()
{
    const Project project = m_api->newProject(QStringLiteral("savecard"));
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    const QString token = m_api->tokenFor(project.ownerEmail);
    const QString cardPath = QStringLiteral("/api/v1/projects/%1/saved-card").arg(project.id);
    API_REQUIRE_PROBLEM(m_api->get(cardPath, token), 404, "not_found");

    const QJsonValue id = m_fx->cardTopUp(project, 2500, true);
    QVERIFY(!id.isUndefined());
    // Not saved before the payment.
    API_REQUIRE_PROBLEM(m_api->get(cardPath, token), 404, "not_found");
    const QString secretToken = QStringLiteral("tok_never_shown_7731");
    API_REQUIRE_STATUS(m_fx->callback(QJsonObject{{QStringLiteral("topup_id"), id},
                                                  {QStringLiteral("status"), QStringLiteral("paid")},
                                                  {QStringLiteral("amount"), 2500},
                                                  {QStringLiteral("card_token"), secretToken},
                                                  {QStringLiteral("card_mask"), QStringLiteral("**** **** **** 1111")}}),
                       200);
    const Reply card = m_api->get(cardPath, token);
    API_REQUIRE_STATUS(card, 200);
    QCOMPARE(card.object().value(QStringLiteral("card_mask")).toString(), QStringLiteral("**** **** **** 1111"));
    QVERIFY(!card.body.contains(secretToken.toUtf8()));
    QCOMPARE(ApiTestClient::money(m_api->balances(project), "main"), qint64(2500));

    // The token is in no answer a member can read: the audit log names the mask only (R34).
    const Reply audit = m_api->get(QStringLiteral("/api/v1/projects/%1/audit").arg(project.id), token);
    API_REQUIRE_STATUS(audit, 200);
    QVERIFY(!audit.body.contains(secretToken.toUtf8()));
    QVERIFY(audit.body.contains("**** **** **** 1111"));
    // Nor in the server's log.
    QVERIFY(!m_server.standardError().contains(secretToken));

    // A second saved card replaces the first (one per project).
    QVERIFY(m_fx->saveCard(project, QStringLiteral("**** **** **** 2222")));
    QCOMPARE(m_api->get(cardPath, token).object().value(QStringLiteral("card_mask")).toString(),
             QStringLiteral("**** **** **** 2222"));
}

void TstServerAutoTopUp::r27_saveCardIsForCardPaymentsOnly()
{
    const Project project = m_api->newProject(QStringLiteral("saveinvoice"));
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    API_REQUIRE_PROBLEM(m_api->post(QStringLiteral("/api/v1/projects/%1/topups").arg(project.id),
                                    QJsonObject{{QStringLiteral("amount"), 1000},
                                                {QStringLiteral("method"), QStringLiteral("invoice")},
                                                {QStringLiteral("save_card"), true}},
                                    m_api->tokenFor(project.ownerEmail), ApiTestClient::newIdempotencyKey()),
                        422, "validation_failed");
    API_REQUIRE_PROBLEM(m_api->post(QStringLiteral("/api/v1/projects/%1/topups").arg(project.id),
                                    QJsonObject{{QStringLiteral("amount"), 1000},
                                                {QStringLiteral("method"), QStringLiteral("card")},
                                                {QStringLiteral("save_card"), QStringLiteral("yes")}},
                                    m_api->tokenFor(project.ownerEmail), ApiTestClient::newIdempotencyKey()),
                        422, "validation_failed");
    QVERIFY(m_fx->topUps(project).isEmpty());
}

void TstServerAutoTopUp::r27_callbackWithoutSaveCardSavesNothing()
{
    const Project project = m_api->newProject(QStringLiteral("nosave"));
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    const QJsonValue id = m_fx->cardTopUp(project, 700, false);
    API_REQUIRE_STATUS(m_fx->callback(QJsonObject{{QStringLiteral("topup_id"), id},
                                                  {QStringLiteral("status"), QStringLiteral("paid")},
                                                  {QStringLiteral("card_token"), QStringLiteral("tok_x")},
                                                  {QStringLiteral("card_mask"), QStringLiteral("**** 9999")}}),
                       200);
    API_REQUIRE_PROBLEM(m_api->get(QStringLiteral("/api/v1/projects/%1/saved-card").arg(project.id),
                                   m_api->tokenFor(project.ownerEmail)),
                        404, "not_found");
    // A failed payment that asked to save the card saves nothing either.
    const QJsonValue failing = m_fx->cardTopUp(project, 800, true);
    API_REQUIRE_STATUS(m_fx->callback(QJsonObject{{QStringLiteral("topup_id"), failing},
                                                  {QStringLiteral("status"), QStringLiteral("failed")},
                                                  {QStringLiteral("card_token"), QStringLiteral("tok_y")},
                                                  {QStringLiteral("card_mask"), QStringLiteral("**** 8888")}}),
                       200);
    API_REQUIRE_PROBLEM(m_api->get(QStringLiteral("/api/v1/projects/%1/saved-card").arg(project.id),
                                   m_api->tokenFor(project.ownerEmail)),
                        404, "not_found");
}

void TstServerAutoTopUp::r27_cardMaskMustHideTheNumber_data()
{
    QTest::addColumn<QJsonObject>("card");
    QTest::newRow("full number as mask")
        << QJsonObject{{QStringLiteral("card_token"), QStringLiteral("tok")}, {QStringLiteral("card_mask"), QStringLiteral("4111111111111111")}};
    QTest::newRow("mask without token")
        << QJsonObject{{QStringLiteral("card_mask"), QStringLiteral("**** 1111")}};
    QTest::newRow("token without mask") << QJsonObject{{QStringLiteral("card_token"), QStringLiteral("tok")}};
    QTest::newRow("mask not a string")
        << QJsonObject{{QStringLiteral("card_token"), QStringLiteral("tok")}, {QStringLiteral("card_mask"), 1111}};
}

void TstServerAutoTopUp::r27_cardMaskMustHideTheNumber()
{
    QFETCH(QJsonObject, card);
    const Project project = m_api->newProject(QStringLiteral("badmask"));
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    const QJsonValue id = m_fx->cardTopUp(project, 1200, true);
    QJsonObject body = card;
    body.insert(QStringLiteral("topup_id"), id);
    body.insert(QStringLiteral("status"), QStringLiteral("paid"));
    API_REQUIRE_PROBLEM(m_fx->callback(body), 422, "validation_failed");
    // R24: nothing credited, nothing saved.
    QCOMPARE(ApiTestClient::money(m_api->balances(project), "main"), qint64(0));
    API_REQUIRE_PROBLEM(m_api->get(QStringLiteral("/api/v1/projects/%1/saved-card").arg(project.id),
                                   m_api->tokenFor(project.ownerEmail)),
                        404, "not_found");
}

void TstServerAutoTopUp::r27_removingTheCardDisablesAutoTopUp()
{
    const Project project = armedProject(QStringLiteral("removecard"), 10000, 5000, 20000);
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    const QString email = ApiTestClient::uniqueEmail(QStringLiteral("admin-card"));
    QVERIFY2(m_api->addUser(project.id, email, QStringLiteral("administrator")), qPrintable(m_api->lastError()));
    const QString cardPath = QStringLiteral("/api/v1/projects/%1/saved-card").arg(project.id);
    // An Administrator may remove it (R27).
    API_REQUIRE_STATUS(m_api->del(cardPath, m_api->tokenFor(email)), 204);
    API_REQUIRE_PROBLEM(m_api->get(cardPath, m_api->tokenFor(email)), 404, "not_found");
    API_REQUIRE_PROBLEM(m_api->del(cardPath, m_api->tokenFor(email)), 404, "not_found");
    const Reply settings = m_api->get(QStringLiteral("/api/v1/projects/%1/auto-topup").arg(project.id),
                                      m_api->tokenFor(project.ownerEmail));
    API_REQUIRE_STATUS(settings, 200);
    QCOMPARE(settings.object().value(QStringLiteral("enabled")).toBool(), false);
    // Main crosses below T: nothing opens.
    API_REQUIRE_STATUS(m_api->charge(project.id, QStringLiteral("api_call"), 6000), 201);
    QVERIFY(m_fx->topUps(project, QStringLiteral("auto")).isEmpty());
}

void TstServerAutoTopUp::r28_enablingNeedsASavedCard()
{
    const Project project = m_api->newProject(QStringLiteral("nocard"));
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    API_REQUIRE_PROBLEM(m_fx->setAutoTopUp(project, true, 1000, 5000), 422, "no_saved_card");
    // Disabled settings may be kept without a card.
    const Reply saved = m_fx->setAutoTopUp(project, false, 1000, 5000);
    API_REQUIRE_STATUS(saved, 200);
    QCOMPARE(saved.object().value(QStringLiteral("threshold")).toInteger(), qint64(1000));
    QCOMPARE(saved.object().value(QStringLiteral("amount")).toInteger(), qint64(5000));
    QCOMPARE(saved.object().value(QStringLiteral("enabled")).toBool(), false);
    QVERIFY(m_fx->saveCard(project));
    const Reply enabled = m_fx->setAutoTopUp(project, true, 1000, 5000);
    API_REQUIRE_STATUS(enabled, 200);
    QCOMPARE(enabled.object().value(QStringLiteral("enabled")).toBool(), true);
    const Reply read = m_api->get(QStringLiteral("/api/v1/projects/%1/auto-topup").arg(project.id),
                                  m_api->tokenFor(project.ownerEmail));
    QCOMPARE(read.object(), enabled.object());
}

void TstServerAutoTopUp::r28_settingsAreValidated_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::newRow("negative threshold") << QJsonObject{{QStringLiteral("enabled"), false}, {QStringLiteral("threshold"), -1}, {QStringLiteral("amount"), 100}};
    QTest::newRow("zero amount") << QJsonObject{{QStringLiteral("enabled"), false}, {QStringLiteral("threshold"), 0}, {QStringLiteral("amount"), 0}};
    QTest::newRow("negative amount") << QJsonObject{{QStringLiteral("enabled"), false}, {QStringLiteral("threshold"), 0}, {QStringLiteral("amount"), -5}};
    QTest::newRow("enabled not a boolean") << QJsonObject{{QStringLiteral("enabled"), 1}, {QStringLiteral("threshold"), 0}, {QStringLiteral("amount"), 5}};
    QTest::newRow("amount missing") << QJsonObject{{QStringLiteral("enabled"), false}, {QStringLiteral("threshold"), 0}};
    QTest::newRow("fractional threshold") << QJsonObject{{QStringLiteral("enabled"), false}, {QStringLiteral("threshold"), 1.5}, {QStringLiteral("amount"), 5}};
}

void TstServerAutoTopUp::r28_settingsAreValidated()
{
    QFETCH(QJsonObject, body);
    const Project project = m_api->newProject(QStringLiteral("autovalid"));
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    API_REQUIRE_PROBLEM(m_api->put(QStringLiteral("/api/v1/projects/%1/auto-topup").arg(project.id), body,
                                  m_api->tokenFor(project.ownerEmail)),
                        422, "validation_failed");
    const Reply read = m_api->get(QStringLiteral("/api/v1/projects/%1/auto-topup").arg(project.id),
                                  m_api->tokenFor(project.ownerEmail));
    API_REQUIRE_STATUS(read, 200);
    QCOMPARE(read.object().value(QStringLiteral("enabled")).toBool(), false);
    QCOMPARE(read.object().value(QStringLiteral("amount")).toInteger(), qint64(0));
}

void TstServerAutoTopUp::r28_chargeBelowThresholdOpensOneAutoTopUp()
{
    const Project project = armedProject(QStringLiteral("autoonce"), 10000, 5000, 20000);
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    // Main 10100 (with the card's own 100) -> 6100: still at or above T, nothing.
    API_REQUIRE_STATUS(m_api->charge(project.id, QStringLiteral("api_call"), 4000), 201);
    QVERIFY(m_fx->topUps(project, QStringLiteral("auto")).isEmpty());
    // -> 4100: below T, one auto top-up of A.
    API_REQUIRE_STATUS(m_api->charge(project.id, QStringLiteral("api_call"), 2000), 201);
    QList<QJsonObject> autos = m_fx->topUps(project, QStringLiteral("auto"));
    QCOMPARE(autos.size(), 1);
    QCOMPARE(autos.first().value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    QCOMPARE(autos.first().value(QStringLiteral("amount")).toInteger(), qint64(20000));
    // Further charges of the same crossing open no second one.
    API_REQUIRE_STATUS(m_api->charge(project.id, QStringLiteral("api_call"), 1000), 201);
    API_REQUIRE_STATUS(m_api->charge(project.id, QStringLiteral("sms_notification"), 1000), 201);
    QCOMPARE(m_fx->topUps(project, QStringLiteral("auto")).size(), 1);
    // R34: the platform's own action; R31: an auto_topup_opened event.
    const Reply audit = m_api->get(QStringLiteral("/api/v1/projects/%1/audit?action=topup.auto_opened").arg(project.id),
                                   m_api->tokenFor(project.ownerEmail));
    API_REQUIRE_STATUS(audit, 200);
    const QJsonArray rows = audit.object().value(QStringLiteral("items")).toArray();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first()[QStringLiteral("actor")][QStringLiteral("kind")].toString(), QStringLiteral("platform"));
    QCOMPARE(m_fx->eventTypes(project).count(QStringLiteral("auto_topup_opened")), 1);
}

void TstServerAutoTopUp::r28_autoTopUpIsPaidByCallbackAndCountsForR13()
{
    const Project project = armedProject(QStringLiteral("autopaid"), 10000, 5000, 20000);
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    const auto eligibility = [&] {
        return m_api->get(QStringLiteral("/api/v1/projects/%1/credit/eligibility").arg(project.id),
                          m_api->tokenFor(project.ownerEmail))
            .object();
    };
    const qint64 countBefore = eligibility().value(QStringLiteral("topups_count")).toInteger();
    const qint64 totalBefore = eligibility().value(QStringLiteral("topups_total")).toInteger();
    API_REQUIRE_STATUS(m_api->charge(project.id, QStringLiteral("api_call"), 6000), 201); // 10100 -> 4100
    const QList<QJsonObject> autos = m_fx->topUps(project, QStringLiteral("auto"));
    QCOMPARE(autos.size(), 1);
    const QJsonValue id = autos.first().value(QStringLiteral("id"));
    // Staff do not confirm it: only the provider settles a card-paid top-up.
    API_REQUIRE_PROBLEM(m_api->post(QStringLiteral("/api/v1/staff/topups/%1/confirm").arg(ApiTestClient::idText(id)),
                                    QJsonObject{}, m_api->staffToken(), ApiTestClient::newIdempotencyKey()),
                        409, "conflict");
    // The amount must be the top-up's.
    API_REQUIRE_PROBLEM(m_fx->callback(QJsonObject{{QStringLiteral("topup_id"), id},
                                                   {QStringLiteral("status"), QStringLiteral("paid")},
                                                   {QStringLiteral("amount"), 19999}}),
                        422, "validation_failed");
    QCOMPARE(ApiTestClient::money(m_api->balances(project), "main"), qint64(4100));
    API_REQUIRE_STATUS(m_fx->callback(QJsonObject{{QStringLiteral("topup_id"), id},
                                                  {QStringLiteral("status"), QStringLiteral("paid")},
                                                  {QStringLiteral("amount"), 20000}}),
                       200);
    QCOMPARE(ApiTestClient::money(m_api->balances(project), "main"), qint64(24100));
    QCOMPARE(m_fx->topUps(project, QStringLiteral("auto")).first().value(QStringLiteral("status")).toString(),
             QStringLiteral("paid"));
    // R13: a paid top-up like any other.
    QCOMPARE(eligibility().value(QStringLiteral("topups_count")).toInteger(), countBefore + 1);
    QCOMPARE(eligibility().value(QStringLiteral("topups_total")).toInteger(), totalBefore + 20000);
    QVERIFY(m_fx->eventTypes(project).contains(QStringLiteral("topup_paid")));
    // Main rose to T or above: the next crossing opens a new one.
    API_REQUIRE_STATUS(m_api->charge(project.id, QStringLiteral("api_call"), 20000), 201); // -> 4100
    QCOMPARE(m_fx->topUps(project, QStringLiteral("auto")).size(), 2);
}

void TstServerAutoTopUp::r28_failedAutoTopUpIsNotRetriedUntilMainRecovers()
{
    const Project project = armedProject(QStringLiteral("autofail"), 10000, 5000, 20000);
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    API_REQUIRE_STATUS(m_api->charge(project.id, QStringLiteral("api_call"), 6000), 201); // -> 4100
    const QJsonValue id = m_fx->topUps(project, QStringLiteral("auto")).first().value(QStringLiteral("id"));
    API_REQUIRE_STATUS(m_fx->callback(QJsonObject{{QStringLiteral("topup_id"), id}, {QStringLiteral("status"), QStringLiteral("failed")}}),
                       200);
    QCOMPARE(m_fx->topUps(project, QStringLiteral("auto")).first().value(QStringLiteral("status")).toString(),
             QStringLiteral("cancelled"));
    QVERIFY(m_fx->eventTypes(project).contains(QStringLiteral("auto_topup_failed")));
    // The same crossing: no second try.
    API_REQUIRE_STATUS(m_api->charge(project.id, QStringLiteral("api_call"), 100), 201);
    QCOMPARE(m_fx->topUps(project, QStringLiteral("auto")).size(), 1);
    // Main back to T or above (an invoice paid), then below again: a new try.
    QVERIFY(!m_api->topUpPaid(project, 3000).isEmpty()); // 4000 -> 7000
    QCOMPARE(m_fx->topUps(project, QStringLiteral("auto")).size(), 1);
    API_REQUIRE_STATUS(m_api->charge(project.id, QStringLiteral("api_call"), 2500), 201); // -> 4500
    QCOMPARE(m_fx->topUps(project, QStringLiteral("auto")).size(), 2);
}

void TstServerAutoTopUp::r28_disabledOpensNone()
{
    const Project project = armedProject(QStringLiteral("autooff"), 10000, 5000, 20000);
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    API_REQUIRE_STATUS(m_fx->setAutoTopUp(project, false, 5000, 20000), 200);
    API_REQUIRE_STATUS(m_api->charge(project.id, QStringLiteral("api_call"), 6000), 201);
    QVERIFY(m_fx->topUps(project, QStringLiteral("auto")).isEmpty());
    // Enabling again while main is below T: the next movement opens one (R28 says "leaves main below T").
    API_REQUIRE_STATUS(m_fx->setAutoTopUp(project, true, 5000, 20000), 200);
    QVERIFY(m_fx->topUps(project, QStringLiteral("auto")).isEmpty());
    API_REQUIRE_STATUS(m_api->charge(project.id, QStringLiteral("api_call"), 100), 201);
    QCOMPARE(m_fx->topUps(project, QStringLiteral("auto")).size(), 1);
}

void TstServerAutoTopUp::r28_anyMovementOfMainMayOpenOne()
{
    // Not only charges: a staff correction that leaves main below T opens one too (R28 "a committed
    // money movement"); a compensation that lifts main re-arms.
    const Project project = armedProject(QStringLiteral("autocorrection"), 10000, 5000, 20000);
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    API_REQUIRE_STATUS(m_api->adjust(project.id, -6000, QStringLiteral("correction"), QStringLiteral("wrong charge")), 201);
    QList<QJsonObject> autos = m_fx->topUps(project, QStringLiteral("auto"));
    QCOMPARE(autos.size(), 1);
    // Failed at the provider: the crossing is spent, no second one while main stays low.
    API_REQUIRE_STATUS(m_fx->callback(QJsonObject{{QStringLiteral("topup_id"), autos.first().value(QStringLiteral("id"))},
                                                  {QStringLiteral("status"), QStringLiteral("failed")}}),
                       200);
    API_REQUIRE_STATUS(m_api->charge(project.id, QStringLiteral("api_call"), 100), 201);
    QCOMPARE(m_fx->topUps(project, QStringLiteral("auto")).size(), 1);
    API_REQUIRE_STATUS(m_api->adjust(project.id, 2000, QStringLiteral("compensation"), QStringLiteral("sorry")), 201); // 6000
    API_REQUIRE_STATUS(m_api->charge(project.id, QStringLiteral("api_call"), 1500), 201);                               // 4500
    autos = m_fx->topUps(project, QStringLiteral("auto"));
    QCOMPARE(autos.size(), 2);
    QCOMPARE(autos.first().value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
}

void TstServerAutoTopUp::r28_fiftyParallelCrossingChargesOpenOneAutoTopUp()
{
    // 100100 on main, T = 50000: the 50 charges of 1500 take main to 25100, and every one of the
    // later 34 leaves it below T. They arrive together and share group-commit batches.
    const Project project = armedProject(QStringLiteral("autorace"), 100000, 50000, 30000);
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    std::vector<ApiTestClient::Request> requests;
    const QString platform = m_api->staffToken();
    for (int i = 0; i < 50; ++i) {
        ApiTestClient::Request request;
        request.method = "POST";
        request.path = QStringLiteral("/api/v1/staff/projects/%1/charges").arg(project.id);
        request.body = QJsonDocument(QJsonObject{{QStringLiteral("category"), QStringLiteral("api_call")},
                                                 {QStringLiteral("amount"), 1500}})
                           .toJson(QJsonDocument::Compact);
        request.token = platform;
        request.idempotencyKey = ApiTestClient::newIdempotencyKey();
        requests.push_back(request);
    }
    const std::vector<Reply> replies = m_api->sendParallel(requests);
    for (const Reply &reply : replies)
        QVERIFY2(reply.status == 201, qPrintable(reply.describe()));
    QCOMPARE(ApiTestClient::money(m_api->balances(project), "main"), qint64(100100 - 50 * 1500));
    const QList<QJsonObject> autos = m_fx->topUps(project, QStringLiteral("auto"));
    QCOMPARE(autos.size(), 1);
    QCOMPARE(autos.first().value(QStringLiteral("amount")).toInteger(), qint64(30000));
    QCOMPARE(m_fx->eventTypes(project).count(QStringLiteral("auto_topup_opened")), 1);
}

void TstServerAutoTopUp::issue12_memberCancelsOwnPendingTopUp()
{
    const Project project = m_api->newProject(QStringLiteral("canceltopup"));
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    const QString admin = ApiTestClient::uniqueEmail(QStringLiteral("admin-cancel"));
    const QString other = ApiTestClient::uniqueEmail(QStringLiteral("admin-other"));
    QVERIFY2(m_api->addUser(project.id, admin, QStringLiteral("administrator")), qPrintable(m_api->lastError()));
    QVERIFY2(m_api->addUser(project.id, other, QStringLiteral("administrator")), qPrintable(m_api->lastError()));
    const auto create = [&](const QString &email, const QString &method) {
        return m_api
            ->post(QStringLiteral("/api/v1/projects/%1/topups").arg(project.id),
                   QJsonObject{{QStringLiteral("amount"), 3000}, {QStringLiteral("method"), method}},
                   m_api->tokenFor(email), ApiTestClient::newIdempotencyKey())
            .object()
            .value(QStringLiteral("id"));
    };
    const auto cancel = [&](const QJsonValue &id, const QString &email) {
        return m_api->post(QStringLiteral("/api/v1/projects/%1/topups/%2/cancel").arg(project.id, ApiTestClient::idText(id)),
                           QJsonObject{}, m_api->tokenFor(email));
    };
    const QJsonValue adminInvoice = create(admin, QStringLiteral("invoice"));
    const QJsonValue adminInvoice2 = create(admin, QStringLiteral("invoice"));
    // R4: another administrator may not cancel it.
    API_REQUIRE_PROBLEM(cancel(adminInvoice, other), 403, "forbidden");
    // Its creator may.
    const Reply cancelled = cancel(adminInvoice, admin);
    API_REQUIRE_STATUS(cancelled, 200);
    QCOMPARE(cancelled.object().value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
    // Again: answered as it is.
    API_REQUIRE_STATUS(cancel(adminInvoice, admin), 200);
    // The owner may cancel anybody's.
    API_REQUIRE_STATUS(cancel(adminInvoice2, project.ownerEmail), 200);
    // Staff cannot confirm a cancelled invoice.
    for (const QJsonValue &invoice : {adminInvoice, adminInvoice2})
        API_REQUIRE_PROBLEM(m_api->post(QStringLiteral("/api/v1/staff/topups/%1/confirm").arg(ApiTestClient::idText(invoice)),
                                        QJsonObject{}, m_api->staffToken(), ApiTestClient::newIdempotencyKey()),
                            409, "conflict");
    QCOMPARE(ApiTestClient::money(m_api->balances(project), "main"), qint64(0));
    for (const QJsonObject &item : m_fx->topUps(project))
        QCOMPARE(item.value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
    // Another project's top-up is not found through this one.
    const Project stranger = m_api->newProject(QStringLiteral("canceltopup2"));
    QVERIFY2(stranger.isValid(), qPrintable(m_api->lastError()));
    const QJsonValue foreign = m_fx->cardTopUp(stranger, 900, false);
    QVERIFY(!foreign.isUndefined());
    API_REQUIRE_PROBLEM(cancel(foreign, project.ownerEmail), 404, "not_found");
    // Nor cancelled through it: the stranger's top-up is still pending.
    QCOMPARE(m_fx->topUps(stranger).first().value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
}

void TstServerAutoTopUp::issue12_cancelRefusesPaidTopUp()
{
    const Project project = m_api->newProject(QStringLiteral("cancelpaid"));
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    const QString id = m_api->topUpPaid(project, 5000);
    QVERIFY2(!id.isEmpty(), qPrintable(m_api->lastError()));
    API_REQUIRE_PROBLEM(m_api->post(QStringLiteral("/api/v1/projects/%1/topups/%2/cancel").arg(project.id, id), QJsonObject{},
                                    m_api->tokenFor(project.ownerEmail)),
                        409, "conflict");
    QCOMPARE(ApiTestClient::money(m_api->balances(project), "main"), qint64(5000));
}

void TstServerAutoTopUp::r5_issue12_cardAndAutoTopUpsCannotBeCancelled()
{
    // R5: a pending card or auto top-up is with the payment provider, which may still take the
    // money; only its signed callback settles it. Cancelling it would leave money taken and never
    // credited, so the cancel route refuses it (409) and changes nothing.
    const Project project = armedProject(QStringLiteral("cancelprovider"), 10000, 5000, 20000);
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    const QJsonValue card = m_fx->cardTopUp(project, 3000, false);
    QVERIFY(!card.isUndefined());
    API_REQUIRE_STATUS(m_api->charge(project.id, QStringLiteral("api_call"), 6000), 201); // below T: an auto one opens
    const QList<QJsonObject> autos = m_fx->topUps(project, QStringLiteral("auto"));
    QCOMPARE(autos.size(), 1);
    const QJsonValue autoId = autos.first().value(QStringLiteral("id"));
    const QString owner = m_api->tokenFor(project.ownerEmail);
    const QString auditPath = QStringLiteral("/api/v1/projects/%1/audit?limit=100").arg(project.id);
    const qint64 mainBefore = ApiTestClient::money(m_api->balances(project), "main");
    const QList<QJsonObject> topUpsBefore = m_fx->topUps(project);
    const QStringList eventsBefore = m_fx->eventTypes(project);
    const Reply auditBefore = m_api->get(auditPath, owner);
    API_REQUIRE_STATUS(auditBefore, 200);

    for (const QJsonValue &id : {card, autoId}) {
        API_REQUIRE_PROBLEM(m_api->post(QStringLiteral("/api/v1/projects/%1/topups/%2/cancel").arg(project.id, ApiTestClient::idText(id)),
                                        QJsonObject{}, owner),
                            409, "conflict");
    }
    QCOMPARE(m_fx->topUps(project), topUpsBefore);
    for (const QJsonObject &item : topUpsBefore) {
        if (item.value(QStringLiteral("id")) == card || item.value(QStringLiteral("id")) == autoId)
            QCOMPARE(item.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    }
    QCOMPARE(ApiTestClient::money(m_api->balances(project), "main"), mainBefore);
    QCOMPARE(m_fx->eventTypes(project), eventsBefore);
    const Reply auditAfter = m_api->get(auditPath, owner);
    API_REQUIRE_STATUS(auditAfter, 200);
    QCOMPARE(auditAfter.object().value(QStringLiteral("items")).toArray(),
             auditBefore.object().value(QStringLiteral("items")).toArray());

    // The provider still settles both, and the money it took is credited.
    API_REQUIRE_STATUS(m_fx->callback(QJsonObject{{QStringLiteral("topup_id"), card},
                                                  {QStringLiteral("status"), QStringLiteral("paid")},
                                                  {QStringLiteral("amount"), 3000}}),
                       200);
    API_REQUIRE_STATUS(m_fx->callback(QJsonObject{{QStringLiteral("topup_id"), autoId},
                                                  {QStringLiteral("status"), QStringLiteral("paid")},
                                                  {QStringLiteral("amount"), 20000}}),
                       200);
    QCOMPARE(ApiTestClient::money(m_api->balances(project), "main"), mainBefore + 23000);
}

QTEST_GUILESS_MAIN(TstServerAutoTopUp)
#include "tst_server_autotopup.moc"
