// SPDX-License-Identifier: GPL-3.0-or-later
#include "Posting.h"

#include <array>
#include <stdexcept>
#include <utility>

namespace ledger {

namespace {
__extension__ using Int128 = __int128;

constexpr std::array<std::pair<AccountKind, std::string_view>, 11> kAccountNames = {{
    {AccountKind::Main, "main"},
    {AccountKind::Bonus, "bonus"},
    {AccountKind::Credit, "credit"},
    {AccountKind::Referral, "referral"},
    {AccountKind::ReferralReserved, "referral_reserved"},
    {AccountKind::Payments, "payments"},
    {AccountKind::Revenue, "revenue"},
    {AccountKind::Staff, "staff"},
    {AccountKind::CreditLine, "credit_line"},
    {AccountKind::ReferralCommission, "referral_commission"},
    {AccountKind::Payouts, "payouts"},
}};

AccountKind accountOf(Balance balance)
{
    switch (balance) {
    case Balance::Bonus: return AccountKind::Bonus;
    case Balance::Main: return AccountKind::Main;
    case Balance::Credit: return AccountKind::Credit;
    }
    throw std::invalid_argument("unknown Balance value");
}

void requirePositive(Money amount, const char *what)
{
    if (!amount.isPositive())
        throw std::invalid_argument(what);
}

void requireNotNegative(Money amount, const char *what)
{
    if (amount.isNegative())
        throw std::invalid_argument(what);
}

// Moves `amount` from one account to another: the two entries every builder is made of.
void transfer(Posting &posting, AccountRef from, AccountRef to, Money amount)
{
    posting.add(from, -amount);
    posting.add(to, amount);
}

Posting checkedBalanced(Posting posting)
{
    if (!posting.isBalanced())
        throw std::logic_error("ledger: a posting builder produced an unbalanced posting (R22)");
    return posting;
}

} // namespace

std::string_view toString(AccountKind kind)
{
    for (const auto &[accountKind, name] : kAccountNames) {
        if (accountKind == kind)
            return name;
    }
    throw std::invalid_argument("unknown AccountKind value");
}

std::optional<AccountKind> accountKindFromString(std::string_view text)
{
    for (const auto &[accountKind, name] : kAccountNames) {
        if (name == text)
            return accountKind;
    }
    return std::nullopt;
}

bool isProjectAccount(AccountKind kind)
{
    switch (kind) {
    case AccountKind::Main:
    case AccountKind::Bonus:
    case AccountKind::Credit:
    case AccountKind::Referral:
    case AccountKind::ReferralReserved:
        return true;
    case AccountKind::Payments:
    case AccountKind::Revenue:
    case AccountKind::Staff:
    case AccountKind::CreditLine:
    case AccountKind::ReferralCommission:
    case AccountKind::Payouts:
        return false;
    }
    throw std::invalid_argument("unknown AccountKind value");
}

void Posting::add(AccountRef account, Money amount)
{
    const bool projectKind = isProjectAccount(account.kind);
    if (projectKind && account.projectId <= 0)
        throw std::invalid_argument("a project account needs a project id > 0");
    if (!projectKind && account.projectId != 0)
        throw std::invalid_argument("a service account has project id 0");
    if (!amount.isZero())
        m_entries.push_back({account, amount});
}

bool Posting::isBalanced() const
{
    Int128 sum = 0;
    for (const Entry &entry : m_entries)
        sum += entry.amount.minor();
    return sum == 0;
}

Money Posting::netChange(AccountRef account) const
{
    Money sum;
    for (const Entry &entry : m_entries) {
        if (entry.account == account)
            sum += entry.amount;
    }
    return sum;
}

Posting postCharge(std::int64_t projectId, const ChargeRouting &routing, std::optional<ReferralAccrual> accrual)
{
    if (!routing.covered || routing.parts.empty())
        throw std::invalid_argument("postCharge: a refused charge posts nothing");
    Posting posting;
    for (const ChargePart &part : routing.parts) {
        requirePositive(part.amount, "postCharge: every part must be positive");
        transfer(posting, projectAccount(projectId, accountOf(part.balance)), serviceAccount(AccountKind::Revenue),
                 part.amount);
    }
    if (accrual) {
        requireNotNegative(accrual->amount, "postCharge: a referral accrual cannot be negative");
        transfer(posting, serviceAccount(AccountKind::ReferralCommission),
                 projectAccount(accrual->referrerProjectId, AccountKind::Referral), accrual->amount);
    }
    return checkedBalanced(std::move(posting));
}

Posting postTopUp(std::int64_t projectId, Money paid, Money repayCredit)
{
    requirePositive(paid, "postTopUp: the paid amount must be positive");
    requireNotNegative(repayCredit, "postTopUp: the credit repayment cannot be negative");
    if (repayCredit > paid)
        throw std::invalid_argument("postTopUp: the credit repayment cannot exceed the payment");
    Posting posting;
    transfer(posting, serviceAccount(AccountKind::Payments), projectAccount(projectId, AccountKind::Main), paid);
    transfer(posting, projectAccount(projectId, AccountKind::Main), serviceAccount(AccountKind::CreditLine), repayCredit);
    return checkedBalanced(std::move(posting));
}

Posting postCreditGrant(std::int64_t projectId, Money granted)
{
    requirePositive(granted, "postCreditGrant: the granted amount must be positive");
    Posting posting;
    transfer(posting, serviceAccount(AccountKind::CreditLine), projectAccount(projectId, AccountKind::Credit), granted);
    return checkedBalanced(std::move(posting));
}

Posting postCreditExpiry(std::int64_t projectId, Money unspent, Money unrepaid)
{
    requireNotNegative(unspent, "postCreditExpiry: the unspent credit cannot be negative");
    requireNotNegative(unrepaid, "postCreditExpiry: the unrepaid credit cannot be negative");
    Posting posting;
    transfer(posting, projectAccount(projectId, AccountKind::Credit), serviceAccount(AccountKind::CreditLine), unspent);
    transfer(posting, projectAccount(projectId, AccountKind::Main), serviceAccount(AccountKind::CreditLine), unrepaid);
    return checkedBalanced(std::move(posting));
}

Posting postBonusGrant(std::int64_t projectId, Money amount)
{
    requirePositive(amount, "postBonusGrant: the amount must be positive");
    Posting posting;
    transfer(posting, serviceAccount(AccountKind::Staff), projectAccount(projectId, AccountKind::Bonus), amount);
    return checkedBalanced(std::move(posting));
}

Posting postAdjustment(std::int64_t projectId, Money signedAmount)
{
    if (signedAmount.isZero())
        throw std::invalid_argument("postAdjustment: the amount cannot be zero");
    Posting posting;
    transfer(posting, serviceAccount(AccountKind::Staff), projectAccount(projectId, AccountKind::Main), signedAmount);
    return checkedBalanced(std::move(posting));
}

Posting postReferralTransfer(std::int64_t fromProject, std::int64_t toProject, Money amount)
{
    requirePositive(amount, "postReferralTransfer: the amount must be positive");
    Posting posting;
    transfer(posting, projectAccount(fromProject, AccountKind::Referral), projectAccount(toProject, AccountKind::Main),
             amount);
    return checkedBalanced(std::move(posting));
}

Posting postCardPayoutReserve(std::int64_t projectId, Money amount)
{
    requirePositive(amount, "postCardPayoutReserve: the amount must be positive");
    Posting posting;
    transfer(posting, projectAccount(projectId, AccountKind::Referral),
             projectAccount(projectId, AccountKind::ReferralReserved), amount);
    return checkedBalanced(std::move(posting));
}

Posting postCardPayoutComplete(std::int64_t projectId, Money amount)
{
    requirePositive(amount, "postCardPayoutComplete: the amount must be positive");
    Posting posting;
    transfer(posting, projectAccount(projectId, AccountKind::ReferralReserved), serviceAccount(AccountKind::Payouts), amount);
    return checkedBalanced(std::move(posting));
}

Posting postCardPayoutReject(std::int64_t projectId, Money amount)
{
    requirePositive(amount, "postCardPayoutReject: the amount must be positive");
    Posting posting;
    transfer(posting, projectAccount(projectId, AccountKind::ReferralReserved),
             projectAccount(projectId, AccountKind::Referral), amount);
    return checkedBalanced(std::move(posting));
}

} // namespace ledger
