// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Sql.h"

#include <cstdint>

namespace store {

// Writes `count` history rows for a project, spread evenly over [from, to): mostly API-call
// charges paid from main and, whenever main runs low, an invoice top-up. Every row is a real
// balanced posting with its entries (R22); balances are accumulated in memory and the cached
// account balances updated once at the end, so a million rows take seconds, not minutes.
// Used by the demo seed's busy project and the benchmarks.
void appendBulkHistory(Tx &tx, std::int64_t projectId, std::int64_t count, std::int64_t from, std::int64_t to);

} // namespace store
