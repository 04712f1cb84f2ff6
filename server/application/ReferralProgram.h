// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Idempotency.h"
#include "Records.h"
#include "UseCase.h"

#include <cstdint>
#include <optional>
#include <string>

namespace store {
class Store;
} // namespace store

namespace application {

// R20: where referral money goes. A card number never gets this far: only its mask.
struct WithdrawalOrder
{
    std::int64_t projectId = 0;
    std::int64_t amount = 0;                      // > 0
    std::string destination;                      // card, own_main, project
    std::optional<std::string> cardMasked;        // card
    std::optional<std::int64_t> targetProjectId;  // project

    [[nodiscard]] NormalisedOrder normalised() const;
};

struct WithdrawalFilter
{
    std::optional<std::string> status; // pending, completed, rejected
    std::optional<store::HistoryCursor> after;
    int limit = 100;
};

// The referral program (R18-R21). The adapter lets only the owner reach a project's program
// (R3); staff list and decide card payouts.
class ReferralProgram
{
public:
    ReferralProgram(store::Store &store, Idempotency &idempotency, int referralRateBp);

    store::ReferralSummary summary(std::int64_t projectId);
    [[nodiscard]] int rateBp() const { return m_referralRateBp; }
    store::ReferralPage history(std::int64_t projectId, const std::optional<store::HistoryCursor> &after, int limit);
    // R20, R21: never above the available referral balance, checked inside the writer.
    RecordedAnswer withdraw(const Actor &actor, const WithdrawalOrder &order, const IdempotentRequest &request,
                            const Encoder<store::Withdrawal> &encode);
    store::WithdrawalPage withdrawals(const WithdrawalFilter &filter);
    // Staff pay a pending card payout out, or return it to the referral balance.
    RecordedAnswer complete(const Actor &actor, std::int64_t withdrawalId, const IdempotentRequest &request,
                            const Encoder<store::Withdrawal> &encode);
    RecordedAnswer reject(const Actor &actor, std::int64_t withdrawalId, const IdempotentRequest &request,
                          const Encoder<store::Withdrawal> &encode);

private:
    store::Store &m_store;
    Idempotency &m_idempotency;
    int m_referralRateBp;
};

} // namespace application
