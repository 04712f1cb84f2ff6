// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>

namespace ledger {

// Thrown when a money computation does not fit in int64 minor units. Money never wraps:
// a wrapped balance would silently create or destroy money (R22).
class MoneyOverflow : public std::overflow_error
{
public:
    using std::overflow_error::overflow_error;
};

// How mulDiv rounds an inexact quotient.
enum class Rounding {
    Down,       // toward negative infinity (floor): commissions (R19), the credit limit (R14)
    Up,         // toward positive infinity (ceiling)
    TowardZero, // truncation
    HalfUp,     // to the nearest; a tie goes away from zero (commercial rounding, Java's HALF_UP)
};

// An amount of money as a signed 64-bit count of minor units (kopecks for UAH).
// Currency-agnostic: the currency travels beside it (the product has one, UAH).
// Arithmetic is checked: any overflow throws MoneyOverflow.
class Money
{
public:
    constexpr Money() = default;

    [[nodiscard]] static constexpr Money fromMinor(std::int64_t minorUnits) { return Money(minorUnits); }
    [[nodiscard]] static constexpr Money zero() { return Money(0); }

    [[nodiscard]] constexpr std::int64_t minor() const { return m_minor; }
    [[nodiscard]] constexpr bool isZero() const { return m_minor == 0; }
    [[nodiscard]] constexpr bool isPositive() const { return m_minor > 0; }
    [[nodiscard]] constexpr bool isNegative() const { return m_minor < 0; }

    [[nodiscard]] friend constexpr Money operator+(Money a, Money b)
    {
        std::int64_t sum = 0;
        if (__builtin_add_overflow(a.m_minor, b.m_minor, &sum))
            throw MoneyOverflow("money addition overflows int64");
        return Money(sum);
    }
    [[nodiscard]] friend constexpr Money operator-(Money a, Money b)
    {
        std::int64_t difference = 0;
        if (__builtin_sub_overflow(a.m_minor, b.m_minor, &difference))
            throw MoneyOverflow("money subtraction overflows int64");
        return Money(difference);
    }
    // Negating INT64_MIN overflows and throws.
    [[nodiscard]] friend constexpr Money operator-(Money a) { return Money() - a; }

    constexpr Money &operator+=(Money other) { return *this = *this + other; }
    constexpr Money &operator-=(Money other) { return *this = *this - other; }

    // Spelled out rather than <=>: <compare> pulls <concepts>, which Qt 6.4's moc cannot parse,
    // and Qt code that includes this header is moc'ed.
    friend constexpr bool operator==(Money a, Money b) { return a.m_minor == b.m_minor; }
    friend constexpr bool operator!=(Money a, Money b) { return a.m_minor != b.m_minor; }
    friend constexpr bool operator<(Money a, Money b) { return a.m_minor < b.m_minor; }
    friend constexpr bool operator<=(Money a, Money b) { return a.m_minor <= b.m_minor; }
    friend constexpr bool operator>(Money a, Money b) { return a.m_minor > b.m_minor; }
    friend constexpr bool operator>=(Money a, Money b) { return a.m_minor >= b.m_minor; }

private:
    constexpr explicit Money(std::int64_t minorUnits) : m_minor(minorUnits) {}

    std::int64_t m_minor = 0;
};

// amount × numerator / denominator, rounded as asked. The product is computed in 128 bits,
// so amounts near INT64_MAX work as long as the result fits.
// Throws std::invalid_argument when denominator == 0, MoneyOverflow when the result does not fit.
[[nodiscard]] Money mulDiv(Money amount, std::int64_t numerator, std::int64_t denominator, Rounding rounding);

// "3200.00 UAH", "-120.50 UAH", "0.05 UAH": plain ASCII, two decimals, '-' for negatives,
// no grouping. Used in server-side texts such as credit eligibility reasons; the client
// formats for the user's locale itself.
[[nodiscard]] std::string formatUah(Money amount);

} // namespace ledger
