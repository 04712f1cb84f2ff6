// SPDX-License-Identifier: GPL-3.0-or-later
// Money: checked int64 minor-unit arithmetic and explicit rounding (SPEC "Money", R14, R19, R22).
#include "LedgerTestSupport.h"
#include "Money.h"

#include <limits>

using namespace ledger;

namespace {
constexpr qint64 kMax = std::numeric_limits<qint64>::max();
constexpr qint64 kMin = std::numeric_limits<qint64>::min();
} // namespace

class MoneyTest : public QObject
{
    Q_OBJECT

private slots:
    void r22_additionNeverWraps_data();
    void r22_additionNeverWraps();
    void r22_subtractionNeverWraps_data();
    void r22_subtractionNeverWraps();
    void r22_negationOfMinimumThrows();
    void money_comparisonsFollowMinorUnits();
    void r14_r19_mulDivRoundsAsAsked_data();
    void r14_r19_mulDivRoundsAsAsked();
    void r24_mulDivRejectsZeroDenominator();
    void money_formatUahForReasons_data();
    void money_formatUahForReasons();
};

void MoneyTest::r22_additionNeverWraps_data()
{
    QTest::addColumn<qint64>("a");
    QTest::addColumn<qint64>("b");
    QTest::addColumn<bool>("overflows");
    QTest::addColumn<qint64>("sum");

    QTest::newRow("max + 1") << kMax << qint64(1) << true << qint64(0);
    QTest::newRow("max + max") << kMax << kMax << true << qint64(0);
    QTest::newRow("min + -1") << kMin << qint64(-1) << true << qint64(0);
    QTest::newRow("min + min") << kMin << kMin << true << qint64(0);
    QTest::newRow("max + 0") << kMax << qint64(0) << false << kMax;
    QTest::newRow("max-5 + 5") << kMax - 5 << qint64(5) << false << kMax;
    QTest::newRow("min + max") << kMin << kMax << false << qint64(-1);
    QTest::newRow("small") << qint64(150000) << qint64(-20050) << false << qint64(129950);
}

void MoneyTest::r22_additionNeverWraps()
{
    QFETCH(qint64, a);
    QFETCH(qint64, b);
    QFETCH(bool, overflows);
    QFETCH(qint64, sum);

    if (overflows) {
        QVERIFY_THROWS_EXCEPTION(MoneyOverflow, std::ignore = kop(a) + kop(b));
        Money accumulator = kop(a);
        QVERIFY_THROWS_EXCEPTION(MoneyOverflow, accumulator += kop(b));
        QCOMPARE(accumulator, kop(a)); // a failed += leaves the value untouched
        QVERIFY_THROWS_EXCEPTION(std::overflow_error, std::ignore = kop(b) + kop(a));
    } else {
        QCOMPARE((kop(a) + kop(b)).minor(), sum);
        QCOMPARE((kop(b) + kop(a)).minor(), sum);
    }
}

void MoneyTest::r22_subtractionNeverWraps_data()
{
    QTest::addColumn<qint64>("a");
    QTest::addColumn<qint64>("b");
    QTest::addColumn<bool>("overflows");
    QTest::addColumn<qint64>("difference");

    QTest::newRow("min - 1") << kMin << qint64(1) << true << qint64(0);
    QTest::newRow("max - -1") << kMax << qint64(-1) << true << qint64(0);
    QTest::newRow("0 - min") << qint64(0) << kMin << true << qint64(0);
    QTest::newRow("-1 - max") << qint64(-1) << kMax << false << kMin;
    QTest::newRow("max - max") << kMax << kMax << false << qint64(0);
    QTest::newRow("into debt") << qint64(100) << qint64(12150) << false << qint64(-12050);
}

void MoneyTest::r22_subtractionNeverWraps()
{
    QFETCH(qint64, a);
    QFETCH(qint64, b);
    QFETCH(bool, overflows);
    QFETCH(qint64, difference);

    if (overflows) {
        QVERIFY_THROWS_EXCEPTION(MoneyOverflow, std::ignore = kop(a) - kop(b));
        Money accumulator = kop(a);
        QVERIFY_THROWS_EXCEPTION(MoneyOverflow, accumulator -= kop(b));
        QCOMPARE(accumulator, kop(a));
    } else {
        QCOMPARE((kop(a) - kop(b)).minor(), difference);
    }
}

void MoneyTest::r22_negationOfMinimumThrows()
{
    QVERIFY_THROWS_EXCEPTION(MoneyOverflow, std::ignore = -kop(kMin));
    QCOMPARE((-kop(kMax)).minor(), -kMax);
    QCOMPARE((-kop(-12050)).minor(), qint64(12050));
    QCOMPARE((-Money()).minor(), qint64(0));
}

void MoneyTest::money_comparisonsFollowMinorUnits()
{
    QVERIFY(kop(-1) < kop(0));
    QVERIFY(kop(kMin) < kop(kMax));
    QVERIFY(kop(500000) >= kop(500000));
    QVERIFY(kop(499999) < kop(500000));
    QVERIFY(kop(7) == kop(7));
    QVERIFY(kop(7) != kop(8));
    QVERIFY(Money().isZero() && Money::zero().isZero());
    QVERIFY(kop(1).isPositive() && !kop(0).isPositive());
    QVERIFY(kop(-1).isNegative() && !kop(0).isNegative());
}

void MoneyTest::r14_r19_mulDivRoundsAsAsked_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<qint64>("numerator");
    QTest::addColumn<qint64>("denominator");
    QTest::addColumn<int>("rounding");
    QTest::addColumn<bool>("overflows");
    QTest::addColumn<qint64>("expected");

    const auto row = [](const char *name, qint64 amount, qint64 num, qint64 den, Rounding rounding,
                        qint64 expected) {
        QTest::newRow(name) << amount << num << den << int(rounding) << false << expected;
    };
    row("10/3 down", 10, 1, 3, Rounding::Down, 3);
    row("10/3 toward zero", 10, 1, 3, Rounding::TowardZero, 3);
    row("10/3 up", 10, 1, 3, Rounding::Up, 4);
    row("10/3 half up", 10, 1, 3, Rounding::HalfUp, 3);
    row("20/3 half up", 20, 1, 3, Rounding::HalfUp, 7);
    row("-10/3 down is floor", -10, 1, 3, Rounding::Down, -4);
    row("-10/3 toward zero", -10, 1, 3, Rounding::TowardZero, -3);
    row("-10/3 up", -10, 1, 3, Rounding::Up, -3);
    row("-10/3 half up", -10, 1, 3, Rounding::HalfUp, -3);
    row("-20/3 half up", -20, 1, 3, Rounding::HalfUp, -7);
    row("5/2 half up tie away from zero", 5, 1, 2, Rounding::HalfUp, 3);
    row("-5/2 half up tie away from zero", -5, 1, 2, Rounding::HalfUp, -3);
    row("5/2 down", 5, 1, 2, Rounding::Down, 2);
    row("-5/2 down", -5, 1, 2, Rounding::Down, -3);
    row("negative denominator down", 10, 1, -3, Rounding::Down, -4);
    row("negative numerator and denominator", 10, -1, -3, Rounding::Down, 3);
    row("exact 30% down", 300, 30, 100, Rounding::Down, 90);
    row("exact 30% half up", 300, 30, 100, Rounding::HalfUp, 90);
    row("30% of 100001 down", 100001, 30, 100, Rounding::Down, 30000);
    row("10% of 1999 down", 1999, 1000, 10000, Rounding::Down, 199);
    // The intermediate product exceeds int64; 128-bit arithmetic keeps it exact.
    row("30% of max down", kMax, 30, 100, Rounding::Down, 2767011611056432742);
    row("30% of max up", kMax, 30, 100, Rounding::Up, 2767011611056432743);
    row("max * max / max", kMax, kMax, kMax, Rounding::Down, kMax);
    row("min * 1 / 1", kMin, 1, 1, Rounding::Down, kMin);
    row("min * max / max", kMin, kMax, kMax, Rounding::TowardZero, kMin);
    row("zero", 0, 7, 3, Rounding::Up, 0);

    QTest::newRow("max * 2 overflows") << kMax << qint64(2) << qint64(1) << int(Rounding::Down) << true << qint64(0);
    QTest::newRow("min / -1 overflows") << kMin << qint64(1) << qint64(-1) << int(Rounding::Down) << true << qint64(0);
}

void MoneyTest::r14_r19_mulDivRoundsAsAsked()
{
    QFETCH(qint64, amount);
    QFETCH(qint64, numerator);
    QFETCH(qint64, denominator);
    QFETCH(int, rounding);
    QFETCH(bool, overflows);
    QFETCH(qint64, expected);

    const auto mode = static_cast<Rounding>(rounding);
    if (overflows) {
        QVERIFY_THROWS_EXCEPTION(MoneyOverflow, std::ignore = mulDiv(kop(amount), numerator, denominator, mode));
        return;
    }
    QCOMPARE(mulDiv(kop(amount), numerator, denominator, mode).minor(), expected);
}

void MoneyTest::r24_mulDivRejectsZeroDenominator()
{
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, std::ignore = mulDiv(kop(100), 1, 0, Rounding::Down));
}

void MoneyTest::money_formatUahForReasons_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QString>("text");

    QTest::newRow("whole") << qint64(320000) << QStringLiteral("3200.00 UAH");
    QTest::newRow("threshold") << qint64(500000) << QStringLiteral("5000.00 UAH");
    QTest::newRow("debt") << qint64(-12050) << QStringLiteral("-120.50 UAH");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0.00 UAH");
    QTest::newRow("one kopeck") << qint64(1) << QStringLiteral("0.01 UAH");
    QTest::newRow("minus five kopecks") << qint64(-5) << QStringLiteral("-0.05 UAH");
    QTest::newRow("one hryvnia") << qint64(100) << QStringLiteral("1.00 UAH");
    QTest::newRow("no grouping") << qint64(123456789) << QStringLiteral("1234567.89 UAH");
    QTest::newRow("max") << kMax << QStringLiteral("92233720368547758.07 UAH");
    QTest::newRow("min") << kMin << QStringLiteral("-92233720368547758.08 UAH");
}

void MoneyTest::money_formatUahForReasons()
{
    QFETCH(qint64, amount);
    QFETCH(QString, text);
    QCOMPARE(qs(formatUah(kop(amount))), text);
}

QTEST_APPLESS_MAIN(MoneyTest)
#include "tst_money.moc"
