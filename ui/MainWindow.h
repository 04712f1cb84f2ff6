// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiTypes.h"

#include <QHash>
#include <QKeySequence>
#include <QMainWindow>
#include <QPointer>
#include <QUrl>

class ApiClient;
class DesktopNotifier;
class NotificationBell;
class NotificationCenter;
class OfflineBanner;
class OfflineController;
class QMessageBox;
class Page;
class ProjectChooserPage;
class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;
class Session;
struct PageEntry;
struct ProjectEvent;
struct ProjectMembership;
class SignInPage;

// The application window: sign-in, the project chooser, and the workspace with a navigation
// sidebar built from the user's role in the current project (R2-R4):
//   Owner:                      Finance > Balance, Finance > Referral Program, Users, Settings
//   Administrator:              Finance > Balance, Users, Settings (no referral entry at all, R3)
//   Supervisor/Manager/Operator: Finance > Balance shows "No access to finances", Users, Settings
// The pages come from one table (PageRegistry: id, required permission, factory). They are
// created when first shown and rebuilt when the project changes, so a page that is not in the
// sidebar never sends a request. A language switch rebuilds nothing: every widget puts its own
// words in the new language in place, so filters, the selection and the scroll position stay.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Screen { SignIn, ChooseProject, Workspace };

    explicit MainWindow(Session *session, QWidget *parent = nullptr);

    // Signs in again with a remembered token when there is one, otherwise shows sign-in.
    void start();
    // Skip the project chooser after sign-in (command line --project, screenshots).
    void setPreferredProject(const QString &projectId) { m_preferredProject = projectId; }
    // Open this page once the workspace opens (command line --page). Like the page remembered
    // from the last run (QSettings) and the Ctrl+1..4 shortcuts, it goes through showPage(), so
    // a page the role does not have is never created (R3: no referral for an Administrator).
    void setRequestedPage(const QString &pageId) { m_requestedPage = pageId; }
    static QKeySequence shortcutFor(const QString &pageId);
    // The QSettings key of the page last shown to this user in this project on this server.
    static QString lastPageSetting(const QUrl &server, const QString &userId, const QString &projectId);
    // The screenshot mode keeps its session in memory on purpose: no keyring notice there.
    void setKeyringNoticeEnabled(bool enabled)
    {
        m_keyringNoticeEnabled = enabled;
        updateKeyringNotice();
    }

    Screen screen() const;
    SignInPage *signInPage() const { return m_signIn; }
    ProjectChooserPage *projectChooser() const { return m_chooser; }
    QTreeWidget *navigation() const { return m_navigation; }
    QComboBox *projectSwitcher() const { return m_projects; }
    QStringList navigationEntries() const; // page ids in sidebar order
    bool showPage(const QString &pageId);
    QString currentPageId() const { return m_currentPageId; }
    Page *currentPage() const;
    OfflineController *offlineController() const { return m_offline; }
    OfflineBanner *offlineBanner() const { return m_offlineBanner; }
    // The current project's notifications (R31): the bell, its list and the desktop notifications.
    NotificationCenter *notifications() const { return m_notifications; }
    NotificationBell *notificationBell() const { return m_bell; }
    DesktopNotifier *desktopNotifier() const { return m_desktop; }
    // Asks before signing out, with the choice to delete the offline cache (R25).
    void confirmSignOut();
    QMessageBox *signOutConfirmation() const;

signals:
    void screenChanged(MainWindow::Screen screen);
    void pageShown(const QString &pageId);

protected:
    // Settings > Language: the window's own texts in the new language (retranslate()).
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildWorkspace();
    ProjectChooserPage *makeChooser();
    void applyTexts();
    void retranslate();
    void showScreen(Screen screen);
    void onSignedIn();
    void onSignedOut(const QString &reason);
    void openOffline();
    void openWorkspace();
    void rebuildForProject();
    void addNavigationEntry(QTreeWidgetItem *parent, const PageEntry &entry);
    void setNavigationTexts(QTreeWidgetItem *item);
    static QString projectSwitcherText(const ProjectMembership &project);
    Page *createPage(const QString &pageId);
    void clearPages();
    QString lastPageSettingNow() const;
    void updateKeyringNotice();
    void announce(const QList<ProjectEvent> &events);
    void applyEventEffects(EventEffects effects);

    Session *m_session;
    QString m_preferredProject;
    QString m_requestedPage;
    QStackedWidget *m_screens;
    SignInPage *m_signIn;
    ProjectChooserPage *m_chooser;
    QWidget *m_workspace = nullptr;
    QTreeWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    OfflineController *m_offline = nullptr;
    OfflineBanner *m_offlineBanner = nullptr;
    QPointer<QMessageBox> m_signOutConfirmation;
    NotificationCenter *m_notifications = nullptr;
    NotificationBell *m_bell = nullptr;
    DesktopNotifier *m_desktop = nullptr;
    QComboBox *m_projects = nullptr;
    QLabel *m_brandName = nullptr;
    QLabel *m_projectCaption = nullptr;
    QPushButton *m_signOutButton = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_keyringNotice = nullptr;
    QHash<QString, QPointer<Page>> m_createdPages;
    QString m_currentPageId;
    bool m_keyringNoticeEnabled = true;
};
