// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Money.h"
#include "Posting.h"

#include <QString>

#include <array>
#include <cstdint>
#include <map>
#include <random>
#include <vector>

// A model of the store for the R22 property test: a seeded (reproducible) random sequence of the
// product's operations over several projects, built with the ledger's routing and posting builders
// and applied to an in-memory map of account balances. After every step it checks the posting is
// balanced, the global sum is zero, no project balance went below zero except main through a
// correction or a credit-expiry debt (R6, R17), and the service accounts agree with independent
// running totals of what was paid in, charged, accrued and paid out.
class LedgerSimulation
{
public:
    explicit LedgerSimulation(std::uint64_t seed);

    // Applies one random applicable operation; returns an empty string, or what went wrong.
    QString step();
    // Names of the operations the run never applied (a run that skipped some proves less).
    QString unexercisedOperations() const;

private:
    enum Operation {
        TopUp,
        Charge,
        ChargeRefused,
        BonusGrant,
        Compensation,
        Correction,
        CreditGrant,
        CreditExpiry,
        ReferralTransfer,
        CardPayoutReserve,
        CardPayoutComplete,
        CardPayoutReject,
        OperationCount,
    };

    struct ProjectState
    {
        std::int64_t referrerProjectId = 0;
        bool creditActive = false;
        ledger::Money creditGranted;
        ledger::Money creditSpent;       // charged to credit, ever (for this credit)
        ledger::Money creditOutstanding; // spent and not yet repaid
    };

    struct PendingPayout
    {
        std::int64_t projectId;
        ledger::Money amount;
    };

    std::int64_t randomIn(std::int64_t low, std::int64_t high);
    ledger::Money balance(std::int64_t projectId, ledger::AccountKind kind) const;
    ledger::Money serviceBalance(ledger::AccountKind kind) const;

    // Builds the posting of a random operation for `projectId`; false when it does not apply now.
    bool buildOperation(Operation operation, std::int64_t projectId, ledger::Posting &posting);
    bool buildCharge(std::int64_t projectId, ledger::Posting &posting, Operation &applied);
    QString applyAndCheck(const ledger::Posting &posting, Operation operation);
    QString checkInvariants(Operation operation, const std::map<std::int64_t, ledger::Money> &mainBefore) const;

    std::mt19937_64 m_random;
    std::map<ledger::AccountRef, ledger::Money> m_balances;
    std::map<std::int64_t, ProjectState> m_projects;
    std::vector<PendingPayout> m_pendingPayouts;
    std::array<int, OperationCount> m_applied{};
    // Independent running totals, checked against the service accounts.
    ledger::Money m_paidIn;
    ledger::Money m_charged;
    ledger::Money m_accrued;
    ledger::Money m_paidOut;
};
