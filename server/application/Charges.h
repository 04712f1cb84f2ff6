// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Idempotency.h"
#include "Records.h"
#include "UseCase.h"

#include "Category.h"
#include "ChargeRouter.h"

#include <cstdint>
#include <string>
#include <vector>

namespace store {
class Store;
} // namespace store

namespace application {

struct ChargeOrder
{
    std::int64_t projectId = 0;
    ledger::Category category = ledger::Category::ApiCall;
    std::int64_t amount = 0; // > 0
    std::string description;

    [[nodiscard]] NormalisedOrder normalised() const;
};

struct Charged
{
    std::int64_t id = 0; // the posting
    std::vector<ledger::ChargePart> parts;
    store::Balances balances;
};

// R8: a bonus grant by staff, with the reason the customer reads.
struct BonusOrder
{
    std::int64_t projectId = 0;
    std::int64_t amount = 0; // > 0
    std::string reason;

    [[nodiscard]] NormalisedOrder normalised() const;
};

// R6: a compensation (amount > 0) or a correction (signed, may take main below zero).
struct AdjustmentOrder
{
    std::int64_t projectId = 0;
    std::string kind; // compensation, correction
    std::int64_t amount = 0;
    std::string reason;

    [[nodiscard]] NormalisedOrder normalised() const;
};

struct Adjusted
{
    std::int64_t id = 0; // the posting
    std::string kind;    // bonus_grant, compensation, correction
    std::int64_t amount = 0;
    store::Balances balances;
};

// Money the platform and staff move on a project: charges (R9-R11, R16, R17, with the
// referrer's commission R19), bonus grants (R8) and adjustments (R6).
class Charges
{
public:
    Charges(store::Store &store, Idempotency &idempotency, int referralRateBp);

    // The platform's hot path: returns once the charge is queued; `answered` gets the charge's
    // answer as recorded under its key (R23: also an InsufficientFunds refusal, nothing charged,
    // or an unknown project), or the failure that left it without one, nothing written
    // (IdempotencyConflict, MoneyOverflow, a failed transaction). It runs on the store's
    // answering thread once its batch is durably committed, and must not wait for the store. No
    // thread is held meanwhile, so the charges waiting for one commit are bounded by the open
    // connections, not by the workers. Throws (nothing queued) when the store is stopping.
    void charge(const Actor &actor, const ChargeOrder &order, const IdempotentRequest &request,
                Encoder<Charged> encode, AnswerLater answered);
    RecordedAnswer grantBonus(const Actor &actor, const BonusOrder &order, const IdempotentRequest &request,
                              const Encoder<Adjusted> &encode);
    RecordedAnswer adjust(const Actor &actor, const AdjustmentOrder &order, const IdempotentRequest &request,
                          const Encoder<Adjusted> &encode);

private:
    store::Store &m_store;
    Idempotency &m_idempotency;
    int m_referralRateBp;
};

} // namespace application
