// SPDX-License-Identifier: GPL-3.0-or-later
// PDF statements (R25, R26), read back with pdftotext (poppler-utils): Cyrillic text renders, the
// period, opening/closing balances, per-category totals and "Page N of M" are there, figures add up.

#include "ExportMoney.h"
#include "Money.h"
#include "ExportFileReaders.h"
#include "ExportTestData.h"
#include "PdfStatementWriter.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace cabinet::exporting;
using namespace exporttest;

namespace {

const QLocale& ukrainian()
{
    static const QLocale locale(QLocale::Ukrainian, QLocale::Ukraine);
    return locale;
}

// The amount as the PDF shows it in uk, with plain spaces as pdfText() leaves them.
QString uk(qint64 minorUnits)
{
    return Money::format(minorUnits, QStringLiteral("UAH"), ukrainian()).replace(QChar(0x00A0), QLatin1Char(' '));
}

} // namespace

class TestExportPdf : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_text;
    QString m_file;

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QVERIFY(m_dir.isValid());
        m_file = m_dir.filePath(QStringLiteral("statement.pdf"));
        PdfStatementWriter writer(m_file, ukrainian());
        QVERIFY2(writer.begin(sampleMeta()) && writer.write(sampleEntries()) && writer.finish(),
                 qPrintable(writer.errorString()));
        m_text = pdfText(m_file);
        QVERIFY2(!m_text.isEmpty(), "pdftotext found no text (is poppler-utils installed?)");
    }

    void r25_cyrillicProjectNameAndPeriod()
    {
        QVERIFY2(m_text.contains(QStringLiteral("ТОВ «Ромашка»")), qPrintable(m_text));
        QVERIFY(m_text.contains(QStringLiteral("2024-05-01 – 2024-05-31")));
        QVERIFY(m_text.contains(QStringLiteral("Оплата рахунку №17")));
    }

    void r25_localizedMoneyFormat()
    {
        QCOMPARE(uk(150025), QStringLiteral("1 500,25 ₴"));
        QCOMPARE(uk(-1525), QStringLiteral("-15,25 ₴"));
        QVERIFY(m_text.contains(QStringLiteral("1 500,25 ₴")));
    }

    // Opening, movements (the sum of that balance's rows) and closing, per balance, on one line.
    void r25_openingMovementsClosingAddUp_data()
    {
        QTest::addColumn<QString>("balance");
        QTest::addColumn<qint64>("opening");
        QTest::addColumn<qint64>("closing");
        for (const StatementBalance& balance : sampleMeta().balances)
            QTest::newRow(qPrintable(balance.balance)) << balance.balance << balance.opening << balance.closing;
    }
    void r25_openingMovementsClosingAddUp()
    {
        QFETCH(QString, balance);
        QFETCH(qint64, opening);
        QFETCH(qint64, closing);
        qint64 rowsSum = 0;
        for (const StatementEntry& entry : sampleEntries()) {
            if (entry.balance == balance)
                rowsSum += entry.amount;
        }
        QCOMPARE(rowsSum, closing - opening);
        const QRegularExpression line(QStringLiteral("^\\s*%1\\s+%2\\s+%3\\s+%4\\s*$")
                                          .arg(balance, QRegularExpression::escape(uk(opening)),
                                               QRegularExpression::escape(uk(rowsSum)),
                                               QRegularExpression::escape(uk(closing))),
                                      QRegularExpression::MultilineOption);
        QVERIFY2(line.match(m_text).hasMatch(), qPrintable(m_text));
        QVERIFY(!m_text.contains(QStringLiteral("do not add up")));
    }

    void r26_totalsPerCategory_data()
    {
        QTest::addColumn<QString>("category");
        QTest::addColumn<qint64>("total");
        QTest::newRow("service_subscription") << QStringLiteral("service_subscription") << qint64{-20000};
        QTest::newRow("outgoing_call_rented_number") << QStringLiteral("outgoing_call_rented_number") << qint64{-1525};
        QTest::newRow("number_subscription") << QStringLiteral("number_subscription") << qint64{-5};
    }
    void r26_totalsPerCategory()
    {
        QFETCH(QString, category);
        QFETCH(qint64, total);
        const QRegularExpression line(
            QStringLiteral("^\\s*%1\\s+%2\\s*$").arg(category, QRegularExpression::escape(uk(total))),
            QRegularExpression::MultilineOption);
        QVERIFY2(line.match(m_text).hasMatch(), qPrintable(m_text));
    }

    void r25_pageNumbers()
    {
        QCOMPARE(pdfPageCount(m_file), 2);
        QVERIFY(m_text.contains(QStringLiteral("Page 1 of 2")));
        QVERIFY(m_text.contains(QStringLiteral("Page 2 of 2")));
    }

    // A long statement: every page says "Page N of M" with M the real page count, every row is there.
    void r25_longStatementPagesAndRows()
    {
        QList<StatementEntry> entries;
        qint64 balance = 0;
        for (int index = 0; index < 500; ++index) {
            balance -= 100 + index;
            entries.append({index + 1000, utc(2024, 5, 1, 0, 0, 0).addSecs(index * 60), QStringLiteral("charge"),
                            QStringLiteral("number_subscription"), QStringLiteral("main"), -(100 + index), balance,
                            QStringLiteral("Дзвінок %1").arg(index)});
        }
        StatementMeta meta = sampleMeta();
        meta.balanceFilter = BalanceFilter::Main;
        meta.balances = {{QStringLiteral("main"), 0, balance}};
        const QString out = m_dir.filePath(QStringLiteral("long.pdf"));
        PdfStatementWriter writer(out, QLocale::c());
        QVERIFY(writer.begin(meta));
        for (qsizetype start = 0; start < entries.size(); start += 100)
            QVERIFY(writer.write(std::span(entries).subspan(static_cast<size_t>(start), 100)));
        QVERIFY2(writer.finish(), qPrintable(writer.errorString()));

        const int pages = pdfPageCount(out);
        QVERIFY(pages > 2);
        const QString text = pdfText(out);
        for (int page = 1; page <= pages; ++page)
            QVERIFY2(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)), qPrintable(QString::number(page)));
        for (int index = 0; index < entries.size(); ++index)
            QVERIFY2(text.contains(QStringLiteral("Дзвінок %1\n").arg(index)), qPrintable(QString::number(index)));
    }

    void r25_emptyPeriodStillMakesAStatement()
    {
        StatementMeta meta = sampleMeta();
        meta.balances = {{QStringLiteral("main"), 12345, 12345}};
        const QString out = m_dir.filePath(QStringLiteral("empty.pdf"));
        PdfStatementWriter writer(out, ukrainian());
        QVERIFY(writer.begin(meta) && writer.finish());
        const QString text = pdfText(out);
        QVERIFY(text.contains(QStringLiteral("No entries in this period.")));
        QVERIFY(text.contains(QStringLiteral("Page 2 of 2")));
    }

    void r25_unwritablePathGivesReadableError()
    {
        const QString target = QStringLiteral("/nonexistent-cabinet-folder/statement.pdf");
        PdfStatementWriter writer(target);
        QVERIFY(!writer.begin(sampleMeta()));
        QVERIFY2(writer.errorString().contains(target), qPrintable(writer.errorString()));
    }
};

QTEST_MAIN(TestExportPdf)
#include "tst_export_pdf.moc"
