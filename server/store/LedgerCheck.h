// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Sql.h"

#include <cstdint>
#include <string>
#include <vector>

namespace store {

// What `cabinet-server verify` found (R22): the figures it checked and every breach, in words.
struct LedgerCheck
{
    std::int64_t postings = 0;
    std::int64_t entries = 0;
    std::int64_t accounts = 0;
    std::int64_t globalSum = 0;
    std::vector<std::string> breaches;

    [[nodiscard]] bool ok() const { return breaches.empty(); }
};

// Checks the ledger's invariants inside one read transaction: every posting sums to zero, the sum
// over all entries is zero, every account's cached balance equals the sum of its entries, and every
// row of the append-only tables names a posting, account, project and user that exist.
LedgerCheck checkLedger(Tx &tx);

} // namespace store
