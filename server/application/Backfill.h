// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Records.h"
#include "ReferralProgram.h"
#include "Schema.h"
#include "UseCase.h"

#include "Category.h"
#include "CreditEligibility.h"
#include "Posting.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

namespace store {
class Store;
class Tx;
} // namespace store

namespace application {

// One past written at once (the demo seed, server/main/Seed.cpp): dated steps in ONE write
// transaction, each through the same operations a live request uses, so every balance_after
// chain, credit and referral balance is exactly what the rules produce (R17, R19, R22).
class PastWriter
{
public:
    PastWriter(store::Tx &tx, store::Dialect dialect);

    std::int64_t createUser(const std::string &email, const std::string &name, const std::string &passwordHash,
                            bool isStaff, std::int64_t at);
    std::optional<std::int64_t> firstStaffId();
    std::int64_t createProject(const std::string &name, std::optional<std::int64_t> referredBy, std::int64_t at);
    void addMember(std::int64_t projectId, std::int64_t userId, const std::string &role, std::int64_t at);
    // `count` history rows over [from, to) written in bulk (store::appendBulkHistory).
    void appendBulkHistory(std::int64_t projectId, std::int64_t count, std::int64_t from, std::int64_t to);

    // R17: what the expiry timer would have done by `at`.
    void expireCreditsDue(std::int64_t at);
    std::int64_t createTopUp(const Actor &actor, std::int64_t projectId, const std::string &method, std::int64_t amount);
    void markTopUpPaid(const Actor &staff, std::int64_t topUpId);
    void charge(const Actor &actor, std::int64_t projectId, ledger::Category category, std::int64_t amount,
                const std::string &description, int referralRateBp);
    void grantBonus(const Actor &staff, std::int64_t projectId, std::int64_t amount, const std::string &reason);
    void adjust(const Actor &staff, std::int64_t projectId, const std::string &kind, std::int64_t amount,
                const std::string &reason);
    ledger::CreditAssessment assessCredit(std::int64_t projectId, std::int64_t at);
    store::CreditRequest requestCredit(const Actor &actor, std::int64_t projectId, std::int64_t amount,
                                       std::int64_t termDays);
    void grantCredit(const Actor &staff, const store::CreditRequest &request);
    std::int64_t balanceOf(std::int64_t projectId, ledger::AccountKind kind);
    void withdraw(const Actor &actor, const WithdrawalOrder &order);
    // R27, R28, R31: a saved card (token and mask), auto top-up settings and the low-balance alert.
    void saveCard(std::int64_t projectId, const std::string &token, const std::string &mask, std::int64_t at);
    void setAutoTopUp(std::int64_t projectId, const store::AutoTopUpSettings &settings);
    void setAlertThreshold(std::int64_t projectId, std::int64_t threshold);

private:
    store::Tx &m_tx;
    store::Dialect m_dialect;
};

class Backfill
{
public:
    Backfill(store::Store &store, store::Dialect dialect);

    // No project yet: a past may be written.
    bool databaseIsEmpty();
    void write(const std::function<void(PastWriter &)> &past);

private:
    store::Store &m_store;
    store::Dialect m_dialect;
};

} // namespace application
