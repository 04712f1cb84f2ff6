// SPDX-License-Identifier: GPL-3.0-or-later
// Finance > Referral Program driven through its widgets against the real server (--seed demo):
// the Owner withdraws to a card (pending, then completed by staff over HTTP), to the own main
// balance and to another project confirmed by name first (R20, R21); the Administrator never
// reaches the page by any path (R3); the history model pages lazily under QAbstractItemModelTester.
#include "ApiTestClient.h"
#include "BalanceCards.h"
#include "BalancePage.h"
#include "CardNumberEdit.h"
#include "ClientTestSupport.h"
#include "MainWindow.h"
#include "Money.h"
#include "MoneyEdit.h"
#include "ReferralModels.h"
#include "ReferralPage.h"
#include "SecretStore.h"
#include "Session.h"
#include "SignInPage.h"
#include "StatusPanel.h"
#include "WithdrawDialog.h"
#include "charts/MonthlyBarsChart.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>

namespace {

struct App
{
    ApiClient api;
    MemorySecretStore secrets;
    Session session{&api, &secrets};
    MainWindow window{&session};
};

const QString ReferralId = QStringLiteral("referral");
const QString PartnerEmail = QStringLiteral("partner@demo.unitalk");
const QString PartnerPassword = QStringLiteral("demo-partner");
const QString PartnerProject = QStringLiteral("Partner Logistics");

enum class Path { Menu, Shortcut, CommandLine, SavedLastPage };

} // namespace

class TestReferralUi : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<ApiTestClient> m_rest;

    void signIn(App &app, const QString &email, const QString &password)
    {
        app.window.setPreferredProject(projectIdFor(email, password, Demo::MainProject));
        app.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&app.window));
        app.window.signInPage()->serverEdit()->setText(m_server->baseUrl().toString());
        app.window.signInPage()->emailEdit()->setText(email);
        app.window.signInPage()->passwordEdit()->setText(password);
        QTest::mouseClick(app.window.signInPage()->signInButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(app.window.screen(), MainWindow::Screen::Workspace, 30000);
    }

    QString projectIdFor(const QString &email, const QString &password, const QString &projectName)
    {
        ApiClient api;
        api.setBaseUrl(m_server->baseUrl());
        const auto me = signInApi(api, email, password);
        return me ? projectIdByName(*me, projectName) : QString();
    }

    ReferralPage *openReferral(App &app)
    {
        if (!app.window.showPage(ReferralId))
            return nullptr;
        auto *page = qobject_cast<ReferralPage *>(app.window.currentPage());
        if (!page || !QTest::qWaitFor([&] { return page->isContentReady(); }, 30000))
            return nullptr;
        return page;
    }

    BalancePage *balancePage(App &app)
    {
        if (!app.window.showPage(QStringLiteral("balance")))
            return nullptr;
        auto *page = qobject_cast<BalancePage *>(app.window.currentPage());
        return page && QTest::qWaitFor([&] { return page->isContentReady(); }, 30000) ? page : nullptr;
    }

    // Opens the withdraw dialog, types the amount and picks the destination.
    WithdrawDialog *startWithdrawal(ReferralPage *page, const QString &amount, QRadioButton *(WithdrawDialog::*destination)() const)
    {
        WithdrawDialog *dialog = page->openWithdrawDialog();
        if (!dialog)
            return nullptr;
        (dialog->*destination)()->click();
        QTest::keyClicks(dialog->amountEdit(), amount);
        return dialog;
    }

    bool submitAndWait(ReferralPage *page, WithdrawDialog *dialog)
    {
        QSignalSpy refreshed(page, &ReferralPage::refreshed);
        if (!dialog->submitButton()->isEnabled())
            return false;
        QTest::mouseClick(dialog->submitButton(), Qt::LeftButton);
        return QTest::qWaitFor([&] { return dialog->withdrawal().has_value(); }, 30000)
               && (refreshed.count() > 0 || refreshed.wait(30000));
    }

private slots:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_server = Demo::startServer();
        QVERIFY2(m_server->baseUrl().isValid(), qPrintable(m_server->errorString()));
        m_rest = std::make_unique<ApiTestClient>(m_server->baseUrl());
        m_rest->rememberUser(Demo::OwnerEmail, Demo::OwnerPassword);
        m_rest->rememberUser(PartnerEmail, PartnerPassword);
        QVERIFY(!m_rest->staffToken().isEmpty());
    }

    void init()
    {
        QSettings().remove(QStringLiteral("workspace"));
    }

    void r18_ownerSeesBalanceRateCodeLinkReferralsHistoryAndChart()
    {
        App app;
        signIn(app, Demo::OwnerEmail, Demo::OwnerPassword);
        ReferralPage *page = openReferral(app);
        QVERIFY(page);
        const Referral referral = *page->referral();
        QCOMPARE(page->balanceText(), Money::format(referral.balance, referral.currency));
        QCOMPARE(page->rateText(), QStringLiteral("10 %")); // --referral-rate-bp default 1000
        QCOMPARE(page->linkText(), QStringLiteral("https://my.unitalk.cloud/signup?ref=") + referral.code);
        QCOMPARE(page->referralsTable()->rowCount(), int(referral.referrals.size()));
        QVERIFY(page->historyModel()->rowCount() > 0);
        QCOMPARE(page->accrualsChart()->data().months.size(), 12);
        const QString tip = page->accrualsChart()->toolTipFor(0, 11);
        QVERIFY2(tip.contains(Money::format(page->accrualsChart()->data().values.at(0).at(11), referral.currency)), qPrintable(tip));
    }

    void r20_cardWithdrawalIsPendingThenCompletedByStaff()
    {
        App app;
        signIn(app, Demo::OwnerEmail, Demo::OwnerPassword);
        ReferralPage *page = openReferral(app);
        QVERIFY(page);
        const qint64 before = page->referral()->balance;
        WithdrawDialog *dialog = startWithdrawal(page, QStringLiteral("10.00"), &WithdrawDialog::cardButton);
        QVERIFY(dialog);

        // Typed digit by digit: grouped in fours, checked as typed.
        QTest::keyClicks(dialog->cardEdit(), QStringLiteral("4111111111111112"));
        QCOMPARE(dialog->cardEdit()->text(), QStringLiteral("4111 1111 1111 1112"));
        QVERIFY(dialog->cardMessage()->isVisibleTo(dialog));
        QVERIFY(!dialog->submitButton()->isEnabled());
        QTest::keyClick(dialog->cardEdit(), Qt::Key_Backspace);
        QTest::keyClicks(dialog->cardEdit(), QStringLiteral("1"));
        QCOMPARE(dialog->cardEdit()->text(), QStringLiteral("4111 1111 1111 1111"));
        QVERIFY(!dialog->cardMessage()->isVisibleTo(dialog));

        QVERIFY(submitAndWait(page, dialog));
        QCOMPARE(dialog->withdrawal()->status, QStringLiteral("pending"));
        QVERIFY(dialog->resultText().contains(QLatin1String("1111")));
        QVERIFY(!dialog->resultText().contains(QLatin1String("4111")));
        QVERIFY(dialog->cardEdit()->text().isEmpty()); // the full number is not kept
        QCOMPARE(page->referral()->balance, before - 1000);
        const ReferralEntry newest = page->historyModel()->entryAt(0);
        QCOMPARE(newest.kind, QStringLiteral("withdrawal"));
        QCOMPARE(newest.amount, qint64(-1000));
        QCOMPARE(page->historyModel()->data(page->historyModel()->index(0, ReferralHistoryModel::StatusColumn)).toString(),
                 QStringLiteral("Pending"));
        const QString details =
            page->historyModel()->data(page->historyModel()->index(0, ReferralHistoryModel::DetailsColumn)).toString();
        QVERIFY2(details.contains(QLatin1String("1111")) && !details.contains(QLatin1String("4111")), qPrintable(details));
        dialog->close();

        // Staff pay it out (over HTTP, as the back office would); the history says completed.
        API_REQUIRE_OK(m_rest->post(QStringLiteral("/api/v1/staff/referral-withdrawals/%1/complete").arg(dialog->withdrawal()->id),
                                    QJsonObject{}, m_rest->staffToken(), ApiTestClient::newIdempotencyKey()));
        QSignalSpy refreshed(page, &ReferralPage::refreshed);
        page->refresh();
        QVERIFY(refreshed.wait(30000));
        QCOMPARE(page->historyModel()->data(page->historyModel()->index(0, ReferralHistoryModel::StatusColumn)).toString(),
                 QStringLiteral("Completed"));
        QCOMPARE(page->referral()->balance, before - 1000);
    }

    void r20_withdrawalToOwnMainRaisesTheMainBalance()
    {
        App app;
        signIn(app, Demo::OwnerEmail, Demo::OwnerPassword);
        BalancePage *balance = balancePage(app);
        QVERIFY(balance);
        const qint64 mainBefore = balance->balances()->main;
        ReferralPage *page = openReferral(app);
        QVERIFY(page);
        const qint64 referralBefore = page->referral()->balance;
        WithdrawDialog *dialog = startWithdrawal(page, QStringLiteral("5.25"), &WithdrawDialog::ownMainButton);
        QVERIFY(dialog);
        QVERIFY(submitAndWait(page, dialog));
        QCOMPARE(dialog->withdrawal()->status, QStringLiteral("completed"));
        QCOMPARE(page->referral()->balance, referralBefore - 525);
        dialog->close();
        // The Balance page shows the main balance grown by exactly the amount.
        QCOMPARE(balancePage(app), balance);
        balance->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(balance->cards()->mainText(), Money::format(mainBefore + 525, QStringLiteral("UAH")), 30000);
    }

    void r20_withdrawalToAnotherProjectShowsItsNameBeforeCommitting()
    {
        App app;
        signIn(app, Demo::OwnerEmail, Demo::OwnerPassword);
        ReferralPage *page = openReferral(app);
        QVERIFY(page);
        const QString partnerId = projectIdFor(PartnerEmail, PartnerPassword, PartnerProject);
        QVERIFY(!partnerId.isEmpty());
        ApiClient partner;
        partner.setBaseUrl(m_server->baseUrl());
        partner.setToken(m_rest->tokenFor(PartnerEmail));
        const qint64 partnerBefore = awaitResult<Balances>(partner.balances(partnerId)).value.value_or(Balances{}).main;

        // The partner's owner hands out the project's referral code (its Referral Program page).
        const ApiTestClient::Reply partnerReferral =
            m_rest->get(QStringLiteral("/api/v1/projects/%1/referral").arg(partnerId), m_rest->tokenFor(PartnerEmail));
        API_REQUIRE_STATUS(partnerReferral, 200);
        const QString partnerCode = partnerReferral.object().value(QStringLiteral("code")).toString();
        QVERIFY(!partnerCode.isEmpty());

        WithdrawDialog *dialog = startWithdrawal(page, QStringLiteral("7.00"), &WithdrawDialog::projectButton);
        QVERIFY(dialog);
        // A project number is no way to name the recipient any more (issue 11): only letters and
        // digits of a code, and a code no project has is said in place; nothing can be committed.
        QTest::keyClicks(dialog->targetEdit(), partnerId);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->targetName()->text(), QStringLiteral("No project has this code."), 10000);
        QVERIFY(!dialog->submitButton()->isEnabled());
        // The partner's code, typed in lower case: its name appears first, only then can the owner commit.
        dialog->targetEdit()->clear();
        QTest::keyClicks(dialog->targetEdit(), partnerCode.toLower());
        QVERIFY(!dialog->submitButton()->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(dialog->targetName()->text(), QStringLiteral("Project: ") + PartnerProject, 10000);
        QVERIFY(dialog->submitButton()->isEnabled());
        QVERIFY(submitAndWait(page, dialog));
        QCOMPARE(dialog->withdrawal()->status, QStringLiteral("completed"));
        QVERIFY(dialog->resultText().contains(PartnerProject));
        dialog->close();

        QCOMPARE(awaitResult<Balances>(partner.balances(partnerId)).value.value_or(Balances{}).main, partnerBefore + 700);
    }

    void r21_amountNeverAboveTheBalanceAndServerRefusalShownInPlace()
    {
        App app;
        signIn(app, Demo::OwnerEmail, Demo::OwnerPassword);
        ReferralPage *page = openReferral(app);
        QVERIFY(page);
        const qint64 balance = page->referral()->balance;
        WithdrawDialog *dialog = startWithdrawal(page, Money::formatNumber(balance + 1, QLocale()), &WithdrawDialog::ownMainButton);
        QVERIFY(dialog);
        QVERIFY(!dialog->submitButton()->isEnabled());
        QVERIFY(dialog->amountMessage()->text().contains(Money::format(balance, QStringLiteral("UAH"))));
        QTest::mouseClick(dialog->wholeBalanceButton(), Qt::LeftButton);
        QCOMPARE(dialog->amountEdit()->value(), std::optional<qint64>(balance));
        QVERIFY(dialog->submitButton()->isEnabled());

        // Meanwhile 1 kopeck leaves the balance elsewhere: the server refuses (422), said in place.
        API_REQUIRE_OK(m_rest->post(QStringLiteral("/api/v1/projects/%1/referral/withdrawals").arg(app.session.currentProject()->id),
                                    {{QStringLiteral("amount"), 1}, {QStringLiteral("destination"), QStringLiteral("own_main")}},
                                    m_rest->tokenFor(Demo::OwnerEmail), ApiTestClient::newIdempotencyKey()));
        QTest::mouseClick(dialog->submitButton(), Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(dialog->amountMessage()->isVisibleTo(dialog) && !dialog->amountMessage()->text().isEmpty()
                                      && !dialog->amountMessage()->text().contains(QLatin1String("maximum")),
                                  qPrintable(dialog->amountMessage()->text() + QLatin1Char('|') + dialog->statusPanel()->text()),
                                  30000);
        QVERIFY(!dialog->withdrawal());
        dialog->close();
    }

    void r3_administratorNeverReachesTheReferralPage_data()
    {
        QTest::addColumn<Path>("path");
        QTest::newRow("menu") << Path::Menu;
        QTest::newRow("keyboard shortcut") << Path::Shortcut;
        QTest::newRow("command line --page referral") << Path::CommandLine;
        QTest::newRow("saved last page") << Path::SavedLastPage;
    }

    void r3_administratorNeverReachesTheReferralPage()
    {
        QFETCH(Path, path);
        // The same path works for the Owner (so the check below cannot pass by accident)...
        for (const bool owner : {true, false}) {
            const QString email = owner ? Demo::OwnerEmail : Demo::AdminEmail;
            const QString password = owner ? Demo::OwnerPassword : Demo::AdminPassword;
            if (path == Path::SavedLastPage) {
                // As if this user had last been on Referral here (e.g. while still the Owner).
                ApiClient api;
                api.setBaseUrl(m_server->baseUrl());
                const auto me = signInApi(api, email, password);
                QVERIFY(me);
                QSettings().setValue(MainWindow::lastPageSetting(m_server->baseUrl(), me->user.id,
                                                                 projectIdByName(*me, Demo::MainProject)),
                                     ReferralId);
            }
            App app;
            if (path == Path::CommandLine)
                app.window.setRequestedPage(ReferralId);
            signIn(app, email, password);
            if (path == Path::Menu && owner)
                QVERIFY(app.window.showPage(ReferralId));
            if (path == Path::Shortcut) {
                app.window.activateWindow();
                QVERIFY(QTest::qWaitForWindowActive(&app.window));
                QTest::keySequence(&app.window, MainWindow::shortcutFor(ReferralId));
            }
            if (owner) {
                QCOMPARE(app.window.currentPageId(), ReferralId);
                continue;
            }
            // ...and never for the Administrator: no entry, no page, no request (R3).
            QVERIFY(!app.window.navigationEntries().contains(ReferralId));
            QVERIFY(!app.window.showPage(ReferralId));
            QCOMPARE(app.window.currentPageId(), QStringLiteral("balance"));
            QVERIFY(!app.window.findChild<ReferralPage *>());
            // A request sent now answers after anything the refused attempts could have queued.
            QSignalSpy sentinel(app.api.me(), &MeJob::finished);
            QVERIFY(sentinel.wait(30000));
            QVERIFY2(app.api.requestLog().filter(QStringLiteral("/referral")).isEmpty(),
                     qPrintable(app.api.requestLog().join(QLatin1Char('\n'))));
        }
    }

    void referralHistoryModel_pagesLazilyOnePagePerFetch()
    {
        ApiClient api;
        api.setBaseUrl(m_server->baseUrl());
        const auto me = signInApi(api, Demo::OwnerEmail, Demo::OwnerPassword);
        QVERIFY(me);
        const QString projectId = projectIdByName(*me, Demo::MainProject);
        const qsizetype total = m_rest->allItems(QStringLiteral("/api/v1/projects/%1/referral/transactions").arg(projectId),
                                                 m_rest->tokenFor(Demo::OwnerEmail))
                                    .size();
        QVERIFY(total > 20);

        // Driven by hand: one server page per fetchMore(), one insert per page.
        ReferralHistoryModel model(&api);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        model.setPageSize(10);
        model.setProject(projectId);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 10, 30000);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QVERIFY(!model.canFetchMore({})); // one request at a time
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 20, 30000);
        QCOMPARE(inserts.count(), 2);
        // Newest first, and each row's balance_after follows from the one below it.
        for (int row = 0; row + 1 < model.rowCount(); ++row) {
            QVERIFY(model.entryAt(row).at >= model.entryAt(row + 1).at);
            QCOMPARE(model.entryAt(row).balanceAfter, model.entryAt(row + 1).balanceAfter + model.entryAt(row).amount);
        }

        // Under QAbstractItemModelTester (which calls fetchMore itself): the whole history, page by page.
        ReferralHistoryModel tested(&api);
        QAbstractItemModelTester tester(&tested, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy testedInserts(&tested, &QAbstractItemModel::rowsInserted);
        tested.setPageSize(10);
        tested.setProject(projectId);
        QTRY_VERIFY_WITH_TIMEOUT(tested.rowCount() > 0 && !tested.isLoading() && !tested.canFetchMore({}), 60000);
        QCOMPARE(qsizetype(tested.rowCount()), total);
        QCOMPARE(qsizetype(testedInserts.count()), (total + 9) / 10);
        QVERIFY(!tested.hasMore());
    }
};

QTEST_MAIN(TestReferralUi)
#include "tst_referral_ui.moc"
