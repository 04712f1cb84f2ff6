// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChargeRouter.h"
#include "Money.h"

#include <optional>
#include <string>
#include <string_view>

namespace ledger {

inline constexpr int kDefaultReferralRateBp = 1000; // R19 [choice]: 10%
inline constexpr int kMaxRateBp = 10000;

// R19 [choice]: floor(realMoney × rateBp / 10000), rounded down once per charge.
// Throws std::invalid_argument when rateBp is outside 0..10000 or realMoney < 0.
[[nodiscard]] Money commission(Money realMoney, int rateBp);

// R19 [choice]: the real money of a charge = its main and credit parts (bonus excluded).
[[nodiscard]] Money realMoneyOf(const ChargeRouting &routing);

// R20, R21: a withdrawal is allowed when 0 < amount <= available referral balance.
[[nodiscard]] bool canWithdraw(Money availableReferral, Money amount);

// The digits of a card number when `text` holds only digits, spaces and dashes and 12..19 digits;
// std::nullopt otherwise. (The Luhn check is separate: luhnValid.)
[[nodiscard]] std::optional<std::string> normalizeCardNumber(std::string_view text);

// normalizeCardNumber succeeds and the digits pass the Luhn checksum.
[[nodiscard]] bool luhnValid(std::string_view text);

// "**** **** **** 1234": the last four digits (spaces and dashes ignored) behind a fixed mask, so
// the stored form never reveals the length or the rest of the number.
// Throws std::invalid_argument when the text has fewer than 4 digits or other characters.
[[nodiscard]] std::string maskCard(std::string_view text);

} // namespace ledger
