// SPDX-License-Identifier: GPL-3.0-or-later
// Charge routing: bonus first (R9) only for bonus-eligible categories (R10, R11), then the positive
// part of main, then available credit (R16, R17); a charge not covered in full is refused whole.
#include "LedgerTestSupport.h"

#include "Balance.h"
#include "Category.h"
#include "ChargeRouter.h"

#include <limits>

using namespace ledger;

namespace {
constexpr qint64 kMax = std::numeric_limits<qint64>::max();

// SPEC.md "Categories of charges", copied here as text so the test does not trust the code's table.
struct SpecCategory
{
    const char *name;
    bool bonusMayPay;
};
constexpr SpecCategory kSpecTable[] = {
    {"service_subscription", true},         {"number_subscription", false},
    {"number_connection", false},           {"outgoing_call_rented_number", false},
    {"guaranteed_dial", false},             {"autodial", false},
    {"api_call", false},                    {"answering_machine_detection", false},
    {"sms_notification", false},
};

// What a routing should be: parts per balance (0 = no part) or refused with a shortfall.
struct Expected
{
    qint64 bonus = 0;
    qint64 main = 0;
    qint64 credit = 0;
    qint64 shortfall = 0; // > 0: refused whole
};
} // namespace

class ChargeRouterTest : public QObject
{
    Q_OBJECT

private slots:
    void r10_r11_categoriesOfTheSpecTable_data();
    void r10_r11_categoriesOfTheSpecTable();
    void r24_unknownCategoryStringsAreRejected_data();
    void r24_unknownCategoryStringsAreRejected();
    void r26_balanceNamesRoundTrip();
    void r9_r17_chargeIsRoutedBonusMainCredit_data();
    void r9_r17_chargeIsRoutedBonusMainCredit();
    void r24_nonPositiveChargeIsAPreconditionViolation_data();
    void r24_nonPositiveChargeIsAPreconditionViolation();
};

void ChargeRouterTest::r10_r11_categoriesOfTheSpecTable_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("bonusMayPaySpec");
    for (const SpecCategory &category : kSpecTable)
        QTest::newRow(category.name) << QString::fromLatin1(category.name) << category.bonusMayPay;
}

void ChargeRouterTest::r10_r11_categoriesOfTheSpecTable()
{
    QFETCH(QString, name);
    QFETCH(bool, bonusMayPaySpec);

    const QByteArray utf8 = name.toUtf8();
    const std::optional<Category> category = categoryFromString(std::string_view(utf8.constData()));
    QVERIFY(category.has_value());
    QCOMPARE(qs(toString(*category)), name);
    QCOMPARE(bonusMayPay(*category), bonusMayPaySpec);
    QVERIFY(std::find(allCategories().begin(), allCategories().end(), *category) != allCategories().end());
    QCOMPARE(allCategories().size(), std::size(kSpecTable));
}

void ChargeRouterTest::r24_unknownCategoryStringsAreRejected_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("capitalised") << QStringLiteral("Service_Subscription");
    QTest::newRow("trailing space") << QStringLiteral("service_subscription ");
    QTest::newRow("hyphenated") << QStringLiteral("service-subscription");
    QTest::newRow("prefix") << QStringLiteral("sms");
    QTest::newRow("balance name") << QStringLiteral("bonus");
}

void ChargeRouterTest::r24_unknownCategoryStringsAreRejected()
{
    QFETCH(QString, text);
    const QByteArray utf8 = text.toUtf8();
    QVERIFY(!categoryFromString(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size()))));
}

void ChargeRouterTest::r26_balanceNamesRoundTrip()
{
    QCOMPARE(qs(toString(Balance::Bonus)), QStringLiteral("bonus"));
    QCOMPARE(qs(toString(Balance::Main)), QStringLiteral("main"));
    QCOMPARE(qs(toString(Balance::Credit)), QStringLiteral("credit"));
    for (const Balance balance : {Balance::Bonus, Balance::Main, Balance::Credit})
        QVERIFY(balanceFromString(toString(balance)) == balance);
    QVERIFY(!balanceFromString("Main"));
    QVERIFY(!balanceFromString("referral"));
}

void ChargeRouterTest::r9_r17_chargeIsRoutedBonusMainCredit_data()
{
    QTest::addColumn<QString>("category");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<qint64>("bonus");
    QTest::addColumn<qint64>("main");
    QTest::addColumn<qint64>("credit");
    QTest::addColumn<qint64>("expectBonus");
    QTest::addColumn<qint64>("expectMain");
    QTest::addColumn<qint64>("expectCredit");
    QTest::addColumn<qint64>("expectShortfall");

    struct Scenario
    {
        const char *name;
        qint64 amount, bonus, main, credit;
        Expected whenBonusMayPay;
        Expected whenMainOnly;
    };
    const Scenario scenarios[] = {
        {"bonus exactly covers", 1000, 1000, 2000, 0, {1000, 0, 0, 0}, {0, 1000, 0, 0}},
        {"bonus partly covers", 1000, 300, 2000, 0, {300, 700, 0, 0}, {0, 1000, 0, 0}},
        {"bonus zero", 1000, 0, 2000, 0, {0, 1000, 0, 0}, {0, 1000, 0, 0}},
        {"main zero, credit covers", 1000, 400, 0, 5000, {400, 0, 600, 0}, {0, 0, 1000, 0}},
        {"main in debt contributes nothing", 1000, 0, -500, 1000, {0, 0, 1000, 0}, {0, 0, 1000, 0}},
        {"main in debt, credit one short", 1000, 0, -500, 999, {0, 0, 0, 1}, {0, 0, 0, 1}},
        {"credit covers the rest", 1000, 200, 300, 1000, {200, 300, 500, 0}, {0, 300, 700, 0}},
        {"exact sum of all three", 1000, 200, 300, 500, {200, 300, 500, 0}, {0, 0, 0, 200}},
        {"one kopeck", 1, 1, 1, 1, {1, 0, 0, 0}, {0, 1, 0, 0}},
        {"one kopeck from credit", 1, 0, 0, 1, {0, 0, 1, 0}, {0, 0, 1, 0}},
        {"near INT64_MAX", kMax, kMax - 1, 1, kMax, {kMax - 1, 1, 0, 0}, {0, 1, kMax - 1, 0}},
        {"INT64_MAX, every pot full", kMax, kMax, kMax, kMax, {kMax, 0, 0, 0}, {0, kMax, 0, 0}},
        {"not covered is refused whole", 1000, 300, 300, 300, {0, 0, 0, 100}, {0, 0, 0, 400}},
        {"nothing at all", 500, 0, 0, 0, {0, 0, 0, 500}, {0, 0, 0, 500}},
        {"only bonus, main-only category", 500, 10000, 0, 0, {500, 0, 0, 0}, {0, 0, 0, 500}},
    };
    for (const SpecCategory &category : kSpecTable) {
        for (const Scenario &scenario : scenarios) {
            const Expected &expected = category.bonusMayPay ? scenario.whenBonusMayPay : scenario.whenMainOnly;
            QTest::addRow("%s: %s", category.name, scenario.name)
                << QString::fromLatin1(category.name) << scenario.amount << scenario.bonus << scenario.main
                << scenario.credit << expected.bonus << expected.main << expected.credit << expected.shortfall;
        }
    }
}

void ChargeRouterTest::r9_r17_chargeIsRoutedBonusMainCredit()
{
    QFETCH(QString, category);
    QFETCH(qint64, amount);
    QFETCH(qint64, bonus);
    QFETCH(qint64, main);
    QFETCH(qint64, credit);
    QFETCH(qint64, expectBonus);
    QFETCH(qint64, expectMain);
    QFETCH(qint64, expectCredit);
    QFETCH(qint64, expectShortfall);

    const QByteArray name = category.toLatin1();
    const ChargeRouting routing =
        routeCharge(*categoryFromString(name.constData()), kop(amount), Pots{kop(bonus), kop(main), kop(credit)});

    if (expectShortfall > 0) {
        QVERIFY(!routing.covered);
        QVERIFY(routing.parts.empty()); // refused whole: no partial charge (R17)
        QCOMPARE(routing.shortfall, kop(expectShortfall));
        return;
    }
    QVERIFY(routing.covered);
    QCOMPARE(routing.shortfall, Money());

    std::vector<ChargePart> expectedParts;
    if (expectBonus > 0)
        expectedParts.push_back({Balance::Bonus, kop(expectBonus)});
    if (expectMain > 0)
        expectedParts.push_back({Balance::Main, kop(expectMain)});
    if (expectCredit > 0)
        expectedParts.push_back({Balance::Credit, kop(expectCredit)});
    QCOMPARE(routing.parts.size(), expectedParts.size());
    for (std::size_t i = 0; i < expectedParts.size(); ++i) {
        QCOMPARE(qs(toString(routing.parts[i].balance)), qs(toString(expectedParts[i].balance)));
        QCOMPARE(routing.parts[i].amount, expectedParts[i].amount);
    }
}

void ChargeRouterTest::r24_nonPositiveChargeIsAPreconditionViolation_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::newRow("zero") << qint64(0);
    QTest::newRow("minus one") << qint64(-1);
    QTest::newRow("INT64_MIN") << std::numeric_limits<qint64>::min();
}

void ChargeRouterTest::r24_nonPositiveChargeIsAPreconditionViolation()
{
    QFETCH(qint64, amount);
    const Pots plenty{kop(kMax), kop(kMax), kop(kMax)};
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             std::ignore = routeCharge(Category::ServiceSubscription, kop(amount), plenty));
}

QTEST_APPLESS_MAIN(ChargeRouterTest)
#include "tst_chargerouter.moc"
