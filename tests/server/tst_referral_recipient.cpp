// SPDX-License-Identifier: GPL-3.0-or-later
// Who receives a referral transfer (R20, issue 11): the owner names the receiving project by its
// referral code, which that project's owner hands out; only a valid code names a project, failed
// codes are limited per user, and no route names a project by its (sequential) id, so the names
// of the service's customers cannot be listed.
#include "ApiTestClient.h"
#include "ServerProcess.h"

#include <QTest>

#include <memory>

using Reply = ApiTestClient::Reply;
using Project = ApiTestClient::Project;

namespace {

const QString ReferredName = QStringLiteral("Recipient Referred Ltd");

// Codes that no project can have: '0' and 'O' are not in the codes' alphabet.
QString impossibleCode(int index)
{
    return QStringLiteral("OOOO0%1").arg(index, 3, 10, QLatin1Char('0'));
}

} // namespace

class TstReferralRecipient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void r20_issue11_noRouteNamesAProjectById();
    void r20_issue11_onlyAValidCodeNamesTheRecipient_data();
    void r20_issue11_onlyAValidCodeNamesTheRecipient();
    void r20_issue11_withdrawalByCodeMovesTheMoney();
    void r20_issue11_codeAndIdTogetherAreRefused();
    void r20_issue11_failedCodesAreLimitedPerUser();

private:
    Reply lookUp(const Project &project, const QString &code);
    Reply withdraw(const Project &project, const QJsonObject &body);
    qint64 referralBalance(const Project &project);

    ServerProcess m_server;
    std::unique_ptr<ApiTestClient> m_api;
    Project m_referrer;
    Project m_referred;
};

void TstReferralRecipient::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_api = std::make_unique<ApiTestClient>(m_server.baseUrl());
    QVERIFY2(!m_api->staffToken().isEmpty(), qPrintable(m_api->lastError()));
    m_referrer = m_api->newProject(QStringLiteral("recipient referrer"), 0);
    QVERIFY2(m_referrer.isValid(), qPrintable(m_api->lastError()));
    m_referred = m_api->createProject(ReferredName, ApiTestClient::uniqueEmail(QStringLiteral("recipient")),
                                      m_referrer.referralCode);
    QVERIFY2(m_referred.isValid(), qPrintable(m_api->lastError()));
    QVERIFY2(!m_api->topUpPaid(m_referred, 100000).isEmpty(), qPrintable(m_api->lastError()));
    // 10 % of 50 000 -> 5 000 on the referrer's referral balance (R19).
    API_REQUIRE_STATUS(m_api->charge(m_referred.id, QStringLiteral("guaranteed_dial"), 50000), 201);
    QCOMPARE(referralBalance(m_referrer), qint64(5000));
}

Reply TstReferralRecipient::lookUp(const Project &project, const QString &code)
{
    return m_api->get(QStringLiteral("/api/v1/projects/%1/referral/recipient?code=%2")
                          .arg(project.id, QString::fromLatin1(QUrl::toPercentEncoding(code))),
                      m_api->tokenFor(project.ownerEmail));
}

Reply TstReferralRecipient::withdraw(const Project &project, const QJsonObject &body)
{
    return m_api->post(QStringLiteral("/api/v1/projects/%1/referral/withdrawals").arg(project.id), body,
                       m_api->tokenFor(project.ownerEmail), ApiTestClient::newIdempotencyKey());
}

qint64 TstReferralRecipient::referralBalance(const Project &project)
{
    const Reply reply = m_api->get(QStringLiteral("/api/v1/projects/%1/referral").arg(project.id),
                                   m_api->tokenFor(project.ownerEmail));
    return reply.status == 200 ? ApiTestClient::money(reply.object(), "balance") : -1;
}

void TstReferralRecipient::r20_issue11_noRouteNamesAProjectById()
{
    // The former look-up by id (GET .../referral/targets/{id}) named any project to any owner.
    const ApiTestClient::OffContract probe(*m_api);
    const Reply reply = m_api->get(QStringLiteral("/api/v1/projects/%1/referral/targets/%2").arg(m_referrer.id, m_referred.id),
                                   m_api->tokenFor(m_referrer.ownerEmail));
    API_REQUIRE_PROBLEM(reply, 404, "not_found");
    QVERIFY2(!reply.body.contains(ReferredName.toUtf8()), reply.body.constData());
}

void TstReferralRecipient::r20_issue11_onlyAValidCodeNamesTheRecipient_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("type");
    QTest::newRow("the referral code") << m_referred.referralCode << 200 << QString();
    QTest::newRow("typed in lower case with spaces")
        << QLatin1Char(' ') + m_referred.referralCode.left(4).toLower() + QLatin1Char(' ') + m_referred.referralCode.mid(4)
        << 200 << QString();
    QTest::newRow("unknown code") << impossibleCode(999) << 404 << QStringLiteral("not_found");
    QTest::newRow("the project's own code") << m_referrer.referralCode << 422 << QStringLiteral("validation_failed");
    QTest::newRow("empty") << QString() << 422 << QStringLiteral("validation_failed");
}

void TstReferralRecipient::r20_issue11_onlyAValidCodeNamesTheRecipient()
{
    QFETCH(QString, code);
    QFETCH(int, status);
    QFETCH(QString, type);
    const Reply reply = lookUp(m_referrer, code);
    if (status == 200) {
        API_REQUIRE_STATUS(reply, 200);
        QCOMPARE(reply.object().value(QStringLiteral("name")).toString(), ReferredName);
    } else {
        const QString mismatch = ApiTestClient::problemMismatch(reply, status, type);
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
        QVERIFY2(!reply.body.contains(ReferredName.toUtf8()), reply.body.constData());
    }
}

void TstReferralRecipient::r20_issue11_withdrawalByCodeMovesTheMoney()
{
    const qint64 referralBefore = referralBalance(m_referrer);
    const qint64 mainBefore = ApiTestClient::money(m_api->balances(m_referred), "main");
    const Reply reply = withdraw(m_referrer, QJsonObject{{QStringLiteral("amount"), 700},
                                                         {QStringLiteral("destination"), QStringLiteral("project")},
                                                         {QStringLiteral("target_code"), m_referred.referralCode.toLower()}});
    API_REQUIRE_STATUS(reply, 201);
    QCOMPARE(reply.object().value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
    QCOMPARE(referralBalance(m_referrer), referralBefore - 700);
    QCOMPARE(ApiTestClient::money(m_api->balances(m_referred), "main"), mainBefore + 700);
}

void TstReferralRecipient::r20_issue11_codeAndIdTogetherAreRefused()
{
    const qint64 referralBefore = referralBalance(m_referrer);
    const Reply reply = withdraw(m_referrer, QJsonObject{{QStringLiteral("amount"), 10},
                                                         {QStringLiteral("destination"), QStringLiteral("project")},
                                                         {QStringLiteral("target_code"), m_referred.referralCode},
                                                         {QStringLiteral("target_project_id"), m_referred.idValue}});
    API_REQUIRE_PROBLEM(reply, 422, "validation_failed");
    QCOMPARE(referralBalance(m_referrer), referralBefore);
}

void TstReferralRecipient::r20_issue11_failedCodesAreLimitedPerUser()
{
    const Project guesser = m_api->newProject(QStringLiteral("guesser"), 0);
    QVERIFY2(guesser.isValid(), qPrintable(m_api->lastError()));
    // A valid code gives its attempt back: looking up a known recipient never uses the allowance.
    for (int i = 0; i < 12; ++i)
        API_REQUIRE_STATUS(lookUp(guesser, m_referred.referralCode), 200);
    for (int i = 0; i < 10; ++i)
        API_REQUIRE_PROBLEM(lookUp(guesser, impossibleCode(i)), 404, "not_found");
    // Now even a valid code is refused, by the look-up and by a withdrawal naming it.
    const Reply limited = lookUp(guesser, m_referred.referralCode);
    API_REQUIRE_PROBLEM(limited, 429, "rate_limited");
    QVERIFY2(!limited.body.contains(ReferredName.toUtf8()), limited.body.constData());
    API_REQUIRE_PROBLEM(withdraw(guesser, QJsonObject{{QStringLiteral("amount"), 1},
                                                      {QStringLiteral("destination"), QStringLiteral("project")},
                                                      {QStringLiteral("target_code"), m_referred.referralCode}}),
                        429, "rate_limited");
    // Another owner is not held back by the guesser.
    API_REQUIRE_STATUS(lookUp(m_referrer, m_referred.referralCode), 200);
}

QTEST_GUILESS_MAIN(TstReferralRecipient)
#include "tst_referral_recipient.moc"
