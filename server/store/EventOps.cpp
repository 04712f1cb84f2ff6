// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventOps.h"

#include <map>

namespace store::events {

namespace {

// R3: only the Owner reads referral figures, withdrawals among them.
bool ownerOnly(std::string_view type)
{
    return type.substr(0, 11) == "withdrawal_";
}

} // namespace

void lockFeed(Tx &tx, std::int64_t projectId)
{
    if (const std::string_view lock = tx.rowLock(); !lock.empty())
        tx.query("SELECT id FROM accounts WHERE project_id = $1 AND kind = 'main'" + std::string(lock), {projectId},
                 [](const SqlRow &) {});
}

void append(Tx &tx, std::int64_t projectId, std::int64_t at, std::string_view type, const audit::Details &data)
{
    lockFeed(tx, projectId);
    tx.noteEvent(projectId);
    const std::string json = data.json();
    tx.execute("INSERT INTO events (project_id, at, type, data, owner_only) VALUES ($1, $2, $3, $4, $5)",
               {projectId, at, type, std::string_view(json), std::int64_t{ownerOnly(type) ? 1 : 0}});
}

std::vector<FeedEvent> after(Tx &tx, std::int64_t projectId, std::int64_t afterId, bool withOwnerOnly, int limit)
{
    std::vector<FeedEvent> result;
    tx.query("SELECT id, at, type, data FROM events WHERE project_id = $1 AND id > $2 AND owner_only <= $3"
             " ORDER BY id LIMIT $4",
             {projectId, afterId, std::int64_t{withOwnerOnly ? 1 : 0}, std::int64_t{limit}}, [&](const SqlRow &row) {
                 result.push_back(FeedEvent{row.integer(0), row.integer(1), row.text(2), row.text(3)});
             });
    return result;
}

std::vector<std::int64_t> latestAnyIds(Tx &tx, const std::vector<std::int64_t> &projectIds)
{
    // The ids go as one text parameter (one prepared statement whatever their number); one index
    // seek per project for its newest event.
    static constexpr std::string_view kPostgres =
        "SELECT p.id, COALESCE((SELECT MAX(e.id) FROM events e WHERE e.project_id = p.id), 0)"
        " FROM unnest($1::bigint[]) AS p(id)";
    static constexpr std::string_view kSqlite =
        "SELECT p.value, COALESCE((SELECT MAX(e.id) FROM events e WHERE e.project_id = p.value), 0)"
        " FROM json_each($1) AS p";
    const std::string list = listParameter(tx.dialect(), projectIds);
    std::map<std::int64_t, std::int64_t> newest;
    tx.query(tx.dialect() == Dialect::PostgreSql ? kPostgres : kSqlite, {std::string_view(list)},
             [&](const SqlRow &row) { newest[row.integer(0)] = row.integer(1); });
    std::vector<std::int64_t> result;
    result.reserve(projectIds.size());
    for (const std::int64_t id : projectIds)
        result.push_back(newest.count(id) ? newest[id] : 0);
    return result;
}

} // namespace store::events
