// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "UserOps.h"

#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace store {
class Store;
} // namespace store

namespace application {

// Finds the owners of bearer tokens (by their SHA-256), the lookup every signed-in request makes.
// On PostgreSQL each lookup was a statement and a round trip of its own: a fifth of the
// database's work per charge. Concurrent lookups now share one statement. The first caller
// runs it for every lookup queued meanwhile; the others sleep until their answer is in, and one
// of those that queued while it ran runs the next statement. Every answer is read after its
// request arrived and nothing is kept, so an ended session (R33) is refused at once, as before.
class TokenOwners
{
public:
    explicit TokenOwners(store::Store &store);

    // The owner of the token whose SHA-256 is `tokenHash` if it expires after `now`. Rethrows
    // what the shared statement threw.
    std::optional<store::users::TokenOwner> find(const std::string &tokenHash, std::int64_t now);

private:
    struct Lookup;

    // Runs one statement for everything queued (the caller's lookup among them), answers it and
    // passes the turn to a lookup queued meanwhile, if any.
    void runQueued(Lookup &own);
    // Under m_mutex.
    static void wake(Lookup &lookup);

    store::Store &m_store;
    std::mutex m_mutex;
    std::vector<Lookup *> m_queued; // bounded by the threads that serve requests
    bool m_running = false;         // a statement is running; its caller passes the turn on
};

} // namespace application
