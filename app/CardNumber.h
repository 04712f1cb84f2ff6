// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Bank card numbers for referral payouts (R20): checked as the user types (Luhn), shown grouped
// in fours while typed and masked afterwards. The server checks the same again and stores only
// the mask; the client never keeps the full number after the request.
namespace CardNumber {

inline constexpr int MinimumDigits = 12; // the server's rule (ledger::normalizeCardNumber): 12 to 19 digits, Maestro has 12
inline constexpr int MaximumDigits = 19;

enum class Check {
    Valid,
    Empty,
    InvalidCharacters, // anything but digits, spaces and dashes
    TooShort,
    TooLong,
    BadChecksum, // the Luhn check digit does not match
};

// The digits of what was typed (spaces and dashes dropped); empty when anything else is in it.
QString digitsOf(const QString &text);
bool passesLuhn(const QString &digits);
Check check(const QString &text);
QString checkMessage(Check check); // translated; empty for Valid

// "4111111111111111" -> "4111 1111 1111 1111"
QString grouped(const QString &digits);
// "4111111111111111" -> "•••• 1111": only the last four digits are ever shown again.
QString masked(const QString &digits);

} // namespace CardNumber
