// SPDX-License-Identifier: GPL-3.0-or-later
// R17: a credit's expiry is written by the server's own timer at its due time, with no request
// to trigger it. No route can show that without itself being a request, so this suite reads the
// server's ledger file directly: SQLite only, on purpose (the PostgreSQL runs of the other credit
// suites need no skip for it). A ledger that cannot be opened fails the test.
#include "ApiTestClient.h"
#include "CreditFixture.h"
#include "LedgerFile.h"
#include "ServerProcess.h"

#include <QTest>

#include <memory>
#include <optional>

using Project = ApiTestClient::Project;

class TstServerExpiryTimer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void r17_expiryIsWrittenOnTimeWithoutARequest();

private:
    ServerProcess m_server;
    std::unique_ptr<ApiTestClient> m_api;
    std::unique_ptr<CreditFixture> m_credit;
};

void TstServerExpiryTimer::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_api = std::make_unique<ApiTestClient>(m_server.baseUrl());
    m_credit = std::make_unique<CreditFixture>(*m_api);
    QVERIFY2(!m_api->staffToken().isEmpty(), qPrintable(m_api->lastError()));
}

void TstServerExpiryTimer::r17_expiryIsWrittenOnTimeWithoutARequest()
{
    const Project project = m_credit->eligibleProject(3000);
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    QVERIFY(m_credit->emptyMain(project));
    API_REQUIRE_STATUS(m_credit->grant(project, CreditFixture::creditBody(3000, "1")), 201);
    API_REQUIRE_STATUS(m_api->charge(project.id, QStringLiteral("api_call"), 1000), 201);
    const QDateTime due = ApiTestClient::timeOf(CreditFixture::creditOf(m_api->balances(project)).value(QStringLiteral("due_at")));
    QVERIFY(due.isValid());
    const LedgerFile ledger(m_server.databasePath());
    QVERIFY2(ledger.isOpen(), qPrintable(QStringLiteral("cannot open the SQLite ledger ") + m_server.databasePath()));
    const QString expiries = QStringLiteral("SELECT COUNT(*) FROM transactions WHERE project_id = ? AND kind = 'credit_expiry'"
                                            " AND at = ?");
    const QVariantList values{project.id.toLongLong(), due.toSecsSinceEpoch()};

    // Two seconds before the due time, then no request at all: the server's timer writes it.
    API_REQUIRE_OK(m_api->moveClock(due.addSecs(-2)));
    QCOMPARE(ledger.integer(expiries, values), std::optional<qint64>(0));
    // credit -2000 and main -1000, dated due_at
    QTRY_COMPARE_WITH_TIMEOUT(ledger.integer(expiries, values), std::optional<qint64>(2), 10000);
    const QJsonObject balances = m_api->balances(project);
    QCOMPARE(ApiTestClient::money(balances, "main"), qint64(-1000));
    QCOMPARE(ApiTestClient::money(CreditFixture::creditOf(balances), "available"), qint64(0));
}

QTEST_GUILESS_MAIN(TstServerExpiryTimer)
#include "tst_server_expiry_timer.moc"
