// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScreenshotRunner.h"

#include "MainWindow.h"
#include "NoFinanceAccessPage.h"
#include "Page.h"
#include "ProjectChooserPage.h"
#include "Session.h"
#include "SignInPage.h"
#include "charts/BalanceChartsPanel.h"

#include <QLineEdit>
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
    const QString pageId = noAccess || charts ? QStringLiteral("balance") : m_options.page;
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
    if (page->isContentReady()) {
        QTimer::singleShot(300, this, &ScreenshotRunner::capture);
        return;
    }
    connect(page, &Page::contentReady, this, [this] { QTimer::singleShot(300, this, &ScreenshotRunner::capture); });
}

void ScreenshotRunner::capture()
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    const QPixmap image = m_window->grab();
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
