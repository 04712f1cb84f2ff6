// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChargeRouter.h"
#include "Money.h"

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace ledger {

// The ledger's accounts (docs/ARCHITECTURE.md, "Ledger model"). The first five exist once per
// project; the others are the service's own accounts (one each, projectId 0).
enum class AccountKind {
    Main,               // "main": personal funds (R5-R7)
    Bonus,              // "bonus" (R8-R11)
    Credit,             // "credit": available (unspent) credit (R12-R17)
    Referral,           // "referral" (R18-R21)
    ReferralReserved,   // "referral_reserved": card payouts in flight (R20)
    Payments,           // "payments": money paid in
    Revenue,            // "revenue": charges
    Staff,              // "staff": bonus grants, compensations, corrections
    CreditLine,         // "credit_line": credit issued and returned
    ReferralCommission, // "referral_commission": the commission expense (R19)
    Payouts,            // "payouts": completed card payouts
};

// "main", "bonus", "credit", "referral", "referral_reserved", "payments", "revenue", "staff",
// "credit_line", "referral_commission", "payouts".
[[nodiscard]] std::string_view toString(AccountKind kind);
[[nodiscard]] std::optional<AccountKind> accountKindFromString(std::string_view text);
// Main, Bonus, Credit, Referral, ReferralReserved: one per project. The rest are service accounts.
[[nodiscard]] bool isProjectAccount(AccountKind kind);

struct AccountRef
{
    std::int64_t projectId = 0; // > 0 for project accounts, 0 for service accounts
    AccountKind kind = AccountKind::Main;

    friend bool operator==(const AccountRef &, const AccountRef &) = default;
    // Ordered by project, then kind: usable as a std::map key (no <=>: see Money.h).
    friend bool operator<(const AccountRef &a, const AccountRef &b)
    {
        return a.projectId != b.projectId ? a.projectId < b.projectId : a.kind < b.kind;
    }
};

[[nodiscard]] constexpr AccountRef projectAccount(std::int64_t projectId, AccountKind kind) { return {projectId, kind}; }
[[nodiscard]] constexpr AccountRef serviceAccount(AccountKind kind) { return {0, kind}; }

struct Entry
{
    AccountRef account;
    Money amount; // signed: + increases the account's balance, - decreases it

    friend bool operator==(const Entry &, const Entry &) = default;
};

// One money movement (R22): entries over accounts that sum to zero. Entries keep the order
// they were added in (the builders below document theirs, so the store can map entries to
// history rows).
class Posting
{
public:
    // Appends an entry. A zero amount adds nothing (postings carry no empty entries).
    // Throws std::invalid_argument when the account reference is malformed: a project account
    // needs projectId > 0, a service account projectId == 0.
    void add(AccountRef account, Money amount);

    [[nodiscard]] const std::vector<Entry> &entries() const { return m_entries; }
    // Sum of the entries is exactly zero (computed in 128 bits: no overflow can fake a zero).
    [[nodiscard]] bool isBalanced() const;
    // Net change this posting makes to one account (sum of its entries; checked).
    [[nodiscard]] Money netChange(AccountRef account) const;

private:
    std::vector<Entry> m_entries;
};

// The referrer's commission on a charge (R19), posted in the same transaction as the charge.
struct ReferralAccrual
{
    std::int64_t referrerProjectId = 0;
    Money amount; // commission(...) of the charge's real money; zero adds no entries
};

// Builders, one per operation of docs/ARCHITECTURE.md "Operations and their postings".
// Each returns a balanced Posting (checked: an unbalanced result throws std::logic_error) and
// throws std::invalid_argument on a violated precondition. Zero amounts add no entries.

// Charge (R9-R11, R17, R19). For each part in routing order: <part's balance account> -part,
// revenue +part. Then, with an accrual: referral_commission -x, referrer's referral +x.
// Precondition: routing.covered.
[[nodiscard]] Posting postCharge(std::int64_t projectId, const ChargeRouting &routing,
                                 std::optional<ReferralAccrual> accrual);

// Paid top-up (R5, R17): payments -paid, main +paid; then main -repayCredit, credit_line +repayCredit
// (history row credit_repayment). Preconditions: paid > 0, 0 <= repayCredit <= paid (see splitTopUp).
[[nodiscard]] Posting postTopUp(std::int64_t projectId, Money paid, Money repayCredit);

// Credit grant (R12): credit_line -granted, credit +granted. Precondition: granted > 0.
[[nodiscard]] Posting postCreditGrant(std::int64_t projectId, Money granted);

// Credit expiry at due time (R17): credit -unspent, credit_line +unspent; then main -unrepaid,
// credit_line +unrepaid (the unrepaid used credit becomes a debt on main).
// Preconditions: unspent >= 0, unrepaid >= 0 (see expiryOf).
[[nodiscard]] Posting postCreditExpiry(std::int64_t projectId, Money unspent, Money unrepaid);

// Bonus grant (R8): staff -amount, bonus +amount. Precondition: amount > 0.
[[nodiscard]] Posting postBonusGrant(std::int64_t projectId, Money amount);

// Compensation or correction (R6): staff -signedAmount, main +signedAmount. A negative correction
// may take main below zero (R17). Precondition: signedAmount != 0.
[[nodiscard]] Posting postAdjustment(std::int64_t projectId, Money signedAmount);

// Referral withdrawal to a main balance, own or another project's (R20):
// fromProject's referral -amount, toProject's main +amount (row referral_transfer_in).
// Precondition: amount > 0. The caller checks the available referral balance (R21, canWithdraw).
[[nodiscard]] Posting postReferralTransfer(std::int64_t fromProject, std::int64_t toProject, Money amount);

// Referral withdrawal to a card (R20): reserve at once: referral -amount, referral_reserved +amount.
[[nodiscard]] Posting postCardPayoutReserve(std::int64_t projectId, Money amount);
// Staff completed the payout: referral_reserved -amount, payouts +amount.
[[nodiscard]] Posting postCardPayoutComplete(std::int64_t projectId, Money amount);
// Staff rejected the payout (withdrawal_reversal): referral_reserved -amount, referral +amount.
[[nodiscard]] Posting postCardPayoutReject(std::int64_t projectId, Money amount);

} // namespace ledger
