// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MoneyOps.h"
#include "Records.h"
#include "Sql.h"

#include "CreditEligibility.h"
#include "Money.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

// Credit funds (R12-R17): eligibility facts from the ledger, requests, staff grants, repayment
// bookkeeping and expiry at the due time. The rules are cabinet_ledger's (CreditEligibility,
// CreditMechanics, Posting builders); these functions load the facts and store the outcome.
namespace store::credits {

// R13, R14: the project's facts as of `now` (tenure, paid top-ups from the ledger's `topup`
// rows, all charges of the last full calendar months, active credit, main) assessed by
// ledger::assessCredit. NotFound for an unknown project.
ledger::CreditAssessment assess(Tx &tx, std::int64_t projectId, std::int64_t now);

// The project's active credit (at most one, R17).
std::optional<Credit> active(Tx &tx, std::int64_t projectId);

// Throws the API's refusal for a request or grant of `amount` for `termDays` days, checked in
// ledger::validateCreditRequest's order: 409 credit_already_active first, then 422
// validation_failed (amount, term 1..5), credit_not_eligible, credit_limit_exceeded.
void requireAllowed(const ledger::CreditAssessment &assessment, std::int64_t amount, std::int64_t termDays);

// R12: a pending request for staff; refused by requireAllowed. Moves no money.
CreditRequest request(Tx &tx, const money::Actor &actor, std::int64_t projectId, std::int64_t amount,
                      std::int64_t termDays);

struct RequestFilter
{
    std::optional<std::int64_t> projectId;
    std::optional<std::string> status; // pending, granted, rejected
    std::optional<HistoryCursor> after;
    int limit = 100;
};
// Newest first.
CreditRequestPage requests(Tx &tx, const RequestFilter &filter);
std::optional<CreditRequest> findRequest(Tx &tx, std::int64_t requestId);

// R12, R15, R17: credit_line -amount, credit +amount (history row credit_grant), due `termDays`
// days from now. Refused by requireAllowed (the active credit first). With a request id, that
// pending request of the same project is marked granted; it may be granted for less, never more.
Credit grant(Tx &tx, const money::Actor &actor, std::int64_t projectId, std::int64_t amount, std::int64_t termDays,
             std::optional<std::int64_t> requestId);

// Staff decline a pending request with a note the customer sees. Rejecting a rejected request
// changes nothing; a granted one is a Conflict.
CreditRequest reject(Tx &tx, const money::Actor &actor, std::int64_t requestId, std::string_view note);

// A member withdraws a pending request: pending -> cancelled; a cancelled one stays as it is,
// a granted or rejected one is domain::Error(Conflict). Who may is the application's decision.
CreditRequest cancelRequest(Tx &tx, std::int64_t requestId, std::int64_t now);

// R17: a paid top-up repaid this much of the active credit's used part.
void recordRepayment(Tx &tx, std::int64_t projectId, ledger::Money repaid);

// R31: first writes credit_due for every active credit due within a day (once per credit).
// R17: expires every active credit whose due time is at or before `now`: the unspent credit is
// withdrawn and the unrepaid used credit becomes a debt on main (history rows credit_expiry dated
// the due time). The status change from active is guarded in this transaction, so each credit
// expires exactly once however often this runs. Returns how many credits expired.
int expireDue(Tx &tx, std::int64_t now);
// The earliest due time of an active credit.
std::optional<std::int64_t> nextDueAt(Tx &tx);

} // namespace store::credits
