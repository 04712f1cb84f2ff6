// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Idempotency.h"
#include "Records.h"
#include "UseCase.h"

#include "CreditEligibility.h"

#include <cstdint>
#include <optional>
#include <string>

namespace store {
class Store;
} // namespace store

namespace application {

class CreditExpiry;

// R12: what a member asks for, or what staff grant (optionally answering a request).
struct CreditOrder
{
    std::int64_t projectId = 0;
    std::int64_t amount = 0;
    std::int64_t termDays = 0;
    std::optional<std::int64_t> requestId; // grants only

    [[nodiscard]] NormalisedOrder normalised() const;
};

struct GrantedCredit
{
    store::Credit credit;
    store::Balances balances;
};

struct CreditRequestFilter
{
    std::optional<std::int64_t> projectId;
    std::optional<std::string> status; // pending, granted, rejected, cancelled
    std::optional<store::HistoryCursor> after;
    int limit = 100;
};

// Credit funds (R12-R17): eligibility and requests for owners and administrators; the request
// list, grants and rejections for staff. Expiry is CreditExpiry's.
class Credits
{
public:
    Credits(store::Store &store, Idempotency &idempotency, CreditExpiry &expiry);

    // R13, R14 as of `now`.
    ledger::CreditAssessment eligibility(std::int64_t projectId, std::int64_t now);
    // R12-R15, R17: refused with credit_already_active, validation_failed, credit_not_eligible or
    // credit_limit_exceeded, in that order.
    RecordedAnswer request(const Actor &actor, const CreditOrder &order, const IdempotentRequest &request,
                           const Encoder<store::CreditRequest> &encode);
    store::CreditRequestPage requests(const CreditRequestFilter &filter);
    // The same refusals as a request; the expiry timer is armed for the new due time.
    RecordedAnswer grant(const Actor &actor, const CreditOrder &order, const IdempotentRequest &request,
                         const Encoder<GrantedCredit> &encode);
    // Staff decline a pending request (moves no money: repeating it changes nothing).
    store::CreditRequest reject(const Actor &actor, std::int64_t requestId, const std::string &note);
    // Issue 12: a member withdraws a pending request of the project: their own, or any when
    // mayCancelOthers (the owner); Forbidden otherwise, NotFound for another project's, Conflict
    // once granted or rejected. Cancelling a cancelled one changes nothing.
    store::CreditRequest cancel(const Actor &actor, std::int64_t projectId, std::int64_t requestId, bool mayCancelOthers);

private:
    store::Store &m_store;
    Idempotency &m_idempotency;
    CreditExpiry &m_expiry;
};

} // namespace application
