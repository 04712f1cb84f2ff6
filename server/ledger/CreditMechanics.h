// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Money.h"

namespace ledger {

// R17: a top-up first repays the used (spent, not yet repaid) credit, the rest goes to main.
// Repaid credit does not become available again.
struct TopUpSplit
{
    Money repay;  // to credit_line (history row credit_repayment)
    Money toMain; // stays on main
};

// repay = min(paid, creditOutstanding), toMain = paid - repay.
// Preconditions: paid > 0, creditOutstanding >= 0 (std::invalid_argument otherwise).
[[nodiscard]] TopUpSplit splitTopUp(Money paid, Money creditOutstanding);

// R17: at the due time the unspent credit is withdrawn and the unrepaid used credit becomes a
// debt on main (a negative main balance, repaid first by the next top-ups through main itself).
struct CreditExpiry
{
    Money unspentWithdrawn; // credit -x, credit_line +x
    Money debtToMain;       // main -y, credit_line +y
};

// Preconditions: available >= 0, outstanding >= 0 (std::invalid_argument otherwise).
[[nodiscard]] CreditExpiry expiryOf(Money available, Money outstanding);

} // namespace ledger
