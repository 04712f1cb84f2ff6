// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the UI tests that drive the whole window against the demo server: one run of the
// application, a temporary home for its settings and cache, and a sign-in through the session.
#include "ApiClient.h"
#include "ClientTestSupport.h"
#include "MainWindow.h"
#include "ProjectChooserPage.h"
#include "SecretStore.h"
#include "Session.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>

namespace UiTest {

// One run of the application: its own API client, session and window.
struct App
{
    ApiClient api;
    MemorySecretStore secrets;
    Session session{&api, &secrets};
    MainWindow window{&session};
};

// The test's (and a started cabinet's) settings, cache and documents live in `home`.
inline void useTemporaryHome(const QTemporaryDir &home)
{
    qputenv("HOME", home.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("UniTalk"));
    QCoreApplication::setApplicationName(QStringLiteral("Cabinet"));
}

// Signs in through the session and opens `projectName`'s workspace.
inline void signIn(App &app, const QUrl &server, const QString &email, const QString &password,
                   const QString &projectName)
{
    app.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&app.window));
    app.session.signIn(server, email, password);
    QTRY_VERIFY_WITH_TIMEOUT(app.session.isSignedIn(), 30000);
    app.session.setCurrentProject(projectIdByName({app.session.user(), app.session.projects()}, projectName));
    if (app.window.screen() != MainWindow::Screen::Workspace)
        app.window.projectChooser()->projectChosen(app.session.currentProject()->id);
    QTRY_COMPARE_WITH_TIMEOUT(app.window.screen(), MainWindow::Screen::Workspace, 10000);
}

} // namespace UiTest
