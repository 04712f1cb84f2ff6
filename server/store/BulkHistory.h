// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Schema.h"
#include "Sql.h"

#include <cstdint>

namespace store {

// Writes `count` history rows for a project, spread evenly over [from, to): mostly API-call
// charges paid from main and, whenever main runs low, an invoice top-up. Every row is a real
// balanced posting with its entries (R22). Made for a writer alone in the database (the demo
// seed's busy project): posting ids are assigned here, balances accumulated in memory and the
// cached account balances updated once at the end, and a large load builds the history's
// indexes once after it; a million rows take seconds, not minutes. `dialect` moves
// PostgreSQL's identity past the explicit ids.
void appendBulkHistory(Tx &tx, Dialect dialect, std::int64_t projectId, std::int64_t count, std::int64_t from,
                       std::int64_t to);

} // namespace store
