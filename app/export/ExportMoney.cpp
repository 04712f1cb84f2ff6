// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportMoney.h"

#include <algorithm>
#include <array>

namespace cabinet::exporting {
namespace {

// |minorUnits| split into whole units and kopecks without overflow, also for INT64_MIN.
struct Magnitude {
    quint64 whole;
    unsigned cents;
};

Magnitude magnitudeOf(qint64 minorUnits)
{
    const quint64 absolute = minorUnits < 0 ? 0 - static_cast<quint64>(minorUnits) : static_cast<quint64>(minorUnits);
    return {absolute / 100U, static_cast<unsigned>(absolute % 100U)};
}

} // namespace

int plainDecimal(qint64 minorUnits, std::span<char, kMaxPlainDecimalChars> out)
{
    // Digits are produced from the right into a scratch array, two at a time (a million rows, two
    // amounts each).
    static constexpr char kPairs[] = "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
                                     "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
                                     "8081828384858687888990919293949596979899";
    const Magnitude magnitude = magnitudeOf(minorUnits);
    std::array<char, kMaxPlainDecimalChars> scratch{};
    size_t position = scratch.size();
    scratch[--position] = kPairs[2 * magnitude.cents + 1];
    scratch[--position] = kPairs[2 * magnitude.cents];
    scratch[--position] = '.';
    quint64 whole = magnitude.whole;
    while (whole >= 100) {
        const auto pair = static_cast<size_t>(whole % 100U) * 2;
        whole /= 100U;
        scratch[--position] = kPairs[pair + 1];
        scratch[--position] = kPairs[pair];
    }
    if (whole >= 10) {
        scratch[--position] = kPairs[2 * whole + 1];
        scratch[--position] = kPairs[2 * whole];
    } else {
        scratch[--position] = static_cast<char>('0' + whole);
    }
    if (minorUnits < 0)
        scratch[--position] = '-';
    const auto length = scratch.size() - position;
    std::copy(scratch.cbegin() + static_cast<std::ptrdiff_t>(position), scratch.cend(), out.begin());
    return static_cast<int>(length);
}

QString plainDecimal(qint64 minorUnits)
{
    std::array<char, kMaxPlainDecimalChars> buffer{};
    const int length = plainDecimal(minorUnits, buffer);
    return QString::fromLatin1(buffer.data(), length);
}

} // namespace cabinet::exporting
