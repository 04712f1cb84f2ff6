// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScreenshotRunner.h"

#include "AutoTopUpDialog.h"
#include "BalancePage.h"
#include "MainWindow.h"
#include "MoneyEdit.h"
#include "NotificationBell.h"
#include "NotificationCenter.h"
#include "NoFinanceAccessPage.h"
#include "Page.h"
#include "ProjectChooserPage.h"
#include "Session.h"
#include "SignInPage.h"
#include "WhoPaysDialog.h"
#include "charts/BalanceChartsPanel.h"

#include <QComboBox>
#include <QDialog>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QListWidget>
#include <QPixmap>
#include <QTabWidget>
#include <QTextStream>

ScreenshotRunner::ScreenshotRunner(MainWindow *window, Session *session, Options options, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_session(session)
    , m_options(std::move(options))
{
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(std::chrono::seconds(60));
    connect(&m_deadline, &QTimer::timeout, this, [this] { fail(QStringLiteral("timed out waiting for the page")); });
}

void ScreenshotRunner::start()
{
    m_window->show();
    m_deadline.start();
    if (m_options.page == QLatin1String("signin")) {
        m_window->signInPage()->setEmail(m_options.email);
        m_window->signInPage()->passwordEdit()->clear();
        QTimer::singleShot(300, this, &ScreenshotRunner::capture);
        return;
    }
    m_window->setPreferredProject(m_options.projectId);
    connect(m_session, &Session::signInFailed, this, &ScreenshotRunner::fail);
    connect(m_window, &MainWindow::screenChanged, this, [this](MainWindow::Screen screen) {
        if (screen == MainWindow::Screen::ChooseProject)
            emit m_window->projectChooser()->list()->itemActivated(m_window->projectChooser()->list()->currentItem());
        else if (screen == MainWindow::Screen::Workspace)
            QTimer::singleShot(0, this, &ScreenshotRunner::onWorkspace);
    });
    m_session->signIn(m_session->serverUrl(), m_options.email, m_options.password);
}

void ScreenshotRunner::onWorkspace()
{
    if (m_done)
        return;
    const bool noAccess = m_options.page == QLatin1String("noaccess");
    const bool charts = m_options.page == QLatin1String("balance-charts");
    // Issue 12: a dialog or the bell's list over the Balance page.
    const bool overlay = m_options.page == QLatin1String("autotopup") || m_options.page == QLatin1String("whopays")
                         || m_options.page == QLatin1String("notifications");
    const QString pageId = noAccess || charts || overlay ? QStringLiteral("balance") : m_options.page;
    if (!m_window->showPage(pageId)) {
        fail(QStringLiteral("the page '%1' does not exist for this user's role").arg(m_options.page));
        return;
    }
    Page *page = m_window->currentPage();
    if (noAccess && !qobject_cast<NoFinanceAccessPage *>(page)) {
        fail(QStringLiteral("this user has access to finances; sign in as a supervisor, manager or operator"));
        return;
    }
    if (charts) {
        // The Balance page with its Charts tab open, once both charts show the server's figures.
        auto *panel = page->findChild<BalanceChartsPanel *>();
        auto *tabs = page->findChild<QTabWidget *>();
        if (!panel || !tabs) {
            fail(QStringLiteral("the balance page has no charts"));
            return;
        }
        connect(panel, &BalanceChartsPanel::loaded, this, [this] { QTimer::singleShot(300, this, &ScreenshotRunner::capture); });
        tabs->setCurrentWidget(panel);
        return;
    }
    if (overlay) {
        if (page->isContentReady())
            openOverlay(page);
        else
            connect(page, &Page::contentReady, this, [this, page] { openOverlay(page); });
        return;
    }
    if (page->isContentReady()) {
        QTimer::singleShot(300, this, &ScreenshotRunner::capture);
        return;
    }
    connect(page, &Page::contentReady, this, [this] { QTimer::singleShot(300, this, &ScreenshotRunner::capture); });
}

void ScreenshotRunner::openOverlay(Page *page)
{
    auto *balance = qobject_cast<BalancePage *>(page);
    if (!balance) {
        fail(QStringLiteral("this user has no balance page"));
        return;
    }
    const auto later = [this](QWidget *overlay) {
        m_overlay = overlay;
        QTimer::singleShot(500, this, &ScreenshotRunner::capture);
    };
    if (m_options.page == QLatin1String("autotopup")) {
        balance->openAutoTopUpDialog();
        auto *dialog = balance->findChild<AutoTopUpDialog *>();
        auto *poll = new QTimer(this);
        connect(poll, &QTimer::timeout, this, [poll, dialog, later] {
            if (!dialog->isLoaded())
                return;
            poll->stop();
            later(dialog);
        });
        poll->start(100);
        return;
    }
    if (m_options.page == QLatin1String("whopays")) {
        balance->openWhoPaysDialog();
        auto *dialog = balance->findChild<WhoPaysDialog *>();
        dialog->categoryBox()->setCurrentIndex(0);
        dialog->amountEdit()->setValue(50000);
        dialog->check();
        auto *poll = new QTimer(this);
        connect(poll, &QTimer::timeout, this, [poll, dialog, later] {
            if (!dialog->preview())
                return;
            poll->stop();
            later(dialog);
        });
        poll->start(100);
        return;
    }
    // notifications: the bell's list once the feed has caught up.
    auto *poll = new QTimer(this);
    connect(poll, &QTimer::timeout, this, [this, poll, later] {
        if (!m_window->notifications()->feed()->isLive())
            return;
        poll->stop();
        m_window->notificationBell()->openPanel();
        later(m_window->notificationBell()->panel());
    });
    poll->start(100);
}

void ScreenshotRunner::capture()
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    QPixmap image = m_window->grab();
    if (QWidget *overlay = m_overlay.data()) {
        // A dialog or popup is its own window: painted over the main window where it stands.
        QPainter painter(&image);
        QPoint at = overlay->mapToGlobal(QPoint(0, 0)) - m_window->mapToGlobal(QPoint(0, 0));
        if (qobject_cast<QDialog *>(overlay))
            at = QPoint((m_window->width() - overlay->width()) / 2, (m_window->height() - overlay->height()) / 3);
        painter.fillRect(image.rect(), QColor(0, 0, 0, 60));
        painter.drawPixmap(at, overlay->grab());
    }
    if (!image.save(m_options.file, "PNG")) {
        QTextStream(stderr) << "cabinet: cannot write " << m_options.file << '\n';
        emit finished(1);
        return;
    }
    QTextStream(stdout) << "cabinet: wrote " << m_options.file << '\n';
    emit finished(0);
}

void ScreenshotRunner::fail(const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    QTextStream(stderr) << "cabinet: screenshot failed: " << message << '\n';
    emit finished(1);
}
