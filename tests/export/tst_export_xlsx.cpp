// SPDX-License-Identifier: GPL-3.0-or-later
// XLSX statements (R25, R26): the workbook is unzipped and its sheet XML read back cell by cell:
// numeric amount cells exact to the kopeck with "#,##0.00", real date cells, header, totals row.

#include "ExportFileReaders.h"
#include "ExportTestData.h"
#include "XlsxStatementWriter.h"

#include <QDir>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace cabinet::exporting;
using namespace exporttest;

namespace {

// Excel's serial date (days since 1899-12-30) of a UTC instant, from integers.
double excelSerial(const QDateTime& at)
{
    const qint64 seconds = QDateTime(QDate(1899, 12, 30), QTime(0, 0), Qt::UTC).secsTo(at);
    return static_cast<double>(seconds) / 86400.0;
}

} // namespace

class TestExportXlsx : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_file;
    QMap<QString, Cell> m_entries;
    QMap<QString, Cell> m_summary;

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QVERIFY(m_dir.isValid());
        m_file = m_dir.filePath(QStringLiteral("statement.xlsx"));
        XlsxStatementWriter writer(m_file);
        QVERIFY2(writer.begin(sampleMeta()) && writer.write(sampleEntries()) && writer.finish(),
                 qPrintable(writer.errorString()));
        m_entries = readSheet(m_file, 1);
        m_summary = readSheet(m_file, 2);
        QVERIFY(!m_entries.isEmpty());
        QVERIFY(!m_summary.isEmpty());
        // Only the workbook is left in the folder: the partial file was renamed onto it.
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("statement.xlsx")});
    }

    void r25_headerRow()
    {
        const QStringList expected = {QStringLiteral("ID"),      QStringLiteral("Date (UTC)"),
                                      QStringLiteral("Kind"),    QStringLiteral("Category"),
                                      QStringLiteral("Balance"), QStringLiteral("Amount"),
                                      QStringLiteral("Balance after"), QStringLiteral("Description")};
        for (qsizetype column = 0; column < expected.size(); ++column)
            QCOMPARE(m_entries.value(QChar(static_cast<char16_t>(u'A' + column)) + QStringLiteral("1")).value, expected[column]);
    }

    void r26_rowsCarryBalanceCategoryAndExactAmounts_data()
    {
        QTest::addColumn<int>("index");
        for (int index = 0; index < sampleEntries().size(); ++index)
            QTest::addRow("row %d", index + 2) << index;
    }
    void r26_rowsCarryBalanceCategoryAndExactAmounts()
    {
        QFETCH(int, index);
        const StatementEntry entry = sampleEntries()[index];
        const QString row = QString::number(index + 2);
        const auto cell = [&](char column) { return m_entries.value(QChar::fromLatin1(column) + row); };
        QCOMPARE(cell('A').value, QString::number(entry.id));
        QCOMPARE(cell('C').value, entry.kind);
        QCOMPARE(cell('D').value, entry.category);
        QCOMPARE(cell('E').value, entry.balance);
        QCOMPARE(cell('H').value, entry.description);
        // Numeric cells whose text is the exact decimal of the kopecks.
        QCOMPARE(cell('F').type, QString());
        QCOMPARE(cell('F').value, expectedNumberText(entry.amount));
        QCOMPARE(cell('G').value, expectedNumberText(entry.balanceAfter));
        QVERIFY(!cell('F').style.isEmpty());
        // A real date cell: a serial number with a date style.
        QCOMPARE(cell('B').type, QString());
        QCOMPARE(cell('B').value.toDouble(), excelSerial(entry.at));
        QCOMPARE(cell('B').style, m_entries.value(QStringLiteral("B2")).style);
    }

    void r25_numberFormatsAreDeclared()
    {
        const QByteArray styles = unzipMember(m_file, QStringLiteral("xl/styles.xml"));
        QVERIFY(styles.contains("formatCode=\"#,##0.00\""));
        QVERIFY(styles.contains("formatCode=\"yyyy-mm-dd hh:mm:ss\""));
    }

    // The totals row: a SUM formula whose cached value equals the integer total to the kopeck.
    void r25_totalsRowAddsUpToTheKopeck()
    {
        const QString row = QString::number(sampleEntries().size() + 2);
        QCOMPARE(m_entries.value(QStringLiteral("A") + row).value, QStringLiteral("Total"));
        const Cell total = m_entries.value(QStringLiteral("F") + row);
        QCOMPARE(total.formula, QStringLiteral("SUM(F2:F%1)").arg(sampleEntries().size() + 1));
        qint64 sum = 0;
        for (const StatementEntry& entry : sampleEntries())
            sum += entry.amount;
        QCOMPARE(total.value, expectedNumberText(sum));
    }

    void r25_summarySheet()
    {
        QCOMPARE(m_summary.value(QStringLiteral("B1")).value, QStringLiteral("ТОВ «Ромашка»"));
        QCOMPARE(m_summary.value(QStringLiteral("B3")).value.toDouble(), excelSerial(utc(2024, 5, 1, 0, 0, 0)));
        QCOMPARE(m_summary.value(QStringLiteral("B4")).value.toDouble(), excelSerial(utc(2024, 5, 31, 0, 0, 0)));
        // Balance table: opening + movements = closing, per balance.
        QMap<QString, QStringList> rowsByLabel;
        for (auto it = m_summary.cbegin(); it != m_summary.cend(); ++it) {
            if (it.key().startsWith(u'A')) {
                const QString row = it.key().mid(1);
                rowsByLabel[it.value().value] = {m_summary.value(QStringLiteral("B") + row).value,
                                                 m_summary.value(QStringLiteral("C") + row).value,
                                                 m_summary.value(QStringLiteral("D") + row).value};
            }
        }
        for (const StatementBalance& balance : sampleMeta().balances) {
            QCOMPARE(rowsByLabel.value(balance.balance),
                     (QStringList{expectedNumberText(balance.opening),
                                  expectedNumberText(balance.closing - balance.opening),
                                  expectedNumberText(balance.closing)}));
        }
        QCOMPARE(rowsByLabel.value(QStringLiteral("service_subscription")).value(0), QStringLiteral("-200"));
        QCOMPARE(rowsByLabel.value(QStringLiteral("outgoing_call_rented_number")).value(0), QStringLiteral("-15.25"));
        QCOMPARE(rowsByLabel.value(QStringLiteral("number_subscription")).value(0), QStringLiteral("-0.05"));
    }

    // Amounts up to 10^15 kopecks are exact numbers; beyond that they become text, still exact.
    void r25_amountExactness_data()
    {
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("text");
        QTest::newRow("one kopeck") << qint64{1} << QString() << QStringLiteral("0.01");
        QTest::newRow("0.10") << qint64{10} << QString() << QStringLiteral("0.1");
        QTest::newRow("0.29 (not exact in binary)") << qint64{29} << QString() << QStringLiteral("0.29");
        QTest::newRow("largest exact") << qint64{999'999'999'999'999} << QString()
                                       << QStringLiteral("9999999999999.99");
        QTest::newRow("negative largest exact") << qint64{-999'999'999'999'999} << QString()
                                                << QStringLiteral("-9999999999999.99");
        QTest::newRow("beyond: text") << qint64{1'000'000'000'000'001} << QStringLiteral("inlineStr")
                                      << QStringLiteral("10000000000000.01");
    }
    void r25_amountExactness()
    {
        QFETCH(qint64, amount);
        QFETCH(QString, type);
        QFETCH(QString, text);
        StatementEntry entry = sampleEntries().first();
        entry.amount = amount;
        entry.balanceAfter = amount;
        StatementMeta meta = sampleMeta();
        meta.balances.clear();
        const QString out = m_dir.filePath(QStringLiteral("exact.xlsx"));
        XlsxStatementWriter writer(out);
        QVERIFY(writer.begin(meta) && writer.write(entry) && writer.finish());
        const Cell cell = readSheet(out, 1).value(QStringLiteral("F2"));
        QCOMPARE(cell.type, type);
        QCOMPARE(cell.value, text);
    }

    void r25_unwritablePathGivesReadableError()
    {
        const QString target = QStringLiteral("/nonexistent-cabinet-folder/statement.xlsx");
        XlsxStatementWriter writer(target);
        QVERIFY(!writer.begin(sampleMeta()));
        QVERIFY2(writer.errorString().contains(target), qPrintable(writer.errorString()));
    }

private:
    // libxlsxwriter writes numbers with %.16G: 1500.00 → "1500", -15.25 → "-15.25".
    static QString expectedNumberText(qint64 minorUnits)
    {
        const qint64 magnitude = minorUnits < 0 ? -minorUnits : minorUnits;
        QString text = QString::number(magnitude / 100);
        if (magnitude % 100 != 0) {
            text += QStringLiteral(".") + QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
            while (text.endsWith(u'0'))
                text.chop(1);
        }
        return minorUnits < 0 ? QStringLiteral("-") + text : text;
    }
};

QTEST_MAIN(TestExportXlsx)
#include "tst_export_xlsx.moc"
