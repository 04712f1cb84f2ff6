// SPDX-License-Identifier: GPL-3.0-or-later
// The two ways a top-up is paid keep to their own top-ups (R5, docs/readme/payments.md): the
// provider's signed callback settles card payments only and must name the top-up's amount when
// it names one (API.md v1.1); staff confirm invoices only. A refusal credits nothing (R24) and,
// on the keyed staff route, is replayed like any first answer (R23).
#include "ApiTestClient.h"
#include "AutoTopUpFixture.h"
#include "ServerProcess.h"

#include <QTest>

#include <memory>

using Reply = ApiTestClient::Reply;
using Project = ApiTestClient::Project;

class TstServerPayments : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void r5_r24_callbackRefusesInvoiceTopUps();
    void r5_r23_r24_staffConfirmRefusesCardTopUps();
    void r5_r24_callbackAmountMustBeTheTopUpsAmount();

private:
    Reply createTopUp(const Project &project, qint64 amount, const QString &method);
    // The project's top-up as GET .../topups lists it.
    QJsonObject listed(const Project &project, const QJsonValue &id);

    ServerProcess m_server;
    std::unique_ptr<ApiTestClient> m_api;
    std::unique_ptr<AutoTopUpFixture> m_fx; // the provider's signed callback
};

void TstServerPayments::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_api = std::make_unique<ApiTestClient>(m_server.baseUrl());
    m_fx = std::make_unique<AutoTopUpFixture>(*m_api);
    QVERIFY2(!m_api->staffToken().isEmpty(), qPrintable(m_api->lastError()));
}

Reply TstServerPayments::createTopUp(const Project &project, qint64 amount, const QString &method)
{
    return m_api->post(QStringLiteral("/api/v1/projects/%1/topups").arg(project.id),
                       QJsonObject{{QStringLiteral("amount"), amount}, {QStringLiteral("method"), method}},
                       m_api->tokenFor(project.ownerEmail), ApiTestClient::newIdempotencyKey());
}

QJsonObject TstServerPayments::listed(const Project &project, const QJsonValue &id)
{
    for (const QJsonObject &item :
         m_api->allItems(QStringLiteral("/api/v1/projects/%1/topups").arg(project.id), m_api->tokenFor(project.ownerEmail)))
        if (item.value(QStringLiteral("id")) == id)
            return item;
    return {};
}

void TstServerPayments::r5_r24_callbackRefusesInvoiceTopUps()
{
    const Project project = m_api->newProject(QStringLiteral("invoicecallback"));
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    const Reply created = createTopUp(project, 25000, QStringLiteral("invoice"));
    API_REQUIRE_STATUS(created, 201);
    const QJsonValue id = created.object().value(QStringLiteral("id"));
    for (const QString &status : {QStringLiteral("paid"), QStringLiteral("failed")})
        API_REQUIRE_PROBLEM(m_fx->callback(QJsonObject{{QStringLiteral("topup_id"), id}, {QStringLiteral("status"), status}}),
                            422, "validation_failed");
    QCOMPARE(ApiTestClient::money(m_api->balances(project), "main"), qint64(0));
    QCOMPARE(listed(project, id).value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    // Staff confirm it, as invoices are paid.
    API_REQUIRE_STATUS(m_api->post(QStringLiteral("/api/v1/staff/topups/%1/confirm").arg(ApiTestClient::idText(id)),
                                   QJsonObject{}, m_api->staffToken(), ApiTestClient::newIdempotencyKey()),
                       200);
    QCOMPARE(ApiTestClient::money(m_api->balances(project), "main"), qint64(25000));
}

void TstServerPayments::r5_r23_r24_staffConfirmRefusesCardTopUps()
{
    const Project project = m_api->newProject(QStringLiteral("cardconfirm"));
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    const Reply created = createTopUp(project, 18000, QStringLiteral("card"));
    API_REQUIRE_STATUS(created, 201);
    const QJsonValue id = created.object().value(QStringLiteral("id"));
    const QString path = QStringLiteral("/api/v1/staff/topups/%1/confirm").arg(ApiTestClient::idText(id));
    const QByteArray key = ApiTestClient::newIdempotencyKey();
    const Reply refused = m_api->postRaw(path, {}, m_api->staffToken(), key);
    API_REQUIRE_PROBLEM(refused, 409, "conflict");
    QCOMPARE(ApiTestClient::money(m_api->balances(project), "main"), qint64(0));
    QCOMPARE(listed(project, id).value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    // R23: the refusal is the key's first answer.
    const Reply replayed = m_api->postRaw(path, {}, m_api->staffToken(), key);
    QCOMPARE(replayed.status, 409);
    QCOMPARE(replayed.body, refused.body);
    // The provider still settles it.
    API_REQUIRE_STATUS(m_fx->callback(QJsonObject{{QStringLiteral("topup_id"), id}, {QStringLiteral("status"), QStringLiteral("paid")}}),
                       200);
    QCOMPARE(ApiTestClient::money(m_api->balances(project), "main"), qint64(18000));
}

void TstServerPayments::r5_r24_callbackAmountMustBeTheTopUpsAmount()
{
    const Project project = m_api->newProject(QStringLiteral("callbackamount"));
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    const Reply created = createTopUp(project, 5000, QStringLiteral("card"));
    API_REQUIRE_STATUS(created, 201);
    const QJsonValue id = created.object().value(QStringLiteral("id"));
    const auto paid = [&](qint64 amount) {
        return m_fx->callback(QJsonObject{{QStringLiteral("topup_id"), id},
                                    {QStringLiteral("status"), QStringLiteral("paid")},
                                    {QStringLiteral("amount"), amount}});
    };
    API_REQUIRE_PROBLEM(paid(4999), 422, "validation_failed");
    API_REQUIRE_PROBLEM(paid(50000), 422, "validation_failed");
    QCOMPARE(ApiTestClient::money(m_api->balances(project), "main"), qint64(0));
    QCOMPARE(listed(project, id).value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    API_REQUIRE_STATUS(paid(5000), 200);
    QCOMPARE(ApiTestClient::money(m_api->balances(project), "main"), qint64(5000));
    QCOMPARE(listed(project, id).value(QStringLiteral("status")).toString(), QStringLiteral("paid"));
}

QTEST_GUILESS_MAIN(TstServerPayments)
#include "tst_server_payments.moc"
