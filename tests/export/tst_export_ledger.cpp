// SPDX-License-Identifier: GPL-3.0-or-later
// Statements through the client's real path (R25, R26, R3): the real server (--seed demo), the
// history of a period synced into the offline cache, each format written from the cache, and the
// figures compared to the kopeck with the server's own /transactions for that period. Then the
// server is stopped and the same statement comes from the cache alone.
#include "CachedStatement.h"
#include "ClientTestSupport.h"
#include "ExportFileReaders.h"
#include "ExportMoney.h"
#include "Money.h"
#include "OfflineCache.h"
#include "StatementJob.h"

#include <cmath>
#include <limits>

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cabinet::exporting;
using namespace exporttest;

namespace {

// The server's rows of the period for a balance filter, oldest first (the statement's order).
QList<Transaction> serverRows(ApiClient &api, const QString &projectId, const TransactionFilter &filter)
{
    QList<Transaction> rows = serverHistory(api, projectId, filter);
    std::reverse(rows.begin(), rows.end());
    return rows;
}

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n'))
        && !text.contains(QLatin1Char('\r')))
        return text;
    return QLatin1Char('"') + QString(text).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + QLatin1Char('"');
}

QString csvLine(const Transaction &row)
{
    return QStringList{row.id, row.at.toUTC().toString(Qt::ISODate), row.kind, csvField(row.category), row.balance,
                       plainDecimal(row.amount), plainDecimal(row.balanceAfter), csvField(row.description)}
        .join(QLatin1Char(','));
}

struct Figures
{
    qint64 opening = 0;
    qint64 closing = 0;
    qint64 movements = 0;
};

// Opening/closing straight from the server's rows (first and last of that balance).
Figures figuresOf(const QList<Transaction> &rows, const QString &balance)
{
    Figures figures;
    bool first = true;
    for (const Transaction &row : rows) {
        if (row.balance != balance)
            continue;
        if (first)
            figures.opening = row.balanceAfter - row.amount;
        first = false;
        figures.closing = row.balanceAfter;
        figures.movements += row.amount;
    }
    return figures;
}

// An XLSX number cell holds an IEEE double ("9892.879999999999" for 9892.88); what a spreadsheet
// shows with two decimals is that value rounded to the kopeck.
qint64 cellKopecks(const Cell &cell)
{
    bool ok = false;
    const double value = cell.value.toDouble(&ok);
    return ok && cell.type.isEmpty() ? std::llround(value * 100.0) : std::numeric_limits<qint64>::min();
}

QString uk(qint64 minorUnits)
{
    return Money::format(minorUnits, QStringLiteral("UAH"), QLocale(QLocale::Ukrainian, QLocale::Ukraine))
        .replace(QChar(0x00A0), QLatin1Char(' '));
}

} // namespace

class ExportLedgerTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void r25_statementMatchesTheLedger_data();
    void r25_statementMatchesTheLedger();
    void r3_administratorsStatementAndCacheHaveNoReferralData();
    void r25_offlineExportFromTheCacheAfterTheServerStops();

private:
    bool exportStatement(ApiClient *api, OfflineCache &cache, const StatementRequest &request, QString *notice = nullptr);

    std::unique_ptr<ServerProcess> m_server;
    ApiClient m_api;
    QTemporaryDir m_dir;
    QString m_projectId;
    QDate m_from;
    QDate m_to;
    QString m_referralCode;
};

void ExportLedgerTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::Ukrainian, QLocale::Ukraine)); // the PDF's money format
    QVERIFY(m_dir.isValid());
    m_server = Demo::startServer(50);
    QVERIFY(!m_server->baseUrl().isEmpty());
    m_api.setBaseUrl(m_server->baseUrl());
    const auto me = signInApi(m_api, Demo::OwnerEmail, Demo::OwnerPassword);
    QVERIFY(me);
    m_projectId = projectIdByName(*me, Demo::MainProject);
    const auto referral = awaitResult<Referral>(m_api.referral(m_projectId));
    QVERIFY(referral.ok());
    m_referralCode = referral.value->code;
    // A period in the middle of the demo history: entries before it (opening balances) and after.
    const QList<Transaction> all = serverRows(m_api, m_projectId, {});
    QVERIFY(all.size() > 100);
    m_from = all.at(all.size() / 4).at.toLocalTime().date();
    m_to = all.at(all.size() * 3 / 4).at.toLocalTime().date();
    qInfo("period %s .. %s of %lld entries", qPrintable(m_from.toString(Qt::ISODate)),
          qPrintable(m_to.toString(Qt::ISODate)), static_cast<long long>(all.size()));
}

bool ExportLedgerTest::exportStatement(ApiClient *api, OfflineCache &cache, const StatementRequest &request,
                                       QString *notice)
{
    StatementJob job(api, &cache, request);
    QSignalSpy finished(&job, &StatementJob::finished);
    job.start();
    if (!finished.wait(120000))
        return false;
    if (notice)
        *notice = job.notice();
    if (!finished.first().at(0).toBool())
        qWarning("export failed: %s", qPrintable(finished.first().at(1).toString()));
    return finished.first().at(0).toBool();
}

void ExportLedgerTest::r25_statementMatchesTheLedger_data()
{
    QTest::addColumn<ExportFormat>("format");
    QTest::addColumn<BalanceFilter>("balance");
    QTest::addColumn<bool>("bom");
    QTest::newRow("csv all") << ExportFormat::Csv << BalanceFilter::All << false;
    QTest::newRow("csv main with BOM") << ExportFormat::Csv << BalanceFilter::Main << true;
    QTest::newRow("csv bonus") << ExportFormat::Csv << BalanceFilter::Bonus << false;
    QTest::newRow("pdf all") << ExportFormat::Pdf << BalanceFilter::All << false;
    QTest::newRow("pdf main") << ExportFormat::Pdf << BalanceFilter::Main << false;
    QTest::newRow("xlsx all") << ExportFormat::Xlsx << BalanceFilter::All << false;
    QTest::newRow("xlsx credit") << ExportFormat::Xlsx << BalanceFilter::Credit << false;
}

void ExportLedgerTest::r25_statementMatchesTheLedger()
{
    QFETCH(ExportFormat, format);
    QFETCH(BalanceFilter, balance);
    QFETCH(bool, bom);
    OfflineCache cache(m_dir.filePath(QStringLiteral("owner.sqlite")));
    QVERIFY(cache.open(Role::Owner) != OfflineCache::OpenResult::Failed);
    const QString file = m_dir.filePath(QStringLiteral("statement-%1.%2")
                                            .arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')),
                                                 exportFormatSuffix(format)));
    StatementRequest request{m_projectId, Demo::MainProject, QStringLiteral("UAH"), m_from, m_to, balance, format, file, bom};
    QVERIFY(exportStatement(&m_api, cache, request));

    TransactionFilter filter{m_from, m_to, balance == BalanceFilter::All ? QString() : balanceFilterName(balance), {}};
    const QList<Transaction> expected = serverRows(m_api, m_projectId, filter);
    // The demo project's period has main-balance rows; bonus and credit may have none there.
    QVERIFY(!expected.isEmpty() || (balance != BalanceFilter::All && balance != BalanceFilter::Main));

    if (format == ExportFormat::Csv) {
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QByteArray bytes = csv.readAll();
        QCOMPARE(bytes.startsWith("\xEF\xBB\xBF"), bom);
        if (bom)
            bytes.remove(0, 3);
        QStringList lines = QString::fromUtf8(bytes).split(QStringLiteral("\r\n"));
        QCOMPARE(lines.takeLast(), QString());
        QCOMPARE(lines.takeFirst(), QStringLiteral("id,at,kind,category,balance,amount,balance_after,description"));
        QStringList expectedLines;
        for (const Transaction &row : expected)
            expectedLines.append(csvLine(row));
        QCOMPARE(lines, expectedLines); // every row, in order, to the kopeck
    } else if (format == ExportFormat::Pdf) {
        const QString text = pdfText(file);
        QVERIFY2(!text.isEmpty(), "pdftotext found no text");
        for (const QString &name : balancesShown(balance)) {
            const Figures figures = figuresOf(expected, name);
            const QRegularExpression line(QStringLiteral("^\\s*%1\\s+%2\\s+%3\\s+%4\\s*$")
                                              .arg(name, QRegularExpression::escape(uk(figures.opening)),
                                                   QRegularExpression::escape(uk(figures.movements)),
                                                   QRegularExpression::escape(uk(figures.closing))),
                                          QRegularExpression::MultilineOption);
            QVERIFY2(line.match(text).hasMatch(), qPrintable(name + QLatin1Char('\n') + text.left(3000)));
        }
        QVERIFY(!text.contains(QStringLiteral("do not add up")));
    } else {
        const QMap<QString, Cell> cells = readSheet(file, 1);
        QCOMPARE(cells.value(QStringLiteral("F1")).value, QStringLiteral("Amount"));
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const QString row = QString::number(i + 2);
            QCOMPARE(cells.value(QStringLiteral("A") + row).value, expected.at(i).id);
            QCOMPARE(cellKopecks(cells.value(QStringLiteral("F") + row)), expected.at(i).amount);
            QCOMPARE(cellKopecks(cells.value(QStringLiteral("G") + row)), expected.at(i).balanceAfter);
        }
        // No row beyond the server's: the id column holds exactly as many numbers as it has rows.
        const auto idRows = std::count_if(cells.keyValueBegin(), cells.keyValueEnd(), [](const auto &cell) {
            return cell.first.startsWith(QLatin1Char('A')) && cell.first != u"A1" && cell.second.type.isEmpty();
        });
        QCOMPARE(idRows, expected.size());
    }
}

void ExportLedgerTest::r3_administratorsStatementAndCacheHaveNoReferralData()
{
    ApiClient admin;
    admin.setBaseUrl(m_server->baseUrl());
    const auto me = signInApi(admin, Demo::AdminEmail, Demo::AdminPassword);
    QVERIFY(me);
    const QString cacheFile = m_dir.filePath(QStringLiteral("admin.sqlite"));
    OfflineCache cache(cacheFile);
    QVERIFY(cache.open(Role::Administrator) != OfflineCache::OpenResult::Failed);
    for (ExportFormat format : {ExportFormat::Csv, ExportFormat::Xlsx, ExportFormat::Pdf}) {
        const QString file = m_dir.filePath(QStringLiteral("admin.") + exportFormatSuffix(format));
        QVERIFY(exportStatement(&admin, cache, {m_projectId, Demo::MainProject, QStringLiteral("UAH"), m_from.addYears(-5),
                                                m_to.addYears(5), BalanceFilter::All, format, file, false}));
        QByteArray content = format == ExportFormat::Pdf ? pdfText(file).toUtf8()
                             : format == ExportFormat::Xlsx
                                 ? unzipMember(file, QStringLiteral("xl/worksheets/sheet1.xml"))
                                       + unzipMember(file, QStringLiteral("xl/worksheets/sheet2.xml"))
                                 : [&] { QFile f(file); f.open(QIODevice::ReadOnly); return f.readAll(); }();
        QVERIFY(content.size() > 1000);
        QVERIFY2(!content.contains(m_referralCode.toUtf8()), qPrintable(exportFormatSuffix(format)));
        QVERIFY(!content.contains("referral\","));
    }
    QFile raw(cacheFile);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    QVERIFY(!raw.readAll().contains(m_referralCode.toUtf8()));
}

void ExportLedgerTest::r25_offlineExportFromTheCacheAfterTheServerStops()
{
    OfflineCache cache(m_dir.filePath(QStringLiteral("owner.sqlite")));
    QVERIFY(cache.open(Role::Owner) != OfflineCache::OpenResult::Failed);
    const QList<Transaction> expected = serverRows(m_api, m_projectId, {m_from, m_to, {}, {}});
    const QString online = m_dir.filePath(QStringLiteral("online.csv"));
    QVERIFY(exportStatement(&m_api, cache, {m_projectId, Demo::MainProject, QStringLiteral("UAH"), m_from, m_to,
                                            BalanceFilter::All, ExportFormat::Csv, online, false}));
    m_server->stop();

    const QString offline = m_dir.filePath(QStringLiteral("offline.csv"));
    QString notice;
    QVERIFY(exportStatement(&m_api, cache, {m_projectId, Demo::MainProject, QStringLiteral("UAH"), m_from, m_to,
                                            BalanceFilter::All, ExportFormat::Csv, offline, false}, &notice));
    // The period was synced completely before: the cache answers alone, nothing to warn about.
    QVERIFY2(notice.isEmpty(), qPrintable(notice));
    QFile a(online), b(offline);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    const QByteArray onlineBytes = a.readAll();
    QCOMPARE(b.readAll(), onlineBytes);
    QCOMPARE(onlineBytes.count("\r\n"), expected.size() + 1);

    // A period the cache never synced: exported all the same, with a warning that it may be incomplete.
    const QString older = m_dir.filePath(QStringLiteral("older.csv"));
    QVERIFY(exportStatement(&m_api, cache, {m_projectId, Demo::MainProject, QStringLiteral("UAH"), m_from.addYears(-3),
                                            m_from.addYears(-2), BalanceFilter::All, ExportFormat::Csv, older, false}, &notice));
    QVERIFY2(notice.contains(QStringLiteral("cannot be reached")), qPrintable(notice));
    QVERIFY2(notice.contains(QStringLiteral("may")), qPrintable(notice));
}

QTEST_MAIN(ExportLedgerTest)
#include "tst_export_ledger.moc"
