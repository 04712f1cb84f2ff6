// SPDX-License-Identifier: GPL-3.0-or-later
// The client in Ukrainian, Russian and English against the demo server (issue 6, Translations):
// the language comes from the system locale unless Settings chose one; the sidebar, the pages and
// sign-in speak it; money is written the way the language writes it ("1 500,00 ₴" in Ukrainian);
// plural forms follow each language's rules; Settings > Language switches at once, no restart.
#include "BalancePage.h"
#include "ClientTestSupport.h"
#include "LanguageSettings.h"
#include "MainWindow.h"
#include "ProjectChooserPage.h"
#include "Money.h"
#include "SecretStore.h"
#include "Session.h"
#include "SettingsPage.h"
#include "SignInPage.h"
#include "TransactionsModel.h"

#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>

namespace {

struct App
{
    ApiClient api;
    MemorySecretStore secrets;
    Session session{&api, &secrets};
    MainWindow window{&session};
};

QStringList sidebarTexts(const MainWindow &window)
{
    QStringList texts;
    for (QTreeWidgetItemIterator it(window.navigation()); *it; ++it)
        texts << (*it)->text(0);
    return texts;
}

bool pageShowsText(const MainWindow &window, const QString &text)
{
    if (!window.currentPage())
        return false;
    const auto labels = window.currentPage()->findChildren<QLabel *>();
    return std::any_of(labels.cbegin(), labels.cend(), [&](const QLabel *label) { return label->text() == text; });
}

} // namespace

class TestI18nUi : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;
    std::unique_ptr<ServerProcess> m_server;

    void signInAsOwner(App &app)
    {
        app.window.show();
        app.session.signIn(m_server->baseUrl(), Demo::OwnerEmail, Demo::OwnerPassword);
        QTRY_VERIFY_WITH_TIMEOUT(app.window.screen() == MainWindow::Screen::ChooseProject, 30000);
        // The demo Owner is in two projects: open Demo Telecom from the chooser, like a user.
        QListWidget *list = app.window.projectChooser()->list();
        const auto items = list->findItems(Demo::MainProject, Qt::MatchStartsWith);
        QCOMPARE(items.size(), 1);
        list->setCurrentItem(items.first());
        QTest::keyClick(list, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(app.window.screen(), MainWindow::Screen::Workspace, 10000);
        QVERIFY(app.window.showPage(QStringLiteral("balance")));
        QTRY_VERIFY_WITH_TIMEOUT(app.window.currentPage()->isContentReady(), 30000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("UniTalk-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_i18n_ui"));
        m_server = Demo::startServer(50);
        QVERIFY(m_server && !m_server->baseUrl().isEmpty());
    }

    void cleanup()
    {
        QSettings().clear();
        Language::apply(QStringLiteral("en"));
    }

    // uk* -> Ukrainian, ru* -> Russian, anything else (C included) -> English; a saved choice wins.
    void systemLocaleChoosesTheLanguage_data()
    {
        QTest::addColumn<QString>("choice");
        QTest::addColumn<QString>("systemLocale");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("formatting");
        QTest::newRow("system uk_UA") << "system" << "uk_UA" << "uk" << "uk_UA";
        QTest::newRow("system ru_RU") << "system" << "ru_RU" << "ru" << "ru_RU";
        QTest::newRow("system ru_UA") << "system" << "ru_UA" << "ru" << "ru_UA";
        QTest::newRow("system en_GB") << "system" << "en_GB" << "en" << "en_GB";
        QTest::newRow("system de_DE") << "system" << "de_DE" << "en" << "en_US";
        QTest::newRow("system C") << "system" << "C" << "en" << "en_US";
        QTest::newRow("ru chosen on uk_UA") << "ru" << "uk_UA" << "ru" << "ru_UA";
        QTest::newRow("uk chosen on en_US") << "uk" << "en_US" << "uk" << "uk_UA";
        QTest::newRow("en chosen on uk_UA") << "en" << "uk_UA" << "en" << "en_US";
        QTest::newRow("unknown saved value") << "de" << "ru_RU" << "ru" << "ru_RU";
    }

    void systemLocaleChoosesTheLanguage()
    {
        QFETCH(QString, choice);
        QFETCH(QString, systemLocale);
        QFETCH(QString, language);
        QFETCH(QString, formatting);
        const QLocale system(systemLocale);
        QCOMPARE(Language::resolve(choice, system), language);
        QCOMPARE(Language::localeFor(language, system).name(), formatting);
    }

    void choiceIsSavedInSettings()
    {
        QCOMPARE(Language::savedChoice(), QStringLiteral("system"));
        Language::saveChoice(QStringLiteral("ru"));
        QCOMPARE(Language::savedChoice(), QStringLiteral("ru"));
        QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("fr"));
        QCOMPARE(Language::savedChoice(), QStringLiteral("system"));
    }

    // The exact characters QLocale writes: Ukrainian and Russian group with a no-break space
    // (U+00A0) and use a decimal comma; the symbol follows after a no-break space.
    void moneyFollowsTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("uk") << "uk" << QStringLiteral("1\u00A0500,00\u00A0\u20B4");
        QTest::newRow("ru") << "ru" << QStringLiteral("1\u00A0500,00\u00A0\u20B4");
        QTest::newRow("en") << "en" << QStringLiteral("\u20B41,500.00");
    }

    void moneyFollowsTheLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, expected);
        QVERIFY(Language::apply(language));
        QCOMPARE(Money::format(150000, QStringLiteral("UAH")), expected);
    }

    // 1, 2-4, 5-20, 21, 11-14 and 111: the three Slavic forms, and English singular/plural.
    void pluralFormsFollowTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("expected");
        QTest::newRow("uk 1") << "uk" << 1 << "1 запис.";
        QTest::newRow("uk 3") << "uk" << 3 << "3 записи.";
        QTest::newRow("uk 5") << "uk" << 5 << "5 записів.";
        QTest::newRow("uk 11") << "uk" << 11 << "11 записів.";
        QTest::newRow("uk 21") << "uk" << 21 << "21 запис.";
        QTest::newRow("uk 112") << "uk" << 112 << "112 записів.";
        QTest::newRow("ru 1") << "ru" << 1 << "1 запись.";
        QTest::newRow("ru 4") << "ru" << 4 << "4 записи.";
        QTest::newRow("ru 12") << "ru" << 12 << "12 записей.";
        QTest::newRow("ru 22") << "ru" << 22 << "22 записи.";
        QTest::newRow("en 1") << "en" << 1 << "1 entry.";
        QTest::newRow("en 2") << "en" << 2 << "2 entries.";
    }

    void pluralFormsFollowTheLanguage()
    {
        QFETCH(QString, language);
        QFETCH(int, count);
        QFETCH(QString, expected);
        QVERIFY(Language::apply(language));
        QCOMPARE(QCoreApplication::translate("BalancePage", "%n entries.", nullptr, count), expected);
    }

    // Qt's own catalogue comes too: the standard dialog buttons speak the language.
    void qtOwnTextsAreTranslated()
    {
        QVERIFY(Language::apply(QStringLiteral("uk")));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Скасувати"));
        QVERIFY(Language::apply(QStringLiteral("ru")));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Отмена"));
    }

    void ownerSeesUkrainian()
    {
        QVERIFY(Language::apply(QStringLiteral("uk")));
        App app;
        QCOMPARE(app.window.signInPage()->signInButton()->text(), QStringLiteral("Увійти"));
        signInAsOwner(app);
        QCOMPARE(sidebarTexts(app.window),
                 (QStringList{QStringLiteral("Фінанси"), QStringLiteral("Баланс"), QStringLiteral("Поповнення та запити"),
                              QStringLiteral("Реферальна програма"), QStringLiteral("Звіти"), QStringLiteral("Користувачі"), QStringLiteral("Журнал дій"),
                              QStringLiteral("Налаштування")}));
        QVERIFY(pageShowsText(app.window, QStringLiteral("Основний баланс")));
        QVERIFY(pageShowsText(app.window, QStringLiteral("Бонусний баланс")));
        QVERIFY(pageShowsText(app.window, QStringLiteral("Кредитні кошти")));
        QVERIFY(app.window.projectSwitcher()->currentText().endsWith(QStringLiteral(" · Власник")));
        QCOMPARE(app.window.windowTitle(), Demo::MainProject + QStringLiteral(" — Кабінет UniTalk"));
    }

    // A language switch retranslates the page shown in place: the same page object, the same
    // filters, the same selected row and scroll position, no model reset; only the words (and the
    // number formats) change.
    void languageSwitchKeepsFiltersSelectionAndScroll()
    {
        QVERIFY(Language::apply(QStringLiteral("en")));
        App app;
        signInAsOwner(app);
        auto *page = qobject_cast<BalancePage *>(app.window.currentPage());
        QVERIFY(page);
        const QPointer<BalancePage> guard(page); // null once the page is deleted
        TransactionsModel *model = page->historyModel();
        QTableView *view = page->historyView();
        page->balanceFilter()->setCurrentIndex(page->balanceFilter()->findData(QStringLiteral("main")));
        page->kindFilter()->setCurrentIndex(page->kindFilter()->findData(QStringLiteral("charge")));
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && view->model()->rowCount() > 40, 30000);
        view->selectRow(7);
        view->verticalScrollBar()->setValue(5);
        const int balanceIndex = page->balanceFilter()->currentIndex();
        const int kindIndex = page->kindFilter()->currentIndex();
        const int periodIndex = page->periodFilter()->currentIndex();
        const QString englishBalance = page->balanceFilter()->currentText();
        const QString englishHeader = view->model()->headerData(0, Qt::Horizontal).toString();
        const QModelIndex selected = view->selectionModel()->selectedRows().value(0);
        const QVariant selectedAt = selected.data(TransactionsModel::TimestampRole);
        const QVariant selectedAmount = selected.data(TransactionsModel::AmountRole);
        QVERIFY(selectedAt.toDateTime().isValid());
        const int rows = view->model()->rowCount();
        const int scroll = view->verticalScrollBar()->value();
        QCOMPARE(scroll, 5);
        QSignalSpy resets(model, &QAbstractItemModel::modelReset);

        QVERIFY(Language::apply(QStringLiteral("uk")));
        QTRY_COMPARE(sidebarTexts(app.window).value(1), QStringLiteral("Баланс"));

        QVERIFY(guard); // not rebuilt: the very same page is still shown
        QCOMPARE(app.window.currentPage(), page);
        QCOMPARE(page->balanceFilter()->currentIndex(), balanceIndex);
        QCOMPARE(page->kindFilter()->currentIndex(), kindIndex);
        QCOMPARE(page->periodFilter()->currentIndex(), periodIndex);
        QCOMPARE(page->balanceFilter()->currentData().toString(), QStringLiteral("main"));
        QVERIFY(page->balanceFilter()->currentText() != englishBalance); // the words did change
        QVERIFY(view->model()->headerData(0, Qt::Horizontal).toString() != englishHeader);
        QVERIFY(pageShowsText(app.window, QStringLiteral("Основний баланс")));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(view->model()->rowCount(), rows);
        QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(view->selectionModel()->selectedRows().value(0).row(), 7);
        const QModelIndex stillSelected = view->selectionModel()->selectedRows().value(0);
        QCOMPARE(stillSelected.data(TransactionsModel::TimestampRole), selectedAt);
        QCOMPARE(stillSelected.data(TransactionsModel::AmountRole), selectedAmount);
        QCOMPARE(view->verticalScrollBar()->value(), scroll);
    }

    // Settings > Language applies at once: sidebar, pages, project box and sign-in speak the new
    // language in place, the Settings page stays shown, and the choice is saved.
    void settingsSwitchesTheLanguageAtOnce()
    {
        QVERIFY(Language::apply(QStringLiteral("uk")));
        App app;
        signInAsOwner(app);
        QVERIFY(app.window.showPage(QStringLiteral("settings")));
        auto *settings = qobject_cast<SettingsPage *>(app.window.currentPage());
        QVERIFY(settings);
        QComboBox *chooser = settings->languageChooser();
        QCOMPARE(chooser->count(), 4);
        QCOMPARE(chooser->itemText(0), QStringLiteral("Мова системи"));
        QCOMPARE(chooser->itemText(1), QStringLiteral("Українська"));
        QCOMPARE(chooser->itemText(2), QStringLiteral("Русский"));
        QCOMPARE(chooser->itemText(3), QStringLiteral("English"));

        chooser->setCurrentIndex(2);
        emit chooser->activated(2);
        QCOMPARE(Language::savedChoice(), QStringLiteral("ru"));
        QTRY_COMPARE(sidebarTexts(app.window).value(5), QStringLiteral("Пользователи"));
        QCOMPARE(sidebarTexts(app.window).value(1), QStringLiteral("Баланс"));
        QCOMPARE(sidebarTexts(app.window).value(2), QStringLiteral("Пополнения и запросы"));
        QCOMPARE(sidebarTexts(app.window).value(3), QStringLiteral("Реферальная программа"));
        QCOMPARE(app.window.currentPageId(), QStringLiteral("settings"));
        QTRY_VERIFY(pageShowsText(app.window, QStringLiteral("Настройки")));
        QVERIFY(app.window.projectSwitcher()->currentText().endsWith(QStringLiteral(" · Владелец")));
        QCOMPARE(app.window.signInPage()->signInButton()->text(), QStringLiteral("Войти"));
        QCOMPARE(Money::format(150000, QStringLiteral("UAH")), QStringLiteral("1\u00A0500,00\u00A0\u20B4"));

        // The same Settings page shows the saved choice; English from there, again at once.
        settings = qobject_cast<SettingsPage *>(app.window.currentPage());
        QVERIFY(settings);
        QCOMPARE(settings->languageChooser()->currentData().toString(), QStringLiteral("ru"));
        settings->languageChooser()->setCurrentIndex(3);
        emit settings->languageChooser()->activated(3);
        QTRY_COMPARE(sidebarTexts(app.window).value(5), QStringLiteral("Users"));
        QVERIFY(app.window.showPage(QStringLiteral("balance")));
        QTRY_VERIFY_WITH_TIMEOUT(app.window.currentPage()->isContentReady(), 30000);
        QVERIFY(pageShowsText(app.window, QStringLiteral("Main balance")));
        QCOMPARE(Money::format(150000, QStringLiteral("UAH")), QStringLiteral("\u20B41,500.00"));
    }
};

QTEST_MAIN(TestI18nUi)
#include "tst_i18n_ui.moc"
