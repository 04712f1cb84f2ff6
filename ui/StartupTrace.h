// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QSet>

class QTableView;
class Session;

// Opt-in timing trace of the start of the client, read by bench/client/client_bench.
// With CABINET_TRACE_STARTUP=1 it prints to stderr one line per milestone:
//   trace: <milestone> ms=<since process start> mono_ms=<CLOCK_MONOTONIC> rss_kb=<VmRSS> hwm_kb=<VmHWM> [rows=N]
// milestones: window-shown (first paint), restore-finished, signed-in, balance-page-shown,
// balances-painted (first paint of the cards with the server's figures), history-first-rows
// (first paint of the history with rows) and, with CABINET_TRACE_HISTORY_ROWS=N, history-rows once
// scrolling the history to the bottom again and again has loaded N rows (the view's own fetchMore).
// CABINET_TRACE_QUIT=1 quits after the last milestone, CABINET_TRACE_QUIT=restore after restoring
// the remembered session from the keyring (restore-finished). Unset, nothing is installed: zero cost.
class StartupTrace : public QObject
{
    Q_OBJECT

public:
    // Call first thing after the QApplication exists and before the MainWindow is built, so
    // "signed-in" is stamped before the workspace is created.
    static void installIfRequested(Session *session);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit StartupTrace(Session *session);
    void onPaint(QWidget *widget);
    void scrollHistory();
    void mark(const char *milestone, int rows = -1);
    bool reached(const char *milestone) const;

    QSet<QByteArray> m_reached;
    QPointer<QTableView> m_history;
    int m_wantedRows = 0;
    bool m_quit = false;
    bool m_quitAfterRestore = false;
};
