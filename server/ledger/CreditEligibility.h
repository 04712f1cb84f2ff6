// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CivilTime.h"
#include "Money.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ledger {

// R13-R15 thresholds.
inline constexpr int kMinTenureMonths = 3;                             // R13
inline constexpr int kMinTopupsCount = 3;                              // R13
inline constexpr Money kMinTopupsTotal = Money::fromMinor(500000);     // R13: 5000.00 UAH
inline constexpr int kCreditLimitPercent = 30;                         // R14
inline constexpr int kSpendMonths = 3;                                 // R14 [choice]
inline constexpr int kMaxCreditTermDays = 5;                           // R15

// R14 [choice]: the months whose charges make the "monthly spend": the last up to 3 full calendar
// months before the month of `now` that the project existed for in full, most recent first.
// The month of creation counts only when the project was created on its first day (any time of
// that day, UTC). Empty when there is none yet (then the project is not eligible).
// The store sums each month's charges over [monthStart(m), monthEnd(m)).
[[nodiscard]] std::vector<YearMonth> fullMonthsForSpend(std::int64_t createdAt, std::int64_t now);

// R13 [choice]: whole calendar months from creation to now: the largest n with
// addMonthsClamped(createdAt, n) <= now (Jan 31 + 1 month = end of February). 0 if now < createdAt.
[[nodiscard]] int tenureMonths(std::int64_t createdAt, std::int64_t now);
// Whole days from creation to now (floor); 0 if now < createdAt. API field tenure_days.
[[nodiscard]] std::int64_t tenureDays(std::int64_t createdAt, std::int64_t now);

// What the store knows about a project when assessing a credit (all as of `now`).
struct CreditFacts
{
    std::int64_t createdAt = 0; // UTC epoch seconds
    std::int64_t now = 0;       // UTC epoch seconds (the server's Clock)
    int topupsCount = 0;        // paid top-ups only (invoice, card, auto top-up), R13 [choice]
    Money topupsTotal;          // their sum
    std::vector<Money> spendPerMonth; // charge sums for fullMonthsForSpend(createdAt, now), same order
    bool hasActiveCredit = false;
    Money mainBalance;
};

// The answer of GET /credit/eligibility (API.md field names in comments).
struct CreditAssessment
{
    bool eligible = false;            // eligible
    std::vector<std::string> reasons; // reasons: one plain-English sentence per failed condition
    Money maxAmount;                  // max_amount: the R14 limit when eligible, else 0
    int maxTermDays = kMaxCreditTermDays; // max_term_days
    std::int64_t tenureDays = 0;      // tenure_days
    int topupsCount = 0;              // topups_count
    Money topupsTotal;                // topups_total
    Money monthlySpend;               // monthly_spend: floor(sum / months), 0 without a full month
    bool hasActiveCredit = false;     // lets validateCreditRequest answer 409 credit_already_active
};

// R13-R15 and "not eligible with an active credit or a debt on main":
// eligible = (tenureMonths >= 3 or topupsCount >= 3) and topupsTotal >= 5000.00 UAH
//            and no active credit and main >= 0 and at least one full month of spending.
// Limit = floor(sum × 30 / (100 × months)). Reasons, e.g. "used for 1 month < 3 and 2 top-ups < 3",
// "top-ups total 3200.00 UAH < 5000.00 UAH", "an active credit already exists",
// "main balance is in debt (-120.50 UAH)", "no full calendar month of spending yet".
// Throws std::invalid_argument when spendPerMonth does not match fullMonthsForSpend in length.
[[nodiscard]] CreditAssessment assessCredit(const CreditFacts &facts);

enum class CreditRequestCheck {
    Ok,
    AlreadyActive, // 409 credit_already_active (checked first, API.md)
    InvalidAmount, // 422 validation_failed: amount <= 0
    InvalidTerm,   // 422 validation_failed: term outside 1..5 (R15)
    NotEligible,   // 422 credit_not_eligible
    LimitExceeded, // 422 credit_limit_exceeded: amount > maxAmount (R14)
};

// Checks a credit request or a staff grant against an assessment, in the order listed above.
[[nodiscard]] CreditRequestCheck validateCreditRequest(const CreditAssessment &assessment, Money amount,
                                                       int termDays);

} // namespace ledger
