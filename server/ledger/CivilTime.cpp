// SPDX-License-Identifier: GPL-3.0-or-later
#include "CivilTime.h"

#include <algorithm>
#include <cstdio>
#include <stdexcept>

namespace ledger {

namespace {
// Floor division: instants before 1970 still land in the right day.
std::int64_t floorDiv(std::int64_t value, std::int64_t divisor)
{
    const std::int64_t quotient = value / divisor;
    return (value % divisor != 0 && (value < 0) != (divisor < 0)) ? quotient - 1 : quotient;
}

void requireMonth(int month)
{
    if (month < 1 || month > 12)
        throw std::invalid_argument("month outside 1..12");
}
} // namespace

bool isLeapYear(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(int year, int month)
{
    requireMonth(month);
    static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeapYear(year) ? 29 : kDays[month - 1];
}

// Hinnant's days_from_civil: eras of 400 years starting on March 1st.
std::int64_t daysFromCivil(CivilDate date)
{
    requireMonth(date.month);
    const std::int64_t year = std::int64_t(date.year) - (date.month <= 2 ? 1 : 0);
    const std::int64_t era = floorDiv(year, 400);
    const std::int64_t yearOfEra = year - era * 400;                                     // [0, 399]
    const std::int64_t shiftedMonth = date.month > 2 ? date.month - 3 : date.month + 9; // March = 0
    const std::int64_t dayOfYear = (153 * shiftedMonth + 2) / 5 + date.day - 1;         // [0, 365]
    const std::int64_t dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

// Hinnant's civil_from_days.
CivilDate civilFromDays(std::int64_t daysSinceEpoch)
{
    const std::int64_t days = daysSinceEpoch + 719468;
    const std::int64_t era = floorDiv(days, 146097);
    const std::int64_t dayOfEra = days - era * 146097;                                                // [0, 146096]
    const std::int64_t yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365; // [0, 399]
    const std::int64_t dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);   // [0, 365]
    const std::int64_t shiftedMonth = (5 * dayOfYear + 2) / 153;                                      // March = 0
    const std::int64_t day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1;
    const std::int64_t month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
    const std::int64_t year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    return {static_cast<int>(year), static_cast<int>(month), static_cast<int>(day)};
}

CivilDate civilDateOf(std::int64_t epochSeconds)
{
    return civilFromDays(floorDiv(epochSeconds, kSecondsPerDay));
}

std::string utcText(std::int64_t epochSeconds)
{
    const CivilDate date = civilDateOf(epochSeconds);
    const std::int64_t secondOfDay = epochSeconds - daysFromCivil(date) * kSecondsPerDay;
    char text[32];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02dZ", date.year, date.month, date.day,
                  static_cast<int>(secondOfDay / 3600), static_cast<int>(secondOfDay / 60 % 60),
                  static_cast<int>(secondOfDay % 60));
    return text;
}

YearMonth yearMonthOf(std::int64_t epochSeconds)
{
    const CivilDate date = civilDateOf(epochSeconds);
    return {date.year, date.month};
}

YearMonth addMonths(YearMonth month, int months)
{
    requireMonth(month.month);
    const std::int64_t index = std::int64_t(month.year) * 12 + (month.month - 1) + months;
    return {static_cast<int>(floorDiv(index, 12)), static_cast<int>(index - floorDiv(index, 12) * 12) + 1};
}

std::int64_t monthStart(YearMonth month)
{
    return daysFromCivil({month.year, month.month, 1}) * kSecondsPerDay;
}

std::int64_t monthEnd(YearMonth month)
{
    return monthStart(addMonths(month, 1));
}

std::int64_t addMonthsClamped(std::int64_t epochSeconds, int months)
{
    const std::int64_t day = floorDiv(epochSeconds, kSecondsPerDay);
    const std::int64_t secondOfDay = epochSeconds - day * kSecondsPerDay;
    const CivilDate date = civilFromDays(day);
    const YearMonth target = addMonths({date.year, date.month}, months);
    const int clampedDay = std::min(date.day, daysInMonth(target.year, target.month));
    return daysFromCivil({target.year, target.month, clampedDay}) * kSecondsPerDay + secondOfDay;
}

} // namespace ledger
