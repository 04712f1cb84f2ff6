// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Records.h"

#include <cstdint>
#include <limits>
#include <optional>

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
