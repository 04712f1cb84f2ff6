// SPDX-License-Identifier: GPL-3.0-or-later
// The chart aggregates (GET /stats/daily, /stats/monthly-spend, /referral/stats/monthly) against the
// real server: every figure equals what the ledger's own history rows add up to, across several UTC
// months on the fake clock; the referral aggregate and the transfer-target lookup are owner only (R3).
#include "ApiTestClient.h"
#include "ServerProcess.h"

#include <QJsonArray>
#include <QMap>
#include <QTest>
#include <QTimeZone>

#include <memory>

using Project = ApiTestClient::Project;
using Reply = ApiTestClient::Reply;

namespace {

QDate utcDateOf(const QJsonObject &row)
{
    return QDateTime::fromString(row.value(QStringLiteral("at")).toString(), Qt::ISODate).toUTC().date();
}

QString monthKey(const QDate &date)
{
    return date.toString(QStringLiteral("yyyy-MM"));
}

QString utcMidnight(const QDate &date)
{
    return QDateTime(date, QTime(0, 0), QTimeZone::utc()).toString(Qt::ISODate);
}

} // namespace

class TstServerStats : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void monthlySpend_equalsTheLedgersChargesPerMonthAndCategory();
    void dailyClose_equalsTheLastBalanceAfterOfEachDay();
    void r19_monthlyReferral_equalsTheReferralHistory();
    void r3_referralAggregateAndTargetsAreOwnerOnly();
    void r4_financeAggregatesRefuseRolesWithoutFinance();
    void r24_badPeriodsAreRefused_data();
    void r24_badPeriodsAreRefused();

private:
    QString statsPath(const Project &project, const QString &route) const
    {
        return QStringLiteral("/api/v1/projects/%1/%2").arg(project.id, route);
    }
    QString period() const { return QStringLiteral("from=%1&to=%2").arg(utcMidnight(m_firstDay), utcMidnight(m_lastDay.addDays(1))); }

    ServerProcess m_server;
    std::unique_ptr<ApiTestClient> m_api;
    Project m_referrer;
    Project m_referred;
    QString m_referrerAdmin;
    QString m_supervisor;
    QDate m_firstDay;
    QDate m_lastDay;
};

void TstServerStats::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_api = std::make_unique<ApiTestClient>(m_server.baseUrl());
    QVERIFY2(!m_api->staffToken().isEmpty(), qPrintable(m_api->lastError()));
    m_referrer = m_api->newProject(QStringLiteral("stats referrer"), 500000);
    QVERIFY2(m_referrer.isValid(), qPrintable(m_api->lastError()));
    m_referred = m_api->createProject(QStringLiteral("Stats Referred"), ApiTestClient::uniqueEmail(QStringLiteral("statsref")),
                                      m_referrer.referralCode);
    QVERIFY2(m_referred.isValid(), qPrintable(m_api->lastError()));
    m_referrerAdmin = ApiTestClient::uniqueEmail(QStringLiteral("statsadmin"));
    QVERIFY(m_api->addUser(m_referrer.id, m_referrerAdmin, QStringLiteral("administrator")));
    m_supervisor = ApiTestClient::uniqueEmail(QStringLiteral("statssuper"));
    QVERIFY(m_api->addUser(m_referrer.id, m_supervisor, QStringLiteral("supervisor")));

    // Three months of activity on the fake clock: top-ups, a bonus, charges in several categories on
    // both projects (the referred project's charges accrue commission to the referrer, R19).
    m_firstDay = m_api->serverNow().toUTC().date();
    const QStringList categories{QStringLiteral("api_call"), QStringLiteral("sms_notification"),
                                 QStringLiteral("service_subscription"), QStringLiteral("autodial")};
    for (int month = 0; month < 3; ++month) {
        QVERIFY(!m_api->topUpPaid(m_referred, 40000 + month * 1000).isEmpty());
        API_REQUIRE_OK(m_api->grantBonus(m_referrer.id, 700 + month));
        for (int index = 0; index < 6; ++index) {
            const QString &category = categories.at((index + month) % categories.size());
            API_REQUIRE_OK(m_api->charge(m_referrer.id, category, 1000 + 37 * index + month));
            API_REQUIRE_OK(m_api->charge(m_referred.id, category, 2000 + 53 * index + month));
            API_REQUIRE_OK(m_api->advanceClock(3 * 3600 + 17 * index)); // some days see several entries
        }
        API_REQUIRE_OK(m_api->advanceClock(33 * 86400));
    }
    m_lastDay = m_api->serverNow().toUTC().date();
}

void TstServerStats::monthlySpend_equalsTheLedgersChargesPerMonthAndCategory()
{
    for (const Project &project : {m_referrer, m_referred}) {
        QMap<QString, QMap<QString, qint64>> expected; // month -> category -> spent
        for (const QJsonObject &row : m_api->allTransactions(project, QStringLiteral("kind=charge")))
            expected[monthKey(utcDateOf(row))][row.value(QStringLiteral("category")).toString()] -=
                ApiTestClient::money(row.value(QStringLiteral("amount")));
        QVERIFY(expected.size() >= 3);

        const Reply reply = m_api->get(statsPath(project, QStringLiteral("stats/monthly-spend?")) + period(),
                                       m_api->tokenFor(project.ownerEmail));
        API_REQUIRE_STATUS(reply, 200);
        const QJsonArray months = reply.object().value(QStringLiteral("months")).toArray();
        // first..last month of the period, every month listed once
        QCOMPARE(months.size(), (m_lastDay.year() - m_firstDay.year()) * 12 + m_lastDay.month() - m_firstDay.month() + 1);
        int monthsWithCharges = 0;
        for (const QJsonValue &value : months) {
            const QJsonObject month = value.toObject();
            const QString key = month.value(QStringLiteral("month")).toString();
            QMap<QString, qint64> actual;
            qint64 sum = 0;
            for (const QJsonValue &category : month.value(QStringLiteral("categories")).toArray()) {
                const qint64 amount = ApiTestClient::money(category.toObject().value(QStringLiteral("amount")));
                actual.insert(category.toObject().value(QStringLiteral("category")).toString(), amount);
                sum += amount;
            }
            QCOMPARE(actual, expected.value(key));
            QCOMPARE(ApiTestClient::money(month.value(QStringLiteral("total"))), sum);
            monthsWithCharges += actual.isEmpty() ? 0 : 1;
        }
        QCOMPARE(monthsWithCharges, int(expected.size()));
    }
}

void TstServerStats::dailyClose_equalsTheLastBalanceAfterOfEachDay()
{
    // Newest first: the first row met for a (balance, day) is that day's closing figure.
    QMap<QDate, QMap<QString, qint64>> closing;
    for (const QJsonObject &row : m_api->allTransactions(m_referrer)) {
        const QString balance = row.value(QStringLiteral("balance")).toString();
        QMap<QString, qint64> &day = closing[utcDateOf(row)];
        if (!day.contains(balance))
            day.insert(balance, ApiTestClient::money(row.value(QStringLiteral("balance_after"))));
    }
    const Reply reply = m_api->get(statsPath(m_referrer, QStringLiteral("stats/daily?")) + period(),
                                   m_api->tokenFor(m_referrer.ownerEmail));
    API_REQUIRE_STATUS(reply, 200);
    const QJsonArray days = reply.object().value(QStringLiteral("days")).toArray();
    QCOMPARE(days.size(), int(m_firstDay.daysTo(m_lastDay)) + 1);
    QMap<QString, qint64> carried{{QStringLiteral("main"), 0}, {QStringLiteral("bonus"), 0}, {QStringLiteral("credit"), 0}};
    for (const QJsonValue &value : days) {
        const QJsonObject day = value.toObject();
        const QDate date = QDate::fromString(day.value(QStringLiteral("date")).toString(), Qt::ISODate);
        const QMap<QString, qint64> movedThatDay = closing.value(date);
        for (auto it = movedThatDay.cbegin(); it != movedThatDay.cend(); ++it)
            carried[it.key()] = it.value();
        for (const QString &balance : carried.keys())
            QVERIFY2(ApiTestClient::money(day.value(balance)) == carried.value(balance),
                     qPrintable(QStringLiteral("%1 %2: %3 != %4").arg(date.toString(Qt::ISODate), balance)
                                    .arg(ApiTestClient::money(day.value(balance))).arg(carried.value(balance))));
    }
    // The last day closes at today's balances.
    const QJsonObject balances = m_api->balances(m_referrer);
    const QJsonObject last = days.last().toObject();
    QCOMPARE(ApiTestClient::money(last.value(QStringLiteral("main"))), ApiTestClient::money(balances.value(QStringLiteral("main"))));
    QCOMPARE(ApiTestClient::money(last.value(QStringLiteral("bonus"))), ApiTestClient::money(balances.value(QStringLiteral("bonus"))));
}

void TstServerStats::r19_monthlyReferral_equalsTheReferralHistory()
{
    const QString owner = m_api->tokenFor(m_referrer.ownerEmail);
    // A withdrawal to the own main balance, so "withdrawn" has something to add up too.
    API_REQUIRE_STATUS(m_api->post(statsPath(m_referrer, QStringLiteral("referral/withdrawals")),
                                   {{QStringLiteral("amount"), 150}, {QStringLiteral("destination"), QStringLiteral("own_main")}},
                                   owner, ApiTestClient::newIdempotencyKey()),
                       201);
    QMap<QString, qint64> accrued;
    QMap<QString, qint64> withdrawn;
    for (const QJsonObject &row : m_api->allItems(statsPath(m_referrer, QStringLiteral("referral/transactions")), owner)) {
        const qint64 amount = ApiTestClient::money(row.value(QStringLiteral("amount")));
        if (row.value(QStringLiteral("kind")).toString() == QLatin1String("accrual"))
            accrued[monthKey(utcDateOf(row))] += amount;
        else
            withdrawn[monthKey(utcDateOf(row))] -= amount;
    }
    QVERIFY(accrued.size() >= 3);
    const Reply reply = m_api->get(statsPath(m_referrer, QStringLiteral("referral/stats/monthly?from=%1&to=%2"))
                                       .arg(utcMidnight(m_firstDay), utcMidnight(m_api->serverNow().toUTC().date().addDays(1))),
                                   owner);
    API_REQUIRE_STATUS(reply, 200);
    qint64 accruedTotal = 0;
    for (const QJsonValue &value : reply.object().value(QStringLiteral("months")).toArray()) {
        const QJsonObject month = value.toObject();
        const QString key = month.value(QStringLiteral("month")).toString();
        QCOMPARE(ApiTestClient::money(month.value(QStringLiteral("accrued"))), accrued.value(key));
        QCOMPARE(ApiTestClient::money(month.value(QStringLiteral("withdrawn"))), withdrawn.value(key));
        accruedTotal += accrued.value(key);
    }
    qint64 expectedTotal = 0;
    for (const qint64 amount : accrued)
        expectedTotal += amount;
    QCOMPARE(accruedTotal, expectedTotal);
    QVERIFY(expectedTotal > 0);
}

void TstServerStats::r3_referralAggregateAndTargetsAreOwnerOnly()
{
    const QString monthly = statsPath(m_referrer, QStringLiteral("referral/stats/monthly"));
    const QString target = statsPath(m_referrer, QStringLiteral("referral/recipient?code=%1")).arg(m_referred.referralCode);
    for (const QString &path : {monthly, target}) {
        const Reply admin = m_api->get(path, m_api->tokenFor(m_referrerAdmin));
        API_REQUIRE_PROBLEM(admin, 403, "forbidden");
        QVERIFY2(!admin.body.contains("accrued") && !admin.body.contains("Stats Referred"), admin.body.constData());
        // Not a member (the referred project's owner): the project's existence is not revealed.
        API_REQUIRE_PROBLEM(m_api->get(path, m_api->tokenFor(m_referred.ownerEmail)), 404, "not_found");
        API_REQUIRE_STATUS(m_api->get(path, m_api->tokenFor(m_referrer.ownerEmail)), 200);
    }
    const Reply named = m_api->get(target, m_api->tokenFor(m_referrer.ownerEmail));
    QCOMPARE(named.object().value(QStringLiteral("name")).toString(), QStringLiteral("Stats Referred"));
    // The administrator still reads the finance aggregates (R2, R3: everything but referral).
    API_REQUIRE_STATUS(m_api->get(statsPath(m_referrer, QStringLiteral("stats/daily")), m_api->tokenFor(m_referrerAdmin)), 200);
}

void TstServerStats::r4_financeAggregatesRefuseRolesWithoutFinance()
{
    for (const QString &route : {QStringLiteral("stats/daily"), QStringLiteral("stats/monthly-spend"),
                                 QStringLiteral("referral/stats/monthly")})
        API_REQUIRE_PROBLEM(m_api->get(statsPath(m_referrer, route), m_api->tokenFor(m_supervisor)), 403, "forbidden");
    API_REQUIRE_PROBLEM(m_api->get(statsPath(m_referrer, QStringLiteral("stats/daily"))), 401, "unauthorized");
}

void TstServerStats::r24_badPeriodsAreRefused_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("from after to") << QStringLiteral("stats/daily?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z");
    QTest::newRow("from equals to") << QStringLiteral("stats/monthly-spend?from=2026-02-01T00:00:00Z&to=2026-02-01T00:00:00Z");
    QTest::newRow("not a time") << QStringLiteral("stats/daily?from=yesterday");
    QTest::newRow("zone-less time") << QStringLiteral("stats/daily?from=2026-01-01T00:00:00");
    QTest::newRow("more than 1100 days") << QStringLiteral("stats/daily?from=2020-01-01T00:00:00Z&to=2026-01-01T00:00:00Z");
    QTest::newRow("more than 120 months") << QStringLiteral("stats/monthly-spend?from=2000-01-01T00:00:00Z&to=2026-01-01T00:00:00Z");
}

void TstServerStats::r24_badPeriodsAreRefused()
{
    QFETCH(QString, query);
    API_REQUIRE_PROBLEM(m_api->get(statsPath(m_referrer, query), m_api->tokenFor(m_referrer.ownerEmail)), 422,
                        "validation_failed");
}

QTEST_GUILESS_MAIN(TstServerStats)
#include "tst_server_stats.moc"
