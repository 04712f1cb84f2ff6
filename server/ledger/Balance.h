// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string_view>

namespace ledger {

// The balances a user sees and that pay for charges (R26: every history row names one).
enum class Balance { Bonus, Main, Credit };

// "bonus", "main", "credit".
[[nodiscard]] std::string_view toString(Balance balance);
// The exact API string; std::nullopt for anything else.
[[nodiscard]] std::optional<Balance> balanceFromString(std::string_view text);

} // namespace ledger
