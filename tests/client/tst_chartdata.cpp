// SPDX-License-Identifier: GPL-3.0-or-later
// The card-number checks of the withdraw dialog (R20) and the chart data: what the charts draw,
// built from the server's aggregates, equals what the ledger's own rows add up to (demo server).
#include "ApiTestClient.h"
#include "CardNumber.h"
#include "ChartData.h"
#include "ClientTestSupport.h"

#include <QMap>
#include <QRegularExpression>
#include <QTimeZone>

namespace {

QDate utcDateOf(const QJsonObject &row)
{
    return QDateTime::fromString(row.value(QStringLiteral("at")).toString(), Qt::ISODate).toUTC().date();
}

QDate firstOfMonth(const QDate &date)
{
    return QDate(date.year(), date.month(), 1);
}

QString utcMidnight(const QDate &date)
{
    return QDateTime(date, QTime(0, 0), QTimeZone::utc()).toString(Qt::ISODate);
}

} // namespace

class TestChartData : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<ApiTestClient> m_rest;
    ApiClient m_api;
    QString m_projectId;
    QString m_ownerToken;

private slots:
    void initTestCase()
    {
        m_server = Demo::startServer();
        QVERIFY2(m_server->baseUrl().isValid(), qPrintable(m_server->errorString()));
        m_api.setBaseUrl(m_server->baseUrl());
        const auto me = signInApi(m_api, Demo::OwnerEmail, Demo::OwnerPassword);
        QVERIFY(me);
        m_projectId = projectIdByName(*me, Demo::MainProject);
        m_rest = std::make_unique<ApiTestClient>(m_server->baseUrl());
        m_ownerToken = m_rest->login(Demo::OwnerEmail, Demo::OwnerPassword);
        QVERIFY(!m_ownerToken.isEmpty());
    }

    void r20_cardNumberCheck_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<CardNumber::Check>("expected");
        using C = CardNumber::Check;
        QTest::newRow("valid Visa") << QStringLiteral("4111111111111111") << C::Valid;
        QTest::newRow("valid Mastercard") << QStringLiteral("5555555555554444") << C::Valid;
        QTest::newRow("valid 15-digit Amex") << QStringLiteral("378282246310005") << C::Valid;
        QTest::newRow("valid 13 digits") << QStringLiteral("4222222222222") << C::Valid;
        QTest::newRow("valid 19 digits") << QStringLiteral("6011000000000000001") << C::Valid;
        QTest::newRow("grouped with spaces") << QStringLiteral("4111 1111 1111 1111") << C::Valid;
        QTest::newRow("spaces around") << QStringLiteral("  5555 5555 5555 4444 ") << C::Valid;
        QTest::newRow("with dashes") << QStringLiteral("4111-1111-1111-1111") << C::Valid;
        QTest::newRow("invalid Luhn, last digit") << QStringLiteral("4111111111111112") << C::BadChecksum;
        QTest::newRow("invalid Luhn, swapped digits") << QStringLiteral("4111111111111141") << C::BadChecksum;
        QTest::newRow("invalid Luhn with spaces") << QStringLiteral("5555 5555 5555 4445") << C::BadChecksum;
        QTest::newRow("too short, 11 digits") << QStringLiteral("4111 1111 111") << C::TooShort;
        QTest::newRow("valid 12 digits (Maestro)") << QStringLiteral("675964982648") << C::Valid;
        QTest::newRow("one digit") << QStringLiteral("4") << C::TooShort;
        QTest::newRow("too long, 20 digits") << QStringLiteral("41111111111111111113") << C::TooLong;
        QTest::newRow("letters") << QStringLiteral("4111 1111 abcd 1111") << C::InvalidCharacters;
        QTest::newRow("letter O for zero") << QStringLiteral("4111111111111O11") << C::InvalidCharacters;
        QTest::newRow("other punctuation") << QStringLiteral("4111.1111.1111.1111") << C::InvalidCharacters;
        QTest::newRow("empty") << QString() << C::Empty;
        QTest::newRow("only spaces") << QStringLiteral("   ") << C::Empty;
    }

    void r20_cardNumberCheck()
    {
        QFETCH(QString, typed);
        QFETCH(CardNumber::Check, expected);
        QCOMPARE(CardNumber::check(typed), expected);
        QCOMPARE(CardNumber::checkMessage(expected).isEmpty(), expected == CardNumber::Check::Valid);
    }

    void r20_cardNumberIsGroupedInFoursAndMaskedToTheLastFour()
    {
        QCOMPARE(CardNumber::digitsOf(QStringLiteral("4111 1111-1111 1111")), QStringLiteral("4111111111111111"));
        QCOMPARE(CardNumber::grouped(QStringLiteral("4111111111111111")), QStringLiteral("4111 1111 1111 1111"));
        QCOMPARE(CardNumber::grouped(QStringLiteral("378282246310005")), QStringLiteral("3782 8224 6310 005"));
        QCOMPARE(CardNumber::grouped(QStringLiteral("41")), QStringLiteral("41"));
        const QString masked = CardNumber::masked(QStringLiteral("4111111111111234"));
        QVERIFY(masked.endsWith(QLatin1String("1234")));
        QVERIFY(!masked.contains(QLatin1String("4111")));
        QCOMPARE(masked.count(QRegularExpression(QStringLiteral("[0-9]"))), 4);
    }

    void roundAxisMaximum_data()
    {
        QTest::addColumn<qint64>("value");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("zero") << qint64(0) << qint64(0);
        QTest::newRow("negative") << qint64(-5) << qint64(0);
        QTest::newRow("1 kopeck") << qint64(1) << qint64(100);
        QTest::newRow("exactly 2") << qint64(200) << qint64(200);
        QTest::newRow("2.01") << qint64(201) << qint64(500);
        QTest::newRow("29208.54") << qint64(2920854) << qint64(5000000);
        QTest::newRow("1200") << qint64(120000) << qint64(200000);
    }

    void roundAxisMaximum()
    {
        QFETCH(qint64, value);
        QFETCH(qint64, expected);
        QCOMPARE(ChartData::roundAxisMaximum(value), expected);
    }

    // The spend chart's stacks (one segment per category and month) equal the ledger's charges.
    void spendByCategory_equalsTheLedgersChargesPerMonth()
    {
        const QDate today = QDateTime::currentDateTimeUtc().date();
        const ChartData::DayRange months = ChartData::lastTwelveMonths(today);
        const ApiResult<MonthlySpend> spend = awaitResult<MonthlySpend>(m_api.monthlySpend(m_projectId, months.first, months.last));
        QVERIFY2(spend.ok(), qPrintable(spend.error.message));
        const ChartData::StackedMonths chart = ChartData::spendByCategory(*spend.value);
        QCOMPARE(chart.months.size(), 12);
        QCOMPARE(chart.months.constFirst(), months.first);

        QMap<QDate, QMap<QString, qint64>> ledger;
        const QString query = QStringLiteral("kind=charge&from=%1").arg(utcMidnight(months.first));
        const QList<QJsonObject> rows = m_rest->allItems(QStringLiteral("/api/v1/projects/%1/transactions").arg(m_projectId),
                                                         m_ownerToken, query);
        QVERIFY(rows.size() > 100); // a year of demo calls and SMS
        for (const QJsonObject &row : rows)
            ledger[firstOfMonth(utcDateOf(row))][row.value(QStringLiteral("category")).toString()] -=
                row.value(QStringLiteral("amount")).toInteger();

        qint64 chartTotal = 0;
        for (int month = 0; month < int(chart.months.size()); ++month) {
            const QMap<QString, qint64> expected = ledger.value(chart.months.at(month));
            QMap<QString, qint64> drawn;
            for (int series = 0; series < int(chart.series.size()); ++series) {
                if (chart.values.at(series).at(month) != 0)
                    drawn.insert(chart.series.at(series), chart.values.at(series).at(month));
            }
            QCOMPARE(drawn, expected);
            chartTotal += chart.total(month);
        }
        qint64 ledgerTotal = 0;
        for (const auto &month : std::as_const(ledger))
            for (const qint64 amount : month)
                ledgerTotal += amount;
        QCOMPARE(chartTotal, ledgerTotal);
        // The largest category is drawn first (at the bottom of each stack).
        for (int series = 1; series < int(chart.series.size()); ++series)
            QVERIFY(chart.seriesTotal(series - 1) >= chart.seriesTotal(series));
    }

    // The balance lines: one point per day, the last one at today's balances.
    void balanceLines_endAtTodaysBalances_data()
    {
        QTest::addColumn<ChartData::Period>("period");
        QTest::addColumn<int>("days");
        QTest::newRow("30 days") << ChartData::Period::Days30 << 30;
        QTest::newRow("90 days") << ChartData::Period::Days90 << 90;
        QTest::newRow("1 year") << ChartData::Period::Year << int(QDate::currentDate().addYears(-1).daysTo(QDate::currentDate()));
    }

    void balanceLines_endAtTodaysBalances()
    {
        QFETCH(ChartData::Period, period);
        QFETCH(int, days);
        const ChartData::DayRange range = ChartData::dayRange(period, QDateTime::currentDateTimeUtc().date());
        const ApiResult<DailyBalances> daily = awaitResult<DailyBalances>(m_api.dailyBalances(m_projectId, range.first, range.last));
        QVERIFY2(daily.ok(), qPrintable(daily.error.message));
        const QList<ChartData::BalanceLine> lines = ChartData::balanceLines(*daily.value);
        QCOMPARE(lines.size(), 3);
        const ApiResult<Balances> balances = awaitResult<Balances>(m_api.balances(m_projectId));
        QVERIFY(balances.ok());
        const qint64 today[] = {balances.value->main, balances.value->bonus, balances.value->credit.available};
        for (qsizetype index = 0; index < lines.size(); ++index) {
            QCOMPARE(int(lines.at(index).days.size()), days);
            QCOMPARE(lines.at(index).days.constFirst(), range.first);
            QCOMPARE(lines.at(index).values.constLast(), today[index]);
        }
    }

    // R19: the accruals chart equals the referral history's accruals per month (owner only, R3).
    void r19_referralAccruals_equalTheReferralHistory()
    {
        const ChartData::DayRange months = ChartData::lastTwelveMonths(QDateTime::currentDateTimeUtc().date());
        const ApiResult<MonthlyReferral> referral =
            awaitResult<MonthlyReferral>(m_api.monthlyReferral(m_projectId, months.first, months.last));
        QVERIFY2(referral.ok(), qPrintable(referral.error.message));
        const ChartData::StackedMonths chart = ChartData::referralAccruals(*referral.value);
        QMap<QDate, qint64> ledger;
        for (const QJsonObject &row : m_rest->allItems(QStringLiteral("/api/v1/projects/%1/referral/transactions").arg(m_projectId),
                                                       m_ownerToken)) {
            if (row.value(QStringLiteral("kind")).toString() == QLatin1String("accrual") && utcDateOf(row) >= months.first)
                ledger[firstOfMonth(utcDateOf(row))] += row.value(QStringLiteral("amount")).toInteger();
        }
        QVERIFY(!ledger.isEmpty());
        QCOMPARE(chart.series.size(), 1);
        for (int month = 0; month < int(chart.months.size()); ++month)
            QCOMPARE(chart.values.at(0).at(month), ledger.value(chart.months.at(month)));
    }
};

QTEST_GUILESS_MAIN(TestChartData)
#include "tst_chartdata.moc"
