// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

namespace store {
class Store;
} // namespace store

namespace application {

// What the server forgets on schedule: idempotency records older than the retention (R23 holds
// for that long; a key reused after it is a new request) and login tokens past their expiry.
// Fewer stored fingerprints and token hashes, less to steal (issue 11).
class Housekeeping
{
public:
    Housekeeping(store::Store &store, std::int64_t idempotencyRetentionDays);

    struct Purged
    {
        std::int64_t idempotencyRecords = 0;
        std::int64_t tokens = 0;
    };
    Purged purge(std::int64_t now);
    [[nodiscard]] std::int64_t retentionSeconds() const { return m_retentionSeconds; }

private:
    store::Store &m_store;
    std::int64_t m_retentionSeconds;
};

} // namespace application
