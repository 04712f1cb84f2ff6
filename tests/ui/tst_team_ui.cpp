// SPDX-License-Identifier: GPL-3.0-or-later
// Team, account and audit screens driven through their widgets against the real server (--seed
// demo): the Owner manages the team (R32), an Administrator cannot, an invitation is accepted from
// the sign-in page, a password change signs out a second running client (R33), the audit page
// (R34), and an Owner demoted to Administrator loses the Referral page live, referral cache and all (R3).
#include "AcceptInvitationDialog.h"
#include "AccountPanel.h"
#include "AddMemberDialog.h"
#include "AuditModel.h"
#include "AuditPage.h"
#include "OfflineCache.h"
#include "OfflineController.h"
#include "SettingsPage.h"
#include "SignInPage.h"
#include "StatusPanel.h"
#include "UiTestSupport.h"
#include "UsersModel.h"
#include "UsersPage.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTreeWidget>

using UiTest::App;

class TestTeamUi : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    std::unique_ptr<ServerProcess> m_server;

    template<typename PageType>
    PageType *open(App &app, const QString &pageId)
    {
        if (!app.window.showPage(pageId))
            return nullptr;
        auto *page = qobject_cast<PageType *>(app.window.currentPage());
        if (!page || !QTest::qWaitFor([&] { return page->isContentReady(); }, 30000))
            return nullptr;
        return page;
    }

    static int rowOf(UsersModel *model, const QString &email)
    {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->memberAt(row).email == email)
                return row;
        }
        return -1;
    }

    // Adds a member through the dialog, like the Owner: form, confirmation, answer. Returns the token.
    QString addThroughDialog(UsersPage *page, const QString &email, Role role)
    {
        page->addButton()->click();
        AddMemberDialog *dialog = page->addMemberDialog();
        if (!dialog)
            return QStringLiteral("no dialog");
        QTest::keyClicks(dialog->emailEdit(), email);
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Team Mate"));
        dialog->roleChooser()->setCurrentIndex(dialog->roleChooser()->findData(roleToApi(role)));
        dialog->primaryButton()->click();
        if (!dialog->isConfirming())
            return QStringLiteral("no confirmation");
        dialog->primaryButton()->click();
        if (!QTest::qWaitFor([&] { return dialog->copyTokenButton()->isVisibleTo(dialog) || dialog->statusPanel()->text().contains(email); }, 30000))
            return QStringLiteral("no answer: ") + dialog->statusPanel()->text();
        const QString token = dialog->tokenField()->text();
        dialog->primaryButton()->click(); // Close
        return token;
    }

    void confirmOpenBox(UsersPage *page)
    {
        QTRY_VERIFY(page->confirmation());
        page->confirmation()->button(QMessageBox::Ok)->click();
    }

private slots:
    void initTestCase()
    {
        UiTest::useTemporaryHome(m_home);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_server = Demo::startServer(10);
        QVERIFY2(m_server->baseUrl().isValid(), qPrintable(m_server->errorString()));
    }

    void r32_ownerManagesTheTeam_data()
    {
        QTest::addColumn<bool>("unknownEmail");
        QTest::newRow("invitation for an unknown e-mail") << true;
        QTest::newRow("a registered user") << false;
    }
    void r32_ownerManagesTheTeam()
    {
        QFETCH(bool, unknownEmail);
        App app;
        UiTest::signIn(app, m_server->baseUrl(), Demo::OwnerEmail, Demo::OwnerPassword, Demo::MainProject);
        auto *page = open<UsersPage>(app, QStringLiteral("users"));
        QVERIFY(page);
        QVERIFY(page->addButton() && page->changeRoleButton() && page->removeButton());
        const QString email = unknownEmail ? QStringLiteral("mate-%1@team.test").arg(QDateTime::currentMSecsSinceEpoch())
                                           : QStringLiteral("florist@demo.unitalk");
        const QString token = addThroughDialog(page, email, Role::Manager);
        QCOMPARE(token.isEmpty(), !unknownEmail);
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(page->model(), email) >= 0, 20000);
        QCOMPARE(page->sessionInvitations().size(), unknownEmail ? 1 : 0);

        page->view()->selectRow(rowOf(page->model(), email));
        QVERIFY(page->changeRoleButton()->isEnabled());
        page->roleChooser()->setCurrentIndex(page->roleChooser()->findData(QStringLiteral("operator")));
        page->changeRoleButton()->click();
        confirmOpenBox(page);
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(page->model(), email) >= 0
                                     && page->model()->memberAt(rowOf(page->model(), email)).role == Role::Operator,
                                 20000);

        page->view()->selectRow(rowOf(page->model(), email));
        page->removeButton()->click();
        confirmOpenBox(page);
        QTRY_COMPARE_WITH_TIMEOUT(rowOf(page->model(), email), -1, 20000);

        // The Owner's own row cannot be changed or removed (R1).
        page->view()->selectRow(rowOf(page->model(), Demo::OwnerEmail));
        QVERIFY(!page->changeRoleButton()->isEnabled());
        QVERIFY(!page->removeButton()->isEnabled());
    }

    void r32_administratorCannotManage()
    {
        App app;
        UiTest::signIn(app, m_server->baseUrl(), Demo::AdminEmail, Demo::AdminPassword, Demo::MainProject);
        auto *page = open<UsersPage>(app, QStringLiteral("users"));
        QVERIFY(page);
        QVERIFY(!page->addButton());
        QVERIFY(!page->changeRoleButton());
        QVERIFY(!page->removeButton());
        QVERIFY(page->model()->rowCount() > 0);

        // Forced anyway (the dialog on an Administrator's session): the server's 403, readably.
        AddMemberDialog dialog(&app.api, app.session.currentProject()->id);
        QTest::keyClicks(dialog.emailEdit(), QStringLiteral("forced@team.test"));
        QTest::keyClicks(dialog.nameEdit(), QStringLiteral("Forced"));
        dialog.primaryButton()->click();
        dialog.primaryButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.statusPanel()->isShowingError(), 20000);
        QVERIFY(!dialog.statusPanel()->text().contains(QLatin1Char('{')));
        QVERIFY(dialog.tokenField()->text().isEmpty());
    }

    void r32_invitationAcceptedFromSignIn()
    {
        QString token;
        {
            App owner;
            UiTest::signIn(owner, m_server->baseUrl(), Demo::OwnerEmail, Demo::OwnerPassword, Demo::MainProject);
            auto *page = open<UsersPage>(owner, QStringLiteral("users"));
            QVERIFY(page);
            token = addThroughDialog(page, QStringLiteral("invitee-%1@team.test").arg(QDateTime::currentMSecsSinceEpoch()),
                                     Role::Supervisor);
            QVERIFY(token.size() > 8);
        }
        App app;
        app.window.show();
        SignInPage *signIn = app.window.signInPage();
        signIn->setServerAddress(m_server->baseUrl().toString());
        signIn->invitationButton()->click();
        AcceptInvitationDialog *dialog = signIn->invitationDialog();
        QVERIFY(dialog);
        QTest::keyClicks(dialog->tokenEdit(), token);
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Invited Person"));
        QTest::keyClicks(dialog->passwordEdit(), QStringLiteral("short"));
        QVERIFY(!dialog->acceptButton()->isEnabled()); // at least 10 characters (R33)
        QTest::keyClicks(dialog->passwordEdit(), QStringLiteral("-but-longer"));
        QTest::keyClicks(dialog->repeatEdit(), QStringLiteral("short-but-longer"));
        QVERIFY(dialog->acceptButton()->isEnabled());
        dialog->acceptButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(app.window.screen(), MainWindow::Screen::Workspace, 30000);
        QCOMPARE(app.session.user().name, QStringLiteral("Invited Person"));
        QCOMPARE(app.session.currentProject()->role, Role::Supervisor);
        QVERIFY(!app.window.navigationEntries().contains(QStringLiteral("audit"))); // R34: not for a Supervisor
    }

    void r33_passwordChangeSignsOutASecondClient()
    {
        // A user of their own, so the demo passwords stay for the other tests.
        ApiClient ownerApi;
        ownerApi.setBaseUrl(m_server->baseUrl());
        const auto me = signInApi(ownerApi, Demo::OwnerEmail, Demo::OwnerPassword);
        QVERIFY(me);
        const QString email = QStringLiteral("two-%1@team.test").arg(QDateTime::currentMSecsSinceEpoch());
        const auto added = awaitResult<AddMemberAnswer>(ownerApi.addMember(
            projectIdByName(*me, Demo::MainProject), {email, QStringLiteral("Two Devices"), Role::Administrator}));
        QVERIFY(added.ok());
        ApiClient acceptApi;
        acceptApi.setBaseUrl(m_server->baseUrl());
        QVERIFY(awaitResult<LoginAnswer>(acceptApi.acceptInvitation(added.value->invitationToken, QStringLiteral("Two Devices"),
                                                                    QStringLiteral("first-pass-123"))).ok());

        App first;
        UiTest::signIn(first, m_server->baseUrl(), email, QStringLiteral("first-pass-123"), Demo::MainProject);
        App second;
        UiTest::signIn(second, m_server->baseUrl(), email, QStringLiteral("first-pass-123"), Demo::MainProject);

        auto *settings = open<SettingsPage>(first, QStringLiteral("settings"));
        QVERIFY(settings);
        AccountPanel *account = settings->account();
        // Three sessions: the accepted invitation's and both windows'; one of them is this device.
        QTRY_VERIFY_WITH_TIMEOUT(account->sessions().size() == 3, 20000);
        QCOMPARE(account->sessionList()->topLevelItemCount(), 3);

        QTest::keyClicks(account->currentPasswordEdit(), QStringLiteral("wrong-password-1"));
        QTest::keyClicks(account->newPasswordEdit(), QStringLiteral("second-pass-123"));
        QVERIFY(!account->strengthHint()->text().isEmpty());
        account->changePasswordButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(account->passwordStatus()->isShowingError(), 20000); // 422, readably
        QVERIFY(!account->passwordStatus()->text().contains(QLatin1Char('{')));

        account->currentPasswordEdit()->clear();
        QTest::keyClicks(account->currentPasswordEdit(), QStringLiteral("first-pass-123"));
        account->changePasswordButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!account->passwordStatus()->isShowingError() && account->currentPasswordEdit()->text().isEmpty(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(account->sessions().size() == 1 && account->sessions().first().current, 20000);

        // The second window's next request gets 401: it shows the sign-in page. That request may be
        // its event feed's poll (R31), which can have signed it out already; else a refresh asks.
        if (Page *page = second.window.currentPage())
            page->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(second.window.screen(), MainWindow::Screen::SignIn, 20000);
        QCOMPARE(first.window.screen(), MainWindow::Screen::Workspace);
    }

    void r34_auditPageForOwnerAndAdministrator_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("referralFilter");
        QTest::newRow("Owner") << Demo::OwnerEmail << Demo::OwnerPassword << true;
        QTest::newRow("Administrator") << Demo::AdminEmail << Demo::AdminPassword << false;
    }
    void r34_auditPageForOwnerAndAdministrator()
    {
        QFETCH(QString, email);
        QFETCH(QString, password);
        QFETCH(bool, referralFilter);
        App app;
        UiTest::signIn(app, m_server->baseUrl(), email, password, Demo::MainProject);
        app.api.clearRequestLog();
        auto *page = open<AuditPage>(app, QStringLiteral("audit"));
        QVERIFY(page);
        QVERIFY(page->model()->rowCount() > 0);
        QCOMPARE(page->actionFilter()->findData(QStringLiteral("referral")) >= 0, referralFilter);
        page->actionFilter()->setCurrentIndex(page->actionFilter()->findData(QStringLiteral("member")));
        page->applyFilters();
        QTRY_VERIFY_WITH_TIMEOUT(!page->model()->isLoading() && page->model()->rowCount() > 0, 20000);
        for (int row = 0; row < page->model()->rowCount(); ++row)
            QVERIFY(page->model()->entryAt(row).action.startsWith(QLatin1String("member.")));
        QVERIFY(app.api.requestLog().filter(QStringLiteral("/audit?")).last().contains(QLatin1String("action=member&")));

        const QString path = m_home.filePath(QStringLiteral("audit-%1.csv").arg(QString::fromLatin1(QTest::currentDataTag())));
        QSignalSpy exported(page, &AuditPage::exportFinished);
        page->exportTo(path);
        QVERIFY(exported.wait(30000));
        QCOMPARE(exported.first().at(1).toString(), QString());
        QVERIFY(QFile::exists(path));
    }

    void r3_demotedOwnerLosesReferralLive()
    {
        App app;
        UiTest::signIn(app, m_server->baseUrl(), Demo::OwnerEmail, Demo::OwnerPassword, Demo::MainProject);
        QVERIFY(app.window.showPage(QStringLiteral("referral")));
        OfflineController *offline = app.window.offlineController();
        offline->catchUp();
        QTRY_VERIFY_WITH_TIMEOUT(offline->cache() && offline->cache()->referral(), 30000);
        const QString projectId = app.session.currentProject()->id;

        // The ownership moves to the Administrator (no route does that, R1: the operator's doing,
        // here straight in the server's database).
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("demote"));
            db.setDatabaseName(m_server->databasePath());
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000")); // the server writes too (WAL)
            QVERIFY(db.open());
            QSqlQuery query(db);
            const QString ownerId = app.session.user().id;
            QVERIFY(query.exec(QStringLiteral("UPDATE members SET role = 'administrator' WHERE project_id = %1 AND user_id = %2")
                                   .arg(projectId, ownerId)));
            QVERIFY(query.exec(QStringLiteral("UPDATE members SET role = 'owner' WHERE project_id = %1 AND user_id = "
                                              "(SELECT id FROM users WHERE email = '%2')")
                                   .arg(projectId, Demo::AdminEmail)));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("demote"));

        // The next referral request answers 403: the client reads /me again and rebuilds at once.
        app.window.currentPage()->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!app.window.navigationEntries().contains(QStringLiteral("referral")), 20000);
        QCOMPARE(app.session.currentProject()->role, Role::Administrator);
        QCOMPARE(app.window.currentPageId(), QStringLiteral("balance"));
        QVERIFY(!app.window.showPage(QStringLiteral("referral")));
        QVERIFY(offline->cache());
        QVERIFY(!offline->cache()->referral()); // R3: nothing of the referral program stays on this machine
    }
};

QTEST_MAIN(TestTeamUi)
#include "tst_team_ui.moc"
