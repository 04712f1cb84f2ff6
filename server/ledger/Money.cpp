// SPDX-License-Identifier: GPL-3.0-or-later
#include "Money.h"

#include <cstdint>
#include <limits>

namespace ledger {

namespace {
// 128-bit intermediates: int64 × int64 always fits, so mulDiv never overflows before dividing.
__extension__ using Int128 = __int128;

Money fromInt128(Int128 value)
{
    if (value > std::numeric_limits<std::int64_t>::max() || value < std::numeric_limits<std::int64_t>::min())
        throw MoneyOverflow("money multiplication result overflows int64");
    return Money::fromMinor(static_cast<std::int64_t>(value));
}
} // namespace

Money mulDiv(Money amount, std::int64_t numerator, std::int64_t denominator, Rounding rounding)
{
    if (denominator == 0)
        throw std::invalid_argument("mulDiv: denominator is zero");
    Int128 product = Int128(amount.minor()) * numerator;
    Int128 divisor = denominator;
    if (divisor < 0) { // keep the divisor positive so the remainder has the product's sign
        product = -product;
        divisor = -divisor;
    }
    const Int128 truncated = product / divisor;
    const Int128 remainder = product % divisor;
    if (remainder == 0)
        return fromInt128(truncated);

    const Int128 awayFromZero = product < 0 ? truncated - 1 : truncated + 1;
    switch (rounding) {
    case Rounding::TowardZero:
        return fromInt128(truncated);
    case Rounding::Down:
        return fromInt128(product < 0 ? awayFromZero : truncated);
    case Rounding::Up:
        return fromInt128(product > 0 ? awayFromZero : truncated);
    case Rounding::HalfUp: {
        const Int128 doubledRemainder = (remainder < 0 ? -remainder : remainder) * 2;
        return fromInt128(doubledRemainder >= divisor ? awayFromZero : truncated);
    }
    }
    throw std::invalid_argument("mulDiv: unknown rounding mode");
}

std::string formatUah(Money amount)
{
    const std::int64_t minor = amount.minor();
    // Unsigned magnitude: correct for INT64_MIN, whose negation does not fit in int64.
    const std::uint64_t magnitude =
        minor < 0 ? 0 - static_cast<std::uint64_t>(minor) : static_cast<std::uint64_t>(minor);
    const std::uint64_t cents = magnitude % 100;
    std::string text = minor < 0 ? "-" : "";
    text += std::to_string(magnitude / 100);
    text += '.';
    text += static_cast<char>('0' + cents / 10);
    text += static_cast<char>('0' + cents % 10);
    text += " UAH";
    return text;
}

} // namespace ledger
