// SPDX-License-Identifier: GPL-3.0-or-later
#include "OfflineController.h"

#include "ApiClient.h"
#include "CacheLocation.h"
#include "ConnectivityMonitor.h"
#include "HistorySync.h"
#include "OfflineCache.h"

OfflineController::OfflineController(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_monitor(new ConnectivityMonitor(api, this))
{
    connect(m_monitor, &ConnectivityMonitor::backOnline, this, &OfflineController::catchUp);
    m_catchUpDelay.setSingleShot(true);
    m_catchUpDelay.setInterval(CatchUpDelay);
    connect(&m_catchUpDelay, &QTimer::timeout, this, &OfflineController::catchUp);
}

OfflineController::~OfflineController() = default;

void OfflineController::openProject(const QUrl &server, const MeAnswer &profile, const ProjectMembership &project)
{
    close();
    m_project = project;
    cabinet::cache::storeProfile(server, profile);
    m_cache = std::make_unique<OfflineCache>(cabinet::cache::projectCacheFile(server, profile.user.id, project.id));
    if (m_cache->open(project.role) == OfflineCache::OpenResult::Failed) {
        qWarning("offline cache unavailable: %s", qPrintable(m_cache->errorString()));
        m_cache.reset();
        return;
    }
    // Filling the cache is background work: the page just opened asks for the same server and
    // GUI thread. Started at once, the first 1000-row history page of the sync (parsed and stored
    // on the GUI thread) came before the page's own 200 rows: bench/client measured the first
    // rows of a 1,000,000-entry project 177 ms after opening Balance with it, 101 ms without
    // (medians of 7 runs on 2 shared, loaded cores; docs/readme/perf.md).
    m_catchUpDelay.start();
}

void OfflineController::close()
{
    m_catchUpDelay.stop();
    if (m_sync)
        m_sync->abort();
    delete m_sync;
    m_cache.reset();
}

void OfflineController::catchUp()
{
    if (!m_cache || !roleHas(m_project.role, Permission::ViewFinance))
        return;
    OfflineCache *cache = m_cache.get();
    // Each answer is written only if the cache it was asked for is still the open one.
    const auto stillOpen = [this, cache] { return m_cache.get() == cache; };
    connect(m_api->balances(m_project.id), &BalancesJob::finished, this, [=, this](const ApiResult<Balances> &result) {
        if (result.ok() && stillOpen() && cache->storeBalances(*result.value, QDateTime::currentDateTimeUtc()))
            emit cacheUpdated();
    });
    connect(m_api->users(m_project.id), &UsersJob::finished, this, [=](const ApiResult<ListPage<Member>> &result) {
        if (result.ok() && stillOpen())
            cache->storeUsers(result.value->items);
    });
    if (roleHas(m_project.role, Permission::ViewReferral)) { // never even requested otherwise (R3)
        connect(m_api->referral(m_project.id), &ReferralJob::finished, this, [=](const ApiResult<Referral> &result) {
            if (result.ok() && stillOpen())
                cache->storeReferral(*result.value);
        });
    }
    if (!m_sync) {
        m_sync = new HistorySync(m_api, cache, m_project.id, this);
        connect(m_sync, &HistorySync::finished, this, [this] {
            m_sync->deleteLater();
            emit cacheUpdated();
        });
        m_sync->start(QDate::currentDate().addDays(-RecentDays), QDate::currentDate());
    }
}
