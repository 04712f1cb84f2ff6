// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop client driven through its widgets against the real server (--seed demo):
// sign-in, the role-built navigation (R2-R4), the balance cards and history, Users "(you)",
// the top-up dialog, and the way back to sign-in when the session ends.
#include "BalanceCards.h"
#include "BalancePage.h"
#include "ClientTestSupport.h"
#include "CreditRequestDialog.h"
#include "InvoiceDocument.h"
#include "MainWindow.h"
#include "Money.h"
#include "MoneyEdit.h"
#include "NoFinanceAccessPage.h"
#include "PaymentPage.h"
#include "ProjectChooserPage.h"
#include "ReferralPage.h"
#include "SecretStore.h"
#include "Session.h"
#include "SignInPage.h"
#include "StatusPanel.h"
#include "TopUpDialog.h"
#include "TransactionsModel.h"
#include "UsersModel.h"
#include "UsersPage.h"

#include <QApplication>
#include <QComboBox>
#include <QDesktopServices>
#include <QHeaderView>
#include <QSignalSpy>
#include <QSpinBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTreeWidget>

namespace {

// One run of the application: its own API client (with the request log), session and window.
struct App
{
    ApiClient api;
    MemorySecretStore secrets;
    Session session{&api, &secrets};
    MainWindow window{&session};
};

// Stands in for the browser: QDesktopServices hands it the URLs the client asks to open.
class UrlRecorder : public QObject
{
    Q_OBJECT
public slots:
    void open(const QUrl &url) { opened.append(url); }

public:
    QList<QUrl> opened;
};

bool waitForPage(MainWindow &window, const QString &pageId)
{
    if (!window.showPage(pageId))
        return false;
    return QTest::qWaitFor([&] { return window.currentPage() && window.currentPage()->isContentReady(); }, 30000);
}

} // namespace

class TestUi : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;
    std::unique_ptr<ServerProcess> m_server;

    // Types the credentials into the sign-in page and presses the button, like a user.
    void typeAndSignIn(App &app, const QUrl &server, const QString &email, const QString &password)
    {
        SignInPage *page = app.window.signInPage();
        page->serverEdit()->clear();
        QTest::keyClicks(page->serverEdit(), server.toString());
        page->emailEdit()->clear();
        QTest::keyClicks(page->emailEdit(), email);
        QTest::keyClicks(page->passwordEdit(), password);
        QVERIFY(page->signInButton()->isEnabled());
        QTest::mouseClick(page->signInButton(), Qt::LeftButton);
    }

    void signIn(App &app, const QString &email, const QString &password, const QString &projectName)
    {
        app.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&app.window));
        typeAndSignIn(app, m_server->baseUrl(), email, password);
        QTRY_VERIFY_WITH_TIMEOUT(app.window.screen() != MainWindow::Screen::SignIn, 30000);
        if (app.window.screen() == MainWindow::Screen::ChooseProject) {
            QListWidget *list = app.window.projectChooser()->list();
            const auto items = list->findItems(projectName, Qt::MatchStartsWith);
            QCOMPARE(items.size(), 1);
            QVERIFY(items.first()->text().contains(QLatin1Char('\n'))); // the role is shown under the name
            list->setCurrentItem(items.first());
            QTest::keyClick(list, Qt::Key_Return);
        } else {
            app.session.setCurrentProject(projectIdByName({app.session.user(), app.session.projects()}, projectName));
        }
        QTRY_COMPARE_WITH_TIMEOUT(app.window.screen(), MainWindow::Screen::Workspace, 10000);
        QCOMPARE(app.session.currentProject()->name, projectName);
    }

    Balances serverBalances(const QString &email, const QString &password, const QString &projectName)
    {
        ApiClient api;
        api.setBaseUrl(m_server->baseUrl());
        const auto me = signInApi(api, email, password);
        if (!me)
            return {};
        return awaitResult<Balances>(api.balances(projectIdByName(*me, projectName))).value.value_or(Balances{});
    }

    void checkBalancePage(App &app, const Balances &expected)
    {
        QVERIFY(waitForPage(app.window, QStringLiteral("balance")));
        auto *page = qobject_cast<BalancePage *>(app.window.currentPage());
        QVERIFY(page);
        QCOMPARE(page->cards()->mainText(), Money::format(expected.main, expected.currency));
        QCOMPARE(page->cards()->bonusText(), Money::format(expected.bonus, expected.currency));
        QCOMPARE(page->cards()->creditAvailableText(), Money::format(expected.credit.available, expected.currency));
        QVERIFY(page->historyView()->model()->rowCount() > 0);
        QCOMPARE(page->historyView()->verticalHeader()->sectionResizeMode(0), QHeaderView::Fixed);
    }

private slots:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
        m_server = Demo::startServer();
        QVERIFY2(m_server->baseUrl().isValid(), qPrintable(m_server->errorString()));
    }

    void r2_ownerSeesEveryFinanceEntryAndTheServersFigures()
    {
        App app;
        signIn(app, Demo::OwnerEmail, Demo::OwnerPassword, Demo::MainProject);
        QCOMPARE(app.window.navigationEntries(),
                 QStringList({QStringLiteral("balance"), QStringLiteral("payments"), QStringLiteral("referral"),
                              QStringLiteral("reports"), QStringLiteral("users"), QStringLiteral("audit"),
                              QStringLiteral("settings")}));
        checkBalancePage(app, serverBalances(Demo::OwnerEmail, Demo::OwnerPassword, Demo::MainProject));
    }

    void r18_ownerReferralPageShowsTheProgram()
    {
        App app;
        signIn(app, Demo::OwnerEmail, Demo::OwnerPassword, Demo::MainProject);
        QVERIFY(waitForPage(app.window, QStringLiteral("referral")));
        auto *referral = qobject_cast<ReferralPage *>(app.window.currentPage());
        QVERIFY(referral);
        QVERIFY(!referral->codeText().isEmpty());
        QVERIFY(referral->rateText().endsWith(QLatin1Char('%')));
        QVERIFY(!app.api.requestLog().filter(QStringLiteral("/referral")).isEmpty());
    }

    void r3_administratorHasNoReferralEntryAndNeverRequestsIt()
    {
        App app;
        signIn(app, Demo::AdminEmail, Demo::AdminPassword, Demo::MainProject);
        const QStringList entries = app.window.navigationEntries();
        QCOMPARE(entries, QStringList({QStringLiteral("balance"), QStringLiteral("payments"), QStringLiteral("reports"),
                                       QStringLiteral("users"), QStringLiteral("audit"), QStringLiteral("settings")}));
        // Not greyed out: the entry does not exist at all.
        for (QTreeWidgetItemIterator it(app.window.navigation()); *it; ++it)
            QVERIFY(!(*it)->text(0).contains(QLatin1String("Referral")));
        QVERIFY(!app.window.showPage(QStringLiteral("referral")));

        checkBalancePage(app, serverBalances(Demo::AdminEmail, Demo::AdminPassword, Demo::MainProject));
        QVERIFY(waitForPage(app.window, QStringLiteral("users")));
        QVERIFY(waitForPage(app.window, QStringLiteral("settings")));

        // Every project the administrator can switch to, through the toolbar combo.
        QComboBox *projects = app.window.projectSwitcher();
        QVERIFY(projects->count() >= 2);
        for (int index = 0; index < projects->count(); ++index) {
            projects->setCurrentIndex(index);
            emit projects->activated(index);
            QTRY_VERIFY_WITH_TIMEOUT(app.window.currentPage() && app.window.currentPage()->isContentReady(), 30000);
            QVERIFY(!app.window.navigationEntries().contains(QStringLiteral("referral")));
        }
        QVERIFY(!app.api.requestLog().isEmpty());
        QVERIFY2(app.api.requestLog().filter(QStringLiteral("/referral")).isEmpty(),
                 qPrintable(app.api.requestLog().join(QLatin1Char('\n'))));
    }

    void r4_usersPageMarksYou()
    {
        App app;
        signIn(app, Demo::AdminEmail, Demo::AdminPassword, Demo::MainProject);
        QVERIFY(waitForPage(app.window, QStringLiteral("users")));
        auto *page = qobject_cast<UsersPage *>(app.window.currentPage());
        QVERIFY(page);
        UsersModel *model = page->model();
        int you = -1;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(UsersModel::IsCurrentUserRole).toBool())
                you = row;
        }
        QVERIFY(you >= 0);
        QVERIFY(model->index(you, UsersModel::NameColumn).data().toString().endsWith(QLatin1String("(you)")));
        QCOMPARE(model->index(you, UsersModel::EmailColumn).data().toString(), Demo::AdminEmail);
        QCOMPARE(model->index(you, UsersModel::RoleColumn).data().toString(), roleDisplayName(Role::Administrator));
    }

    void r4_supervisorGetsTheNoAccessPageAndNoFinanceRequest()
    {
        App app;
        signIn(app, Demo::SupervisorEmail, Demo::SupervisorPassword, Demo::MainProject);
        QVERIFY(qobject_cast<NoFinanceAccessPage *>(app.window.currentPage()));
        QCOMPARE(app.window.navigationEntries(),
                 QStringList({QStringLiteral("balance"), QStringLiteral("users"), QStringLiteral("settings")}));
        QVERIFY(waitForPage(app.window, QStringLiteral("users")));
        QVERIFY(qobject_cast<UsersPage *>(app.window.currentPage())->model()->rowCount() > 0);
        const QStringList log = app.api.requestLog();
        QVERIFY2(log.filter(QStringLiteral("/balances")).isEmpty() && log.filter(QStringLiteral("/transactions")).isEmpty()
                     && log.filter(QStringLiteral("/referral")).isEmpty(),
                 qPrintable(log.join(QLatin1Char('\n'))));
    }

    void signIn_wrongPasswordIsShownInPlace()
    {
        App app;
        app.window.show();
        typeAndSignIn(app, m_server->baseUrl(), Demo::AdminEmail, QStringLiteral("not-the-password"));
        StatusPanel *status = app.window.signInPage()->statusPanel();
        QTRY_VERIFY_WITH_TIMEOUT(status->isShowingError(), 20000);
        QVERIFY(status->text().contains(QLatin1String("password")));
        QCOMPARE(app.window.screen(), MainWindow::Screen::SignIn);
    }

    void signIn_serverDownIsShownInPlaceWithRetry()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        App app;
        app.window.show();
        typeAndSignIn(app, QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), Demo::AdminEmail, Demo::AdminPassword);
        StatusPanel *status = app.window.signInPage()->statusPanel();
        QTRY_VERIFY_WITH_TIMEOUT(status->isShowingError(), 20000);
        QVERIFY(status->retryButton()->isVisible());
        QVERIFY(!status->text().isEmpty());
        QCOMPARE(app.window.screen(), MainWindow::Screen::SignIn);
    }

    // Issue 11, item 8: plain http to another computer is refused on the sign-in page, in words that
    // say what to use instead, before anything (the password) is sent.
    void signIn_plainHttpToAnotherComputerIsRefused()
    {
        App app;
        app.window.show();
        typeAndSignIn(app, QUrl(QStringLiteral("http://cabinet.example.com:8080")), Demo::AdminEmail, Demo::AdminPassword);
        StatusPanel *status = app.window.signInPage()->statusPanel();
        QVERIFY(status->isShowingError());
        QVERIFY2(status->text().contains(QLatin1String("https://cabinet.example.com:8080")), qPrintable(status->text()));
        QVERIFY(app.api.requestLog().isEmpty());
        QCOMPARE(app.window.screen(), MainWindow::Screen::SignIn);
    }

    void endedSessionReturnsToSignIn()
    {
        App app;
        signIn(app, Demo::AdminEmail, Demo::AdminPassword, Demo::MainProject);
        QVERIFY(waitForPage(app.window, QStringLiteral("balance")));
        app.api.setToken(QStringLiteral("revoked-token"));
        app.window.currentPage()->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(app.window.screen(), MainWindow::Screen::SignIn, 20000);
        QVERIFY(app.window.navigationEntries().isEmpty());
    }

    void r5_invoiceTopUpThroughTheDialog()
    {
        App app;
        signIn(app, Demo::OwnerEmail, Demo::OwnerPassword, Demo::MainProject);
        QVERIFY(waitForPage(app.window, QStringLiteral("balance")));
        auto *page = qobject_cast<BalancePage *>(app.window.currentPage());
        page->openTopUpDialog();
        TopUpDialog *dialog = page->findChild<TopUpDialog *>();
        QVERIFY(dialog);
        QVERIFY(!dialog->submitButton()->isEnabled());
        QTest::keyClicks(dialog->amountEdit(), QStringLiteral("12.345")); // three decimals: refused
        QVERIFY(!dialog->submitButton()->isEnabled());
        dialog->amountEdit()->clear();
        QTest::keyClicks(dialog->amountEdit(), QStringLiteral("1500"));
        QCOMPARE(dialog->amountEdit()->value(), std::optional<qint64>(150000));
        dialog->invoiceButton()->setChecked(true);
        QVERIFY(dialog->submitButton()->isEnabled());
        QTest::mouseClick(dialog->submitButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->topUp().has_value(), 20000);
        QCOMPARE(dialog->topUp()->amount, 150000);
        QVERIFY(!dialog->topUp()->invoiceNumber.isEmpty());
        QVERIFY(dialog->resultText().contains(dialog->topUp()->invoiceNumber));
        QCOMPARE(app.api.requestLog().filter(QStringLiteral("POST")).filter(QStringLiteral("/topups")).size(), 1);

        // The invoice as PDF (what "Save invoice as PDF…" writes).
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("invoice.pdf"));
        QString error;
        QVERIFY2(writeInvoicePdf(path, {dialog->topUp()->invoiceNumber, Demo::MainProject, Demo::OwnerEmail, 150000,
                                        QStringLiteral("UAH"), QDateTime::currentDateTimeUtc()},
                                 &error),
                 qPrintable(error));
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QVERIFY(pdf.size() > 1000);
        dialog->close();
    }

    void r5_cardPaymentPageOpensOnlyOnTheProvidersSite_data()
    {
        QTest::addColumn<QByteArray>("providerHosts"); // CABINET_PAYMENT_HOSTS; empty: the default
        QTest::addColumn<bool>("opens");
        QTest::newRow("the demo's provider (default hosts)") << QByteArray() << true;
        QTest::newRow("the server's page is not on the configured provider") << QByteArray("pay.other.example") << false;
    }

    // Issue 11, item 9: the browser opens the server's payment_url only when it is https on a
    // provider host; otherwise the dialog shows the address and opens nothing.
    void r5_cardPaymentPageOpensOnlyOnTheProvidersSite()
    {
        QFETCH(QByteArray, providerHosts);
        QFETCH(bool, opens);
        if (providerHosts.isEmpty())
            qunsetenv(PaymentPage::HostsEnvironment);
        else
            qputenv(PaymentPage::HostsEnvironment, providerHosts);
        UrlRecorder browser;
        QDesktopServices::setUrlHandler(QStringLiteral("https"), &browser, "open");
        const auto restore = qScopeGuard([] {
            QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
            qunsetenv(PaymentPage::HostsEnvironment);
        });
        App app;
        signIn(app, Demo::OwnerEmail, Demo::OwnerPassword, Demo::MainProject);
        QVERIFY(waitForPage(app.window, QStringLiteral("balance")));
        auto *page = qobject_cast<BalancePage *>(app.window.currentPage());
        page->openTopUpDialog();
        TopUpDialog *dialog = page->findChild<TopUpDialog *>();
        QVERIFY(dialog);
        QTest::keyClicks(dialog->amountEdit(), QStringLiteral("100"));
        dialog->cardButton()->setChecked(true);
        QTest::mouseClick(dialog->submitButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->topUp().has_value(), 20000);
        const QUrl paymentUrl = dialog->topUp()->paymentUrl;
        QCOMPARE(paymentUrl.scheme(), QStringLiteral("https"));
        QCOMPARE(browser.opened, opens ? QList<QUrl>{paymentUrl} : QList<QUrl>{});
        QCOMPARE(dialog->resultText().contains(paymentUrl.toString()), !opens); // shown for the user to judge
        dialog->close();
    }

    void r13_creditDialogShowsTheServersEligibility()
    {
        App app;
        signIn(app, Demo::OwnerEmail, Demo::OwnerPassword, Demo::MainProject);
        QVERIFY(waitForPage(app.window, QStringLiteral("balance")));
        auto *page = qobject_cast<BalancePage *>(app.window.currentPage());
        page->openCreditDialog();
        CreditRequestDialog *dialog = page->findChild<CreditRequestDialog *>();
        QVERIFY(dialog);
        QSignalSpy loaded(dialog, &CreditRequestDialog::eligibilityLoaded);
        QVERIFY(loaded.wait(20000));
        const auto eligibility = loaded.first().first().value<CreditEligibility>();
        QVERIFY(!dialog->eligibilityText().trimmed().isEmpty());
        QCOMPARE(dialog->termEdit()->maximum(), eligibility.maxTermDays);
        QCOMPARE(dialog->amountEdit()->isEnabled(), eligibility.eligible);
        if (!eligibility.eligible) {
            for (const QString &reason : eligibility.reasons)
                QVERIFY(dialog->eligibilityText().contains(reason.toHtmlEscaped()));
        }
        dialog->close();
    }
};

QTEST_MAIN(TestUi)
#include "tst_ui.moc"
