// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QWidget>
#include <QString>
#include <QTimer>

class MainWindow;
class Page;

class Session;

// `cabinet --screenshot PAGE FILE --server URL --email E --password P [--project ID]`:
// signs in, shows PAGE (balance | users | referral | settings | signin | noaccess | payments, or
// autotopup | whopays | notifications: that dialog or list over the Balance page), waits until
// the page shows the server's data, and writes the window as a PNG. Used for docs/screenshots.
class ScreenshotRunner : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString page;
        QString file;
        QString email;
        QString password;
        QString projectId;
    };

    ScreenshotRunner(MainWindow *window, Session *session, Options options, QObject *parent = nullptr);

    // Starts; finished(exitCode) follows (0 = written).
    void start();

signals:
    void finished(int exitCode);

private:
    void onWorkspace();
    void openOverlay(Page *page);
    void capture();
    void fail(const QString &message);

    MainWindow *m_window;
    Session *m_session;
    Options m_options;
    QTimer m_deadline;
    bool m_done = false;
    QPointer<QWidget> m_overlay; // a dialog or popup painted over the window
};
