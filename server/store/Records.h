// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CivilTime.h"

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace store {

// Plain rows the store operations return. Money fields are int64 minor units; times are UTC
// epoch seconds (the HTTP layer formats RFC 3339).

struct User
{
    std::int64_t id = 0;
    std::string email;
    std::string name;
    bool isStaff = false;
    std::string serviceRole; // "" for a customer; "staff" or "platform" (application/Permissions.cpp)
};

struct Membership
{
    std::int64_t projectId = 0;
    std::string projectName;
    std::string role; // owner, administrator, supervisor, manager, operator
};

struct Member
{
    std::int64_t userId = 0;
    std::string email;
    std::string name;
    std::string role;
};

struct CreditSummary
{
    std::int64_t granted = 0;
    std::int64_t available = 0;
    std::int64_t used = 0; // spent and not yet repaid
    std::optional<std::int64_t> dueAt;
};

struct Balances
{
    std::int64_t main = 0;
    std::int64_t bonus = 0;
    CreditSummary credit;
};

struct HistoryItem
{
    std::int64_t id = 0;
    std::int64_t at = 0;
    std::string kind;
    std::optional<std::string> category;
    std::string balance; // main, bonus, credit (R26)
    std::int64_t amount = 0; // signed
    std::int64_t balanceAfter = 0;
    std::string description;
};

// Keyset position: the (at, id) of the last row of the previous page. Every list of the API
// pages newest first by (time, id), so every list uses it.
struct HistoryCursor
{
    std::int64_t at = 0;
    std::int64_t id = 0;
};

struct HistoryQuery
{
    std::int64_t projectId = 0;
    std::optional<std::string> balance;
    std::optional<std::string> kind;
    std::int64_t from = std::numeric_limits<std::int64_t>::min(); // inclusive
    std::int64_t to = std::numeric_limits<std::int64_t>::max();   // inclusive
    std::optional<HistoryCursor> after;
    int limit = 100;
};

struct HistoryPage
{
    std::vector<HistoryItem> items;
    std::optional<HistoryCursor> next;
};

struct TopUp
{
    std::int64_t id = 0;
    std::int64_t projectId = 0;
    std::string method; // invoice, card, auto (R28)
    std::string status; // pending, paid, cancelled
    std::int64_t amount = 0;
    std::optional<std::string> invoiceNumber;
    std::optional<std::string> paymentUrl;
    std::int64_t createdAt = 0;
    std::optional<std::int64_t> createdBy; // none for an auto top-up (the platform opened it)
    bool saveCard = false;                 // R27: the paid callback's card becomes the saved card
    std::optional<std::int64_t> settledAt; // paid or cancelled at
};

// A credit request of a project's owner or administrator (R12).
struct CreditRequest
{
    std::int64_t id = 0;
    std::int64_t projectId = 0;
    std::string projectName;
    std::int64_t amount = 0;
    int termDays = 0;
    std::string status; // pending, granted, rejected, cancelled (by a member)
    std::int64_t createdAt = 0;
    std::optional<std::int64_t> decidedAt;
    std::string decisionNote; // why staff rejected it, or empty
    std::optional<std::int64_t> creditId;
    std::optional<std::int64_t> requestedBy;
};

// A credit granted by staff (R12, R17).
struct Credit
{
    std::int64_t id = 0;
    std::int64_t projectId = 0;
    std::int64_t granted = 0;
    int termDays = 0;
    std::int64_t grantedAt = 0;
    std::int64_t dueAt = 0;
    std::string status; // active, expired
    std::int64_t repaid = 0;
    std::optional<std::int64_t> requestId;
};

struct CreditRequestPage
{
    std::vector<CreditRequest> items;
    std::optional<HistoryCursor> next;
};

// A referral withdrawal (R20): card payouts wait for staff, internal transfers complete at once.
struct Withdrawal
{
    std::int64_t id = 0;
    std::int64_t projectId = 0;
    std::string projectName;
    std::int64_t amount = 0;
    std::string destination; // card, own_main, project
    std::optional<std::string> cardMasked;
    std::optional<std::int64_t> targetProjectId;
    std::string status; // pending, completed, rejected
    std::int64_t createdAt = 0;
    std::optional<std::int64_t> decidedAt;
};

struct WithdrawalPage
{
    std::vector<Withdrawal> items;
    std::optional<HistoryCursor> next;
};

// One row of the referral balance's history (R18-R21).
struct ReferralItem
{
    std::int64_t id = 0;
    std::int64_t at = 0;
    std::string kind; // accrual, withdrawal, withdrawal_reversal
    std::int64_t amount = 0;
    std::int64_t balanceAfter = 0;
    std::optional<std::int64_t> sourceProjectId;
    std::optional<std::string> sourceProjectName;
    std::optional<std::string> destination;
    std::optional<std::int64_t> withdrawalId;
    std::optional<std::string> withdrawalStatus;
    std::optional<std::string> cardMasked;
    std::optional<std::int64_t> targetProjectId;
};

struct ReferralPage
{
    std::vector<ReferralItem> items;
    std::optional<HistoryCursor> next;
};

// A project that signed up with the referrer's code, and what its charges earned (R19).
struct Referee
{
    std::int64_t projectId = 0;
    std::string name;
    std::int64_t joinedAt = 0;
    std::int64_t earnedTotal = 0;
};

struct ReferralSummary
{
    std::int64_t balance = 0;  // available for withdrawal
    std::int64_t reserved = 0; // card payouts waiting for staff
    std::string code;
    std::vector<Referee> referrals;
};

// Aggregates for charts (StatsOps): days and months are UTC calendar days and months.
namespace stats {

// The closing balance of main, bonus and credit (available credit) at the end of one UTC day.
struct DailyClose
{
    std::int64_t day = 0; // days since 1970-01-01
    std::int64_t main = 0;
    std::int64_t bonus = 0;
    std::int64_t credit = 0;
};

// What charges took from the project in one month, per category (positive minor units).
struct MonthSpend
{
    ledger::YearMonth month;
    std::vector<std::pair<std::string, std::int64_t>> categories; // sorted by category name
    std::int64_t total = 0;
};

// The referral balance's movements in one month (positive minor units).
struct MonthReferral
{
    ledger::YearMonth month;
    std::int64_t accrued = 0;   // commissions earned (R19)
    std::int64_t withdrawn = 0; // withdrawals less their reversals (R20)
};

} // namespace stats

// A signed-in token (R33): its id, never the token itself.
struct Session
{
    std::int64_t id = 0;
    std::int64_t createdAt = 0;
    std::int64_t lastSeenAt = 0;
};

// One row of a project's audit log (R34). The actor's e-mail is kept as it was at the time.
struct AuditEntry
{
    std::int64_t id = 0;
    std::int64_t at = 0;
    std::string actorKind; // user, staff, platform
    std::optional<std::int64_t> actorId;
    std::optional<std::string> actorEmail;
    std::string action;
    std::string details; // a JSON object
};

struct AuditPage
{
    std::vector<AuditEntry> items;
    std::optional<HistoryCursor> next;
};

// R28: a project's auto top-up from its saved card.
struct AutoTopUpSettings
{
    bool enabled = false;
    std::int64_t threshold = 0; // T: main below it opens a top-up
    std::int64_t amount = 0;    // A
};

// One event of a project's feed (R31). data: a small JSON object.
struct FeedEvent
{
    std::int64_t id = 0;
    std::int64_t at = 0;
    std::string type;
    std::string data;
};

// A project's balance_watch row: its auto top-up (R28) and low-balance alert (R31) settings and
// whether each is armed (AutoTopUpOps.h).
struct BalanceWatch
{
    std::int64_t projectId = 0;
    bool autoEnabled = false;
    std::int64_t autoThreshold = 0;
    std::int64_t autoAmount = 0;
    bool autoArmed = true;
    std::optional<std::int64_t> alertThreshold;
    bool alertArmed = true;
};

} // namespace store
