// SPDX-License-Identifier: GPL-3.0-or-later
#include "OfflineHistory.h"

#include "ConnectivityMonitor.h"
#include "OfflineCache.h"
#include "OfflineController.h"

OfflineHistory::OfflineHistory(OfflineController *offline)
    : m_offline(offline)
{
}

bool OfflineHistory::isOffline() const
{
    return m_offline->monitor()->isOffline();
}

QList<Transaction> OfflineHistory::savedPage(const TransactionFilter &filter, const Transaction *after, int limit)
{
    const OfflineCache *cache = m_offline->cache();
    return cache ? cache->historyPage(filter, after, limit) : QList<Transaction>();
}

void OfflineHistory::keep(const QList<Transaction> &entries)
{
    if (OfflineCache *cache = m_offline->cache(); cache && !entries.isEmpty())
        cache->storeTransactions(entries);
}
