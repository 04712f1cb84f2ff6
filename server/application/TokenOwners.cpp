// SPDX-License-Identifier: GPL-3.0-or-later
#include "TokenOwners.h"

#include "Store.h"

#include <exception>
#include <map>
#include <semaphore>

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
    bool runsNext = false;            // woken to run the next statement, not with an answer
    std::binary_semaphore woken{0};
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
        const std::lock_guard lock(m_mutex);
        m_queued.push_back(&own);
        runNow = !m_running;
        m_running = true;
    }
    if (runNow) {
        runQueued(own);
    } else {
        own.woken.acquire();
        if (own.runsNext) // not answered yet: its turn to run the statement for what is queued
            runQueued(own);
    }
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
    Lookup *next = nullptr;
    {
        const std::lock_guard lock(m_mutex);
        if (m_queued.empty())
            m_running = false;
        else
            next = m_queued.front();
    }
    // A woken lookup returns and its memory is gone: nothing of it is touched after release().
    for (Lookup *lookup : batch) {
        if (lookup != &own)
            lookup->woken.release();
    }
    if (next) {
        next->runsNext = true;
        next->woken.release();
    }
}

} // namespace application
