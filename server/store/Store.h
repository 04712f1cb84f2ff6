// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IdempotencyOps.h"
#include "Sql.h"

#include <exception>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

namespace store {

namespace charges {
struct ChargeCommand;
}

// The persistence of the ledger. Writes go to one writer that commits queued operations
// together (group commit); reads run on their own connections against a consistent snapshot.
// The operations themselves are free functions over Tx (UserOps, ProjectOps, LedgerOps, ...),
// so a backend only provides transactions.
class Store
{
public:
    virtual ~Store() = default;

    // Runs `operation` inside the writer's transaction, in a SAVEPOINT of its own, and returns
    // once the transaction holding it is durably committed. An exception thrown by the
    // operation rolls back its savepoint only and is rethrown here.
    virtual void runWrite(const std::function<void(Tx &)> &operation) = 0;
    // Runs `operation` in a read-only snapshot on a pooled read connection.
    virtual void runRead(const std::function<void(Tx &)> &operation) = 0;
    // The same for an operation that runs exactly one statement, which is its own snapshot: no
    // transaction around it (PostgreSQL: no BEGIN and COMMIT, one message instead of three).
    // For the lookup every request makes (the bearer token).
    virtual void runSingleRead(const std::function<void(Tx &)> &operation) { runRead(operation); }
    // Finishes the queued writes and stops the writer; later writes throw.
    virtual void stop() = 0;
    // A platform charge with its Idempotency-Key (ChargeBatch.h): the key's stored answer, or the
    // charge applied and its answer stored. Returns at once; `done` gets that answer (or the
    // charge's failure) on the store's answering thread once it is durably committed, so no
    // thread waits for the commit. SqliteStore runs it as one operation (charges::chargeOnce); PostgresStore
    // runs the charges of a batch set-based.
    using ChargeDone = std::function<void(std::exception_ptr failure, idempotency::StoredAnswer answer)>;
    virtual void startCharge(std::shared_ptr<const charges::ChargeCommand> command, ChargeDone done) = 0;
    // `listener` runs on the writer thread after every committed write batch that appended
    // events, with the projects they belong to (Tx::noteEvent; R31: those projects' waiting long
    // polls re-check the feed at once). It must not block; setting it again replaces it.
    using CommitListener = std::function<void(const std::vector<std::int64_t> &eventProjects)>;
    virtual void onCommitted(CommitListener listener) = 0;

    template <typename Operation>
    auto write(Operation &&operation) -> std::invoke_result_t<Operation, Tx &>
    {
        return run(&Store::runWrite, std::forward<Operation>(operation));
    }
    template <typename Operation>
    auto read(Operation &&operation) -> std::invoke_result_t<Operation, Tx &>
    {
        return run(&Store::runRead, std::forward<Operation>(operation));
    }
    template <typename Operation>
    auto readOne(Operation &&operation) -> std::invoke_result_t<Operation, Tx &>
    {
        return run(&Store::runSingleRead, std::forward<Operation>(operation));
    }

private:
    template <typename Operation>
    auto run(void (Store::*runner)(const std::function<void(Tx &)> &), Operation &&operation)
        -> std::invoke_result_t<Operation, Tx &>
    {
        using Result = std::invoke_result_t<Operation, Tx &>;
        if constexpr (std::is_void_v<Result>) {
            (this->*runner)([&](Tx &tx) { operation(tx); });
        } else {
            std::optional<Result> result;
            (this->*runner)([&](Tx &tx) { result.emplace(operation(tx)); });
            return std::move(*result);
        }
    }
};

// Thrown for a database URL this build cannot open: an unknown scheme, or a PostgreSQL server
// that cannot be reached or refuses the login (PostgresStore.h).
class UnsupportedDatabase : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// Opens "sqlite:/path/file.db" or "postgresql://user:password@host:port/dbname" (creating
// and migrating the schema). Throws UnsupportedDatabase for other schemes or an unreachable
// PostgreSQL, StoreError when the database cannot be opened or migrated.
std::unique_ptr<Store> openStore(const std::string &url);

} // namespace store
