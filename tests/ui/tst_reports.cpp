// SPDX-License-Identifier: GPL-3.0-or-later
// The Reports screen and `cabinet export` (R25, R3, R4) against the real server: who gets the
// entry, an export through the widgets while the window stays live, Cancel leaves no file, and the
// command line's exit codes and messages, including an export from the cache with the server stopped.
#include "ApiClient.h"
#include "CacheLocation.h"
#include "ClientTestSupport.h"
#include "BalanceCards.h"
#include "BalancePage.h"
#include "ConnectivityMonitor.h"
#include "MainWindow.h"
#include "OfflineBanner.h"
#include "OfflineController.h"
#include "OfflineCache.h"
#include "ProjectChooserPage.h"
#include "ReportsPage.h"
#include "StatusPanel.h"
#include "SecretStore.h"
#include "Session.h"
#include "SignInPage.h"
#include "StatementJob.h"
#include "Theme.h"
#include "UiTestSupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>

namespace {

using UiTest::App;

struct CliResult
{
    int exitCode = -1;
    QString standardError;
};

// With CABINET_SCREENSHOT_DIR set, the window is saved as NAME.png there (docs/screenshots).
void saveScreenshot(QWidget *window, const QString &name)
{
    const QString folder = qEnvironmentVariable("CABINET_SCREENSHOT_DIR");
    if (folder.isEmpty())
        return;
    // The look of the real program (main.cpp): Fusion and the cabinet's style sheet.
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    qApp->setStyleSheet(Theme::styleSheet(QApplication::palette()));
    if (auto *main = qobject_cast<MainWindow *>(window))
        main->setKeyringNoticeEnabled(false);
    QTest::qWait(50);
    window->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png"));
}

qsizetype csvRows(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    return file.readAll().count("\r\n") - 1; // minus the header
}

} // namespace

class ReportsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void r25_reportsEntryForFinanceRolesOnly_data();
    void r25_reportsEntryForFinanceRolesOnly();
    void r25_exportThroughTheScreenMatchesTheServer();
    void r25_cancelLeavesNoFile();
    void r25_commandLineRefusesBadInput_data();
    void r25_commandLineRefusesBadInput();
    void r25_commandLineExportsFromTheCacheWhenTheServerIsGone();
    void r25_offlineBannerCachedFiguresAndClearOnSignOut();

private:
    void signIn(App &app, const QString &email, const QString &password, const QString &projectName);
    CliResult runCli(const QStringList &arguments);

    QTemporaryDir m_home;
    std::unique_ptr<ServerProcess> m_server;
};

void ReportsTest::initTestCase()
{
    // The test's and the command line's settings, cache and documents live in one temporary home.
    QVERIFY(m_home.isValid());
    UiTest::useTemporaryHome(m_home);
    m_server = Demo::startServer(3000);
    QVERIFY2(m_server->baseUrl().isValid(), qPrintable(m_server->errorString()));
}

void ReportsTest::signIn(App &app, const QString &email, const QString &password, const QString &projectName)
{
    UiTest::signIn(app, m_server->baseUrl(), email, password, projectName);
}

void ReportsTest::r25_reportsEntryForFinanceRolesOnly_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("hasReports");
    QTest::newRow("owner") << Demo::OwnerEmail << Demo::OwnerPassword << true;
    QTest::newRow("administrator") << Demo::AdminEmail << Demo::AdminPassword << true;
    QTest::newRow("supervisor") << Demo::SupervisorEmail << Demo::SupervisorPassword << false; // R4
}

void ReportsTest::r25_reportsEntryForFinanceRolesOnly()
{
    QFETCH(QString, email);
    QFETCH(QString, password);
    QFETCH(bool, hasReports);
    App app;
    signIn(app, email, password, Demo::MainProject);
    QCOMPARE(app.window.navigationEntries().contains(QStringLiteral("reports")), hasReports);
    QCOMPARE(app.window.showPage(QStringLiteral("reports")), hasReports);
}

void ReportsTest::r25_exportThroughTheScreenMatchesTheServer()
{
    App app;
    signIn(app, Demo::AdminEmail, Demo::AdminPassword, Demo::MainProject);
    QVERIFY(app.window.showPage(QStringLiteral("reports")));
    auto *page = qobject_cast<ReportsPage *>(app.window.currentPage());
    QVERIFY(page);
    const QDate from = QDate::currentDate().addMonths(-6);
    const QDate to = QDate::currentDate();
    page->fromEdit()->setDate(from);
    page->toEdit()->setDate(to);
    page->formatBox()->setCurrentIndex(0); // CSV
    QVERIFY(page->bomBox()->isEnabled());
    page->bomBox()->setChecked(true);
    const QString file = m_home.filePath(QStringLiteral("screen.csv"));
    page->fileEdit()->setText(file);
    QSignalSpy finished(page, &ReportsPage::exportFinished);
    QTest::mouseClick(page->exportButton(), Qt::LeftButton);
    QVERIFY(page->isExporting());
    QVERIFY(page->cancelButton()->isEnabled());
    QVERIFY(!page->exportButton()->isEnabled());
    QVERIFY(finished.wait(60000));
    QVERIFY(finished.first().first().toBool());
    QVERIFY(!page->progressBar()->isVisible());
    QVERIFY(page->exportButton()->isEnabled());
    saveScreenshot(&app.window, QStringLiteral("reports-done"));
    const QList<Transaction> expected = serverHistory(app.api, app.session.currentProject()->id, {from, to, {}, {}});
    QVERIFY(!expected.isEmpty());
    QCOMPARE(csvRows(file), expected.size());
    QFile bytes(file);
    QVERIFY(bytes.open(QIODevice::ReadOnly));
    QVERIFY(bytes.read(3) == "\xEF\xBB\xBF");
    // The Administrator never asked for referral data to make it (R3).
    QVERIFY(app.api.requestLog().filter(QStringLiteral("/referral")).isEmpty());
}

void ReportsTest::r25_cancelLeavesNoFile()
{
    App app;
    // The busy project (3000 rows; the demo Owner is its Administrator) as a PDF.
    signIn(app, Demo::OwnerEmail, Demo::OwnerPassword, Demo::BusyProject);
    QVERIFY(app.window.showPage(QStringLiteral("reports")));
    auto *page = qobject_cast<ReportsPage *>(app.window.currentPage());
    QVERIFY(page);
    page->fromEdit()->setDate(QDate(2000, 1, 1));
    page->toEdit()->setDate(QDate::currentDate().addYears(1));
    page->formatBox()->setCurrentIndex(1); // PDF
    QVERIFY(!page->bomBox()->isEnabled());
    const QString file = m_home.filePath(QStringLiteral("cancelled.pdf"));
    page->fileEdit()->setText(file);
    QSignalSpy finished(page, &ReportsPage::exportFinished);
    QTest::mouseClick(page->exportButton(), Qt::LeftButton);
    // Cancel while the history is still being fetched (cancelling while writing is tst_export_exporter's):
    // before the event loop runs again, so no page can have arrived, however fast the server is
    // (a fixed wait raced a fast server, which finished the whole export within it).
    QVERIFY(page->progressBar()->isVisible());
    saveScreenshot(&app.window, QStringLiteral("reports-export-running"));
    QTest::mouseClick(page->cancelButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(!QFile::exists(file));
}

CliResult ReportsTest::runCli(const QStringList &arguments)
{
    QProcess cli;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")); // no keyring: no session either
    cli.setProcessEnvironment(environment);
    cli.start(QStringLiteral(CABINET_BINARY), QStringList{QStringLiteral("export")} + arguments);
    if (!cli.waitForFinished(120000))
        return {};
    return {cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1, QString::fromUtf8(cli.readAllStandardError())};
}

void ReportsTest::r25_commandLineRefusesBadInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString out = QStringLiteral("/tmp/never-written.csv");
    const auto base = [&](const QString &from, const QString &to, const QString &format) {
        return QStringList{QStringLiteral("--project"), QStringLiteral("1"), QStringLiteral("--from"), from,
                           QStringLiteral("--to"), to, QStringLiteral("--format"), format, QStringLiteral("--out"), out};
    };
    QTest::newRow("bad date") << base(QStringLiteral("2026-02-30"), QStringLiteral("2026-03-01"), QStringLiteral("csv"))
                              << 2 << QStringLiteral("YYYY-MM-DD");
    QTest::newRow("reversed period") << base(QStringLiteral("2026-03-01"), QStringLiteral("2026-02-01"), QStringLiteral("csv"))
                                     << 2 << QStringLiteral("after");
    QTest::newRow("bad format") << base(QStringLiteral("2026-01-01"), QStringLiteral("2026-02-01"), QStringLiteral("doc"))
                                << 2 << QStringLiteral("csv, pdf or xlsx");
    QTest::newRow("missing --out") << QStringList{QStringLiteral("--project"), QStringLiteral("1")} << 2
                                   << QStringLiteral("required");
    QTest::newRow("unwritable file")
        << QStringList{QStringLiteral("--project"), QStringLiteral("1"), QStringLiteral("--from"), QStringLiteral("2026-01-01"),
                       QStringLiteral("--to"), QStringLiteral("2026-02-01"), QStringLiteral("--format"), QStringLiteral("csv"),
                       QStringLiteral("--out"), QStringLiteral("/nonexistent-folder/x.csv")}
        << 1 << QStringLiteral("cannot write");
    QTest::newRow("no session and no cache")
        << base(QStringLiteral("2026-01-01"), QStringLiteral("2026-02-01"), QStringLiteral("csv"))
               + QStringList{QStringLiteral("--server"), QStringLiteral("http://127.0.0.1:9")}
        << 3 << QStringLiteral("no offline cache");
}

void ReportsTest::r25_commandLineRefusesBadInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const CliResult result = runCli(arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.standardError.contains(message), qPrintable(result.standardError));
    // One clear line at the end (Qt may print its own notices before it).
    QVERIFY2(result.standardError.trimmed().split(QLatin1Char('\n')).constLast().startsWith(QStringLiteral("cabinet export: ")),
             qPrintable(result.standardError));
    QVERIFY(!QFile::exists(QStringLiteral("/tmp/never-written.csv")));
}

void ReportsTest::r25_commandLineExportsFromTheCacheWhenTheServerIsGone()
{
    // A signed-in Owner synced the period once (what the Reports screen does), then the server stops.
    ApiClient api;
    api.setBaseUrl(m_server->baseUrl());
    const auto me = signInApi(api, Demo::OwnerEmail, Demo::OwnerPassword);
    QVERIFY(me);
    const QString projectId = projectIdByName(*me, Demo::MainProject);
    QVERIFY(cabinet::cache::storeProfile(m_server->baseUrl(), *me));
    const QDate from = QDate::currentDate().addMonths(-3);
    const QDate to = QDate::currentDate().addDays(-1);
    const QList<Transaction> expected = serverHistory(api, projectId, {from, to, {}, {}});
    {
        OfflineCache cache(cabinet::cache::projectCacheFile(m_server->baseUrl(), me->user.id, projectId));
        QVERIFY(cache.open(Role::Owner) != OfflineCache::OpenResult::Failed);
        StatementJob job(&api, &cache, {projectId, Demo::MainProject, QStringLiteral("UAH"), from, to,
                                        cabinet::exporting::BalanceFilter::All, cabinet::exporting::ExportFormat::Csv,
                                        m_home.filePath(QStringLiteral("online.csv")), false});
        QSignalSpy finished(&job, &StatementJob::finished);
        job.start();
        QVERIFY(finished.wait(60000));
        QVERIFY(finished.first().first().toBool());
    }
    const QUrl server = m_server->baseUrl();
    m_server->stop();

    const auto args = [&](const QString &project, const QString &format, const QString &out) {
        return QStringList{QStringLiteral("--project"), project, QStringLiteral("--from"), from.toString(Qt::ISODate),
                           QStringLiteral("--to"), to.toString(Qt::ISODate), QStringLiteral("--format"), format,
                           QStringLiteral("--out"), out, QStringLiteral("--server"), server.toString()};
    };
    const QString csv = m_home.filePath(QStringLiteral("offline.csv"));
    CliResult result = runCli(args(projectId, QStringLiteral("csv"), csv));
    QVERIFY2(result.exitCode == 0, qPrintable(result.standardError));
    QVERIFY2(result.standardError.contains(QStringLiteral("offline cache")), qPrintable(result.standardError));
    QCOMPARE(csvRows(csv), expected.size());
    QFile online(m_home.filePath(QStringLiteral("online.csv"))), offline(csv);
    QVERIFY(online.open(QIODevice::ReadOnly) && offline.open(QIODevice::ReadOnly));
    QCOMPARE(offline.readAll(), online.readAll());

    // PDF needs the fonts of a QGuiApplication: offscreen, without a display.
    const QString pdf = m_home.filePath(QStringLiteral("offline.pdf"));
    result = runCli(args(projectId, QStringLiteral("pdf"), pdf));
    QVERIFY2(result.exitCode == 0, qPrintable(result.standardError));
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly) && pdfFile.read(5) == "%PDF-");

    result = runCli(args(QStringLiteral("999999"), QStringLiteral("csv"), m_home.filePath(QStringLiteral("x.csv"))));
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.standardError.contains(QStringLiteral("unknown project")), qPrintable(result.standardError));
}

void ReportsTest::r25_offlineBannerCachedFiguresAndClearOnSignOut()
{
    QVERIFY(m_server->restart());
    App app;
    signIn(app, Demo::AdminEmail, Demo::AdminPassword, Demo::MainProject);
    QVERIFY(app.window.showPage(QStringLiteral("balance")));
    auto *page = qobject_cast<BalancePage *>(app.window.currentPage());
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(page->isContentReady(), 30000);
    OfflineController *offline = app.window.offlineController();
    QTRY_VERIFY_WITH_TIMEOUT(offline->cache() && offline->cache()->balances(), 30000);
    const Balances online = *page->balances();
    QVERIFY(!app.window.offlineBanner()->isVisible());
    QVERIFY(page->topUpButton()->isEnabled());

    m_server->stop();
    page->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(offline->monitor()->isOffline(), 30000);
    QVERIFY(app.window.offlineBanner()->isVisible());
    QVERIFY2(app.window.offlineBanner()->text().contains(QStringLiteral("Offline since")),
             qPrintable(app.window.offlineBanner()->text()));
    QVERIFY(!page->topUpButton()->isEnabled()); // read-only: nothing that moves money
    QVERIFY(!page->creditButton()->isEnabled());
    QCOMPARE(page->balances()->main, online.main); // the saved figures stay on screen
    QCOMPARE(offline->cache()->balances()->balances.main, online.main);
    QVERIFY(offline->monitor()->nextProbeDelay() >= ConnectivityMonitor::FirstProbeDelay);
    // docs/screenshots/balance-offline.png comes from tst_offline (with the saved history rows).

    // Signing out offers to delete the cache; with the box ticked, the user's cache folder goes.
    const QString folder = cabinet::cache::userCacheDir(app.api.baseUrl(), app.session.user().id);
    QVERIFY(QFileInfo::exists(folder));
    app.window.confirmSignOut();
    QMessageBox *box = app.window.signOutConfirmation();
    QVERIFY(box);
    box->checkBox()->setChecked(true);
    QTest::mouseClick(box->button(QMessageBox::Ok), Qt::LeftButton);
    QTRY_COMPARE(app.window.screen(), MainWindow::Screen::SignIn);
    QVERIFY(!QFileInfo::exists(folder));
}

QTEST_MAIN(ReportsTest)
#include "tst_reports.moc"
