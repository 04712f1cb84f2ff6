// SPDX-License-Identifier: GPL-3.0-or-later
// Credit eligibility (R13), limit (R14), term (R15) and "not eligible with an active credit or a debt
// on main", on UTC calendar arithmetic checked against Qt's own calendar.
#include "LedgerTestSupport.h"

#include "CivilTime.h"
#include "CreditEligibility.h"

using namespace ledger;

Q_DECLARE_METATYPE(CreditRequestCheck)

namespace {
QString monthsText(const std::vector<YearMonth> &months)
{
    QStringList parts;
    for (const YearMonth &month : months)
        parts << QStringLiteral("%1-%2").arg(month.year).arg(month.month, 2, 10, QLatin1Char('0'));
    return parts.join(QLatin1Char(','));
}

QStringList reasonsOf(const CreditAssessment &assessment)
{
    QStringList reasons;
    for (const std::string &reason : assessment.reasons)
        reasons << QString::fromStdString(reason);
    return reasons;
}

CreditAssessment eligibleAssessment(qint64 maxAmount)
{
    CreditAssessment assessment;
    assessment.eligible = true;
    assessment.maxAmount = kop(maxAmount);
    return assessment;
}
} // namespace

class CreditEligibilityTest : public QObject
{
    Q_OBJECT

private slots:
    void civil_daysMatchQtCalendar();
    void civil_monthBoundaries_data();
    void civil_monthBoundaries();
    void civil_utcText_data();
    void civil_utcText();
    void r13_tenureInCalendarMonths_data();
    void r13_tenureInCalendarMonths();
    void r13_tenureDays();
    void r14_fullMonthsForSpend_data();
    void r14_fullMonthsForSpend();
    void r13_r14_assessCredit_data();
    void r13_r14_assessCredit();
    void r14_spendMustMatchTheMonths();
    void r15_validateCreditRequest_data();
    void r15_validateCreditRequest();
};

void CreditEligibilityTest::civil_daysMatchQtCalendar()
{
    // Every day from 1899 to 2401 (leap centuries 1900, 2000, 2100, 2400 included), both directions.
    const qint64 epochJulianDay = QDate(1970, 1, 1).toJulianDay();
    for (QDate date(1899, 1, 1); date <= QDate(2401, 12, 31); date = date.addDays(1)) {
        const qint64 days = date.toJulianDay() - epochJulianDay;
        const CivilDate civil{date.year(), date.month(), date.day()};
        if (daysFromCivil(civil) != days || !(civilFromDays(days) == civil))
            QFAIL(qPrintable(QStringLiteral("civil conversion differs from Qt on ") + date.toString(Qt::ISODate)));
        if (daysInMonth(date.year(), date.month()) != date.daysInMonth())
            QFAIL(qPrintable(QStringLiteral("month length differs from Qt in ") + date.toString(Qt::ISODate)));
    }
    QVERIFY(isLeapYear(2024) && isLeapYear(2000) && !isLeapYear(1900) && !isLeapYear(2025));
}

void CreditEligibilityTest::civil_monthBoundaries_data()
{
    QTest::addColumn<qint64>("instant");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");

    QTest::newRow("epoch") << utc(1970, 1, 1) << 1970 << 1;
    QTest::newRow("last second of 1969") << utc(1969, 12, 31, 23, 59, 59) << 1969 << 12;
    QTest::newRow("first second of March 2024") << utc(2024, 3, 1) << 2024 << 3;
    QTest::newRow("last second of Feb 2024") << utc(2024, 2, 29, 23, 59, 59) << 2024 << 2;
    QTest::newRow("new year 2026") << utc(2026, 1, 1) << 2026 << 1;
}

void CreditEligibilityTest::civil_monthBoundaries()
{
    QFETCH(qint64, instant);
    QFETCH(int, year);
    QFETCH(int, month);

    const YearMonth yearMonth = yearMonthOf(instant);
    QCOMPARE(yearMonth.year, year);
    QCOMPARE(yearMonth.month, month);
    QVERIFY(monthStart(yearMonth) <= instant && instant < monthEnd(yearMonth));
    QCOMPARE(monthStart(yearMonth), utc(year, month, 1));
    QCOMPARE(monthEnd(yearMonth), QDateTime(QDate(year, month, 1).addMonths(1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch());
    QVERIFY(addMonths(yearMonth, 12) == (YearMonth{year + 1, month}));
    QVERIFY(addMonths(yearMonth, -month) == (YearMonth{year - 1, 12}));
}

void CreditEligibilityTest::civil_utcText_data()
{
    QTest::addColumn<qint64>("instant");
    QTest::addColumn<QString>("text");

    QTest::newRow("epoch") << qint64(0) << QStringLiteral("1970-01-01T00:00:00Z");
    QTest::newRow("last second of 1969") << qint64(-1) << QStringLiteral("1969-12-31T23:59:59Z");
    QTest::newRow("leap day") << utc(2024, 2, 29, 13, 5, 9) << QStringLiteral("2024-02-29T13:05:09Z");
    QTest::newRow("API.md example") << utc(2026, 11, 25, 10) << QStringLiteral("2026-11-25T10:00:00Z");
    QTest::newRow("before 1900") << utc(1899, 12, 31, 23, 59, 59) << QStringLiteral("1899-12-31T23:59:59Z");
}

void CreditEligibilityTest::civil_utcText()
{
    // The one formatter of times in answers and event data (API.md conventions), and Qt agrees.
    QFETCH(qint64, instant);
    QFETCH(QString, text);

    QCOMPARE(QString::fromStdString(utcText(instant)), text);
    QCOMPARE(QDateTime::fromSecsSinceEpoch(instant, Qt::UTC).toString(Qt::ISODate), text);
}

void CreditEligibilityTest::r13_tenureInCalendarMonths_data()
{
    QTest::addColumn<qint64>("created");
    QTest::addColumn<qint64>("now");
    QTest::addColumn<int>("months");

    QTest::newRow("exactly 3 months") << utc(2025, 1, 15, 12) << utc(2025, 4, 15, 12) << 3;
    QTest::newRow("3 months minus one second") << utc(2025, 1, 15, 12) << utc(2025, 4, 15, 11, 59, 59) << 2;
    QTest::newRow("same instant") << utc(2025, 1, 15) << utc(2025, 1, 15) << 0;
    QTest::newRow("now before creation") << utc(2025, 2, 1) << utc(2025, 1, 1) << 0;
    QTest::newRow("Jan 31 + 1 month clamps to Feb 28") << utc(2025, 1, 31, 10) << utc(2025, 2, 28, 10) << 1;
    QTest::newRow("Jan 31, Feb 28 one second short") << utc(2025, 1, 31, 10) << utc(2025, 2, 28, 9, 59, 59) << 0;
    QTest::newRow("leap: Jan 31 + 1 month = Feb 29") << utc(2024, 1, 31) << utc(2024, 2, 29) << 1;
    QTest::newRow("leap: Feb 28 is not yet a month") << utc(2024, 1, 31) << utc(2024, 2, 28, 23, 59, 59) << 0;
    QTest::newRow("Feb 29 + 12 months = Feb 28") << utc(2024, 2, 29, 8) << utc(2025, 2, 28, 8) << 12;
    QTest::newRow("Jan 31 + 3 months = Apr 30") << utc(2025, 1, 31) << utc(2025, 4, 30) << 3;
    QTest::newRow("Nov 30 + 3 months = Feb 28") << utc(2024, 11, 30) << utc(2025, 2, 28) << 3;
    QTest::newRow("across a year") << utc(2024, 10, 1) << utc(2025, 1, 1) << 3;
    QTest::newRow("two years") << utc(2023, 5, 20) << utc(2025, 5, 20) << 24;
}

void CreditEligibilityTest::r13_tenureInCalendarMonths()
{
    QFETCH(qint64, created);
    QFETCH(qint64, now);
    QFETCH(int, months);
    QCOMPARE(tenureMonths(created, now), months);
}

void CreditEligibilityTest::r13_tenureDays()
{
    QCOMPARE(tenureDays(utc(2025, 1, 1), utc(2025, 4, 1)), qint64(90));
    QCOMPARE(tenureDays(utc(2024, 1, 1), utc(2024, 4, 1)), qint64(91)); // leap February
    QCOMPARE(tenureDays(utc(2025, 1, 1, 12), utc(2025, 1, 2, 11, 59, 59)), qint64(0));
    QCOMPARE(tenureDays(utc(2025, 1, 2), utc(2025, 1, 1)), qint64(0));
}

void CreditEligibilityTest::r14_fullMonthsForSpend_data()
{
    QTest::addColumn<qint64>("created");
    QTest::addColumn<qint64>("now");
    QTest::addColumn<QString>("months");

    QTest::newRow("created on the 1st at midnight") << utc(2025, 1, 1) << utc(2025, 4, 10) << QStringLiteral("2025-03,2025-02,2025-01");
    QTest::newRow("created on the 1st, late") << utc(2025, 1, 1, 23, 59, 59) << utc(2025, 4, 10) << QStringLiteral("2025-03,2025-02,2025-01");
    QTest::newRow("created on the 2nd") << utc(2025, 1, 2) << utc(2025, 4, 10) << QStringLiteral("2025-03,2025-02");
    QTest::newRow("at most 3 months") << utc(2024, 10, 1) << utc(2025, 6, 1) << QStringLiteral("2025-05,2025-04,2025-03");
    QTest::newRow("across the new year") << utc(2024, 11, 1) << utc(2025, 1, 1) << QStringLiteral("2024-12,2024-11");
    QTest::newRow("now exactly at a month start") << utc(2025, 3, 1) << utc(2025, 4, 1) << QStringLiteral("2025-03");
    QTest::newRow("leap February counts") << utc(2024, 2, 1) << utc(2024, 3, 1) << QStringLiteral("2024-02");
    QTest::newRow("creation month partial, none full") << utc(2024, 12, 15) << utc(2025, 1, 20) << QString();
    QTest::newRow("created this month") << utc(2025, 4, 1) << utc(2025, 4, 20) << QString();
    QTest::newRow("now before creation") << utc(2025, 4, 1) << utc(2025, 3, 20) << QString();
}

void CreditEligibilityTest::r14_fullMonthsForSpend()
{
    QFETCH(qint64, created);
    QFETCH(qint64, now);
    QFETCH(QString, months);
    QCOMPARE(monthsText(fullMonthsForSpend(created, now)), months);
}

void CreditEligibilityTest::r13_r14_assessCredit_data()
{
    QTest::addColumn<qint64>("created");
    QTest::addColumn<qint64>("now");
    QTest::addColumn<int>("topupsCount");
    QTest::addColumn<qint64>("topupsTotal");
    QTest::addColumn<QList<qint64>>("spend");
    QTest::addColumn<bool>("activeCredit");
    QTest::addColumn<qint64>("main");
    QTest::addColumn<bool>("eligible");
    QTest::addColumn<qint64>("maxAmount");
    QTest::addColumn<qint64>("monthlySpend");
    QTest::addColumn<QStringList>("reasons");

    const qint64 jan1 = utc(2025, 1, 1);
    const qint64 apr10 = utc(2025, 4, 10);
    const QList<qint64> threeMonths{100000, 100000, 100000};

    QTest::newRow("all conditions met") << jan1 << apr10 << 3 << qint64(500000) << threeMonths << false << qint64(0)
                                        << true << qint64(30000) << qint64(100000) << QStringList();
    QTest::newRow("exactly 3 months tenure, 1 top-up")
        << utc(2025, 1, 10, 12) << utc(2025, 4, 10, 12) << 1 << qint64(500000) << QList<qint64>{90000, 60001}
        << false << qint64(0) << true << qint64(22500) << qint64(75000) << QStringList();
    QTest::newRow("3 months tenure minus one second")
        << utc(2025, 1, 10, 12) << utc(2025, 4, 10, 11, 59, 59) << 1 << qint64(500000) << QList<qint64>{90000, 60001}
        << false << qint64(0) << false << qint64(0) << qint64(75000)
        << QStringList{QStringLiteral("used for 2 months < 3 and 1 top-up < 3")};
    QTest::newRow("exactly 3 top-ups, 1 month tenure")
        << utc(2025, 3, 1) << utc(2025, 4, 15) << 3 << qint64(500000) << QList<qint64>{100001} << false << qint64(0)
        << true << qint64(30000) << qint64(100001) << QStringList();
    QTest::newRow("2 top-ups, 1 month tenure")
        << utc(2025, 3, 1) << utc(2025, 4, 15) << 2 << qint64(500000) << QList<qint64>{100001} << false << qint64(0)
        << false << qint64(0) << qint64(100001) << QStringList{QStringLiteral("used for 1 month < 3 and 2 top-ups < 3")};
    QTest::newRow("top-ups total 5000.00 exactly") << jan1 << apr10 << 3 << qint64(500000) << threeMonths << false
                                                   << qint64(0) << true << qint64(30000) << qint64(100000) << QStringList();
    QTest::newRow("top-ups total one kopeck short")
        << jan1 << apr10 << 3 << qint64(499999) << threeMonths << false << qint64(0) << false << qint64(0)
        << qint64(100000) << QStringList{QStringLiteral("top-ups total 4999.99 UAH < 5000.00 UAH")};
    QTest::newRow("top-ups total 3200")
        << jan1 << apr10 << 5 << qint64(320000) << threeMonths << false << qint64(0) << false << qint64(0)
        << qint64(100000) << QStringList{QStringLiteral("top-ups total 3200.00 UAH < 5000.00 UAH")};
    QTest::newRow("active credit") << jan1 << apr10 << 3 << qint64(500000) << threeMonths << true << qint64(0)
                                   << false << qint64(0) << qint64(100000)
                                   << QStringList{QStringLiteral("an active credit already exists")};
    QTest::newRow("main in debt") << jan1 << apr10 << 3 << qint64(500000) << threeMonths << false << qint64(-12050)
                                  << false << qint64(0) << qint64(100000)
                                  << QStringList{QStringLiteral("main balance is in debt (-120.50 UAH)")};
    QTest::newRow("main exactly zero") << jan1 << apr10 << 3 << qint64(500000) << threeMonths << false << qint64(0)
                                       << true << qint64(30000) << qint64(100000) << QStringList();
    QTest::newRow("no full month yet")
        << utc(2025, 4, 2) << utc(2025, 4, 20) << 3 << qint64(600000) << QList<qint64>{} << false << qint64(0)
        << false << qint64(0) << qint64(0) << QStringList{QStringLiteral("no full calendar month of spending yet")};
    QTest::newRow("created on the 2nd: two months averaged")
        << utc(2025, 1, 2) << apr10 << 3 << qint64(500000) << QList<qint64>{100000, 50001} << false << qint64(0)
        << true << qint64(22500) << qint64(75000) << QStringList();
    QTest::newRow("30% rounds down: 100001 over 3 months")
        << jan1 << apr10 << 3 << qint64(500000) << QList<qint64>{33334, 33333, 33334} << false << qint64(0)
        << true << qint64(10000) << qint64(33333) << QStringList();
    QTest::newRow("30% rounds down: 10 kopecks over 3 months")
        << jan1 << apr10 << 3 << qint64(500000) << QList<qint64>{3, 3, 4} << false << qint64(0) << true << qint64(1)
        << qint64(3) << QStringList();
    QTest::newRow("30% of 99999 over 3 months")
        << jan1 << apr10 << 3 << qint64(500000) << QList<qint64>{33333, 33333, 33333} << false << qint64(0)
        << true << qint64(9999) << qint64(33333) << QStringList();
    QTest::newRow("every condition fails, in order")
        << utc(2025, 4, 5) << utc(2025, 4, 20) << 0 << qint64(0) << QList<qint64>{} << true << qint64(-1) << false
        << qint64(0) << qint64(0)
        << QStringList{QStringLiteral("used for 0 months < 3 and 0 top-ups < 3"),
                       QStringLiteral("top-ups total 0.00 UAH < 5000.00 UAH"),
                       QStringLiteral("an active credit already exists"),
                       QStringLiteral("main balance is in debt (-0.01 UAH)"),
                       QStringLiteral("no full calendar month of spending yet")};
}

void CreditEligibilityTest::r13_r14_assessCredit()
{
    QFETCH(qint64, created);
    QFETCH(qint64, now);
    QFETCH(int, topupsCount);
    QFETCH(qint64, topupsTotal);
    QFETCH(QList<qint64>, spend);
    QFETCH(bool, activeCredit);
    QFETCH(qint64, main);
    QFETCH(bool, eligible);
    QFETCH(qint64, maxAmount);
    QFETCH(qint64, monthlySpend);
    QFETCH(QStringList, reasons);

    CreditFacts facts;
    facts.createdAt = created;
    facts.now = now;
    facts.topupsCount = topupsCount;
    facts.topupsTotal = kop(topupsTotal);
    for (const qint64 month : spend)
        facts.spendPerMonth.push_back(kop(month));
    facts.hasActiveCredit = activeCredit;
    facts.mainBalance = kop(main);

    const CreditAssessment assessment = assessCredit(facts);
    QCOMPARE(reasonsOf(assessment), reasons);
    QCOMPARE(assessment.eligible, eligible);
    QCOMPARE(assessment.maxAmount, kop(maxAmount));
    QCOMPARE(assessment.monthlySpend, kop(monthlySpend));
    QCOMPARE(assessment.maxTermDays, 5);
    QCOMPARE(assessment.topupsCount, topupsCount);
    QCOMPARE(assessment.topupsTotal, kop(topupsTotal));
    QCOMPARE(assessment.tenureDays, (now - created) / 86400);
    QCOMPARE(assessment.hasActiveCredit, activeCredit);
}

void CreditEligibilityTest::r14_spendMustMatchTheMonths()
{
    CreditFacts facts;
    facts.createdAt = utc(2025, 1, 1);
    facts.now = utc(2025, 4, 10);
    facts.spendPerMonth = {kop(1), kop(2)}; // three full months exist
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, std::ignore = assessCredit(facts));
}

void CreditEligibilityTest::r15_validateCreditRequest_data()
{
    QTest::addColumn<bool>("eligible");
    QTest::addColumn<bool>("activeCredit");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<int>("termDays");
    QTest::addColumn<CreditRequestCheck>("expected");

    QTest::newRow("term 0") << true << false << qint64(1000) << 0 << CreditRequestCheck::InvalidTerm;
    QTest::newRow("term 1") << true << false << qint64(1000) << 1 << CreditRequestCheck::Ok;
    QTest::newRow("term 5") << true << false << qint64(1000) << 5 << CreditRequestCheck::Ok;
    QTest::newRow("term 6") << true << false << qint64(1000) << 6 << CreditRequestCheck::InvalidTerm;
    QTest::newRow("term -1") << true << false << qint64(1000) << -1 << CreditRequestCheck::InvalidTerm;
    QTest::newRow("amount at the limit") << true << false << qint64(30000) << 3 << CreditRequestCheck::Ok;
    QTest::newRow("amount one above the limit") << true << false << qint64(30001) << 3 << CreditRequestCheck::LimitExceeded;
    QTest::newRow("amount zero") << true << false << qint64(0) << 3 << CreditRequestCheck::InvalidAmount;
    QTest::newRow("amount negative") << true << false << qint64(-5) << 3 << CreditRequestCheck::InvalidAmount;
    QTest::newRow("not eligible") << false << false << qint64(1000) << 3 << CreditRequestCheck::NotEligible;
    QTest::newRow("not eligible, bad term") << false << false << qint64(1000) << 9 << CreditRequestCheck::InvalidTerm;
    QTest::newRow("active credit first") << false << true << qint64(0) << 9 << CreditRequestCheck::AlreadyActive;
}

void CreditEligibilityTest::r15_validateCreditRequest()
{
    QFETCH(bool, eligible);
    QFETCH(bool, activeCredit);
    QFETCH(qint64, amount);
    QFETCH(int, termDays);
    QFETCH(CreditRequestCheck, expected);

    CreditAssessment assessment = eligibleAssessment(eligible ? 30000 : 0);
    assessment.eligible = eligible;
    assessment.hasActiveCredit = activeCredit;
    QCOMPARE(int(validateCreditRequest(assessment, kop(amount), termDays)), int(expected));
}

QTEST_APPLESS_MAIN(CreditEligibilityTest)
#include "tst_crediteligibility.moc"
