// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "ApiClient.h"
#include "CacheLocation.h"
#include "ConnectivityMonitor.h"
#include "DesktopNotifier.h"
#include "EventText.h"
#include "Icons.h"
#include "NotificationBell.h"
#include "NotificationCenter.h"
#include "OfflineBanner.h"
#include "OfflineCache.h"
#include "OfflineController.h"
#include "Page.h"
#include "PageRegistry.h"
#include "ProjectChooserPage.h"
#include "SecretStore.h"
#include "Session.h"
#include "SignInPage.h"
#include "Theme.h"

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
    const PageEntry *entry = findPage(pageId);
    if (!entry || entry->shortcutDigit == 0)
        return {};
    return QKeySequence(QKeyCombination(Qt::ControlModifier, Qt::Key(Qt::Key_0 + entry->shortcutDigit)));
}

MainWindow::MainWindow(Session *session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_screens(new QStackedWidget(this))
    , m_signIn(new SignInPage(session, this))
    , m_chooser(makeChooser())
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
    // A role changed under an open client (R32): the navigation is rebuilt from the new roles, and
    // the offline cache reopened with the new role purges what that role may not keep (R3).
    connect(m_session, &Session::projectsChanged, this, [this] {
        if (screen() == Screen::Workspace)
            openWorkspace();
    });
    connect(m_session->secrets(), &SecretStore::persistenceChanged, this, &MainWindow::updateKeyringNotice);
    for (const PageEntry &entry : workspacePages()) {
        if (entry.shortcutDigit == 0)
            continue;
        auto *shortcut = new QShortcut(shortcutFor(entry.id), this);
        connect(shortcut, &QShortcut::activated, this, [this, pageId = entry.id] {
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
    // Settings > Language: every widget gets this event and puts its own words in the new
    // language in place (pages, sign-in, the project chooser); nothing is rebuilt, so the page
    // shown keeps its filters, selection and scroll position. Here: the window's own texts.
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void MainWindow::retranslate()
{
    applyTexts();
    m_notifications->model()->retranslate(); // the bell's list in the new language, in place
    if (!m_session->isSignedIn())
        return;
    const QList<ProjectMembership> projects = m_session->projects();
    for (int i = 0; i < m_projects->count(); ++i) {
        const QString id = m_projects->itemData(i).toString();
        for (const ProjectMembership &project : projects) {
            if (project.id == id)
                m_projects->setItemText(i, projectSwitcherText(project));
        }
    }
    if (const std::optional<ProjectMembership> project = m_session->currentProject())
        setWindowTitle(tr("%1 — UniTalk Cabinet").arg(project->name));
    const UserInfo user = m_session->user();
    m_userLabel->setText(user.name.isEmpty() ? user.email : tr("%1\n%2").arg(user.name, user.email));
    for (QTreeWidgetItemIterator it(m_navigation); *it; ++it)
        setNavigationTexts(*it);
}

QString MainWindow::projectSwitcherText(const ProjectMembership &project)
{
    return tr("%1 · %2").arg(project.name, roleDisplayName(project.role));
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
    // The bell of the current project's notifications (R31), by the project it belongs to.
    m_notifications = new NotificationCenter(m_session->api(), this);
    m_desktop = new DesktopNotifier(this);
    m_bell = new NotificationBell(m_notifications, sidebar);
    connect(m_notifications, &NotificationCenter::announced, this, &MainWindow::announce);
    connect(m_notifications, &NotificationCenter::figuresChanged, this, &MainWindow::applyEventEffects);
    side->addLayout(brand);

    m_projectCaption = new QLabel(sidebar);
    Theme::makeSecondary(m_projectCaption);
    m_projects = new QComboBox(sidebar);
    m_projects->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_projects->setMinimumContentsLength(12);
    m_projectCaption->setBuddy(m_projects);
    auto *projectRow = new QHBoxLayout;
    projectRow->addWidget(m_projectCaption, 1, Qt::AlignBottom);
    projectRow->addWidget(m_bell);
    side->addLayout(projectRow);
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
    // The feed pauses while the server cannot be reached and resumes when it answers again.
    connect(m_offline->monitor(), &ConnectivityMonitor::offlineChanged, m_notifications, &NotificationCenter::setOffline);
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
    m_notifications->close();
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
        m_projects->addItem(projectSwitcherText(project), project.id);
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
    // Another project: another feed, from its beginning (R31); none for a role without finances.
    m_notifications->setOffline(m_offline->monitor()->isOffline());
    // The amounts in the project's currency: the saved balances say it until a page reads them.
    const auto saved = m_offline->cache() ? m_offline->cache()->balances() : std::nullopt;
    m_notifications->open(m_session->api()->baseUrl(), m_session->user().id, *project,
                          saved ? saved->balances.currency : QStringLiteral("UAH"));
    m_bell->setVisible(roleHas(project->role, Permission::ViewFinance));
    setWindowTitle(tr("%1 — UniTalk Cabinet").arg(project->name));

    // The role decides which entries exist; an entry the role may not use is not created (R3).
    QTreeWidgetItem *finance = nullptr;
    for (const PageEntry &entry : workspacePages()) {
        if (!entry.availableTo(project->role))
            continue;
        if (entry.underFinance && !finance) {
            finance = new QTreeWidgetItem(m_navigation);
            finance->setFlags(Qt::ItemIsEnabled);
            QFont bold = finance->font(0);
            bold.setBold(true);
            finance->setFont(0, bold);
            setNavigationTexts(finance);
        }
        addNavigationEntry(entry.underFinance ? finance : nullptr, entry);
    }
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

void MainWindow::addNavigationEntry(QTreeWidgetItem *parent, const PageEntry &entry)
{
    auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_navigation);
    item->setData(0, PageIdRole, entry.id);
    item->setIcon(0, Icons::icon(entry.icon, palette()));
    setNavigationTexts(item);
}

void MainWindow::setNavigationTexts(QTreeWidgetItem *item)
{
    const PageEntry *entry = findPage(item->data(0, PageIdRole).toString());
    if (!entry) { // the section heading
        item->setText(0, tr("Finance"));
        return;
    }
    const QString text = tr(entry->title);
    item->setText(0, text);
    QTreeWidgetItem *parent = item->parent();
    item->setData(0, Qt::AccessibleTextRole, parent ? tr("%1, %2").arg(tr("Finance"), text) : text);
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
    const PageEntry *entry = findPage(pageId);
    Page *page = entry->create({m_session, *m_session->currentProject(), m_offline, m_notifications->feed(), m_pages});
    connect(page, &Page::signOutRequested, this, &MainWindow::confirmSignOut);
    connect(page, &Page::currencyKnown, m_notifications, &NotificationCenter::setCurrency);
    return page;
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

void MainWindow::announce(const QList<ProjectEvent> &events)
{
    // A burst (many events at once) is one notification, not a stack of them.
    constexpr int MostShown = 3;
    if (events.size() > MostShown) {
        m_desktop->notify(tr("UniTalk Cabinet"), tr("%n new notification(s): open the bell to read them.", nullptr,
                                                    int(events.size())));
        return;
    }
    for (const ProjectEvent &event : events)
        m_desktop->notify(EventText::title(event), EventText::message(event, m_notifications->currency()));
}

void MainWindow::applyEventEffects(EventEffects effects)
{
    // Each created page reads again what it shows of these figures (pages not created yet load
    // fresh anyway): a referral event reaches the Referral page, a low-balance alert only the cards.
    for (const QString &pageId : m_createdPages.keys()) {
        if (Page *page = m_createdPages.value(pageId))
            page->applyEventEffects(effects);
    }
}

QMessageBox *MainWindow::signOutConfirmation() const
{
    return m_signOutConfirmation;
}
