// SPDX-License-Identifier: GPL-3.0-or-later
// CSV statements (R25, R26): golden files with and without BOM, RFC 4180 quoting, streaming past the
// buffer, and readable errors with nothing left behind.

#include "CsvStatementWriter.h"
#include "ExportTestData.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace cabinet::exporting;
using namespace exporttest;

class TestExportCsv : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    // Writes one statement; fails the test when the writer reports an error.
    static bool writeStatement(CsvStatementWriter& writer, const QList<StatementEntry>& entries)
    {
        return writer.begin(sampleMeta()) && writer.write(entries) && writer.finish();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QVERIFY(m_dir.isValid());
    }

    void r25_csvMatchesGoldenFile_data()
    {
        QTest::addColumn<bool>("byteOrderMark");
        QTest::addColumn<QString>("golden");
        QTest::newRow("plain") << false << QStringLiteral("statement.csv");
        QTest::newRow("bom") << true << QStringLiteral("statement-bom.csv");
    }
    void r25_csvMatchesGoldenFile()
    {
        QFETCH(bool, byteOrderMark);
        QFETCH(QString, golden);
        const QString out = path(golden);
        CsvStatementWriter writer(out, {byteOrderMark});
        QVERIFY2(writeStatement(writer, sampleEntries()), qPrintable(writer.errorString()));
        const QByteArray expected = readAll(QStringLiteral(EXPORT_GOLDEN_DIR "/") + golden);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(readAll(out), expected);
    }

    // R26: every row names its balance and category; the file reads back to exactly what was written.
    void r26_csvRoundTripsEveryField()
    {
        const QString out = path(QStringLiteral("roundtrip.csv"));
        CsvStatementWriter writer(out);
        QVERIFY(writeStatement(writer, sampleEntries()));
        const auto records = parseCsv(readAll(out));
        QVERIFY(records.has_value());
        QCOMPARE(records->size(), sampleEntries().size() + 1);
        for (qsizetype row = 0; row < sampleEntries().size(); ++row) {
            const StatementEntry& entry = sampleEntries()[row];
            const QStringList& fields = records->at(row + 1);
            QCOMPARE(fields.size(), 8);
            QCOMPARE(fields[0], QString::number(entry.id));
            QCOMPARE(QDateTime::fromString(fields[1], Qt::ISODate), entry.at);
            QCOMPARE(fields[3], entry.category);
            QCOMPARE(fields[4], entry.balance);
            QCOMPARE(fields[7], entry.description);
        }
    }

    void r25_rfc4180Quoting_data()
    {
        QTest::addColumn<QString>("description");
        QTest::addColumn<QByteArray>("expectedField");
        QTest::newRow("plain") << QStringLiteral("plain text") << QByteArray("plain text");
        QTest::newRow("empty") << QString() << QByteArray();
        QTest::newRow("comma") << QStringLiteral("a,b") << QByteArray("\"a,b\"");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QByteArray("\"say \"\"hi\"\"\"");
        QTest::newRow("only a quote") << QStringLiteral("\"") << QByteArray("\"\"\"\"");
        QTest::newRow("LF") << QStringLiteral("a\nb") << QByteArray("\"a\nb\"");
        QTest::newRow("bare CR") << QStringLiteral("a\rb") << QByteArray("\"a\rb\"");
        QTest::newRow("CRLF") << QStringLiteral("a\r\nb") << QByteArray("\"a\r\nb\"");
        QTest::newRow("semicolon") << QStringLiteral("a;b") << QByteArray("a;b");
        QTest::newRow("spaces kept") << QStringLiteral(" padded ") << QByteArray(" padded ");
        QTest::newRow("cyrillic") << QStringLiteral("Київ") << QStringLiteral("Київ").toUtf8();
        QTest::newRow("cyrillic, comma") << QStringLiteral("Київ, Україна")
                                         << (QStringLiteral("\"Київ, Україна\"")).toUtf8();
        QTest::newRow("lone surrogate becomes U+FFFD") << QString(QChar(0xD800)) << QByteArray("\xEF\xBF\xBD");
        QTest::newRow("emoji and quote") << QStringLiteral("\U0001F4DE \"1\"")
                                         << QStringLiteral("\"\U0001F4DE \"\"1\"\"\"").toUtf8();
    }
    void r25_rfc4180Quoting()
    {
        QFETCH(QString, description);
        QFETCH(QByteArray, expectedField);
        const QString out = path(QStringLiteral("quoting.csv"));
        StatementEntry entry = sampleEntries().first();
        entry.description = description;
        CsvStatementWriter writer(out);
        QVERIFY(writeStatement(writer, {entry}));
        const QByteArray bytes = readAll(out);
        const QByteArray prefix = "1,2024-05-01T08:00:00Z,topup,,main,1500.00,1500.00,";
        const qsizetype rowStart = bytes.indexOf("\r\n") + 2;
        QCOMPARE(bytes.mid(rowStart, prefix.size()), prefix);
        QCOMPARE(bytes.mid(rowStart + prefix.size()), expectedField + "\r\n");
        const auto records = parseCsv(bytes);
        QVERIFY(records.has_value());
        // Read back unchanged, except a lone surrogate, which UTF-8 cannot carry: it becomes U+FFFD.
        const QString readable = description.size() == 1 && description[0].isSurrogate() ? QString(QChar(0xFFFD))
                                                                                          : description;
        QCOMPARE(records->at(1).at(7), readable);
    }

    // Issue 11, item 11: text that a spreadsheet would run as a formula gets a leading apostrophe
    // (OWASP); the amount columns stay numbers, a negative one included.
    void csvInjection_formulaTextIsNeutralised_data()
    {
        QTest::addColumn<QString>("description");
        QTest::addColumn<QByteArray>("expectedField");
        QTest::newRow("=") << QStringLiteral("=HYPERLINK(\"http://x\")") << QByteArray("\"'=HYPERLINK(\"\"http://x\"\")\"");
        QTest::newRow("+") << QStringLiteral("+380441234567") << QByteArray("'+380441234567");
        QTest::newRow("-") << QStringLiteral("-2+3") << QByteArray("'-2+3");
        QTest::newRow("@") << QStringLiteral("@SUM(A1:A9)") << QByteArray("'@SUM(A1:A9)");
        QTest::newRow("tab") << QStringLiteral("\t=1+1") << QByteArray("'\t=1+1");
        QTest::newRow("CR") << QStringLiteral("\r=1+1") << QByteArray("\"'\r=1+1\"");
        QTest::newRow("=, comma (quoted around the apostrophe)") << QStringLiteral("=1,2") << QByteArray("\"'=1,2\"");
        QTest::newRow("= inside is plain text") << QStringLiteral("a=b") << QByteArray("a=b");
        QTest::newRow("leading space") << QStringLiteral(" =1") << QByteArray(" =1");
    }
    void csvInjection_formulaTextIsNeutralised()
    {
        QFETCH(QString, description);
        QFETCH(QByteArray, expectedField);
        const QString out = path(QStringLiteral("injection.csv"));
        StatementEntry entry = sampleEntries().first();
        entry.amount = -12345;
        entry.balanceAfter = -12345;
        entry.description = description;
        entry.category = QStringLiteral("=cmd|' /C calc'!A0"); // names from the server are text cells too
        CsvStatementWriter writer(out);
        QVERIFY(writeStatement(writer, {entry}));
        const QByteArray bytes = readAll(out);
        const QByteArray row = bytes.mid(bytes.indexOf("\r\n") + 2);
        QCOMPARE(row, "1,2024-05-01T08:00:00Z,topup,'=cmd|' /C calc'!A0,main,-123.45,-123.45," + expectedField + "\r\n");
    }

    // Kinds, categories and balances are encoded once per distinct name and then copied: names
    // that need quotes, names that repeat, and more distinct names than the writer remembers all
    // read back exactly, row by row.
    void r26_repeatedAndManyNamesReadBack()
    {
        QList<StatementEntry> entries;
        for (int index = 0; index < 200; ++index) {
            const QString kind = index % 3 ? QStringLiteral("charge") : QStringLiteral("a,b");
            const QString category = index % 2 ? QStringLiteral("calls, \"night\" rate")
                                               : QStringLiteral("Дзвінки %1").arg(index % 50);
            entries.append({index + 1, utc(2024, 5, 1, 0, 0, 0).addSecs(index), kind, category, QStringLiteral("main"), -1,
                            -(index + 1), QString()});
        }
        const QString out = path(QStringLiteral("names.csv"));
        CsvStatementWriter writer(out);
        QVERIFY(writer.begin(sampleMeta()));
        QVERIFY(writer.write(entries));
        QVERIFY(writer.finish());
        const auto records = parseCsv(readAll(out));
        QVERIFY(records.has_value());
        QCOMPARE(records->size(), entries.size() + 1);
        for (qsizetype row = 0; row < entries.size(); ++row) {
            QCOMPARE(records->at(row + 1).at(2), entries[row].kind);
            QCOMPARE(records->at(row + 1).at(3), entries[row].category);
            QCOMPARE(records->at(row + 1).at(4), entries[row].balance);
        }
    }

    // Many rows and one description larger than the 1 MiB buffer: every row arrives intact, in order.
    void r25_streamsPastTheBuffer()
    {
        QList<StatementEntry> entries;
        qint64 balance = 0;
        for (int index = 0; index < 30000; ++index) {
            const qint64 amount = (index % 7 == 0) ? 123456 : -(index % 1000) - 1;
            balance += amount;
            entries.append({index + 1, utc(2024, 5, 1, 0, 0, 0).addSecs(index), QStringLiteral("charge"),
                            QStringLiteral("number_subscription"), QStringLiteral("main"), amount, balance,
                            QStringLiteral("Рядок %1, \"тест\"").arg(index)});
        }
        entries[15000].description = QString(1'500'000, QLatin1Char('x')) + QStringLiteral(",end");
        const QString out = path(QStringLiteral("big.csv"));
        CsvStatementWriter writer(out);
        QVERIFY(writer.begin(sampleMeta()));
        for (qsizetype start = 0; start < entries.size(); start += 1000)
            QVERIFY(writer.write(std::span(entries).subspan(static_cast<size_t>(start), 1000)));
        QVERIFY(writer.finish());
        const auto records = parseCsv(readAll(out));
        QVERIFY(records.has_value());
        QCOMPARE(records->size(), entries.size() + 1);
        for (qsizetype row = 0; row < entries.size(); ++row) {
            QCOMPARE(records->at(row + 1).at(0), QString::number(entries[row].id));
            QCOMPARE(records->at(row + 1).at(7), entries[row].description);
        }
        QCOMPARE(writer.totals().net(), balance);
    }

    void r25_unwritablePathGivesReadableError_data()
    {
        QTest::addColumn<QString>("target");
        QTest::newRow("missing folder") << QStringLiteral("/nonexistent-cabinet-folder/statement.csv");
        QTest::newRow("target is a folder") << QDir::tempPath();
    }
    void r25_unwritablePathGivesReadableError()
    {
        QFETCH(QString, target);
        CsvStatementWriter writer(target);
        QVERIFY(!writer.begin(sampleMeta()));
        QVERIFY2(writer.errorString().contains(QDir::toNativeSeparators(target)), qPrintable(writer.errorString()));
        QVERIFY(!writer.write(sampleEntries()));
        QVERIFY(!writer.finish());
    }

    // A write failure in the middle (here the file-size limit, as a full disk would) is reported in
    // words, leaves no partial file and keeps the file that was at the target before.
    void r25_writeFailureMidwayLeavesNothingBehind()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("statement.csv"));
        {
            QFile previous(out);
            QVERIFY(previous.open(QIODevice::WriteOnly));
            previous.write("previous export\n");
        }
        std::signal(SIGXFSZ, SIG_IGN);
        rlimit original{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &original), 0);
        rlimit small = original;
        small.rlim_cur = 256 * 1024;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);

        QList<StatementEntry> entries;
        for (int index = 0; index < 20000; ++index) {
            StatementEntry entry = sampleEntries()[1];
            entry.id = index;
            entries.append(entry);
        }
        CsvStatementWriter writer(out);
        const bool ok = writer.begin(sampleMeta()) && writer.write(entries) && writer.finish();
        setrlimit(RLIMIT_FSIZE, &original);

        QVERIFY(!ok);
        QVERIFY2(writer.errorString().contains(QStringLiteral("File too large")), qPrintable(writer.errorString()));
        QCOMPARE(readAll(out), QByteArray("previous export\n"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("statement.csv")});
    }

    void r25_notFinishedMeansNoFile()
    {
        const QString out = path(QStringLiteral("abandoned.csv"));
        {
            CsvStatementWriter writer(out);
            QVERIFY(writer.begin(sampleMeta()));
            QVERIFY(writer.write(sampleEntries()));
        }
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_MAIN(TestExportCsv)
#include "tst_export_csv.moc"
