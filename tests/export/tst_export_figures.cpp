// SPDX-License-Identifier: GPL-3.0-or-later
// Export figures from integers only: plain and localized money text, UTC calendar fields, totals
// that detect overflow and check opening + movements = closing (R25, R26).

#include "ExportMoney.h"
#include "ExportTestData.h"
#include "StatementTotals.h"
#include "UtcFields.h"

#include <QTest>
#include <QTimeZone>

#include <limits>

using namespace cabinet::exporting;
using namespace exporttest;

class TestExportFigures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void r25_plainDecimal_data()
    {
        QTest::addColumn<qint64>("minorUnits");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64{0} << QStringLiteral("0.00");
        QTest::newRow("one kopeck") << qint64{1} << QStringLiteral("0.01");
        QTest::newRow("minus one kopeck") << qint64{-1} << QStringLiteral("-0.01");
        QTest::newRow("ten kopecks") << qint64{10} << QStringLiteral("0.10");
        QTest::newRow("1500.25") << qint64{150025} << QStringLiteral("1500.25");
        QTest::newRow("-1500.25") << qint64{-150025} << QStringLiteral("-1500.25");
        QTest::newRow("int64 max") << std::numeric_limits<qint64>::max() << QStringLiteral("92233720368547758.07");
        QTest::newRow("int64 min") << std::numeric_limits<qint64>::min() << QStringLiteral("-92233720368547758.08");
    }
    void r25_plainDecimal()
    {
        QFETCH(qint64, minorUnits);
        QFETCH(QString, text);
        QCOMPARE(plainDecimal(minorUnits), text);
    }

    void r25_utcFieldsMatchQDateTime_data()
    {
        QTest::addColumn<QDateTime>("at");
        QTest::newRow("epoch") << utc(1970, 1, 1, 0, 0, 0);
        QTest::newRow("before epoch") << utc(1969, 12, 31, 23, 59, 59);
        QTest::newRow("leap day") << utc(2024, 2, 29, 12, 34, 56);
        QTest::newRow("century leap") << utc(2000, 3, 1, 0, 0, 0);
        QTest::newRow("not leap 2100") << utc(2100, 3, 1, 1, 2, 3);
        QTest::newRow("new year's eve") << utc(2024, 12, 31, 23, 59, 59);
        QTest::newRow("year 9999") << utc(9999, 12, 31, 23, 59, 59);
        QTest::newRow("kyiv local time is converted")
            << QDateTime(QDate(2024, 7, 1), QTime(2, 30), QTimeZone("Europe/Kyiv"));
    }
    void r25_utcFieldsMatchQDateTime()
    {
        QFETCH(QDateTime, at);
        std::array<char, kIsoUtcChars> text{};
        writeIsoUtc(utcFieldsOf(at), text);
        QCOMPARE(QString::fromLatin1(text.data(), kIsoUtcChars), at.toUTC().toString(Qt::ISODate));
    }

    // The streaming formatter reuses a day's date: it must notice every change of day, both ways.
    void r25_isoFormatterFollowsDayChanges()
    {
        IsoUtcFormatter formatter;
        const QDateTime start = utc(2024, 2, 28, 23, 59, 58);
        for (const qint64 offset : {0, 1, 2, 3, 86400, -1, 86400 * 366 + 5, 2}) {
            const QDateTime at = start.addSecs(offset);
            std::array<char, kIsoUtcChars> text{};
            formatter.write(at, text);
            QCOMPARE(QString::fromLatin1(text.data(), kIsoUtcChars), at.toString(Qt::ISODate));
        }
    }

    void r25_totalsAddUpAndReconcile()
    {
        StatementTotals totals;
        for (const StatementEntry& entry : sampleEntries())
            totals.add(entry);
        QCOMPARE(totals.entryCount(), sampleEntries().size());
        QCOMPARE(totals.credited(), 150000 + 150025 + 500000);
        QCOMPARE(totals.debited(), -20000 - 1525 - 5 - 100);
        QCOMPARE(totals.net(), totals.credited() + totals.debited());
        QCOMPARE(totals.perCategory().value(QStringLiteral("service_subscription")), -20000);
        QCOMPARE(totals.perCategory().size(), 3);
        QCOMPARE(totals.perKind().value(QStringLiteral("charge")), -20000 - 1525 - 5);
        QCOMPARE(totals.reconciliationError(sampleMeta()), QString());

        StatementMeta wrong = sampleMeta();
        wrong.balances[0].closing += 1;  // one kopeck off
        QVERIFY(totals.reconciliationError(wrong).contains(QStringLiteral("main")));
    }

    void r25_totalsDetectOverflow()
    {
        StatementTotals totals;
        StatementEntry entry = sampleEntries().first();
        entry.amount = std::numeric_limits<qint64>::max();
        totals.add(entry);
        QVERIFY(!totals.overflowed());
        entry.amount = 1;
        totals.add(entry);
        QVERIFY(totals.overflowed());
        QVERIFY(!totals.reconciliationError(sampleMeta()).isEmpty());
    }
};

QTEST_MAIN(TestExportFigures)
#include "tst_export_figures.moc"
