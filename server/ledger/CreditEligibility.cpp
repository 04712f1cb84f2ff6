// SPDX-License-Identifier: GPL-3.0-or-later
#include "CreditEligibility.h"

#include <stdexcept>

namespace ledger {

namespace {
std::string counted(std::int64_t count, const char *singular, const char *plural)
{
    return std::to_string(count) + ' ' + (count == 1 ? singular : plural);
}
} // namespace

std::vector<YearMonth> fullMonthsForSpend(std::int64_t createdAt, std::int64_t now)
{
    std::vector<YearMonth> months;
    if (now < createdAt)
        return months;
    const YearMonth current = yearMonthOf(now);
    for (int back = 1; back <= kSpendMonths; ++back) {
        const YearMonth month = addMonths(current, -back);
        // [choice] created any time on the month's first day: the month counts in full.
        if (createdAt >= monthStart(month) + kSecondsPerDay)
            break; // older months predate the project too
        months.push_back(month);
    }
    return months;
}

int tenureMonths(std::int64_t createdAt, std::int64_t now)
{
    if (now < createdAt)
        return 0;
    const YearMonth created = yearMonthOf(createdAt);
    const YearMonth current = yearMonthOf(now);
    // The month of `now` is the most the tenure can reach; one less when the anniversary
    // day/time in that month has not come yet.
    const int candidate = (current.year - created.year) * 12 + (current.month - created.month);
    return addMonthsClamped(createdAt, candidate) <= now ? candidate : candidate - 1;
}

std::int64_t tenureDays(std::int64_t createdAt, std::int64_t now)
{
    return now < createdAt ? 0 : (now - createdAt) / kSecondsPerDay;
}

CreditAssessment assessCredit(const CreditFacts &facts)
{
    const std::vector<YearMonth> months = fullMonthsForSpend(facts.createdAt, facts.now);
    if (facts.spendPerMonth.size() != months.size())
        throw std::invalid_argument("assessCredit: spendPerMonth must hold one sum per fullMonthsForSpend month");

    CreditAssessment assessment;
    assessment.tenureDays = tenureDays(facts.createdAt, facts.now);
    assessment.topupsCount = facts.topupsCount;
    assessment.topupsTotal = facts.topupsTotal;
    assessment.hasActiveCredit = facts.hasActiveCredit;

    const int tenure = tenureMonths(facts.createdAt, facts.now);
    if (tenure < kMinTenureMonths && facts.topupsCount < kMinTopupsCount) { // R13
        assessment.reasons.push_back("used for " + counted(tenure, "month", "months") + " < "
                                     + std::to_string(kMinTenureMonths) + " and "
                                     + counted(facts.topupsCount, "top-up", "top-ups") + " < "
                                     + std::to_string(kMinTopupsCount));
    }
    if (facts.topupsTotal < kMinTopupsTotal) // R13
        assessment.reasons.push_back("top-ups total " + formatUah(facts.topupsTotal) + " < " + formatUah(kMinTopupsTotal));
    if (facts.hasActiveCredit) // R17: one active credit at a time
        assessment.reasons.push_back("an active credit already exists");
    if (facts.mainBalance.isNegative())
        assessment.reasons.push_back("main balance is in debt (" + formatUah(facts.mainBalance) + ")");
    if (months.empty()) // R14 [choice]
        assessment.reasons.push_back("no full calendar month of spending yet");

    Money limit;
    if (!months.empty()) {
        Money sum;
        for (const Money spend : facts.spendPerMonth)
            sum += spend;
        const auto monthCount = static_cast<std::int64_t>(months.size());
        assessment.monthlySpend = mulDiv(sum, 1, monthCount, Rounding::Down);
        limit = mulDiv(sum, kCreditLimitPercent, 100 * monthCount, Rounding::Down); // R14
    }

    assessment.eligible = assessment.reasons.empty();
    assessment.maxAmount = assessment.eligible ? limit : Money();
    return assessment;
}

CreditRequestCheck validateCreditRequest(const CreditAssessment &assessment, Money amount, int termDays)
{
    if (assessment.hasActiveCredit)
        return CreditRequestCheck::AlreadyActive;
    if (!amount.isPositive())
        return CreditRequestCheck::InvalidAmount;
    if (termDays < 1 || termDays > kMaxCreditTermDays) // R15
        return CreditRequestCheck::InvalidTerm;
    if (!assessment.eligible)
        return CreditRequestCheck::NotEligible;
    if (amount > assessment.maxAmount) // R14
        return CreditRequestCheck::LimitExceeded;
    return CreditRequestCheck::Ok;
}

} // namespace ledger
