// SPDX-License-Identifier: GPL-3.0-or-later
// Referral program: commission on real money rounded down once per charge (R19), withdrawals within
// the balance (R20, R21), card numbers checked with Luhn and stored masked (API.md).
#include "LedgerTestSupport.h"

#include "ChargeRouter.h"
#include "Referral.h"

#include <limits>

using namespace ledger;

namespace {
std::string utf8(const QString &text)
{
    return text.toStdString();
}
} // namespace

class ReferralTest : public QObject
{
    Q_OBJECT

private slots:
    void r19_commissionRoundsDown_data();
    void r19_commissionRoundsDown();
    void r19_commissionRateBounds_data();
    void r19_commissionRateBounds();
    void r19_commissionOnRealMoneyOncePerCharge();
    void r21_withdrawalNeverExceedsBalance_data();
    void r21_withdrawalNeverExceedsBalance();
    void r20_cardNumberLuhn_data();
    void r20_cardNumberLuhn();
    void r20_cardNumberIsStoredMasked_data();
    void r20_cardNumberIsStoredMasked();
};

void ReferralTest::r19_commissionRoundsDown_data()
{
    QTest::addColumn<qint64>("real");
    QTest::addColumn<int>("rateBp");
    QTest::addColumn<qint64>("expected");

    const qint64 max = std::numeric_limits<qint64>::max();
    QTest::newRow("10% of 19.99") << qint64(1999) << 1000 << qint64(199);
    QTest::newRow("10% of 0.10") << qint64(10) << 1000 << qint64(1);
    QTest::newRow("10% of 0.09 is nothing") << qint64(9) << 1000 << qint64(0);
    QTest::newRow("zero charge") << qint64(0) << 1000 << qint64(0);
    QTest::newRow("rate 0") << qint64(100000) << 0 << qint64(0);
    QTest::newRow("rate 100%") << qint64(100000) << 10000 << qint64(100000);
    QTest::newRow("3.33% of 123.45") << qint64(12345) << 333 << qint64(411);
    QTest::newRow("1 bp of 99.99") << qint64(9999) << 1 << qint64(0);
    QTest::newRow("1 bp of 100.00") << qint64(10000) << 1 << qint64(1);
    QTest::newRow("100% of INT64_MAX") << max << 10000 << max;
    QTest::newRow("10% of INT64_MAX") << max << 1000 << qint64(922337203685477580);
}

void ReferralTest::r19_commissionRoundsDown()
{
    QFETCH(qint64, real);
    QFETCH(int, rateBp);
    QFETCH(qint64, expected);
    QCOMPARE(commission(kop(real), rateBp), kop(expected));
}

void ReferralTest::r19_commissionRateBounds_data()
{
    QTest::addColumn<int>("rateBp");
    QTest::addColumn<bool>("valid");
    QTest::newRow("-1") << -1 << false;
    QTest::newRow("0") << 0 << true;
    QTest::newRow("10000") << 10000 << true;
    QTest::newRow("10001") << 10001 << false;
    QTest::newRow("INT_MIN") << std::numeric_limits<int>::min() << false;
}

void ReferralTest::r19_commissionRateBounds()
{
    QFETCH(int, rateBp);
    QFETCH(bool, valid);
    if (valid)
        QCOMPARE(commission(kop(100), rateBp), kop(100 * rateBp / 10000));
    else
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, std::ignore = commission(kop(100), rateBp));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, std::ignore = commission(kop(-100), 1000));
}

void ReferralTest::r19_commissionOnRealMoneyOncePerCharge()
{
    // 1.00 of bonus, 0.05 of main and 0.05 of credit: real money 0.10, commission 0.01 — rounding
    // each part down separately would have paid nothing.
    const ChargeRouting routing =
        routeCharge(Category::ServiceSubscription, kop(110), Pots{kop(100), kop(5), kop(1000)});
    QCOMPARE(routing.parts.size(), std::size_t(3));
    QCOMPARE(realMoneyOf(routing), kop(10));
    QCOMPARE(commission(realMoneyOf(routing), 1000), kop(1));
    QCOMPARE(commission(kop(5), 1000) + commission(kop(5), 1000), kop(0));

    const ChargeRouting bonusOnly = routeCharge(Category::ServiceSubscription, kop(100), Pots{kop(100), {}, {}});
    QCOMPARE(realMoneyOf(bonusOnly), kop(0));
}

void ReferralTest::r21_withdrawalNeverExceedsBalance_data()
{
    QTest::addColumn<qint64>("available");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("whole balance") << qint64(100) << qint64(100) << true;
    QTest::newRow("part") << qint64(100) << qint64(1) << true;
    QTest::newRow("one kopeck above") << qint64(100) << qint64(101) << false;
    QTest::newRow("zero") << qint64(100) << qint64(0) << false;
    QTest::newRow("negative") << qint64(100) << qint64(-1) << false;
    QTest::newRow("empty balance") << qint64(0) << qint64(1) << false;
}

void ReferralTest::r21_withdrawalNeverExceedsBalance()
{
    QFETCH(qint64, available);
    QFETCH(qint64, amount);
    QFETCH(bool, allowed);
    QCOMPARE(canWithdraw(kop(available), kop(amount)), allowed);
}

void ReferralTest::r20_cardNumberLuhn_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("normalized"); // empty: not a card number shape

    QTest::newRow("visa test card") << QStringLiteral("4111111111111111") << true << QStringLiteral("4111111111111111");
    QTest::newRow("with spaces") << QStringLiteral("4111 1111 1111 1111") << true << QStringLiteral("4111111111111111");
    QTest::newRow("with dashes") << QStringLiteral("4111-1111-1111-1111") << true << QStringLiteral("4111111111111111");
    QTest::newRow("mastercard test card") << QStringLiteral("5500 0000 0000 0004") << true << QStringLiteral("5500000000000004");
    QTest::newRow("wrong check digit") << QStringLiteral("4111111111111112") << false << QStringLiteral("4111111111111112");
    QTest::newRow("12 digits, valid") << QStringLiteral("123456789015") << true << QStringLiteral("123456789015");
    QTest::newRow("19 digits, valid") << QStringLiteral("4000000000000000006") << true << QStringLiteral("4000000000000000006");
    QTest::newRow("11 digits passing Luhn is too short") << QStringLiteral("49927398716") << false << QString();
    QTest::newRow("20 digits passing Luhn is too long") << QStringLiteral("12345678901234567894") << false << QString();
    QTest::newRow("empty") << QString() << false << QString();
    QTest::newRow("letters") << QStringLiteral("4111 1111 1111 111a") << false << QString();
    QTest::newRow("dots") << QStringLiteral("4111.1111.1111.1111") << false << QString();
    QTest::newRow("only separators") << QStringLiteral("---- ----") << false << QString();
}

void ReferralTest::r20_cardNumberLuhn()
{
    QFETCH(QString, number);
    QFETCH(bool, valid);
    QFETCH(QString, normalized);

    QCOMPARE(luhnValid(utf8(number)), valid);
    const std::optional<std::string> digits = normalizeCardNumber(utf8(number));
    QCOMPARE(digits.has_value(), !normalized.isEmpty());
    if (digits)
        QCOMPARE(QString::fromStdString(*digits), normalized);
}

void ReferralTest::r20_cardNumberIsStoredMasked_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("masked"); // empty: refused
    QTest::newRow("spaces") << QStringLiteral("4111 1111 1111 1234") << QStringLiteral("**** **** **** 1234");
    QTest::newRow("dashes") << QStringLiteral("5500-0000-0000-0004") << QStringLiteral("**** **** **** 0004");
    QTest::newRow("19 digits") << QStringLiteral("4000000000000000006") << QStringLiteral("**** **** **** 0006");
    QTest::newRow("three digits") << QStringLiteral("123") << QString();
    QTest::newRow("letters") << QStringLiteral("12a45678") << QString();
}

void ReferralTest::r20_cardNumberIsStoredMasked()
{
    QFETCH(QString, number);
    QFETCH(QString, masked);
    if (masked.isEmpty()) {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, std::ignore = maskCard(utf8(number)));
        return;
    }
    QCOMPARE(QString::fromStdString(maskCard(utf8(number))), masked);
}

QTEST_APPLESS_MAIN(ReferralTest)
#include "tst_referral.moc"
