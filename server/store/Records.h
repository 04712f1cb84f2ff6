// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
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

// Keyset position: the (at, id) of the last row of the previous page.
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
    std::string method; // invoice, card
    std::string status; // pending, paid, cancelled
    std::int64_t amount = 0;
    std::optional<std::string> invoiceNumber;
    std::optional<std::string> paymentUrl;
    std::int64_t createdAt = 0;
};

} // namespace store
