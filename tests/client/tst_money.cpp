// SPDX-License-Identifier: GPL-3.0-or-later
// Money in the client: int64 minor units formatted for the locale with the currency, and user
// text parsed digit by digit into minor units (SPEC: money is never double; R24: bad input is refused).
#include "Money.h"

#include <QTest>

#include <limits>

namespace {
constexpr qint64 Max = std::numeric_limits<qint64>::max();
constexpr qint64 Min = std::numeric_limits<qint64>::min();
const QString Nbsp = QStringLiteral("\u00A0");
const QString Hryvnia = QStringLiteral("\u20B4");

QString uk(const char *text)
{
    // Test rows are written with plain spaces; Ukrainian and Russian group with a no-break space.
    return QString::fromUtf8(text).replace(QLatin1Char(' '), Nbsp);
}
} // namespace

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void format_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("expected");

        QTest::newRow("uk 1500") << "uk_UA" << qint64(150000) << uk("1 500,00 ₴");
        QTest::newRow("uk zero") << "uk_UA" << qint64(0) << uk("0,00 ₴");
        QTest::newRow("uk one kopeck") << "uk_UA" << qint64(1) << uk("0,01 ₴");
        QTest::newRow("uk minus one kopeck") << "uk_UA" << qint64(-1) << uk("-0,01 ₴");
        QTest::newRow("uk negative") << "uk_UA" << qint64(-1234567) << uk("-12 345,67 ₴");
        QTest::newRow("uk million") << "uk_UA" << qint64(100000000) << uk("1 000 000,00 ₴");
        QTest::newRow("uk int64 max") << "uk_UA" << Max << uk("92 233 720 368 547 758,07 ₴");
        QTest::newRow("uk int64 min") << "uk_UA" << Min << uk("-92 233 720 368 547 758,08 ₴");
        QTest::newRow("ru 1500") << "ru_RU" << qint64(150000) << uk("1 500,00 ₴");
        QTest::newRow("ru negative") << "ru_RU" << qint64(-50) << uk("-0,50 ₴");
        QTest::newRow("en 1500") << "en_US" << qint64(150000) << QString::fromUtf8("₴1,500.00");
        QTest::newRow("en zero") << "en_US" << qint64(0) << QString::fromUtf8("₴0.00");
        QTest::newRow("en one kopeck") << "en_US" << qint64(1) << QString::fromUtf8("₴0.01");
        QTest::newRow("en negative uses a minus, not parentheses") << "en_US" << qint64(-150000)
                                                                   << QString::fromUtf8("-₴1,500.00");
        QTest::newRow("en int64 max") << "en_US" << Max << QString::fromUtf8("₴92,233,720,368,547,758.07");
        QTest::newRow("en int64 min") << "en_US" << Min << QString::fromUtf8("-₴92,233,720,368,547,758.08");
        QTest::newRow("en 999") << "en_US" << qint64(99900) << QString::fromUtf8("₴999.00");
        QTest::newRow("en 1000") << "en_US" << qint64(100000) << QString::fromUtf8("₴1,000.00");
    }

    void format()
    {
        QFETCH(QString, locale);
        QFETCH(qint64, minor);
        QFETCH(QString, expected);
        QCOMPARE(Money::format(minor, QStringLiteral("UAH"), QLocale(locale)), expected);
    }

    void formatNumber_hasNoCurrency()
    {
        QCOMPARE(Money::formatNumber(150050, QLocale(QStringLiteral("uk_UA"))), uk("1 500,50"));
        QCOMPARE(Money::formatNumber(-7, QLocale(QStringLiteral("en_US"))), QStringLiteral("-0.07"));
        QCOMPARE(Money::currencySymbol(QStringLiteral("UAH")), Hryvnia);
        QCOMPARE(Money::currencySymbol(QStringLiteral("EUR")), QStringLiteral("EUR"));
    }

    void parse_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("allowNegative");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("expected");

        const auto ok = [](const char *name, const char *locale, const QString &text, qint64 value,
                           bool negative = false) {
            QTest::newRow(name) << QString::fromLatin1(locale) << text << negative << true << value;
        };
        const auto bad = [](const char *name, const char *locale, const QString &text, bool negative = false) {
            QTest::newRow(name) << QString::fromLatin1(locale) << text << negative << false << qint64(0);
        };
        ok("uk integer", "uk_UA", QStringLiteral("1500"), 150000);
        ok("uk grouped nbsp", "uk_UA", uk("1 500,50"), 150050);
        ok("uk grouped plain space", "uk_UA", QStringLiteral("1 500,50"), 150050);
        ok("uk one decimal", "uk_UA", QStringLiteral("12,5"), 1250);
        ok("uk point as decimal", "uk_UA", QStringLiteral("12.34"), 1234);
        ok("uk one kopeck", "uk_UA", QStringLiteral("0,01"), 1);
        ok("uk zero", "uk_UA", QStringLiteral("0"), 0);
        ok("uk with symbol", "uk_UA", uk("1 500,00 ₴"), 150000);
        ok("uk with hrn", "uk_UA", QString::fromUtf8("250 грн"), 25000);
        ok("uk surrounding spaces", "uk_UA", QStringLiteral("  42  "), 4200);
        ok("ru comma", "ru_RU", QStringLiteral("3,07"), 307);
        ok("en grouped", "en_US", QStringLiteral("1,500.50"), 150050);
        ok("en symbol prefix", "en_US", QString::fromUtf8("₴1,500.00"), 150000);
        ok("en leading point", "en_US", QStringLiteral(".5"), 50);
        ok("en int64 max", "en_US", QStringLiteral("92233720368547758.07"), Max);
        ok("en negative allowed", "en_US", QStringLiteral("-12.30"), -1230, true);
        ok("en int64 min", "en_US", QStringLiteral("-92233720368547758.08"), Min, true);
        ok("uk unicode minus", "uk_UA", QStringLiteral("\u22125"), -500, true);

        bad("empty", "uk_UA", QString());
        bad("spaces only", "uk_UA", QStringLiteral("   "));
        bad("letters", "uk_UA", QStringLiteral("abc"));
        bad("digits then letters", "en_US", QStringLiteral("12abc"));
        bad("exponent", "en_US", QStringLiteral("1e5"));
        bad("three decimals", "en_US", QStringLiteral("1.234"));
        bad("three decimals uk", "uk_UA", QStringLiteral("1,234"));
        bad("two decimal marks", "en_US", QStringLiteral("1.2.3"));
        bad("comma is a group in en, not decimals", "en_US", QStringLiteral("1,5"));
        bad("bad grouping", "uk_UA", QStringLiteral("1 50"));
        bad("group after decimals", "en_US", QStringLiteral("1.00,000"));
        bad("trailing group", "en_US", QStringLiteral("1,"));
        bad("negative refused", "uk_UA", QStringLiteral("-5"));
        bad("double minus", "en_US", QStringLiteral("--5"), true);
        bad("plus sign", "en_US", QStringLiteral("+5"));
        bad("one kopeck over int64 max", "en_US", QStringLiteral("92233720368547758.08"));
        bad("one kopeck under int64 min", "en_US", QStringLiteral("-92233720368547758.09"), true);
        bad("far too large", "en_US", QStringLiteral("99999999999999999999999"));
        bad("arabic-indic digits", "en_US", QStringLiteral("\u0661\u0662"));
        bad("only a point", "en_US", QStringLiteral("."));
    }

    void parse()
    {
        QFETCH(QString, locale);
        QFETCH(QString, text);
        QFETCH(bool, allowNegative);
        QFETCH(bool, valid);
        QFETCH(qint64, expected);
        const Money::ParseResult result = Money::parse(
            text, QLocale(locale), allowNegative ? Money::Sign::AllowNegative : Money::Sign::PositiveOnly);
        QCOMPARE(result.minorUnits.has_value(), valid);
        if (valid) {
            QCOMPARE(*result.minorUnits, expected);
            QVERIFY(result.error.isEmpty());
        } else {
            QVERIFY2(!result.error.isEmpty(), "a refused amount says why");
        }
    }

    void formatThenParse_roundTrips_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<qint64>("minor");
        for (const char *locale : {"uk_UA", "ru_RU", "en_US"}) {
            for (qint64 value : {qint64(0), qint64(1), qint64(99), qint64(100), qint64(123456789), Max, qint64(-1),
                                 qint64(-150000), Min}) {
                QTest::addRow("%s %lld", locale, static_cast<long long>(value)) << QString::fromLatin1(locale) << value;
            }
        }
    }

    void formatThenParse_roundTrips()
    {
        QFETCH(QString, locale);
        QFETCH(qint64, minor);
        const QLocale l(locale);
        for (const QString &text : {Money::format(minor, QStringLiteral("UAH"), l), Money::formatNumber(minor, l)}) {
            const Money::ParseResult result = Money::parse(text, l, Money::Sign::AllowNegative);
            QVERIFY2(result.minorUnits.has_value(), qPrintable(text + QLatin1String(": ") + result.error));
            QCOMPARE(*result.minorUnits, minor);
        }
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
