// SPDX-License-Identifier: GPL-3.0-or-later
#include "Referral.h"

#include <stdexcept>

namespace ledger {

namespace {
constexpr std::size_t kMinCardDigits = 12;
constexpr std::size_t kMaxCardDigits = 19;

// The digits of `text`, or nullopt if it holds anything but digits, spaces and dashes.
std::optional<std::string> digitsOf(std::string_view text)
{
    std::string digits;
    for (const char character : text) {
        if (character >= '0' && character <= '9')
            digits += character;
        else if (character != ' ' && character != '-')
            return std::nullopt;
    }
    return digits;
}
} // namespace

Money commission(Money realMoney, int rateBp)
{
    if (rateBp < 0 || rateBp > kMaxRateBp)
        throw std::invalid_argument("commission: the rate must be 0..10000 basis points");
    if (realMoney.isNegative())
        throw std::invalid_argument("commission: the charged amount cannot be negative");
    return mulDiv(realMoney, rateBp, kMaxRateBp, Rounding::Down);
}

Money realMoneyOf(const ChargeRouting &routing)
{
    Money real;
    for (const ChargePart &part : routing.parts) {
        if (part.balance != Balance::Bonus)
            real += part.amount;
    }
    return real;
}

bool canWithdraw(Money availableReferral, Money amount)
{
    return amount.isPositive() && amount <= availableReferral;
}

std::optional<std::string> normalizeCardNumber(std::string_view text)
{
    std::optional<std::string> digits = digitsOf(text);
    if (!digits || digits->size() < kMinCardDigits || digits->size() > kMaxCardDigits)
        return std::nullopt;
    return digits;
}

bool luhnValid(std::string_view text)
{
    const std::optional<std::string> digits = normalizeCardNumber(text);
    if (!digits)
        return false;
    int sum = 0;
    bool doubled = false; // every second digit from the right is doubled
    for (auto it = digits->rbegin(); it != digits->rend(); ++it) {
        int digit = *it - '0';
        if (doubled) {
            digit *= 2;
            if (digit > 9)
                digit -= 9;
        }
        sum += digit;
        doubled = !doubled;
    }
    return sum % 10 == 0;
}

std::string maskCard(std::string_view text)
{
    const std::optional<std::string> digits = digitsOf(text);
    if (!digits || digits->size() < 4)
        throw std::invalid_argument("maskCard: needs at least four digits and only digits, spaces or dashes");
    return "**** **** **** " + digits->substr(digits->size() - 4);
}

} // namespace ledger
