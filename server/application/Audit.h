// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AuditOps.h"
#include "Records.h"
#include "UseCase.h"

#include <cstdint>
#include <optional>
#include <string>

namespace store {
class Store;
class Tx;
} // namespace store

namespace application {

// Records an action of `actor` (a signed-in user or staff) on a project in the action's own
// transaction (R34). Action names are "topic.verb"; referral actions start with "referral.".
void recordAudit(store::Tx &tx, const Actor &actor, std::int64_t projectId, std::string action,
                 store::audit::Details details);
// The same for an action nobody signed in took (a payment provider's callback, a timer): kind "platform".
void recordPlatformAudit(store::Tx &tx, std::int64_t at, std::int64_t projectId, std::string action,
                         store::audit::Details details);

struct AuditFilter
{
    std::int64_t projectId = 0;
    bool withReferral = false; // the caller's role may read referral actions (R3)
    std::optional<std::int64_t> actorId;
    std::optional<std::string> action; // a name or its beginning
    std::optional<std::int64_t> from;
    std::optional<std::int64_t> to;
    std::optional<store::HistoryCursor> after;
    int limit = 50;
};

// R34: the project's audit log, newest first.
class Audit
{
public:
    explicit Audit(store::Store &store);
    store::AuditPage list(const AuditFilter &filter);

private:
    store::Store &m_store;
};

} // namespace application
