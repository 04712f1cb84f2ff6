// SPDX-License-Identifier: GPL-3.0-or-later
#include "TokenOwners.h"

#include "Store.h"

#include <condition_variable>
#include <exception>
#include <map>

namespace application {

struct TokenOwners::Lookup
{
    Lookup(const std::string &hash, std::int64_t at)
        : tokenHash(hash)
        , now(at)
    {
    }

    const std::string &tokenHash;
    std::int64_t now = 0;
    std::optional<store::users::TokenOwner> owner;
    std::exception_ptr failure;
    bool runsNext = false; // woken to run the next statement, not with an answer
    // Set under TokenOwners::m_mutex. A condition variable, not a std::binary_semaphore:
    // libstdc++'s semaphore spins on sched_yield before it sleeps, which on a busy machine
    // costs more CPU than the lookup.
    bool woken = false;
    std::condition_variable wake;
};

TokenOwners::TokenOwners(store::Store &store)
    : m_store(store)
{
}

std::optional<store::users::TokenOwner> TokenOwners::find(const std::string &tokenHash, std::int64_t now)
{
    Lookup own{tokenHash, now};
    bool runNow = false;
    {
        std::unique_lock lock(m_mutex);
        m_queued.push_back(&own);
        runNow = !m_running;
        m_running = true;
        if (!runNow)
            own.wake.wait(lock, [&own] { return own.woken; });
    }
    // Not answered by another caller's statement: its turn to run one for what is queued.
    if (runNow || own.runsNext)
        runQueued(own);
    if (own.failure)
        std::rethrow_exception(own.failure);
    return std::move(own.owner);
}

void TokenOwners::runQueued(Lookup &own)
{
    std::vector<Lookup *> batch;
    {
        const std::lock_guard lock(m_mutex);
        batch.swap(m_queued);
    }
    std::vector<std::string> hashes;
    hashes.reserve(batch.size());
    for (const Lookup *lookup : batch)
        hashes.push_back(lookup->tokenHash);
    try {
        std::map<std::string, store::users::TokenOwner> owners;
        for (store::users::TokenOwner &owner :
             m_store.readOne([&](store::Tx &tx) { return store::users::findByTokens(tx, hashes); }))
            owners.emplace(owner.tokenHash, std::move(owner));
        for (Lookup *lookup : batch) {
            const auto found = owners.find(lookup->tokenHash);
            if (found != owners.end() && found->second.expiresAt > lookup->now)
                lookup->owner = found->second;
        }
    } catch (...) {
        for (Lookup *lookup : batch)
            lookup->failure = std::current_exception();
    }
    // A woken lookup returns and its memory is gone: each is notified under the lock, which it
    // needs before it can return.
    const std::lock_guard lock(m_mutex);
    for (Lookup *lookup : batch) {
        if (lookup != &own)
            wake(*lookup);
    }
    if (m_queued.empty()) {
        m_running = false;
    } else {
        m_queued.front()->runsNext = true;
        wake(*m_queued.front());
    }
}

void TokenOwners::wake(Lookup &lookup)
{
    lookup.woken = true;
    lookup.wake.notify_one();
}

} // namespace application
