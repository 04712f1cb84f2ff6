// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditOps.h"

#include "Keyset.h"

#include <cstdio>
#include <limits>

namespace store::audit {

namespace {

void appendJsonString(std::string &out, std::string_view text)
{
    out += '"';
    for (const char c : text) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(c));
                out += escaped;
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

} // namespace

void Details::name(std::string_view name)
{
    if (!m_fields.empty())
        m_fields += ',';
    appendJsonString(m_fields, name);
    m_fields += ':';
}

Details &Details::add(std::string_view name, std::int64_t value)
{
    this->name(name);
    m_fields += std::to_string(value);
    return *this;
}

Details &Details::add(std::string_view name, std::string_view value)
{
    this->name(name);
    appendJsonString(m_fields, value);
    return *this;
}

void record(Tx &tx, const Event &event)
{
    const std::string details = event.details.json();
    if (!event.actorUserId) {
        tx.execute("INSERT INTO audit (project_id, created_at, actor_kind, actor_id, actor_email, action, details)"
                   " VALUES ($1, $2, 'platform', NULL, NULL, $3, $4)",
                   {event.projectId, event.at, std::string_view(event.action), std::string_view(details)});
        return;
    }
    tx.execute("INSERT INTO audit (project_id, created_at, actor_kind, actor_id, actor_email, action, details)"
               " SELECT $1, $2, " + std::string(kActorKindOfUser) + ", u.id, u.email, $4, $5 FROM users u WHERE u.id = $3",
               {event.projectId, event.at, *event.actorUserId, std::string_view(event.action),
                std::string_view(details)});
}

AuditPage list(Tx &tx, const Query &query)
{
    const keyset::Bounds bounds = keyset::bounds(query.after, query.limit);
    // Absent filters are bound as values that match every row, so there is one statement.
    const std::int64_t actor = query.actorId.value_or(0);
    const std::string prefix = query.actionPrefix.value_or(std::string());
    const std::string excluded = query.withReferral ? std::string() : std::string(kReferralPrefix);
    AuditPage page;
    tx.query("SELECT a.id, a.created_at, a.actor_kind, a.actor_id, a.actor_email, a.action, a.details FROM audit a"
             " WHERE a.project_id = $4 AND ($5 = 0 OR a.actor_id = $5)"
             " AND substr(a.action, 1, length(CAST($6 AS TEXT))) = CAST($6 AS TEXT)"
             " AND ($7 = '' OR substr(a.action, 1, length(CAST($7 AS TEXT))) <> CAST($7 AS TEXT))"
             " AND a.created_at >= $8 AND a.created_at <= $9"
                 + keyset::newestCreatedFirst("a"),
             {bounds.at, bounds.id, bounds.fetch, query.projectId, actor, std::string_view(prefix),
              std::string_view(excluded), query.from.value_or(std::numeric_limits<std::int64_t>::min()),
              query.to.value_or(std::numeric_limits<std::int64_t>::max())},
             [&](const SqlRow &row) {
                 page.items.push_back(AuditEntry{row.integer(0), row.integer(1), row.text(2), row.optionalInteger(3),
                                                 row.optionalText(4), row.text(5), row.text(6)});
             });
    keyset::finish(page, query.limit, [](const AuditEntry &entry) { return entry.at; });
    return page;
}

} // namespace store::audit
