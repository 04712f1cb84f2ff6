// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "BalancePage.h"
#include "ApiClient.h"
#include "CacheLocation.h"
#include "ConnectivityMonitor.h"
#include "Icons.h"
#include "LanguageSettings.h"
#include "OfflineBanner.h"
#include "OfflineController.h"
#include "NoFinanceAccessPage.h"
#include "ProjectChooserPage.h"
#include "ReferralPage.h"
#include "ReportsPage.h"
#include "SecretStore.h"
#include "Session.h"
#include "SettingsPage.h"
#include "SignInPage.h"
#include "Theme.h"
#include "UsersPage.h"

#include <QComboBox>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QCheckBox>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <utility>

namespace {
constexpr int PageIdRole = Qt::UserRole + 1;
const QString BalanceId = QStringLiteral("balance");
const QString ReferralId = QStringLiteral("referral");
const QString ReportsId = QStringLiteral("reports");
const QString UsersId = QStringLiteral("users");
const QString SettingsId = QStringLiteral("settings");
} // namespace

QString MainWindow::lastPageSetting(const QUrl &server, const QString &userId, const QString &projectId)
{
    // Per server, user and project: another user of this computer, or the same user in another
    // project, starts where they themselves left off.
    return QStringLiteral("workspace/lastPage/%1/%2/%3")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(server.authority())), userId, projectId);
}

QString MainWindow::lastPageSettingNow() const
{
    const std::optional<ProjectMembership> project = m_session->currentProject();
    return project ? lastPageSetting(m_session->serverUrl(), m_session->user().id, project->id) : QString();
}

QKeySequence MainWindow::shortcutFor(const QString &pageId)
{
    const QStringList order{BalanceId, ReferralId, UsersId, SettingsId};
    const auto index = order.indexOf(pageId);
    return index < 0 ? QKeySequence() : QKeySequence(QKeyCombination(Qt::ControlModifier, Qt::Key(Qt::Key_1 + index)));
}

MainWindow::MainWindow(Session *session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_screens(new QStackedWidget(this))
    , m_signIn(new SignInPage(session, this))
    , m_chooser(makeChooser())
    , m_builtLanguage(Language::current())
{
    m_workspace = buildWorkspace(); // in the body: it sets members initialised after m_workspace
    setWindowIcon(Icons::applicationIcon());
    resize(1200, 760);
    m_screens->addWidget(m_signIn);
    m_screens->addWidget(m_chooser);
    m_screens->addWidget(m_workspace);
    setCentralWidget(m_screens);

    m_keyringNotice = new QLabel(this);
    statusBar()->addPermanentWidget(m_keyringNotice);
    statusBar()->setSizeGripEnabled(false);

    connect(m_session, &Session::signedIn, this, &MainWindow::onSignedIn);
    connect(m_session, &Session::signedOut, this, &MainWindow::onSignedOut);
    connect(m_session, &Session::restoreFinished, this, [this](bool signedIn) {
        if (!signedIn)
            m_signIn->focusFirstEmptyField();
    });
    connect(m_session, &Session::restoreUnreachable, this, &MainWindow::openOffline);
    connect(m_session, &Session::currentProjectChanged, this, &MainWindow::rebuildForProject);
    connect(m_session->secrets(), &SecretStore::persistenceChanged, this, &MainWindow::updateKeyringNotice);
    for (const QString &pageId : {BalanceId, ReferralId, UsersId, SettingsId}) {
        auto *shortcut = new QShortcut(shortcutFor(pageId), this);
        connect(shortcut, &QShortcut::activated, this, [this, pageId] {
            if (screen() == Screen::Workspace)
                showPage(pageId); // refused for a page this role has no entry for
        });
    }
    applyTexts();
    showScreen(Screen::SignIn);
    updateKeyringNotice();
}

ProjectChooserPage *MainWindow::makeChooser()
{
    auto *chooser = new ProjectChooserPage(this);
    connect(chooser, &ProjectChooserPage::projectChosen, this, [this](const QString &projectId) {
        m_session->setCurrentProject(projectId);
        openWorkspace();
    });
    connect(chooser, &ProjectChooserPage::signOutRequested, this, &MainWindow::confirmSignOut);
    return chooser;
}

void MainWindow::applyTexts()
{
    setWindowTitle(tr("UniTalk Cabinet"));
    m_brandName->setText(tr("UniTalk Cabinet"));
    m_projectCaption->setText(tr("&Project"));
    m_projects->setAccessibleName(tr("Current project"));
    m_navigation->setAccessibleName(tr("Navigation"));
    m_signOutButton->setText(tr("Sign out"));
    m_signOutButton->setAccessibleName(tr("Sign out"));
    m_keyringNotice->setText(tr("No system keyring: you will need to sign in again next time."));
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    // Settings > Language: the event may come more than once (application, window) and also for
    // the language this window was built in; rebuild only for a new one.
    if (event->type() == QEvent::LanguageChange && Language::current() != m_builtLanguage) {
        m_builtLanguage = Language::current();
        retranslate();
    }
}

void MainWindow::retranslate()
{
    // The pages set their texts where they build their widgets, so every screen is built again:
    // sign-in and the project chooser anew (they read their state from the session), the sidebar
    // and the pages by openWorkspace() (the page shown stays: it is the last page remembered).
    const Screen shown = screen();
    auto *signIn = new SignInPage(m_session, this);
    auto *chooser = makeChooser();
    m_screens->insertWidget(m_screens->indexOf(m_signIn), signIn);
    m_screens->insertWidget(m_screens->indexOf(m_chooser), chooser);
    for (QWidget *old : {static_cast<QWidget *>(m_signIn), static_cast<QWidget *>(m_chooser)}) {
        m_screens->removeWidget(old);
        old->deleteLater();
    }
    m_signIn = signIn;
    m_chooser = chooser;
    applyTexts();
    updateKeyringNotice();
    if (shown == Screen::Workspace) {
        openWorkspace();
        return;
    }
    if (shown == Screen::ChooseProject) {
        const std::optional<ProjectMembership> current = m_session->currentProject();
        m_chooser->setProjects(m_session->projects(), current ? current->id : QString());
    }
    showScreen(shown);
}

QWidget *MainWindow::buildWorkspace()
{
    auto *workspace = new QWidget(this);
    auto *layout = new QHBoxLayout(workspace);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto *sidebar = new QFrame(workspace);
    sidebar->setObjectName(QStringLiteral("sidebar"));
    sidebar->setFixedWidth(250);
    auto *side = new QVBoxLayout(sidebar);
    side->setContentsMargins(14, 16, 14, 14);
    side->setSpacing(10);

    auto *brand = new QHBoxLayout;
    auto *logo = new QLabel(sidebar);
    logo->setPixmap(Icons::applicationIcon().pixmap(28, 28));
    m_brandName = new QLabel(sidebar);
    Theme::makeHeading(m_brandName);
    brand->addWidget(logo);
    brand->addWidget(m_brandName, 1);
    side->addLayout(brand);

    m_projectCaption = new QLabel(sidebar);
    Theme::makeSecondary(m_projectCaption);
    m_projects = new QComboBox(sidebar);
    m_projects->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_projects->setMinimumContentsLength(12);
    m_projectCaption->setBuddy(m_projects);
    side->addWidget(m_projectCaption);
    side->addWidget(m_projects);
    side->addSpacing(6);

    m_navigation = new QTreeWidget(sidebar);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setHeaderHidden(true);
    m_navigation->setRootIsDecorated(false);
    m_navigation->setIndentation(0); // sections are shown by their bold headers, not by indentation
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setFocusPolicy(Qt::StrongFocus);
    side->addWidget(m_navigation, 1);

    m_userLabel = new QLabel(sidebar);
    Theme::makeSecondary(m_userLabel);
    m_userLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_signOutButton = new QPushButton(Icons::icon(QStringLiteral("logout"), palette()), QString(), sidebar);
    side->addWidget(m_userLabel);
    side->addWidget(m_signOutButton);

    // The offline banner sits above every page (R25).
    m_offline = new OfflineController(m_session->api(), this);
    auto *pageArea = new QWidget(workspace);
    auto *pageColumn = new QVBoxLayout(pageArea);
    pageColumn->setContentsMargins(0, 0, 0, 0);
    pageColumn->setSpacing(0);
    m_offlineBanner = new OfflineBanner(m_offline->monitor(), pageArea);
    m_pages = new QStackedWidget(pageArea);
    pageColumn->addWidget(m_offlineBanner);
    pageColumn->addWidget(m_pages, 1);
    layout->addWidget(sidebar);
    layout->addWidget(pageArea, 1);

    connect(m_navigation, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item && !item->data(0, PageIdRole).toString().isEmpty())
            showPage(item->data(0, PageIdRole).toString());
    });
    connect(m_projects, &QComboBox::activated, this, [this](int index) {
        m_session->setCurrentProject(m_projects->itemData(index).toString());
    });
    connect(m_signOutButton, &QPushButton::clicked, this, &MainWindow::confirmSignOut);
    return workspace;
}

void MainWindow::start()
{
    showScreen(Screen::SignIn);
    m_session->restore();
}

MainWindow::Screen MainWindow::screen() const
{
    if (m_screens->currentWidget() == m_chooser)
        return Screen::ChooseProject;
    if (m_screens->currentWidget() == m_workspace)
        return Screen::Workspace;
    return Screen::SignIn;
}

void MainWindow::showScreen(Screen screen)
{
    QWidget *widgets[] = {m_signIn, m_chooser, m_workspace};
    m_screens->setCurrentWidget(widgets[int(screen)]);
    emit screenChanged(screen);
}

void MainWindow::updateKeyringNotice()
{
    const bool persistent = m_session->secrets()->isPersistent() || !m_keyringNoticeEnabled;
    m_signIn->setKeyringNoticeVisible(!persistent);
    m_keyringNotice->setVisible(!persistent);
    statusBar()->setVisible(!persistent);
}

void MainWindow::onSignedIn()
{
    const UserInfo user = m_session->user();
    m_userLabel->setText(user.name.isEmpty() ? user.email : tr("%1\n%2").arg(user.name, user.email));
    const QList<ProjectMembership> projects = m_session->projects();
    const bool preferredKnown = std::any_of(projects.cbegin(), projects.cend(),
                                            [&](const ProjectMembership &p) { return p.id == m_preferredProject; });
    if (preferredKnown) {
        m_session->setCurrentProject(m_preferredProject);
        openWorkspace();
        return;
    }
    if (projects.size() == 1) {
        openWorkspace();
        return;
    }
    const std::optional<ProjectMembership> current = m_session->currentProject();
    m_chooser->setProjects(projects, current ? current->id : QString());
    showScreen(Screen::ChooseProject);
}

void MainWindow::openOffline()
{
    // The server is down at start: the remembered user's workspace opens from the cache, read-only (R25).
    const std::optional<MeAnswer> profile = cabinet::cache::loadLastProfile(m_session->api()->baseUrl());
    if (!profile || profile->projects.isEmpty())
        return; // nothing saved: the sign-in page stays
    m_offline->monitor()->assumeOffline();
    m_session->openOffline(*profile);
}

void MainWindow::onSignedOut(const QString &reason)
{
    m_offline->close();
    clearPages();
    m_navigation->clear();
    m_projects->clear();
    m_signIn->showNotice(reason);
    m_signIn->setServerAddress(m_session->serverUrl().toString());
    showScreen(Screen::SignIn);
    m_signIn->focusFirstEmptyField();
}

void MainWindow::openWorkspace()
{
    m_projects->clear();
    for (const ProjectMembership &project : m_session->projects())
        m_projects->addItem(tr("%1 · %2").arg(project.name, roleDisplayName(project.role)), project.id);
    showScreen(Screen::Workspace);
    rebuildForProject();
}

void MainWindow::rebuildForProject()
{
    if (!m_session->isSignedIn())
        return;
    const std::optional<ProjectMembership> project = m_session->currentProject();
    clearPages();
    m_navigation->clear();
    if (!project)
        return;
    m_projects->setCurrentIndex(m_projects->findData(project->id));
    m_offline->openProject(m_session->api()->baseUrl(), {m_session->user(), m_session->projects()}, *project);
    setWindowTitle(tr("%1 — UniTalk Cabinet").arg(project->name));

    // The role decides which entries exist; an entry the role may not use is not created (R3).
    auto *finance = new QTreeWidgetItem(m_navigation, {tr("Finance")});
    finance->setFlags(Qt::ItemIsEnabled);
    QFont bold = finance->font(0);
    bold.setBold(true);
    finance->setFont(0, bold);
    addNavigationEntry(finance, BalanceId, tr("Balance"), QStringLiteral("wallet"));
    if (roleHas(project->role, Permission::ViewReferral))
        addNavigationEntry(finance, ReferralId, tr("Referral Program"), QStringLiteral("gift"));
    if (roleHas(project->role, Permission::ViewFinance)) // statements: Owner and Administrator (R25)
        addNavigationEntry(finance, ReportsId, tr("Reports"), QStringLiteral("download"));
    if (roleHas(project->role, Permission::ViewUsers))
        addNavigationEntry(nullptr, UsersId, tr("Users"), QStringLiteral("users"));
    addNavigationEntry(nullptr, SettingsId, tr("Settings"), QStringLiteral("settings"));
    m_navigation->expandAll();
    // The page asked for on the command line (once), else the one used last, if this role has it.
    const QStringList candidates{std::exchange(m_requestedPage, QString()),
                                 QSettings().value(lastPageSettingNow()).toString(), BalanceId};
    for (const QString &pageId : candidates) {
        if (navigationEntries().contains(pageId)) {
            showPage(pageId);
            break;
        }
    }
}

void MainWindow::addNavigationEntry(QTreeWidgetItem *parent, const QString &pageId, const QString &text,
                                    const QString &iconName)
{
    auto *item = parent ? new QTreeWidgetItem(parent, {text}) : new QTreeWidgetItem(m_navigation, {text});
    item->setData(0, PageIdRole, pageId);
    item->setIcon(0, Icons::icon(iconName, palette()));
    item->setData(0, Qt::AccessibleTextRole, parent ? tr("%1, %2").arg(parent->text(0), text) : text);
}

QStringList MainWindow::navigationEntries() const
{
    QStringList ids;
    for (QTreeWidgetItemIterator it(m_navigation); *it; ++it) {
        const QString id = (*it)->data(0, PageIdRole).toString();
        if (!id.isEmpty())
            ids.append(id);
    }
    return ids;
}

bool MainWindow::showPage(const QString &pageId)
{
    if (!navigationEntries().contains(pageId))
        return false;
    Page *page = m_createdPages.value(pageId);
    if (!page) {
        page = createPage(pageId);
        m_createdPages.insert(pageId, page);
        m_pages->addWidget(page);
    }
    m_pages->setCurrentWidget(page);
    m_currentPageId = pageId;
    QSettings().setValue(lastPageSettingNow(), pageId);
    for (QTreeWidgetItemIterator it(m_navigation); *it; ++it) {
        if ((*it)->data(0, PageIdRole).toString() == pageId && m_navigation->currentItem() != *it)
            m_navigation->setCurrentItem(*it);
    }
    emit pageShown(pageId);
    return true;
}

Page *MainWindow::createPage(const QString &pageId)
{
    const ProjectMembership project = *m_session->currentProject();
    ApiClient *api = m_session->api();
    if (pageId == BalanceId) {
        if (!roleHas(project.role, Permission::ViewFinance))
            return new NoFinanceAccessPage(project, m_pages); // R4: no finance request at all
        auto *balance = new BalancePage(api, project, m_session->user(), m_pages);
        balance->setOfflineController(m_offline);
        return balance;
    }
    if (pageId == ReferralId) {
        auto *referral = new ReferralPage(api, project, m_pages);
        referral->setOfflineController(m_offline);
        return referral;
    }
    if (pageId == ReportsId)
        return new ReportsPage(api, cabinet::cache::projectCacheFile(api->baseUrl(), m_session->user().id, project.id),
                               project, m_pages);
    if (pageId == UsersId) {
        auto *users = new UsersPage(api, project, m_session->user(), m_pages);
        users->setOfflineController(m_offline);
        return users;
    }
    auto *settings = new SettingsPage(m_session, m_pages);
    connect(settings, &SettingsPage::signOutRequested, this, &MainWindow::confirmSignOut);
    return settings;
}

Page *MainWindow::currentPage() const
{
    return m_createdPages.value(m_currentPageId);
}

void MainWindow::clearPages()
{
    // deleteLater: this may run inside a signal of one of these pages (Settings > Sign out).
    // A deleted page's pending results are dropped, because the page is their context object.
    for (const QPointer<Page> &page : std::as_const(m_createdPages)) {
        if (page) {
            m_pages->removeWidget(page);
            page->hide();
            page->deleteLater();
        }
    }
    m_createdPages.clear();
    m_currentPageId.clear();
}

void MainWindow::confirmSignOut()
{
    // Signing out offers to delete the figures saved for offline use on this computer (R25).
    auto *box = new QMessageBox(QMessageBox::Question, tr("Sign out"), tr("Sign out of UniTalk Cabinet?"),
                                QMessageBox::Ok | QMessageBox::Cancel, this);
    box->button(QMessageBox::Ok)->setText(tr("Sign out"));
    auto *clear = new QCheckBox(tr("Also delete the offline copy of the figures on this computer"), box);
    box->setCheckBox(clear);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, clear](int result) {
        if (result != QMessageBox::Ok)
            return;
        const QUrl server = m_session->api()->baseUrl();
        const QString userId = m_session->user().id;
        const bool clearCache = clear->isChecked();
        m_session->signOut();
        if (clearCache) {
            m_offline->close();
            cabinet::cache::clearUserCache(server, userId);
        }
    });
    m_signOutConfirmation = box;
    box->open();
}

QMessageBox *MainWindow::signOutConfirmation() const
{
    return m_signOutConfirmation;
}
