// SPDX-License-Identifier: GPL-3.0-or-later
// The client without its server (R25, R3), driven through the real window against the real demo
// server: after ServerProcess::stop() the workspace shows "Offline since", the saved cards, the
// saved history rows (the very rows shown before, paged from the cache one page per insert), the
// saved members and, for an Owner only, the saved referral figures; nothing that moves money is
// enabled. When the server comes back on the same address the banner goes and the server's
// figures return. A new window started while the server is down opens the remembered workspace
// from the cache. An Administrator's offline session never requests nor caches referral data, and
// a server that accepts connections but never answers counts as unreachable.
#include "ApiClient.h"
#include "BalanceCards.h"
#include "BalancePage.h"
#include "CacheLocation.h"
#include "ClientTestSupport.h"
#include "ConnectivityMonitor.h"
#include "MainWindow.h"
#include "OfflineBanner.h"
#include "OfflineCache.h"
#include "OfflineController.h"
#include "OfflineHistory.h"
#include "ProjectChooserPage.h"
#include "ReferralPage.h"
#include "SecretStore.h"
#include "Session.h"
#include "StatusPanel.h"
#include "Theme.h"
#include "TransactionsModel.h"
#include "UiTestSupport.h"
#include "UsersModel.h"
#include "UsersPage.h"

#include <QElapsedTimer>
#include <QFile>
#include <QPushButton>
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

namespace {

using UiTest::App;

// With CABINET_SCREENSHOT_DIR set, the window is saved as NAME.png there (docs/screenshots).
void saveScreenshot(MainWindow *window, const QString &name)
{
    const QString folder = qEnvironmentVariable("CABINET_SCREENSHOT_DIR");
    if (folder.isEmpty())
        return;
    // The look of the real program (main.cpp): Fusion and the cabinet's style sheet.
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    qApp->setStyleSheet(Theme::styleSheet(QApplication::palette()));
    window->setKeyringNoticeEnabled(false);
    QTest::qWait(100);
    window->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png"));
}

QStringList ids(const TransactionsModel *model)
{
    QStringList result;
    for (int row = 0; row < model->rowCount(); ++row)
        result.append(model->transactionAt(row).id + QLatin1Char('/') + QString::number(model->transactionAt(row).amount));
    return result;
}

QStringList members(const UsersModel *model)
{
    QStringList result;
    for (int row = 0; row < model->rowCount(); ++row)
        result.append(model->memberAt(row).email + QLatin1Char('/') + roleToApi(model->memberAt(row).role));
    return result;
}

template<typename PageType>
PageType *showPage(MainWindow &window, const QString &pageId)
{
    if (!window.showPage(pageId))
        return nullptr;
    return qobject_cast<PageType *>(window.currentPage());
}

} // namespace

class OfflineTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void r25_ownerWorkspaceFromTheCacheWhileTheServerIsDown();
    void r3_administratorOfflineHasNoReferralDataAnywhere();
    void r25_startingWhileTheServerIsDownOpensFromTheCache_data();
    void r25_startingWhileTheServerIsDownOpensFromTheCache();
    void r25_silentServerCountsAsUnreachable_data();
    void r25_silentServerCountsAsUnreachable();

private:
    void signIn(App &app, const QString &email, const QString &password);
    QString referralCodeOfDemoOwner();

    QTemporaryDir m_home;
    std::unique_ptr<ServerProcess> m_server;
};

void OfflineTest::initTestCase()
{
    QVERIFY(m_home.isValid());
    UiTest::useTemporaryHome(m_home);
    ServerProcess::Options options;
    options.seed = QStringLiteral("demo");
    options.extraArguments = {QStringLiteral("--seed-busy"), QStringLiteral("300")};
    options.keepPortOnRestart = true; // the client keeps its address, as with a real server
    m_server = std::make_unique<ServerProcess>(options);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
}

void OfflineTest::signIn(App &app, const QString &email, const QString &password)
{
    UiTest::signIn(app, m_server->baseUrl(), email, password, Demo::MainProject);
}

QString OfflineTest::referralCodeOfDemoOwner()
{
    ApiClient api;
    api.setBaseUrl(m_server->baseUrl());
    const std::optional<MeAnswer> me = signInApi(api, Demo::OwnerEmail, Demo::OwnerPassword);
    if (!me)
        return {};
    const ApiResult<Referral> referral = awaitResult<Referral>(api.referral(projectIdByName(*me, Demo::MainProject)));
    return referral.ok() ? referral.value->code : QString();
}

void OfflineTest::r25_ownerWorkspaceFromTheCacheWhileTheServerIsDown()
{
    App app;
    signIn(app, Demo::OwnerEmail, Demo::OwnerPassword);
    OfflineController *offline = app.window.offlineController();

    // Online: every page once, so the cache holds what the Owner has seen.
    auto *referral = showPage<ReferralPage>(app.window, QStringLiteral("referral"));
    QVERIFY(referral);
    QTRY_VERIFY_WITH_TIMEOUT(referral->isContentReady(), 30000);
    const QString code = referral->codeText();
    const QString referralBalance = referral->balanceText();
    QVERIFY(!code.isEmpty());
    auto *users = showPage<UsersPage>(app.window, QStringLiteral("users"));
    QVERIFY(users);
    // The members model swaps between the server's list and the saved one below: every change
    // it signals is checked for consistency on the way.
    QAbstractItemModelTester usersTester(users->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY_WITH_TIMEOUT(users->isContentReady(), 30000);
    const QStringList onlineMembers = members(users->model());
    QVERIFY(onlineMembers.size() >= 2);
    auto *balance = showPage<BalancePage>(app.window, QStringLiteral("balance"));
    QVERIFY(balance);
    QTRY_VERIFY_WITH_TIMEOUT(balance->isContentReady(), 30000);
    TransactionsModel *history = balance->historyModel();
    QTRY_VERIFY_WITH_TIMEOUT(history->rowCount() > 0 && !history->isLoading(), 30000);
    const QStringList shownRows = ids(history);
    // A model of its own, without a view that fetches by itself: paging counted page by page.
    OfflineHistory saved(offline);
    TransactionsModel paged(&app.api);
    paged.setSavedHistory(&saved);
    paged.setPageSize(10);
    paged.setProject(app.session.currentProject()->id);
    QTRY_VERIFY_WITH_TIMEOUT(paged.rowCount() == 10 && !paged.isLoading(), 30000);
    paged.fetchMore({});
    QTRY_VERIFY_WITH_TIMEOUT(paged.rowCount() == 20 && !paged.isLoading(), 30000);
    const QStringList onlineRows = ids(&paged);
    QVERIFY(!history->isShowingSavedHistory());
    QTRY_VERIFY_WITH_TIMEOUT(offline->cache() && offline->cache()->balances() && offline->cache()->referral()
                                 && !offline->cache()->users().isEmpty(),
                             30000);
    const Balances online = *balance->balances();
    QVERIFY(balance->topUpButton()->isEnabled() && balance->creditButton()->isEnabled());
    QVERIFY(!app.window.offlineBanner()->isVisible());

    m_server->stop();
    balance->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(offline->monitor()->isOffline(), 30000);
    QVERIFY(app.window.offlineBanner()->isVisible());
    QVERIFY2(app.window.offlineBanner()->text().contains(QStringLiteral("Offline since")),
             qPrintable(app.window.offlineBanner()->text()));
    QVERIFY(!balance->topUpButton()->isEnabled()); // read-only: nothing that moves money
    QVERIFY(!balance->creditButton()->isEnabled());
    QCOMPARE(balance->balances()->main, online.main);
    QCOMPARE(balance->balances()->bonus, online.bonus);
    QCOMPARE(balance->balances()->credit.available, online.credit.available);

    // The history table shows the saved rows it showed before, in the same order.
    QTRY_VERIFY_WITH_TIMEOUT(history->isShowingSavedHistory() && !history->isLoading(), 30000);
    QVERIFY(history->errorString().isEmpty());
    QCOMPARE(ids(history).mid(0, shownRows.size()), shownRows);
    QVERIFY2(balance->historyStatus()->text().contains(QStringLiteral("saved")), qPrintable(balance->historyStatus()->text()));
    QVERIFY(!balance->historyStatus()->isShowingError());
    // Paging through the saved rows: one page per fetchMore(), one insert per page.
    paged.reload();
    QVERIFY(paged.isShowingSavedHistory());
    QCOMPARE(paged.rowCount(), 10);
    QSignalSpy inserted(&paged, &QAbstractItemModel::rowsInserted);
    QVERIFY(paged.canFetchMore({}));
    paged.fetchMore({});
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(paged.rowCount(), 20);
    QCOMPARE(ids(&paged), onlineRows);
    saveScreenshot(&app.window, QStringLiteral("balance-offline"));

    // Users and (for the Owner) Referral show what was saved, and withdrawing waits for the server.
    users = showPage<UsersPage>(app.window, QStringLiteral("users"));
    users->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(users->isShowingSavedList(), 30000);
    QCOMPARE(members(users->model()), onlineMembers);
    QVERIFY(!users->statusPanel()->isShowingError());
    referral = showPage<ReferralPage>(app.window, QStringLiteral("referral"));
    referral->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(referral->isShowingSavedFigures(), 30000);
    QCOMPARE(referral->codeText(), code);
    QCOMPARE(referral->balanceText(), referralBalance);
    QVERIFY(!referral->withdrawButton()->isEnabled());

    // The server returns on the same address: the probe notices, the banner goes, pages reload.
    QVERIFY2(m_server->restart(), qPrintable(m_server->errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(!offline->monitor()->isOffline(), 90000);
    QVERIFY(!app.window.offlineBanner()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!referral->isShowingSavedFigures() && referral->isContentReady(), 30000);
    QCOMPARE(referral->withdrawButton()->isEnabled(), referral->referral()->balance > 0);
    QTRY_VERIFY_WITH_TIMEOUT(!users->isShowingSavedList() && !users->model()->isLoading(), 30000);
    QCOMPARE(members(users->model()), onlineMembers);
    balance = showPage<BalancePage>(app.window, QStringLiteral("balance"));
    QTRY_VERIFY_WITH_TIMEOUT(!history->isShowingSavedHistory() && history->rowCount() > 0 && !history->isLoading(),
                             30000);
    QCOMPARE(ids(history).mid(0, shownRows.size()), shownRows);
    QVERIFY(balance->topUpButton()->isEnabled() && balance->creditButton()->isEnabled());
    QVERIFY(!balance->historyStatus()->text().contains(QStringLiteral("saved")));
}

void OfflineTest::r3_administratorOfflineHasNoReferralDataAnywhere()
{
    const QString ownersCode = referralCodeOfDemoOwner();
    QVERIFY(!ownersCode.isEmpty());
    App app;
    signIn(app, Demo::AdminEmail, Demo::AdminPassword);
    OfflineController *offline = app.window.offlineController();
    auto *users = showPage<UsersPage>(app.window, QStringLiteral("users"));
    QTRY_VERIFY_WITH_TIMEOUT(users && users->isContentReady(), 30000);
    auto *balance = showPage<BalancePage>(app.window, QStringLiteral("balance"));
    QTRY_VERIFY_WITH_TIMEOUT(balance && balance->isContentReady(), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(offline->cache() && offline->cache()->balances() && !offline->cache()->users().isEmpty(),
                             30000);

    m_server->stop();
    balance->refresh();
    users->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(offline->monitor()->isOffline(), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(users->isShowingSavedList(), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(balance->historyModel()->isShowingSavedHistory(), 30000);
    QVERIFY(!app.window.navigationEntries().contains(QStringLiteral("referral")));
    QVERIFY(!app.window.showPage(QStringLiteral("referral")));
    for (const QString &request : app.api.requestLog())
        QVERIFY2(!request.contains(QStringLiteral("/referral")), qPrintable(request));
    QVERIFY(!offline->cache()->referral());
    const QString file = offline->cache()->filePath();
    QFile raw(file);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    QVERIFY(!raw.readAll().contains(ownersCode.toUtf8())); // not a byte of it, R3
    QVERIFY(m_server->restart());
}

void OfflineTest::r25_startingWhileTheServerIsDownOpensFromTheCache_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("referralEntry");
    QTest::newRow("owner") << Demo::OwnerEmail << Demo::OwnerPassword << true;
    QTest::newRow("administrator") << Demo::AdminEmail << Demo::AdminPassword << false; // R3
}

void OfflineTest::r25_startingWhileTheServerIsDownOpensFromTheCache()
{
    QFETCH(QString, email);
    QFETCH(QString, password);
    QFETCH(bool, referralEntry);
    QString token;
    Balances online;
    QStringList onlineRows;
    QString userId;
    {
        App first;
        signIn(first, email, password);
        auto *balance = showPage<BalancePage>(first.window, QStringLiteral("balance"));
        QTRY_VERIFY_WITH_TIMEOUT(balance && balance->isContentReady(), 30000);
        OfflineController *offline = first.window.offlineController();
        QTRY_VERIFY_WITH_TIMEOUT(offline->cache() && offline->cache()->balances(), 30000);
        online = *balance->balances();
        onlineRows = ids(balance->historyModel());
        token = first.api.token();
        userId = first.session.user().id;
    }
    m_server->stop();

    // A new run of the program: the remembered server and token, the server down.
    App app;
    app.secrets.writeSecret(QStringLiteral("token ") + app.session.serverUrl().toString(), token, &app.secrets,
                            [](bool) {});
    app.window.show();
    app.window.start();
    QTRY_VERIFY_WITH_TIMEOUT(app.window.screen() != MainWindow::Screen::SignIn, 30000);
    if (app.window.screen() == MainWindow::Screen::ChooseProject) // several projects: chosen as online
        app.window.projectChooser()->projectChosen(
            projectIdByName({app.session.user(), app.session.projects()}, Demo::MainProject));
    QCOMPARE(app.window.screen(), MainWindow::Screen::Workspace);
    QVERIFY(app.window.offlineController()->monitor()->isOffline());
    QVERIFY(app.window.offlineBanner()->isVisible());
    QVERIFY(app.window.offlineBanner()->text().contains(QStringLiteral("Offline since")));
    QCOMPARE(app.session.user().id, userId);
    QCOMPARE(app.session.user().email, email);
    QCOMPARE(app.window.navigationEntries().contains(QStringLiteral("referral")), referralEntry);
    auto *balance = showPage<BalancePage>(app.window, QStringLiteral("balance"));
    QVERIFY(balance);
    QTRY_VERIFY_WITH_TIMEOUT(balance->balances().has_value(), 30000);
    QCOMPARE(balance->balances()->main, online.main);
    QVERIFY(!balance->topUpButton()->isEnabled());
    QVERIFY(!balance->creditButton()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(balance->historyModel()->isShowingSavedHistory(), 30000);
    QCOMPARE(ids(balance->historyModel()).mid(0, onlineRows.size()), onlineRows);
    if (referralEntry) {
        auto *referral = showPage<ReferralPage>(app.window, QStringLiteral("referral"));
        QTRY_VERIFY_WITH_TIMEOUT(referral && referral->isShowingSavedFigures(), 30000);
        QVERIFY(!referral->withdrawButton()->isEnabled());
    }
    for (const QString &request : app.api.requestLog()) // R3 also when starting offline
        QVERIFY2(referralEntry || !request.contains(QStringLiteral("/referral")), qPrintable(request));

    // The server returns: the same session goes on with the server's figures.
    QVERIFY2(m_server->restart(), qPrintable(m_server->errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(!app.window.offlineController()->monitor()->isOffline(), 90000);
    QTRY_VERIFY_WITH_TIMEOUT(!balance->historyModel()->isShowingSavedHistory()
                                 && balance->historyModel()->rowCount() > 0,
                             30000);
    QVERIFY(app.session.isSignedIn());
    QVERIFY(balance->topUpButton()->isEnabled());
}

void OfflineTest::r25_silentServerCountsAsUnreachable_data()
{
    QTest::addColumn<bool>("cancelEarly");
    QTest::addColumn<bool>("offline");
    QTest::newRow("no answer within the timeout") << false << true;
    QTest::newRow("cancelled by the client first") << true << false; // the user moved on: says nothing
}

void OfflineTest::r25_silentServerCountsAsUnreachable()
{
    QFETCH(bool, cancelEarly);
    QFETCH(bool, offline);
    // Accepts every connection and never says a word.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    QList<QTcpSocket *> held;
    connect(&silent, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *socket = silent.nextPendingConnection())
            held.append(socket);
    });
    ApiClient api;
    api.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort())));
    constexpr int TimeoutMs = 1500;
    api.setTimeout(std::chrono::milliseconds(TimeoutMs));
    ConnectivityMonitor monitor(&api);
    QElapsedTimer timer;
    timer.start();
    BalancesJob *job = api.balances(QStringLiteral("1"));
    std::optional<ApiError> error;
    connect(job, &BalancesJob::finished, this, [&](const ApiResult<Balances> &result) { error = result.error; });
    if (cancelEarly) {
        QTRY_VERIFY(!held.isEmpty()); // connected, the request is on its way
        QSignalSpy gone(job, &QObject::destroyed);
        QSignalSpy offlineChanges(&monitor, &ConnectivityMonitor::offlineChanged);
        job->abort();
        // The job and its transfer (with its timeout) end with it: nothing is left that could
        // report a timeout, so the monitor never went offline for it.
        QVERIFY(gone.wait(TimeoutMs));
        QCOMPARE(offlineChanges.count(), 0);
        QCOMPARE(monitor.isOffline(), false);
        QVERIFY(!error.has_value());
        return;
    }
    QTRY_VERIFY_WITH_TIMEOUT(monitor.isOffline() == offline, TimeoutMs + 5000);
    QVERIFY(timer.elapsed() >= TimeoutMs - 100);
    QTRY_VERIFY(error.has_value());
    QCOMPARE(error->kind, ApiError::Kind::Timeout);
}

QTEST_MAIN(OfflineTest)
#include "tst_offline.moc"
