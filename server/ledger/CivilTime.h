// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>

namespace ledger {

// Proleptic Gregorian calendar arithmetic on UTC epoch seconds (no time zones: the ledger's
// calendar is UTC). Algorithms after Howard Hinnant's "chrono-compatible low-level date algorithms".

inline constexpr std::int64_t kSecondsPerDay = 86400;

struct YearMonth
{
    int year = 1970;
    int month = 1; // 1..12

    friend bool operator==(const YearMonth &, const YearMonth &) = default;
    friend bool operator<(const YearMonth &a, const YearMonth &b) // no <=>: see Money.h
    {
        return a.year != b.year ? a.year < b.year : a.month < b.month;
    }
};

struct CivilDate
{
    int year = 1970;
    int month = 1; // 1..12
    int day = 1;   // 1..31

    friend bool operator==(const CivilDate &, const CivilDate &) = default;
};

[[nodiscard]] bool isLeapYear(int year);
[[nodiscard]] int daysInMonth(int year, int month);

// Days since 1970-01-01 of a civil date, and back.
[[nodiscard]] std::int64_t daysFromCivil(CivilDate date);
[[nodiscard]] CivilDate civilFromDays(std::int64_t daysSinceEpoch);

// The UTC civil date / month containing an instant (floor division: negative epochs work).
[[nodiscard]] CivilDate civilDateOf(std::int64_t epochSeconds);
[[nodiscard]] YearMonth yearMonthOf(std::int64_t epochSeconds);

// "2026-11-25T10:00:00Z": an instant as API.md writes times (answers and event data alike).
[[nodiscard]] std::string utcText(std::int64_t epochSeconds);

// Month arithmetic (any sign of months).
[[nodiscard]] YearMonth addMonths(YearMonth month, int months);

// 00:00:00 UTC on the first day of the month, and of the next month (exclusive end):
// the half-open interval [monthStart, monthEnd) holds the month's instants.
[[nodiscard]] std::int64_t monthStart(YearMonth month);
[[nodiscard]] std::int64_t monthEnd(YearMonth month);

// The same time of day `months` calendar months later, the day clamped to the target month's
// length (Jan 31 + 1 month = Feb 28, or Feb 29 in a leap year).
[[nodiscard]] std::int64_t addMonthsClamped(std::int64_t epochSeconds, int months);

} // namespace ledger
