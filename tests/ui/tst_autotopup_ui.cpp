// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 12 through the widgets against the real cabinet-server (empty ledger, fake clock):
// the card top-up's "save this card" (R27), the auto top-up dialog with the saved card's mask,
// its removal and the server's no_saved_card refusal (R28), the main card's forecast and
// low-balance state (R29, R31), "who will pay this?" (R30), the top-ups & requests page with
// cancel (issue 12), and the bell receiving a real event, as Owner and as Administrator (R31, R3).
#include "AutoTopUpDialog.h"
#include "AutoTopUpFixture.h"
#include "BalanceCards.h"
#include "BalancePage.h"
#include "ConnectivityMonitor.h"
#include "CreditFixture.h"
#include "DesktopNotifier.h"
#include "EventText.h"
#include "Labels.h"
#include "MainWindow.h"
#include "Money.h"
#include "MoneyEdit.h"
#include "NotificationBell.h"
#include "NotificationCenter.h"
#include "OfflineController.h"
#include "PaymentsPage.h"
#include "PendingItemsModels.h"
#include "ReferralPage.h"
#include "StatusPanel.h"
#include "TopUpDialog.h"
#include "TopUpTracker.h"
#include "UiTestSupport.h"
#include "WhoPaysDialog.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>

namespace {

using Project = ApiTestClient::Project;

// Stands in for the browser: the card top-up opens the payment page through QDesktopServices.
class UrlSink : public QObject
{
    Q_OBJECT
public slots:
    void open(const QUrl &) {}
};

template<typename PageType>
PageType *openPage(MainWindow &window, const QString &pageId)
{
    if (!window.showPage(pageId))
        return nullptr;
    if (!QTest::qWaitFor([&] { return window.currentPage() && window.currentPage()->isContentReady(); }, 30000))
        return nullptr;
    return qobject_cast<PageType *>(window.currentPage());
}

} // namespace

class TestAutoTopUpUi : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<ApiTestClient> m_api;
    std::unique_ptr<AutoTopUpFixture> m_fx; // the provider's signed callback, the saved card
    int m_projects = 0;
    UrlSink m_browser;

    Project newProject(qint64 mainFunds, QString *name)
    {
        *name = QStringLiteral("Auto Top-up %1").arg(++m_projects);
        return m_api->newProject(*name, mainFunds);
    }

    ApiTestClient::Reply callback(const QString &topUpId, const QString &status, const QString &token = {},
                                  const QString &mask = {})
    {
        QJsonObject body{{QStringLiteral("topup_id"), topUpId.toLongLong()}, {QStringLiteral("status"), status}};
        if (!token.isEmpty()) {
            body.insert(QStringLiteral("card_token"), token);
            body.insert(QStringLiteral("card_mask"), mask);
        }
        return m_fx->callback(body);
    }

    ApiTestClient::Reply put(const Project &project, const QString &rest, const QJsonObject &body)
    {
        return m_api->put(QStringLiteral("/api/v1/projects/%1%2").arg(project.id, rest), body,
                          m_api->tokenFor(project.ownerEmail));
    }

    QJsonObject get(const Project &project, const QString &rest)
    {
        return m_api->get(QStringLiteral("/api/v1/projects/%1%2").arg(project.id, rest), m_api->tokenFor(project.ownerEmail))
            .object();
    }

    // A paid card top-up that saved a card, as the provider would report it.
    bool saveCard(const Project &project, const QString &mask) { return m_fx->saveCard(project, mask, 10000); }

    // The project earns referral money from a project it referred, and its Owner moves some of it to
    // main: an internal transfer completes at once (R20), which is a withdrawal_completed event.
    bool referralToMain(const Project &project)
    {
        const Project referred = m_api->createProject(QStringLiteral("Referred %1").arg(++m_projects),
                                                      ApiTestClient::uniqueEmail(QStringLiteral("referred")),
                                                      project.referralCode);
        if (!referred.isValid() || m_api->topUpPaid(referred, 100000).isEmpty()
            || !m_api->charge(referred.id, QStringLiteral("api_call"), 50000).ok())
            return false;
        const ApiTestClient::Reply withdrawal =
            m_api->post(QStringLiteral("/api/v1/projects/%1/referral/withdrawals").arg(project.id),
                        {{QStringLiteral("amount"), 1000}, {QStringLiteral("destination"), QStringLiteral("own_main")}},
                        m_api->tokenFor(project.ownerEmail), ApiTestClient::newIdempotencyKey());
        return withdrawal.status == 201;
    }

    BalancePage *signInToBalance(UiTest::App &app, const Project &project, const QString &name,
                                 const QString &email = {})
    {
        UiTest::signIn(app, m_server->baseUrl(), email.isEmpty() ? project.ownerEmail : email,
                       ApiTestClient::MemberPassword, name);
        return openPage<BalancePage>(app.window, QStringLiteral("balance"));
    }

private slots:
    void initTestCase()
    {
        UiTest::useTemporaryHome(m_home);
        QDesktopServices::setUrlHandler(QStringLiteral("https"), &m_browser, "open");
        m_server = std::make_unique<ServerProcess>();
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_api = std::make_unique<ApiTestClient>(m_server->baseUrl());
        m_fx = std::make_unique<AutoTopUpFixture>(*m_api);
    }

    void cleanupTestCase() { QDesktopServices::unsetUrlHandler(QStringLiteral("https")); }

    void r27_saveCardCheckboxKeepsTheCard_data()
    {
        QTest::addColumn<bool>("tick");
        QTest::newRow("ticked: the card is saved") << true;
        QTest::newRow("not ticked: no card is kept") << false;
    }

    // The checkbox is offered for the card method only and sends save_card:true; the provider's
    // paid callback then makes the card the project's saved card, and only then (R27).
    void r27_saveCardCheckboxKeepsTheCard()
    {
        QFETCH(bool, tick);
        QString name;
        const Project project = newProject(0, &name);
        QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
        UiTest::App app;
        BalancePage *page = signInToBalance(app, project, name);
        QVERIFY(page);
        page->openTopUpDialog();
        auto *dialog = page->findChild<TopUpDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->saveCardBox()->isEnabled()); // card is the default method
        dialog->invoiceButton()->setChecked(true);
        QVERIFY(!dialog->saveCardBox()->isEnabled()); // not for an invoice
        dialog->cardButton()->setChecked(true);
        QVERIFY(dialog->saveCardBox()->isEnabled());
        dialog->saveCardBox()->setChecked(tick);
        QTest::keyClicks(dialog->amountEdit(), QStringLiteral("250"));
        QTest::mouseClick(dialog->submitButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->topUp().has_value(), 20000);
        API_REQUIRE_OK(callback(dialog->topUp()->id, QStringLiteral("paid"), QStringLiteral("tok-ui"),
                                QStringLiteral("**** **** **** 4242")));
        const ApiTestClient::Reply card = m_api->get(QStringLiteral("/api/v1/projects/%1/saved-card").arg(project.id),
                                                     m_api->tokenFor(project.ownerEmail));
        if (tick) {
            API_REQUIRE_OK(card);
            QCOMPARE(card.object().value(QStringLiteral("card_mask")).toString(), QStringLiteral("**** **** **** 4242"));
        } else {
            QCOMPARE(card.status, 404);
        }
        dialog->close();
    }

    // Enabling auto top-up without a saved card: the server's 422 no_saved_card, readably (R28).
    void r28_autoTopUpWithoutCardIsRefusedReadably()
    {
        QString name;
        const Project project = newProject(0, &name);
        QVERIFY(project.isValid());
        UiTest::App app;
        BalancePage *page = signInToBalance(app, project, name);
        QVERIFY(page);
        // No saved card is GET /saved-card's 404: an answer, not a refusal that re-reads /me (R32).
        QSignalSpy refused(&app.api, &ApiClient::projectAccessRefused);
        app.api.clearRequestLog();
        page->openAutoTopUpDialog();
        auto *dialog = page->findChild<AutoTopUpDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), 20000);
        QVERIFY(app.api.requestLog().filter(QStringLiteral("/saved-card")).size() == 1);
        QCOMPARE(refused.count(), 0);
        QCOMPARE(app.api.requestLog().filter(QStringLiteral("/api/v1/me")).size(), 0);
        QVERIFY(!dialog->savedCard());
        QVERIFY(dialog->removeCardButton()->isHidden());
        QVERIFY(dialog->cardLabel()->text().contains(QStringLiteral("No saved card")));
        dialog->enabledBox()->setChecked(true);
        QTest::keyClicks(dialog->thresholdEdit(), QStringLiteral("100"));
        QTest::keyClicks(dialog->amountEdit(), QStringLiteral("500"));
        QVERIFY(dialog->saveButton()->isEnabled());
        QSignalSpy changed(dialog, &AutoTopUpDialog::settingsChanged);
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->status()->isShowingError(), 20000);
        QVERIFY2(dialog->status()->text().contains(QStringLiteral("no saved card"), Qt::CaseInsensitive),
                 qPrintable(dialog->status()->text()));
        QCOMPARE(changed.count(), 0); // refused: nothing changed, the balance page reloads nothing
        QCOMPARE(get(project, QStringLiteral("/auto-topup")).value(QStringLiteral("enabled")).toBool(), false);
        dialog->close();
    }

    // With a saved card: the mask is shown, settings and the alert are saved as typed, and
    // "Remove card" (confirmed) removes it and turns auto top-up off (R27, R28, R31).
    void r28_autoTopUpDialogSavesAndRemovesTheCard()
    {
        QString name;
        const Project project = newProject(100000, &name);
        QVERIFY(project.isValid());
        QVERIFY(saveCard(project, QStringLiteral("**** **** **** 1111")));
        UiTest::App app;
        BalancePage *page = signInToBalance(app, project, name);
        QVERIFY(page);
        page->openAutoTopUpDialog();
        auto *dialog = page->findChild<AutoTopUpDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), 20000);
        QVERIFY(dialog->cardLabel()->text().contains(QStringLiteral("**** **** **** 1111")));
        QVERIFY(!dialog->removeCardButton()->isHidden());
        dialog->enabledBox()->setChecked(true);
        dialog->thresholdEdit()->clear();
        QTest::keyClicks(dialog->thresholdEdit(), QStringLiteral("200"));
        dialog->amountEdit()->clear();
        QTest::keyClicks(dialog->amountEdit(), QStringLiteral("750.50"));
        dialog->alertBox()->setChecked(true);
        dialog->alertEdit()->clear();
        QTest::keyClicks(dialog->alertEdit(), QStringLiteral("300"));
        QSignalSpy changed(dialog, &AutoTopUpDialog::settingsChanged);
        app.api.clearRequestLog();
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->status()->text() == QStringLiteral("Saved."), 20000);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(app.api.requestLog().filter(QStringLiteral("PUT ")).size(), 2);
        // Save again unchanged: nothing is sent (no audit records, R22), nothing reloaded.
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QCOMPARE(dialog->status()->text(), QStringLiteral("Nothing has changed; nothing to save."));
        QCOMPARE(app.api.requestLog().filter(QStringLiteral("PUT ")).size(), 2);
        QCOMPARE(changed.count(), 1);
        // Only the alert changed: only the alert is sent.
        dialog->alertEdit()->clear();
        QTest::keyClicks(dialog->alertEdit(), QStringLiteral("400"));
        app.api.clearRequestLog();
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 2, 20000);
        QCOMPARE(dialog->status()->text(), QStringLiteral("Saved."));
        const QStringList puts = app.api.requestLog().filter(QStringLiteral("PUT "));
        QCOMPARE(puts.size(), 1);
        QVERIFY2(puts.first().contains(QStringLiteral("/alerts")), qPrintable(puts.first()));
        const QJsonObject settings = get(project, QStringLiteral("/auto-topup"));
        QCOMPARE(settings.value(QStringLiteral("enabled")).toBool(), true);
        QCOMPARE(settings.value(QStringLiteral("threshold")).toInteger(), 20000);
        QCOMPARE(settings.value(QStringLiteral("amount")).toInteger(), 75050);
        QCOMPARE(get(project, QStringLiteral("/alerts")).value(QStringLiteral("low_balance_threshold")).toInteger(), 40000);

        QTest::mouseClick(dialog->removeCardButton(), Qt::LeftButton);
        QTRY_VERIFY(dialog->removeConfirmation());
        dialog->removeConfirmation()->button(QMessageBox::Ok)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->savedCard() && dialog->removeCardButton()->isHidden(), 20000);
        QVERIFY(!dialog->enabledBox()->isChecked());
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/projects/%1/saved-card").arg(project.id),
                            m_api->tokenFor(project.ownerEmail)).status,
                 404);
        QCOMPARE(get(project, QStringLiteral("/auto-topup")).value(QStringLiteral("enabled")).toBool(), false);
        dialog->close();
    }

    // R29: "about N days left" with the server's N; nothing when nothing was spent. R31: below the
    // alert threshold the main card shows the low-balance state.
    void r29_mainCardSaysDaysLeftAndLowBalance()
    {
        QString name;
        const Project project = newProject(300000, &name);
        QVERIFY(project.isValid());
        {
            UiTest::App app;
            // The forecast's answer, caught as it is handed to the page: "empty" means nothing once it came.
            int forecastAnswers = 0;
            bool forecastOk = false;
            connect(&app.api, &ApiClient::requestSent, this, [&](const QString &entry) {
                if (!entry.contains(QLatin1String("/forecast")))
                    return;
                if (auto *job = app.api.findChild<ForecastJob *>()) {
                    connect(job, &ForecastJob::finished, this, [&](const ApiResult<Forecast> &result) {
                        ++forecastAnswers;
                        forecastOk = result.ok();
                    });
                }
            });
            BalancePage *page = signInToBalance(app, project, name);
            QVERIFY(page);
            QTRY_COMPARE_WITH_TIMEOUT(forecastAnswers, 1, 10000);
            QVERIFY(forecastOk);
            QCOMPARE(app.api.requestLog().filter(QStringLiteral("/forecast")).size(), 1);
            QVERIFY2(page->cards()->forecastText().isEmpty(), qPrintable(page->cards()->forecastText())); // no spend yet
            QVERIFY(!page->cards()->isLowBalanceShown());
        }
        // Spend in the last 30 full UTC days: a charge, then the clock a day on (the day is full).
        API_REQUIRE_OK(m_api->charge(project.id, QStringLiteral("api_call"), 90000));
        API_REQUIRE_OK(m_api->advanceClock(2 * 24 * 3600));
        API_REQUIRE_OK(put(project, QStringLiteral("/alerts"), {{QStringLiteral("low_balance_threshold"), 250000}}));
        const QJsonObject forecast = get(project, QStringLiteral("/forecast"));
        QVERIFY2(forecast.value(QStringLiteral("days_left")).isDouble(), QJsonDocument(forecast).toJson().constData());
        const int days = int(forecast.value(QStringLiteral("days_left")).toInteger());
        UiTest::App app;
        BalancePage *page = signInToBalance(app, project, name);
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(!page->cards()->forecastText().isEmpty(), 10000);
        QCOMPARE(page->cards()->forecastText(), BalanceCards::tr("About %n day(s) left at your average spend", nullptr, days));
        QTRY_VERIFY_WITH_TIMEOUT(page->cards()->isLowBalanceShown(), 10000); // 2100.00 < 2500.00
        QVERIFY(page->cards()->lowBalanceText().contains(Money::format(250000, QStringLiteral("UAH"))));
        // Below zero (a staff correction may take main there, R17): the low state says so.
        API_REQUIRE_OK(m_api->adjust(project.id, -300000, QStringLiteral("correction"), QStringLiteral("test")));
        page->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(page->cards()->lowBalanceText().contains(QStringLiteral("Below zero")), 10000);
    }

    void r30_whoWillPayThis_data()
    {
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("amount");
        QTest::addColumn<bool>("sufficient");
        QTest::addColumn<qint64>("bonusPart");
        QTest::newRow("subscription: bonus first (R9, R10)") << QStringLiteral("service_subscription") << QStringLiteral("150") << true << qint64(10000);
        QTest::newRow("API calls: main only (R11)") << QStringLiteral("api_call") << QStringLiteral("150") << true << qint64(0);
        QTest::newRow("more than there is: refused whole (R17)") << QStringLiteral("api_call") << QStringLiteral("5000") << false << qint64(0);
    }

    // R30: the dialog shows the server's routing of a charge it does not post.
    void r30_whoWillPayThis()
    {
        QFETCH(QString, category);
        QFETCH(QString, amount);
        QFETCH(bool, sufficient);
        QFETCH(qint64, bonusPart);
        QString name;
        const Project project = newProject(100000, &name); // main 1000.00
        QVERIFY(project.isValid());
        API_REQUIRE_OK(m_api->grantBonus(project.id, 10000)); // bonus 100.00
        UiTest::App app;
        BalancePage *page = signInToBalance(app, project, name);
        QVERIFY(page);
        QVERIFY(page->whoPaysButton()->isVisible());
        QTest::mouseClick(page->whoPaysButton(), Qt::LeftButton);
        auto *dialog = page->findChild<WhoPaysDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->categoryBox()->count(), 9); // every category of R10/R11, by its translated name
        QCOMPARE(dialog->categoryBox()->itemText(0), Labels::category(QStringLiteral("service_subscription")));
        dialog->categoryBox()->setCurrentIndex(dialog->categoryBox()->findData(category));
        QTest::keyClicks(dialog->amountEdit(), amount);
        QTest::mouseClick(dialog->checkButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->preview().has_value(), 20000);
        QCOMPARE(dialog->preview()->sufficient, sufficient);
        const ChargePreview preview = *dialog->preview();
        qint64 bonus = 0;
        for (const auto &[balance, part] : preview.parts)
            bonus += balance == QLatin1String("bonus") ? part : 0;
        if (sufficient)
            QCOMPARE(bonus, bonusPart);
        const QString answer = dialog->answerLabel()->text();
        if (sufficient) {
            QVERIFY2(answer.contains(Money::format(Money::parse(amount).minorUnits.value_or(0) - bonusPart, QStringLiteral("UAH"))),
                     qPrintable(answer));
        } else {
            QVERIFY2(answer.contains(QStringLiteral("Not enough funds")), qPrintable(answer));
            // What is missing is the server's figure (R30), not one the dialog works out.
            const ApiTestClient::Reply server =
                m_api->post(QStringLiteral("/api/v1/projects/%1/charges/preview").arg(project.id),
                            {{QStringLiteral("category"), category},
                             {QStringLiteral("amount"), Money::parse(amount).minorUnits.value_or(0)}},
                            m_api->tokenFor(project.ownerEmail));
            API_REQUIRE_OK(server);
            const qint64 shortfall = server.object().value(QStringLiteral("shortfall")).toInteger();
            QVERIFY(shortfall > 0);
            QCOMPARE(preview.shortfall, shortfall);
            QVERIFY2(answer.contains(Money::format(shortfall, QStringLiteral("UAH"))), qPrintable(answer));
        }
        // No client-side rule about the bonus balance: only the server's parts are said.
        QVERIFY2(!answer.contains(QStringLiteral("never pays")), qPrintable(answer));
        // Nothing was posted: the balances are as before.
        const QJsonObject balances = m_api->balances(project);
        QCOMPARE(balances.value(QStringLiteral("main")).toInteger(), 100000);
        QCOMPARE(balances.value(QStringLiteral("bonus")).toInteger(), 10000);
        dialog->close();
    }

    // Issue 12: invoices, card payments and credit requests with their status; an invoice's PDF
    // saved again; the user's own pending invoice and credit request cancelled from the list.
    void r12_topUpsAndRequestsListWithCancel()
    {
        CreditFixture credits(*m_api);
        const Project project = credits.eligibleProject(100000);
        QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
        const QString token = m_api->tokenFor(project.ownerEmail);
        const ApiTestClient::Reply invoice =
            m_api->post(QStringLiteral("/api/v1/projects/%1/topups").arg(project.id),
                        {{QStringLiteral("amount"), 123400}, {QStringLiteral("method"), QStringLiteral("invoice")}}, token,
                        ApiTestClient::newIdempotencyKey());
        API_REQUIRE_STATUS(invoice, 201);
        const ApiTestClient::Reply request = credits.request(project, CreditFixture::creditBody(50000, "3"));
        API_REQUIRE_STATUS(request, 201);
        const QJsonObject me = m_api->get(QStringLiteral("/api/v1/me"), token).object();
        QString name;
        for (const QJsonValue &p : me.value(QStringLiteral("projects")).toArray()) {
            if (ApiTestClient::idText(p[QStringLiteral("id")]) == project.id)
                name = p[QStringLiteral("name")].toString();
        }

        UiTest::App app;
        UiTest::signIn(app, m_server->baseUrl(), project.ownerEmail, ApiTestClient::MemberPassword, name);
        auto *page = openPage<PaymentsPage>(app.window, QStringLiteral("payments"));
        QVERIFY(page);
        QAbstractItemModelTester topUpsTester(page->topUpsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester requestsTester(page->requestsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        TopUpsModel *topUps = page->topUpsModel();
        QCOMPARE(topUps->rowCount(), 4); // three paid invoices of the fixture and the pending one
        const int pendingRow = topUps->rowOf(ApiTestClient::idText(invoice.object().value(QStringLiteral("id"))));
        QCOMPARE(pendingRow, 0); // newest first
        QCOMPARE(topUps->index(pendingRow, TopUpsModel::StatusColumn).data().toString(), Labels::topUpStatus(QStringLiteral("pending")));
        QCOMPARE(topUps->index(1, TopUpsModel::StatusColumn).data().toString(), Labels::topUpStatus(QStringLiteral("paid")));
        QCOMPARE(topUps->index(pendingRow, TopUpsModel::AmountColumn).data().toString(), Money::format(123400, QStringLiteral("UAH")));

        // A paid invoice: its PDF again, but no Cancel.
        page->topUpsView()->selectRow(1);
        QVERIFY(page->saveInvoiceButton()->isEnabled());
        QVERIFY(!page->cancelTopUpButton()->isEnabled());
        QTemporaryDir folder;
        const QString pdfPath = folder.filePath(QStringLiteral("again.pdf"));
        QString error;
        QVERIFY2(page->saveInvoiceTo(1, pdfPath, &error), qPrintable(error));
        QFile pdf(pdfPath);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QCOMPARE(pdf.read(5), QByteArray("%PDF-"));

        // The pending invoice: cancelled after the confirmation. While the box is open the list is
        // reloaded with a newer invoice on top (a feed event does that): the confirmed one, not the
        // one now in its old row, is cancelled.
        const QString pendingId = topUps->itemAt(pendingRow).id;
        page->topUpsView()->selectRow(pendingRow);
        QVERIFY(page->cancelTopUpButton()->isEnabled());
        QSignalSpy cancelled(page, &PaymentsPage::cancelFinished);
        QTest::mouseClick(page->cancelTopUpButton(), Qt::LeftButton);
        QTRY_VERIFY(page->confirmation());
        const ApiTestClient::Reply newer =
            m_api->post(QStringLiteral("/api/v1/projects/%1/topups").arg(project.id),
                        {{QStringLiteral("amount"), 5000}, {QStringLiteral("method"), QStringLiteral("invoice")}}, token,
                        ApiTestClient::newIdempotencyKey());
        API_REQUIRE_STATUS(newer, 201);
        const QString newerId = ApiTestClient::idText(newer.object().value(QStringLiteral("id")));
        page->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(topUps->rowCount() == 5 && !topUps->isLoading(), 20000);
        QCOMPARE(topUps->rowOf(newerId), pendingRow); // the newer invoice now holds the old row
        page->confirmation()->button(QMessageBox::Yes)->click();
        QTRY_COMPARE_WITH_TIMEOUT(cancelled.count(), 1, 20000);
        QVERIFY2(cancelled.first().at(0).toBool(), qPrintable(cancelled.first().at(1).toString()));
        QCOMPARE(topUps->itemAt(topUps->rowOf(pendingId)).status, QStringLiteral("cancelled"));
        QCOMPARE(topUps->itemAt(topUps->rowOf(newerId)).status, QStringLiteral("pending"));
        QVERIFY(!page->cancelTopUpButton()->isEnabled());
        // Confirmed again once it is no longer pending: said, and nothing is sent.
        const qsizetype cancelCalls = app.api.requestLog().filter(QStringLiteral("/cancel")).size();
        page->cancelTopUp(pendingId);
        QCOMPARE(cancelled.count(), 2);
        QVERIFY(!cancelled.last().at(0).toBool());
        QVERIFY2(cancelled.last().at(1).toString().contains(QStringLiteral("no longer pending")),
                 qPrintable(cancelled.last().at(1).toString()));
        QCOMPARE(app.api.requestLog().filter(QStringLiteral("/cancel")).size(), cancelCalls);

        // Paid by staff after the list was read: the list still says pending, the server answers
        // 409, and the page says so in the server's words and reads the list again. (The feed is
        // stopped first: its topup_paid would read the list again before the click.)
        app.window.notifications()->feed()->stop();
        API_REQUIRE_OK(m_api->post(QStringLiteral("/api/v1/staff/topups/%1/confirm").arg(newerId), QJsonObject{},
                                   m_api->staffToken(), ApiTestClient::newIdempotencyKey()));
        QCOMPARE(topUps->itemAt(topUps->rowOf(newerId)).status, QStringLiteral("pending"));
        page->cancelTopUp(newerId);
        QTRY_COMPARE_WITH_TIMEOUT(cancelled.count(), 3, 20000);
        QVERIFY(!cancelled.last().at(0).toBool());
        const QString refusal = cancelled.last().at(1).toString();
        QVERIFY2(refusal.contains(QStringLiteral("can no longer be cancelled")) && refusal.contains(QStringLiteral("paid"))
                     && refusal.contains(newer.object().value(QStringLiteral("invoice_number")).toString()),
                 qPrintable(refusal));
        QTRY_VERIFY_WITH_TIMEOUT(!topUps->isLoading() && topUps->rowOf(newerId) >= 0
                                     && topUps->itemAt(topUps->rowOf(newerId)).status == QLatin1String("paid"),
                                 20000);
        QVERIFY(page->topUpsStatus()->isShowingError()); // still said once the list is back
        QCOMPARE(page->topUpsStatus()->text(), refusal);
        // A pending card payment is the provider's to settle: no Cancel offered for it, nor a PDF.
        const ApiTestClient::Reply card =
            m_api->post(QStringLiteral("/api/v1/projects/%1/topups").arg(project.id),
                        {{QStringLiteral("amount"), 7000}, {QStringLiteral("method"), QStringLiteral("card")}}, token,
                        ApiTestClient::newIdempotencyKey());
        API_REQUIRE_STATUS(card, 201);
        page->refresh();
        const QString cardId = ApiTestClient::idText(card.object().value(QStringLiteral("id")));
        QTRY_VERIFY_WITH_TIMEOUT(!topUps->isLoading() && topUps->rowOf(cardId) >= 0
                                     && !page->requestsModel()->isLoading() && page->requestsModel()->rowCount() > 0,
                                 20000); // refresh() read both lists again
        QCOMPARE(topUps->itemAt(topUps->rowOf(cardId)).status, QStringLiteral("pending"));
        page->topUpsView()->selectRow(topUps->rowOf(cardId));
        QVERIFY(!page->cancelTopUpButton()->isEnabled());
        QVERIFY(!page->saveInvoiceButton()->isEnabled());

        // The credit request (GET …/credit/requests: the client never called it before).
        page->tabs()->setCurrentIndex(1);
        CreditRequestsModel *requests = page->requestsModel();
        QCOMPARE(requests->rowCount(), 1);
        QCOMPARE(requests->index(0, CreditRequestsModel::StatusColumn).data().toString(),
                 Labels::creditRequestStatus(QStringLiteral("pending")));
        QCOMPARE(requests->index(0, CreditRequestsModel::AmountColumn).data().toString(), Money::format(50000, QStringLiteral("UAH")));
        page->requestsView()->selectRow(0);
        QVERIFY(page->cancelRequestButton()->isEnabled());
        QTest::mouseClick(page->cancelRequestButton(), Qt::LeftButton);
        QTRY_VERIFY(page->confirmation());
        page->confirmation()->button(QMessageBox::Yes)->click();
        QTRY_COMPARE_WITH_TIMEOUT(cancelled.count(), 4, 20000);
        QVERIFY2(cancelled.last().at(0).toBool(), qPrintable(cancelled.last().at(1).toString()));
        QCOMPARE(requests->itemAt(0).status, QStringLiteral("cancelled"));
        const QList<QJsonObject> onServer =
            m_api->allItems(QStringLiteral("/api/v1/projects/%1/credit/requests").arg(project.id), token);
        QCOMPARE(onServer.size(), 1);
        QCOMPARE(onServer.first().value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));

        // The list pages lazily like the history: one server page per fetchMore, one insert each.
        API_REQUIRE_STATUS(credits.request(project, CreditFixture::creditBody(40000, "2")), 201);
        CreditRequestsModel paged(&app.api);
        QAbstractItemModelTester pagedTester(&paged, QAbstractItemModelTester::FailureReportingMode::QtTest);
        paged.setPageSize(1);
        QSignalSpy inserts(&paged, &QAbstractItemModel::rowsInserted);
        app.api.clearRequestLog(); // the page's own loads (limit=100) are not this model's pages
        paged.setProject(project.id);
        QTRY_VERIFY_WITH_TIMEOUT(paged.rowCount() >= 1 && !paged.isLoading(), 10000);
        if (paged.canFetchMore({})) // the tester itself may already have asked for the next page
            paged.fetchMore({});
        QTRY_COMPARE_WITH_TIMEOUT(paged.rowCount(), 2, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!paged.isLoading(), 10000);
        QCOMPARE(inserts.count(), 2);
        QCOMPARE(paged.itemAt(0).status, QStringLiteral("pending"));   // newest first
        QCOMPARE(paged.itemAt(1).status, QStringLiteral("cancelled"));
        // One request per page (the server may end with an empty page after a cursor), never more.
        const qsizetype pages = app.api.requestLog().filter(QRegularExpression(QStringLiteral("/credit/requests\\?limit=1(&|$)"))).size();
        QVERIFY2(pages >= 2 && pages <= 3, qPrintable(QString::number(pages)));
        QVERIFY(!paged.hasMore());
    }

    void r31_bellReceivesARealEvent_data()
    {
        QTest::addColumn<QString>("role");
        QTest::newRow("owner") << QStringLiteral("owner");
        QTest::newRow("administrator") << QStringLiteral("administrator");
    }

    // R31: a top-up confirmed by staff reaches the open client through the long poll within a few
    // seconds: the bell counts it, the list says it with the amount, a desktop notification is
    // asked for, and the balances are read again. R3: an Administrator's client never holds the
    // withdrawal_completed of the same moment.
    void r31_bellReceivesARealEvent()
    {
        QFETCH(QString, role);
        QString name;
        const Project project = newProject(0, &name);
        QVERIFY(project.isValid());
        QString email = project.ownerEmail;
        if (role == QLatin1String("administrator")) {
            email = ApiTestClient::uniqueEmail(QStringLiteral("bell-admin"));
            QVERIFY(m_api->addUser(project.id, email, role));
        }
        UiTest::App app;
        BalancePage *page = signInToBalance(app, project, name, email);
        QVERIFY(page);
        NotificationCenter *center = app.window.notifications();
        QTRY_VERIFY_WITH_TIMEOUT(center->feed()->isLive() && center->feed()->isPolling(), 20000);
        QCOMPARE(app.window.notificationBell()->unreadCount(), 0);
        const qsizetype balancesBefore = app.api.requestLog().filter(QStringLiteral("/balances")).size();

        m_api->topUpPaid(project, 150000); // an invoice confirmed by staff: topup_paid
        QTRY_COMPARE_WITH_TIMEOUT(app.window.notificationBell()->unreadCount(), 1, 10000);
        NotificationsModel *model = center->model();
        QCOMPARE(model->data(model->index(0), NotificationsModel::TypeRole).toString(), QStringLiteral("topup_paid"));
        QVERIFY(model->data(model->index(0), NotificationsModel::MessageRole).toString().contains(Money::format(150000, QStringLiteral("UAH"))));
        QCOMPARE(app.window.desktopNotifier()->history().size(), 1);
        QVERIFY(app.window.desktopNotifier()->history().first().startsWith(EventText::title(model->eventAt(0))));
        QTRY_VERIFY_WITH_TIMEOUT(app.api.requestLog().filter(QStringLiteral("/balances")).size() > balancesBefore, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(page->cards()->mainText(), Money::format(150000, QStringLiteral("UAH")), 10000);
        // One request at a time, each held by the server: no busy loop while nothing happens. A poll
        // the server did not hold would be back within the window (three minimum gaps of the feed)
        // and the feed would then sit out its quiet pause, not polling.
        const qsizetype polls = app.api.requestLog().filter(QStringLiteral("/events")).size();
        QTRY_VERIFY_WITH_TIMEOUT(center->feed()->isPolling(), 10000);
        QTest::qWait(int(3 * center->feed()->timing().minimumGap.count()));
        QVERIFY(center->feed()->isPolling());
        QVERIFY(app.api.requestLog().filter(QStringLiteral("/events")).size() <= polls + 1);

        // The list: opening it shows the event, closing it marks it read.
        app.window.notificationBell()->openPanel();
        NotificationsPanel *panel = app.window.notificationBell()->panel();
        QVERIFY(panel);
        QCOMPARE(panel->list()->model()->rowCount(), 1);
        panel->close();
        QTRY_COMPARE(app.window.notificationBell()->unreadCount(), 0);

        // Referral events are the Owner's alone (R3): the Owner moves referral money to main
        // (withdrawal_completed at once), then staff confirm another invoice (topup_paid).
        // The Owner's Referral page, once created, reads its figures again on that event.
        const bool owner = role == QLatin1String("owner");
        if (owner) {
            QVERIFY(openPage<ReferralPage>(app.window, QStringLiteral("referral")));
            QVERIFY(app.window.showPage(QStringLiteral("balance")));
        }
        const auto referralReads = [&] {
            return app.api.requestLog().filter(QRegularExpression(QStringLiteral("^GET \\S+/referral$"))).size();
        };
        const qsizetype referralBefore = referralReads();
        QVERIFY(referralToMain(project));
        m_api->topUpPaid(project, 20000);
        const int expected = role == QLatin1String("owner") ? 2 : 1;
        QTRY_COMPARE_WITH_TIMEOUT(app.window.notificationBell()->unreadCount(), expected, 10000);
        // Nothing more comes: the feed has passed over the newest event the server holds (an
        // Owner's view of it: ids go up, withdrawal_* included), and the count stayed.
        const ApiTestClient::Reply all = m_api->get(QStringLiteral("/api/v1/projects/%1/events?limit=1000").arg(project.id),
                                                    m_api->tokenFor(project.ownerEmail));
        API_REQUIRE_OK(all);
        const qint64 newest = all.object().value(QStringLiteral("last_id")).toInteger();
        QVERIFY(newest > 0);
        QTRY_COMPARE_WITH_TIMEOUT(center->feed()->lastEventId(), std::optional<qint64>(newest), 10000);
        QCOMPARE(app.window.notificationBell()->unreadCount(), expected);
        bool sawReferral = false;
        for (int row = 0; row < model->rowCount(); ++row)
            sawReferral = sawReferral || model->eventAt(row).isReferralEvent();
        QCOMPARE(sawReferral, role == QLatin1String("owner"));
        for (const QString &shown : app.window.desktopNotifier()->history())
            QVERIFY(role == QLatin1String("owner") || !shown.contains(QStringLiteral("Referral")));
        if (owner)
            QTRY_VERIFY_WITH_TIMEOUT(referralReads() > referralBefore, 10000);
        else
            QCOMPARE(referralReads(), 0); // R3: no Referral page, no referral request
    }

    // R31: a low_balance alert changes the cards (their low state), not the history: the balances
    // are read again, the history is not.
    void r31_lowBalanceReadsTheCardsNotTheHistory()
    {
        QString name;
        const Project project = newProject(300000, &name);
        QVERIFY(project.isValid());
        API_REQUIRE_OK(put(project, QStringLiteral("/alerts"), {{QStringLiteral("low_balance_threshold"), 250000}}));
        UiTest::App app;
        BalancePage *page = signInToBalance(app, project, name);
        QVERIFY(page);
        NotificationCenter *center = app.window.notifications();
        QTRY_VERIFY_WITH_TIMEOUT(center->feed()->isLive() && center->feed()->isPolling(), 20000);
        QVERIFY(!page->cards()->isLowBalanceShown());
        app.api.clearRequestLog();

        API_REQUIRE_OK(m_api->charge(project.id, QStringLiteral("api_call"), 90000)); // 3000.00 -> 2100.00
        QTRY_VERIFY_WITH_TIMEOUT(center->model()->rowCount() > 0
                                     && center->model()->eventAt(0).type == QLatin1String("low_balance"),
                                 10000);
        QTRY_VERIFY_WITH_TIMEOUT(page->cards()->isLowBalanceShown(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(page->cards()->mainText(), Money::format(210000, QStringLiteral("UAH")), 10000);
        QCOMPARE(app.api.requestLog().filter(QStringLiteral("/balances")).size(), 1);
        QCOMPARE(app.api.requestLog().filter(QStringLiteral("/transactions")).size(), 0);
    }

    void r31_cardPaymentOutcomeFromTheFeedOrPolled_data()
    {
        QTest::addColumn<bool>("feedDown");
        QTest::newRow("feed live: told by topup_paid, nothing polled") << false;
        QTest::newRow("feed down: GET /topups polled") << true;
    }

    // A card payment's outcome: while the feed is healthy its topup_paid tells the dialog and
    // refreshes the pages once (the dialog asks for no second refresh, nothing polls GET /topups);
    // while the feed is down the tracker polls and the dialog asks for the refresh (R31, R5).
    void r31_cardPaymentOutcomeFromTheFeedOrPolled()
    {
        QFETCH(bool, feedDown);
        QString name;
        const Project project = newProject(0, &name);
        QVERIFY(project.isValid());
        UiTest::App app;
        BalancePage *page = signInToBalance(app, project, name);
        QVERIFY(page);
        NotificationCenter *center = app.window.notifications();
        QTRY_VERIFY_WITH_TIMEOUT(center->feed()->isHealthy(), 20000);
        page->openTopUpDialog();
        auto *dialog = page->findChild<TopUpDialog *>();
        QVERIFY(dialog);
        QTest::keyClicks(dialog->amountEdit(), QStringLiteral("250"));
        QTest::mouseClick(dialog->submitButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->topUp().has_value() && dialog->tracker(), 20000);
        QVERIFY(dialog->tracker()->isRunning());
        QSignalSpy refreshAsked(dialog, &TopUpDialog::balanceMayHaveChanged);
        app.api.clearRequestLog();
        const auto topUpPolls = [&] {
            return app.api.requestLog().filter(QRegularExpression(QStringLiteral("^GET \\S+/topups(\\?|$)"))).size();
        };
        if (feedDown) {
            center->setOffline(true); // as the connectivity monitor says when the server is gone
            QTRY_VERIFY_WITH_TIMEOUT(dialog->tracker()->isPolling() && topUpPolls() > 0, 10000);
        } else {
            QVERIFY(!dialog->tracker()->isPolling());
        }
        API_REQUIRE_OK(callback(dialog->topUp()->id, QStringLiteral("paid")));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->resultText().contains(QStringLiteral("Paid")), 15000);
        QVERIFY(!dialog->tracker()->isRunning());
        if (feedDown) {
            QCOMPARE(refreshAsked.count(), 1);
        } else {
            QCOMPARE(topUpPolls(), 0);
            QCOMPARE(refreshAsked.count(), 0);
            // The page read its history again once: for the feed's event, not a second time.
            QCOMPARE(app.api.requestLog().filter(QStringLiteral("/transactions")).size(), 1);
        }
        QTRY_COMPARE_WITH_TIMEOUT(page->cards()->mainText(), Money::format(25000, QStringLiteral("UAH")), 10000);
        dialog->close();
    }

    // A failed card payment is no event: with the feed healthy nothing polls, and the dialog looks
    // once when its window is activated again (the user is back from the payment page).
    void r31_failedCardPaymentSeenWhenTheDialogIsActivatedAgain()
    {
        QString name;
        const Project project = newProject(0, &name);
        QVERIFY(project.isValid());
        UiTest::App app;
        BalancePage *page = signInToBalance(app, project, name);
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(app.window.notifications()->feed()->isHealthy(), 20000);
        page->openTopUpDialog();
        auto *dialog = page->findChild<TopUpDialog *>();
        QVERIFY(dialog);
        QTest::keyClicks(dialog->amountEdit(), QStringLiteral("90"));
        QTest::mouseClick(dialog->submitButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->topUp().has_value() && dialog->tracker(), 20000);
        QVERIFY(!dialog->tracker()->isPolling());
        API_REQUIRE_OK(callback(dialog->topUp()->id, QStringLiteral("failed")));
        QVERIFY(dialog->tracker()->isRunning()); // nothing told it yet
        app.api.clearRequestLog();
        QEvent activate(QEvent::WindowActivate);
        QCoreApplication::sendEvent(dialog, &activate);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->resultText().contains(QStringLiteral("not completed")), 15000);
        QCOMPARE(app.api.requestLog().filter(QRegularExpression(QStringLiteral("^GET \\S+/topups(\\?|$)"))).size(), 1);
        QVERIFY(!dialog->tracker()->isRunning());
        dialog->close();
    }

    // R29: the forecast is read when the figures moved (and on open), not on every automatic
    // refresh of the cards; the alert threshold only on open, Refresh and a saved dialog.
    void r29_forecastReadWhenMoneyMovedNotOnEveryTick()
    {
        QString name;
        const Project project = newProject(300000, &name);
        QVERIFY(project.isValid());
        UiTest::App app;
        BalancePage *page = signInToBalance(app, project, name);
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(app.api.requestLog().filter(QStringLiteral("/forecast")).size() == 1
                                     && app.api.requestLog().filter(QStringLiteral("/alerts")).size() == 1,
                                 10000);
        app.api.clearRequestLog();
        page->setRefreshInterval(std::chrono::milliseconds(150));
        QTRY_VERIFY_WITH_TIMEOUT(app.api.requestLog().filter(QStringLiteral("/balances")).size() >= 3, 10000);
        QCOMPARE(app.api.requestLog().filter(QStringLiteral("/forecast")).size(), 0); // nothing moved
        QCOMPARE(app.api.requestLog().filter(QStringLiteral("/alerts")).size(), 0);
        API_REQUIRE_OK(m_api->charge(project.id, QStringLiteral("api_call"), 40000)); // no event: no alert set
        QTRY_COMPARE_WITH_TIMEOUT(page->cards()->mainText(), Money::format(260000, QStringLiteral("UAH")), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(app.api.requestLog().filter(QStringLiteral("/forecast")).size(), 1, 10000);
        const qsizetype balances = app.api.requestLog().filter(QStringLiteral("/balances")).size();
        QTRY_VERIFY_WITH_TIMEOUT(app.api.requestLog().filter(QStringLiteral("/balances")).size() >= balances + 2, 10000);
        QCOMPARE(app.api.requestLog().filter(QStringLiteral("/forecast")).size(), 1); // once per move
        QCOMPARE(app.api.requestLog().filter(QStringLiteral("/alerts")).size(), 0);
        page->setRefreshInterval(BalancePage::RefreshInterval);
    }

    // R31: the catch-up reads pages of 1000 (the contract's most), and a reopen asks only for what
    // came after the last event this client saw (persisted per server, user and project).
    void r31_reopenAsksOnlyForWhatIsNew()
    {
        QString name;
        const Project project = newProject(50000, &name); // one topup_paid event already
        QVERIFY(project.isValid());
        const auto firstEventsRequest = [](const UiTest::App &app) {
            const QStringList events = app.api.requestLog().filter(QStringLiteral("/events"));
            return events.isEmpty() ? QString() : events.first();
        };
        qint64 seen = 0;
        {
            UiTest::App app;
            QVERIFY(signInToBalance(app, project, name));
            NotificationCenter *center = app.window.notifications();
            QTRY_VERIFY_WITH_TIMEOUT(center->feed()->isLive(), 20000);
            const QString first = firstEventsRequest(app);
            QVERIFY2(first.contains(QStringLiteral("limit=1000")) && !first.contains(QStringLiteral("after=")),
                     qPrintable(first));
            QCOMPARE(center->model()->rowCount(), 1);
            seen = center->model()->eventAt(0).id;
        }
        UiTest::App app;
        QVERIFY(signInToBalance(app, project, name));
        NotificationCenter *center = app.window.notifications();
        QTRY_VERIFY_WITH_TIMEOUT(center->feed()->isLive() && center->feed()->isPolling(), 20000);
        const QString first = firstEventsRequest(app);
        QVERIFY2(first.contains(QStringLiteral("after=%1").arg(seen)) && first.contains(QStringLiteral("limit=1000")),
                 qPrintable(first));
        QCOMPARE(center->model()->rowCount(), 0); // nothing new since
        m_api->topUpPaid(project, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(center->model()->rowCount(), 1, 10000);
        QVERIFY(center->model()->eventAt(0).id > seen);
    }

    // R31 with R25: while the server is down the feed sends nothing (the connectivity monitor's
    // probe finds the server again), and once it is back the feed resumes and the next event arrives.
    void r31_feedPausesWhileTheServerIsDownAndResumes()
    {
        ServerProcess::Options options;
        options.keepPortOnRestart = true;
        ServerProcess server(options);
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        ApiTestClient api(server.baseUrl());
        const Project project = api.newProject(QStringLiteral("Paused Feed"), 0);
        QVERIFY2(project.isValid(), qPrintable(api.lastError()));
        UiTest::App app;
        UiTest::signIn(app, server.baseUrl(), project.ownerEmail, ApiTestClient::MemberPassword,
                       QStringLiteral("Paused Feed"));
        NotificationCenter *center = app.window.notifications();
        QTRY_VERIFY_WITH_TIMEOUT(center->feed()->isLive() && center->feed()->isPolling(), 20000);
        // Retries come quickly here, so the window below, longer than any retry, stays short.
        EventFeed::Timing timing = center->feed()->timing();
        timing.firstRetry = std::chrono::milliseconds(200);
        timing.longestRetry = std::chrono::milliseconds(400);
        center->feed()->setTiming(timing);

        server.stop();
        QTRY_VERIFY_WITH_TIMEOUT(app.window.offlineController()->monitor()->isOffline(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(center->feed()->isPaused() && !center->feed()->isPolling(), 5000);
        const qsizetype polls = app.api.requestLog().filter(QStringLiteral("/events")).size();
        // Nothing while offline: a feed that went on would retry within its longest backoff.
        QTest::qWait(int((2 * timing.longestRetry + timing.minimumGap).count()));
        QCOMPARE(app.api.requestLog().filter(QStringLiteral("/events")).size(), polls);

        QVERIFY2(server.restart(), qPrintable(server.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(!app.window.offlineController()->monitor()->isOffline(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(center->feed()->isPolling(), 10000);
        api.topUpPaid(project, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(app.window.notificationBell()->unreadCount(), 1, 15000);
    }
};

QTEST_MAIN(TestAutoTopUpUi)
#include "tst_autotopup_ui.moc"
