// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IdempotencyOps.h"
#include "MoneyOps.h"
#include "Records.h"
#include "Sql.h"

#include "Category.h"
#include "ChargeRouter.h"
#include "Money.h"

#include <exception>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace domain {
class Error;
}

namespace store {
class PostgresConnection;
}

// The platform's charges (R9-R17, R19) with their Idempotency-Key (R23), as one command the store
// can run alone (chargeOnce, any engine) or set-based with the other charges of a group-commit
// batch (chargeBatch, PostgreSQL): a handful of statements per batch instead of ~25 per charge.
namespace store::charges {

// What a committed charge answers with.
struct ChargeOutcome
{
    std::int64_t postingId = 0;
    std::vector<ledger::ChargePart> parts;
    Balances balances; // the project's balances right after the charge
};

struct ChargeCommand
{
    money::Actor actor; // actor.userId also owns the Idempotency-Key
    std::string key;
    std::string fingerprint; // of method, path and body (a different body with the same key: 409)
    std::int64_t projectId = 0;
    ledger::Category category = ledger::Category::ServiceSubscription;
    ledger::Money amount;
    std::string description;
    int referralRateBp = 0;
    // The answer to store and send: for a charge made, and for a charge refused (whole for lack of
    // funds, R17, or for an unknown project; replayed like a success, R23). Called inside the
    // writer's transaction, on the writer thread: they own what they use.
    std::function<idempotency::StoredAnswer(const ChargeOutcome &)> charged;
    std::function<idempotency::StoredAnswer(const domain::Error &)> refused;
};

// The key's stored answer, or the charge applied now, or refused (an unknown project, R17), and
// its answer stored. Throws (nothing stored) for a key reused with another body, or an amount
// that would take a balance beyond int64.
idempotency::StoredAnswer chargeOnce(Tx &tx, const ChargeCommand &command);

// One command's result in a batch: its answer, or what it threw (nothing of it was written).
struct BatchResult
{
    std::optional<idempotency::StoredAnswer> answer;
    std::exception_ptr failure;
};

// PostgreSQL only (arrays, FOR UPDATE, sequences). The same outcome as chargeOnce for each
// command in order, computed by the ledger's rules in memory over balances read once and locked
// (FOR UPDATE, in account id order, so batches of several servers queue instead of deadlocking),
// then written with one multi-row statement per table, sent with the COMMIT (Tx::executeLater).
// Service accounts are credited on one shard row per batch (`serviceShard`). An Idempotency-Key
// that another server stored after the lookup fails the COMMIT on the key's primary key (the
// batch then runs again and replays that answer); PostgreSQL may abort the transaction
// (SerializationFailure, deadlock) as for any batch.
std::vector<BatchResult> chargeBatch(PostgresConnection &db, const std::vector<const ChargeCommand *> &commands,
                                     int serviceShard);

} // namespace store::charges
