// SPDX-License-Identifier: GPL-3.0-or-later
// StatementExporter (R25): runs on a worker thread with progress, cancel removes the partial file,
// a statement never carries referral rows or balances outside its filter (R3, R25), source errors
// are reported in words.

#include "ExportTestData.h"
#include "StatementExporter.h"
#include "StatementSource.h"
#include "StatementWriter.h"

#include <QDir>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace cabinet::exporting;
using namespace exporttest;

namespace {

QList<StatementEntry> manyEntries(int count)
{
    QList<StatementEntry> entries;
    qint64 balance = 0;
    for (int index = 0; index < count; ++index) {
        balance -= 100;
        entries.append({index + 1, utc(2024, 5, 1, 0, 0, 0).addSecs(index), QStringLiteral("charge"),
                        QStringLiteral("number_subscription"), QStringLiteral("main"), -100, balance,
                        QStringLiteral("Рядок %1").arg(index)});
    }
    return entries;
}

// Hands out the first page at once, then each further page only when the test opens the gate.
class GatedSource final : public StatementSource
{
public:
    explicit GatedSource(QSemaphore& gate)
        : m_inner(manyEntries(5000))
        , m_gate(gate)
    {
    }
    qint64 totalCount() const override { return m_inner.totalCount(); }
    QString errorString() const override { return {}; }
    bool nextPage(QList<StatementEntry>& page, qsizetype maxRows) override
    {
        if (m_pages++ > 0)
            m_gate.acquire();
        return m_inner.nextPage(page, maxRows);
    }

private:
    VectorStatementSource m_inner;
    QSemaphore& m_gate;
    int m_pages = 0;
};

class FailingSource final : public StatementSource
{
public:
    qint64 totalCount() const override { return -1; }
    QString errorString() const override { return QStringLiteral("the server answered 503"); }
    bool nextPage(QList<StatementEntry>&, qsizetype) override { return false; }
};

struct Outcome {
    bool finished = false;
    bool ok = false;
    QString error;
    QList<QPair<qint64, qint64>> progress;
};

void addFormatRows()
{
    QTest::addColumn<ExportFormat>("format");
    for (ExportFormat format : {ExportFormat::Csv, ExportFormat::Pdf, ExportFormat::Xlsx})
        QTest::newRow(qPrintable(exportFormatSuffix(format))) << format;
}

} // namespace

class TestExportExporter : public QObject
{
    Q_OBJECT

private:
    // Collects the exporter's signals on this (the main) thread, as a UI would.
    void watch(StatementExporter& exporter, Outcome& outcome)
    {
        connect(&exporter, &StatementExporter::progress, this,
                [&outcome](qint64 done, qint64 total) { outcome.progress.append({done, total}); });
        connect(&exporter, &StatementExporter::finished, this, [&outcome](bool ok, const QString& error) {
            outcome.finished = true;
            outcome.ok = ok;
            outcome.error = error;
        });
    }

    static QString target(const QTemporaryDir& dir, ExportFormat format)
    {
        return dir.filePath(QStringLiteral("statement.") + exportFormatSuffix(format));
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void r25_exportsOnWorkerThreadWithProgress_data() { addFormatRows(); }
    void r25_exportsOnWorkerThreadWithProgress()
    {
        QFETCH(ExportFormat, format);
        QTemporaryDir dir;
        const QString out = target(dir, format);
        StatementMeta meta = sampleMeta();
        meta.balances = {{QStringLiteral("main"), 0, -250000}};
        StatementExporter exporter(meta, std::make_unique<VectorStatementSource>(manyEntries(2500)),
                                   makeStatementWriter(format, out));
        exporter.setPageSize(1000);
        Outcome outcome;
        watch(exporter, outcome);
        std::atomic<QThread*> workerThread{nullptr};
        connect(&exporter, &StatementExporter::progress, this,
                [&workerThread] { workerThread.store(QThread::currentThread()); }, Qt::DirectConnection);

        exporter.start();
        QTRY_VERIFY_WITH_TIMEOUT(outcome.finished, 60000);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QVERIFY(outcome.error.isEmpty());
        const QList<QPair<qint64, qint64>> expected = {{1000, 2500}, {2000, 2500}, {2500, 2500}};
        QCOMPARE(outcome.progress, expected);
        QVERIFY(workerThread.load() != nullptr);
        QVERIFY(workerThread.load() != QThread::currentThread());
        QVERIFY(QFileInfo(out).size() > 0);
    }

    void r25_cancelRemovesPartialFile_data() { addFormatRows(); }
    void r25_cancelRemovesPartialFile()
    {
        QFETCH(ExportFormat, format);
        QTemporaryDir dir;
        const QString out = target(dir, format);
        QSemaphore gate;
        StatementExporter exporter(sampleMeta(), std::make_unique<GatedSource>(gate), makeStatementWriter(format, out));
        Outcome outcome;
        watch(exporter, outcome);
        exporter.start();
        QTRY_COMPARE(outcome.progress.size(), 1);  // one page is in the file (or spool) now
        exporter.cancel();
        gate.release(100);
        QTRY_VERIFY_WITH_TIMEOUT(outcome.finished, 60000);
        exporter.wait();
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.error.contains(QStringLiteral("cancelled")), qPrintable(outcome.error));
        QVERIFY(outcome.progress.size() < 5);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    // R3/R25: nothing on the referral balance ever lands in a statement, whoever exports it; a
    // filtered statement refuses rows of the other balances. No file is left either way.
    void r25_statementRefusesRowsItMustNotContain_data()
    {
        QTest::addColumn<ExportFormat>("format");
        QTest::addColumn<BalanceFilter>("filter");
        QTest::addColumn<QString>("balance");
        for (ExportFormat format : {ExportFormat::Csv, ExportFormat::Pdf, ExportFormat::Xlsx}) {
            const QString suffix = exportFormatSuffix(format);
            QTest::addRow("%s referral", qPrintable(suffix)) << format << BalanceFilter::All << QStringLiteral("referral");
            QTest::addRow("%s bonus in a main statement", qPrintable(suffix))
                << format << BalanceFilter::Main << QStringLiteral("bonus");
        }
    }
    void r25_statementRefusesRowsItMustNotContain()
    {
        QFETCH(ExportFormat, format);
        QFETCH(BalanceFilter, filter);
        QFETCH(QString, balance);
        QTemporaryDir dir;
        QList<StatementEntry> entries = manyEntries(10);
        entries[7].balance = balance;
        StatementMeta meta = sampleMeta();
        meta.balanceFilter = filter;
        StatementExporter exporter(meta, std::make_unique<VectorStatementSource>(entries),
                                   makeStatementWriter(format, target(dir, format)));
        QVERIFY(!exporter.run());
        QVERIFY2(exporter.errorString().contains(QStringLiteral("\"%1\"").arg(balance)),
                 qPrintable(exporter.errorString()));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    // Every format writes instants as YYYY-MM-DDTHH:MM:SSZ: a row outside the years 0000-9999 (an
    // answer's "9999-12-31T23:30:00-01:00" is 10000-01-01 UTC) is refused, never written as another
    // date; the first and last writable milliseconds still export. Found by the csv fuzz target (issue 15).
    void statementRefusesInstantsItCannotWrite_data()
    {
        QTest::addColumn<ExportFormat>("format");
        QTest::addColumn<qint64>("atMs");
        QTest::addColumn<bool>("writable");
        for (ExportFormat format : {ExportFormat::Csv, ExportFormat::Pdf, ExportFormat::Xlsx}) {
            const QString suffix = exportFormatSuffix(format);
            QTest::addRow("%s year 10000", qPrintable(suffix)) << format << Q_INT64_C(253402300800000) << false;
            QTest::addRow("%s year -1", qPrintable(suffix)) << format << Q_INT64_C(-62167219200001) << false;
            QTest::addRow("%s last ms of 9999", qPrintable(suffix)) << format << Q_INT64_C(253402300799999) << true;
            QTest::addRow("%s first ms of 0000", qPrintable(suffix)) << format << Q_INT64_C(-62167219200000) << true;
        }
    }
    void statementRefusesInstantsItCannotWrite()
    {
        QFETCH(ExportFormat, format);
        QFETCH(qint64, atMs);
        QFETCH(bool, writable);
        QTemporaryDir dir;
        QList<StatementEntry> entries = manyEntries(3);
        entries[1].at = QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC);
        StatementExporter exporter(sampleMeta(), std::make_unique<VectorStatementSource>(entries),
                                   makeStatementWriter(format, target(dir, format)));
        QCOMPARE(exporter.run(), writable);
        if (writable)
            return;
        QVERIFY2(exporter.errorString().contains(QStringLiteral("0000 to 9999")), qPrintable(exporter.errorString()));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    void r25_sourceFailureIsReported()
    {
        QTemporaryDir dir;
        StatementExporter exporter(sampleMeta(), std::make_unique<FailingSource>(),
                                   makeStatementWriter(ExportFormat::Csv, target(dir, ExportFormat::Csv)));
        Outcome outcome;
        watch(exporter, outcome);
        QVERIFY(!exporter.run());
        QVERIFY(outcome.finished);
        QCOMPARE(outcome.error, QStringLiteral("Cannot read the statement: the server answered 503"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    void exportFileIsOwnerOnlyUnlessAsked_data()
    {
        QTest::addColumn<ExportFormat>("format");
        QTest::addColumn<bool>("readableByOthers");
        for (ExportFormat format : {ExportFormat::Csv, ExportFormat::Pdf, ExportFormat::Xlsx}) {
            for (bool readable : {false, true})
                QTest::addRow("%s, %s", qPrintable(exportFormatSuffix(format)), readable ? "shared" : "default")
                    << format << readable;
        }
    }

    // Issue 11, item 10: a statement is private financial data, 0600 whatever the umask, unless the
    // user asks that others may read it (0644); an existing wider file is narrowed too.
    void exportFileIsOwnerOnlyUnlessAsked()
    {
        QFETCH(ExportFormat, format);
        QFETCH(bool, readableByOthers);
        QTemporaryDir dir;
        const QString out = target(dir, format);
        QFile existing(out);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.close();
        QVERIFY(existing.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                        | QFileDevice::ReadOther | QFileDevice::WriteOther));
        std::unique_ptr<StatementWriter> writer = makeStatementWriter(format, out);
        writer->setReadableByOthers(readableByOthers);
        StatementExporter exporter(sampleMeta(), std::make_unique<VectorStatementSource>(sampleEntries()),
                                   std::move(writer));
        QVERIFY(exporter.run());
        const QFileDevice::Permissions owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
                                               | QFileDevice::WriteUser;
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::ReadOther;
        QCOMPARE(QFileInfo(out).permissions(), readableByOthers ? owner | others : owner);
    }

    void r25_unwritablePathFailsWithoutCrash_data() { addFormatRows(); }
    void r25_unwritablePathFailsWithoutCrash()
    {
        QFETCH(ExportFormat, format);
        const QString out = QStringLiteral("/nonexistent-cabinet-folder/statement.") + exportFormatSuffix(format);
        StatementExporter exporter(sampleMeta(), std::make_unique<VectorStatementSource>(sampleEntries()),
                                   makeStatementWriter(format, out));
        Outcome outcome;
        watch(exporter, outcome);
        exporter.start();
        QTRY_VERIFY_WITH_TIMEOUT(outcome.finished, 60000);
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.error.contains(out), qPrintable(outcome.error));
        QVERIFY(outcome.progress.isEmpty());
    }
};

QTEST_MAIN(TestExportExporter)
#include "tst_export_exporter.moc"
