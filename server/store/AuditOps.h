// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Records.h"
#include "Sql.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

// The audit log (R34): who moved money or changed membership, what, when, in which project.
// Rows are written by the action's own transaction, so an action and its record stand or fall together.
namespace store::audit {

// The small details object of a row: named integers and strings, kept as JSON text.
class Details
{
public:
    Details &add(std::string_view name, std::int64_t value);
    Details &add(std::string_view name, std::string_view value);
    [[nodiscard]] std::string json() const { return "{" + m_fields + "}"; }

private:
    void name(std::string_view name);
    std::string m_fields;
};

// Referral actions (R3) are named "referral.*": an Administrator's list leaves them out.
inline constexpr std::string_view kReferralPrefix = "referral.";

struct Event
{
    std::int64_t projectId = 0;
    std::int64_t at = 0;
    // The signed-in user who acted: kind "staff" for a staff user, else "user". Nothing: the
    // platform itself (a payment provider's callback, a timer), recorded as kind "platform".
    // A platform credential (a service account) would be recorded here as kind "platform" with its id.
    std::optional<std::int64_t> actorUserId;
    std::string action;
    Details details;
};

void record(Tx &tx, const Event &event);

// The statement that records a user's action (kind staff or user by the user row, e-mail copied);
// the charge batch inserts many rows through the same columns.
inline constexpr std::string_view kActorKindOfUser = "CASE WHEN u.is_staff = 1 THEN 'staff' ELSE 'user' END";

struct Query
{
    std::int64_t projectId = 0;
    bool withReferral = true;
    std::optional<std::int64_t> actorId;
    std::optional<std::string> actionPrefix; // a full name or its beginning
    std::optional<std::int64_t> from;
    std::optional<std::int64_t> to;
    std::optional<HistoryCursor> after;
    int limit = 50;
};

// Newest first by (time, id), keyset-paged (Keyset.h).
AuditPage list(Tx &tx, const Query &query);

} // namespace store::audit
