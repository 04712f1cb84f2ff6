// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChargeRouter.h"

#include <algorithm>
#include <stdexcept>

namespace ledger {

ChargeRouting routeCharge(Category category, Money amount, const Pots &pots)
{
    if (!amount.isPositive())
        throw std::invalid_argument("routeCharge: the amount must be positive");

    // The eligible pots in spending order (R9, R16, R17); a negative pot (main in debt) gives nothing.
    const std::array<ChargePart, 3> sources = {{
        {Balance::Bonus, bonusMayPay(category) ? pots.bonus : Money()},
        {Balance::Main, pots.main},
        {Balance::Credit, pots.creditAvailable},
    }};

    ChargeRouting routing;
    Money remaining = amount;
    for (const ChargePart &source : sources) {
        if (remaining.isZero())
            break;
        const Money take = std::min(remaining, std::max(source.amount, Money()));
        if (take.isPositive()) {
            routing.parts.push_back({source.balance, take});
            remaining -= take;
        }
    }

    if (!remaining.isZero()) { // refused whole: no partial charge (R17)
        routing.parts.clear();
        routing.shortfall = remaining;
        return routing;
    }
    routing.covered = true;
    return routing;
}

} // namespace ledger
