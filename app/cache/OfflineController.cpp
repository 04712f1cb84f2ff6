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
    catchUp();
}

void OfflineController::close()
{
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
