// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Balance.h"
#include "Category.h"
#include "Money.h"

#include <vector>

namespace ledger {

// What a project can pay with at the moment of a charge.
struct Pots
{
    Money bonus;           // bonus balance
    Money main;            // main balance (personal funds); may be negative (a debt, R17)
    Money creditAvailable; // unspent credit of the active credit, zero without one
};

// One part of a charge: which balance pays how much.
struct ChargePart
{
    Balance balance;
    Money amount; // always > 0

    friend bool operator==(const ChargePart &, const ChargePart &) = default;
};

struct ChargeRouting
{
    bool covered = false;          // false: the charge is refused whole (402 insufficient_funds)
    std::vector<ChargePart> parts; // only non-zero parts, in the order bonus, main, credit; empty if !covered
    Money shortfall;               // how much was missing when !covered; zero when covered
};

// Splits a charge over the project's balances (R9, R10, R11, R16, R17):
// bonus first, only when bonusMayPay(category); then main, only its positive part (a main in
// debt contributes nothing); then available credit. A charge the eligible funds cannot cover in
// full is refused whole: covered = false, no parts. Negative pots contribute nothing.
// Precondition: amount > 0, else std::invalid_argument.
[[nodiscard]] ChargeRouting routeCharge(Category category, Money amount, const Pots &pots);

} // namespace ledger
