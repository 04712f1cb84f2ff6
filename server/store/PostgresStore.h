// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PostgresConnection.h"
#include "Store.h"

#include <condition_variable>
#include <mutex>
#include <vector>

namespace store {

// The PostgreSQL server named by the URL cannot be reached or refuses the login: the same kind
// of start-up failure as an unknown URL (cabinet-server exits with code 2).
class DatabaseUnreachable : public UnsupportedDatabase
{
public:
    using UnsupportedDatabase::UnsupportedDatabase;
};

// PostgreSQL backend, for several stateless cabinet-server processes on one database.
// Every write operation runs in a transaction of its own at SERIALIZABLE isolation: whatever
// the operations read (balances, idempotency rows, credit status) stays true until they commit,
// or PostgreSQL aborts one of two conflicting transactions with SQLSTATE 40001/40P01 and it runs
// again from the start on a fresh snapshot. So two servers never spend the same funds (R21) and
// the second writer of an Idempotency-Key finds the first one's row and replays it (R23).
// Reads run in READ ONLY REPEATABLE READ transactions (one consistent snapshot each).
// Connections are pooled; each caches its prepared statements.
class PostgresStore final : public Store
{
public:
    // Connects (throws DatabaseUnreachable when it cannot) and migrates the schema; several
    // servers starting at once migrate one after another under an advisory lock.
    explicit PostgresStore(std::string url);
    ~PostgresStore() override;

    void runWrite(const std::function<void(Tx &)> &operation) override;
    void runRead(const std::function<void(Tx &)> &operation) override;
    void stop() override;

private:
    enum class Outcome { Committed, Conflicted, UniqueConflict };
    struct Retries
    {
        bool serialization = true;  // another attempt after a 40001/40P01 is allowed
        bool uniqueConflict = true; // another attempt after a concurrent unique insert is allowed
    };

    std::unique_ptr<PostgresConnection> takeConnection();
    void giveBack(std::unique_ptr<PostgresConnection> connection);
    Outcome attemptWrite(const std::function<void(Tx &)> &operation, Retries allowed);
    void rollBackAndGiveBack(std::unique_ptr<PostgresConnection> connection);
    void migrateSchema();

    std::string m_url;
    std::mutex m_poolMutex;
    std::condition_variable m_poolChanged;
    std::vector<std::unique_ptr<PostgresConnection>> m_idle;
    size_t m_open = 0; // connections in use or idle
    bool m_stopped = false;
};

} // namespace store
