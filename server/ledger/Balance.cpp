// SPDX-License-Identifier: GPL-3.0-or-later
#include "Balance.h"

#include <array>
#include <stdexcept>

namespace ledger {

std::string_view toString(Balance balance)
{
    switch (balance) {
    case Balance::Bonus: return "bonus";
    case Balance::Main: return "main";
    case Balance::Credit: return "credit";
    }
    throw std::invalid_argument("unknown Balance value");
}

std::optional<Balance> balanceFromString(std::string_view text)
{
    for (const Balance balance : {Balance::Bonus, Balance::Main, Balance::Credit}) {
        if (toString(balance) == text)
            return balance;
    }
    return std::nullopt;
}

} // namespace ledger
