// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiTypes.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <memory>

class ApiClient;
class ConnectivityMonitor;
class HistorySync;
class OfflineCache;

// Keeps the offline cache of the current project filled (R25): on opening a project and whenever
// the server is back, it stores the balances, the members, the last 31 days of history and, for
// an Owner only, the referral program (the cache itself refuses it for anyone else, R3). While
// the server cannot be reached, pages read their figures from cache() and disable money-moving
// actions (monitor()->isOffline()).
class OfflineController : public QObject
{
    Q_OBJECT
public:
    static constexpr int RecentDays = 31;
    // openProject() starts filling the cache this long after the page has sent its own requests.
    static constexpr std::chrono::milliseconds CatchUpDelay{1500};

    explicit OfflineController(ApiClient *api, QObject *parent = nullptr);
    ~OfflineController() override;

    ConnectivityMonitor *monitor() const { return m_monitor; }
    // The current project's cache, or null when none is open.
    OfflineCache *cache() const { return m_cache.get(); }

    void openProject(const QUrl &server, const MeAnswer &profile, const ProjectMembership &project);
    void close();
    // Fetches what the cache keeps; runs by itself CatchUpDelay after openProject() and when back online.
    void catchUp();

signals:
    // Something new was written to the cache (pages showing cached figures may reload them).
    void cacheUpdated();

private:
    ApiClient *m_api;
    ConnectivityMonitor *m_monitor;
    std::unique_ptr<OfflineCache> m_cache;
    QPointer<HistorySync> m_sync;
    QTimer m_catchUpDelay;
    ProjectMembership m_project;
};
