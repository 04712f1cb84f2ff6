// SPDX-License-Identifier: GPL-3.0-or-later
#include "StartupTrace.h"

#include "BalanceCards.h"
#include "BalancePage.h"
#include "Session.h"
#include "TransactionsModel.h"

#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QTableView>
#include <QTimer>

#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace {

double clockMs(clockid_t clock)
{
    timespec now{};
    clock_gettime(clock, &now);
    return static_cast<double>(now.tv_sec) * 1000.0 + static_cast<double>(now.tv_nsec) / 1e6;
}

// When the kernel started this process (field 22 of /proc/self/stat, in clock ticks since boot),
// so the figures include exec, dynamic linking and QApplication, which a timer in main() misses.
double processStartBootMs()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return clockMs(CLOCK_BOOTTIME);
    const QByteArray line = stat.readAll();
    // Fields after the command name "(...)", which may itself contain spaces: state is field 3.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    constexpr qsizetype StartTimeIndex = 22 - 3;
    if (fields.size() <= StartTimeIndex)
        return clockMs(CLOCK_BOOTTIME);
    return static_cast<double>(fields.at(StartTimeIndex).toLongLong()) * 1000.0
           / static_cast<double>(sysconf(_SC_CLK_TCK));
}

double msSinceProcessStart()
{
    static const double startBootMs = processStartBootMs();
    return clockMs(CLOCK_BOOTTIME) - startBootMs;
}

// VmRSS and VmHWM of this process in kB.
std::pair<qint64, qint64> memoryKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    qint64 rss = -1;
    qint64 hwm = -1;
    if (!status.open(QIODevice::ReadOnly))
        return {rss, hwm};
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            rss = line.mid(6).trimmed().split(' ').constFirst().toLongLong();
        else if (line.startsWith("VmHWM:"))
            hwm = line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    }
    return {rss, hwm};
}

template<typename T>
T *ancestor(QWidget *widget)
{
    for (QWidget *w = widget; w; w = w->parentWidget()) {
        if (auto *match = qobject_cast<T *>(w))
            return match;
    }
    return nullptr;
}

} // namespace

void StartupTrace::installIfRequested(Session *session)
{
    if (qEnvironmentVariableIntValue("CABINET_TRACE_STARTUP") != 1)
        return;
    auto *trace = new StartupTrace(session);
    trace->setParent(qApp);
    qApp->installEventFilter(trace);
}

StartupTrace::StartupTrace(Session *session)
    : m_wantedRows(qEnvironmentVariableIntValue("CABINET_TRACE_HISTORY_ROWS"))
    , m_quit(qEnvironmentVariableIntValue("CABINET_TRACE_QUIT") == 1)
    , m_quitAfterRestore(qgetenv("CABINET_TRACE_QUIT") == "restore")
{
    msSinceProcessStart(); // reads /proc/self/stat once now, not inside the first milestone
    connect(session, &Session::signedIn, this, [this] { mark("signed-in"); });
    connect(session, &Session::restoreFinished, this, [this] {
        mark("restore-finished");
        if (m_quitAfterRestore)
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    });
}

bool StartupTrace::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && watched->isWidgetType())
        onPaint(static_cast<QWidget *>(watched));
    else if (event->type() == QEvent::Show && qobject_cast<BalancePage *>(watched))
        mark("balance-page-shown");
    return false;
}

void StartupTrace::onPaint(QWidget *widget)
{
    mark("window-shown");
    if (!reached("balances-painted")) {
        if (auto *cards = ancestor<BalanceCards>(widget); cards && cards->hasBalances())
            mark("balances-painted");
    }
    auto *view = qobject_cast<QTableView *>(widget->parentWidget());
    if (!view || view->viewport() != widget)
        return;
    auto *page = ancestor<BalancePage>(view);
    if (!page || page->historyView() != view)
        return;
    const int rows = page->historyModel()->rowCount();
    if (rows == 0)
        return;
    if (!reached("history-first-rows")) {
        mark("history-first-rows", rows);
        if (m_wantedRows > 0) {
            m_history = view;
            // Each page that arrives scrolls to the bottom again, which makes the view fetch the next.
            connect(view->model(), &QAbstractItemModel::rowsInserted, this,
                    [this] { QTimer::singleShot(0, this, &StartupTrace::scrollHistory); });
            QTimer::singleShot(0, this, &StartupTrace::scrollHistory);
        }
    } else if (m_wantedRows > 0 && !reached("history-rows")
               && (rows >= m_wantedRows || !page->historyModel()->hasMore())) {
        mark("history-rows", rows);
    }
}

void StartupTrace::scrollHistory()
{
    if (m_history && !reached("history-rows"))
        m_history->scrollToBottom();
}

bool StartupTrace::reached(const char *milestone) const
{
    return m_reached.contains(QByteArray(milestone));
}

void StartupTrace::mark(const char *milestone, int rows)
{
    if (reached(milestone))
        return;
    m_reached.insert(QByteArray(milestone));
    const double sinceStart = msSinceProcessStart();
    const auto [rss, hwm] = memoryKb();
    std::fprintf(stderr, "trace: %s ms=%.1f mono_ms=%.3f rss_kb=%lld hwm_kb=%lld", milestone, sinceStart,
                 clockMs(CLOCK_MONOTONIC), static_cast<long long>(rss), static_cast<long long>(hwm));
    if (rows >= 0)
        std::fprintf(stderr, " rows=%d", rows);
    std::fputc('\n', stderr);
    std::fflush(stderr);

    const bool done = reached("balances-painted") && reached("history-first-rows")
                      && (m_wantedRows <= 0 || reached("history-rows"));
    if (m_quit && done)
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
}
