// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Records.h"

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>

// Keyset paging shared by every list (newest first by (time, id)): a statement fetches
// limit + 1 rows after the cursor; the extra row only tells that a next page exists.
namespace store::keyset {

// The (time, id) bound of the first page: everything.
inline std::int64_t atBound(const std::optional<HistoryCursor> &after)
{
    return after ? after->at : std::numeric_limits<std::int64_t>::max();
}
inline std::int64_t idBound(const std::optional<HistoryCursor> &after)
{
    return after ? after->id : std::numeric_limits<std::int64_t>::max();
}

// The parameters $1-$3 of a list statement: the cursor's (time, id) and the rows to fetch.
struct Bounds
{
    std::int64_t at = 0;
    std::int64_t id = 0;
    std::int64_t fetch = 0;
};
inline Bounds bounds(const std::optional<HistoryCursor> &after, int limit)
{
    return {atBound(after), idBound(after), static_cast<std::int64_t>(limit) + 1};
}

// The tail of a list statement over the rows of table `alias` newest first by (created_at, id),
// taking Bounds as $1-$3; the statement's own filter goes before it and takes $4 on.
inline std::string newestCreatedFirst(std::string_view alias)
{
    const std::string a(alias);
    return " AND " + a + ".created_at <= $1 AND (" + a + ".created_at < $1 OR " + a + ".id < $2) ORDER BY " + a
        + ".created_at DESC, " + a + ".id DESC LIMIT $3";
}

// Drops the extra row and sets the page's next cursor from the last row kept.
template <typename Page, typename TimeOf>
void finish(Page &page, int limit, TimeOf timeOf)
{
    if (page.items.size() <= static_cast<size_t>(limit))
        return;
    page.items.pop_back();
    page.next = HistoryCursor{timeOf(page.items.back()), page.items.back().id};
}

} // namespace store::keyset
