// SPDX-License-Identifier: GPL-3.0-or-later
#include "Audit.h"

#include "Store.h"

#include <utility>

namespace application {

void recordAudit(store::Tx &tx, const Actor &actor, std::int64_t projectId, std::string action,
                 store::audit::Details details)
{
    store::audit::record(tx, {projectId, actor.now, actor.userId, std::move(action), std::move(details)});
}

void recordPlatformAudit(store::Tx &tx, std::int64_t at, std::int64_t projectId, std::string action,
                         store::audit::Details details)
{
    store::audit::record(tx, {projectId, at, std::nullopt, std::move(action), std::move(details)});
}

Audit::Audit(store::Store &store)
    : m_store(store)
{
}

store::AuditPage Audit::list(const AuditFilter &filter)
{
    const store::audit::Query query{filter.projectId, filter.withReferral, filter.actorId, filter.action,
                                    filter.from,      filter.to,           filter.after,   filter.limit};
    return m_store.read([&](store::Tx &tx) { return store::audit::list(tx, query); });
}

} // namespace application
