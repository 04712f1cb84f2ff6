// SPDX-License-Identifier: GPL-3.0-or-later
#include "CreditMechanics.h"

#include <algorithm>
#include <stdexcept>

namespace ledger {

TopUpSplit splitTopUp(Money paid, Money creditOutstanding)
{
    if (!paid.isPositive())
        throw std::invalid_argument("splitTopUp: the paid amount must be positive");
    if (creditOutstanding.isNegative())
        throw std::invalid_argument("splitTopUp: the outstanding credit cannot be negative");
    const Money repay = std::min(paid, creditOutstanding);
    return {repay, paid - repay};
}

CreditExpiry expiryOf(Money available, Money outstanding)
{
    if (available.isNegative() || outstanding.isNegative())
        throw std::invalid_argument("expiryOf: credit figures cannot be negative");
    return {available, outstanding};
}

} // namespace ledger
