// SPDX-License-Identifier: GPL-3.0-or-later
#include "UtcFields.h"

#include <algorithm>

namespace cabinet::exporting {
namespace {

constexpr qint64 kSecondsPerDay = 86400;

// Floor division, so instants before 1970 land on the right day.
qint64 floorDiv(qint64 value, qint64 divisor)
{
    const qint64 quotient = value / divisor;
    return (value % divisor < 0) ? quotient - 1 : quotient;
}

// Days since 1970-01-01 to the proleptic Gregorian date (H. Hinnant's civil_from_days).
void civilFromDays(qint64 days, UtcFields& fields)
{
    days += 719468;
    const qint64 era = floorDiv(days, 146097);
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 monthIndex = (5 * dayOfYear + 2) / 153;
    fields.day = static_cast<int>(dayOfYear - (153 * monthIndex + 2) / 5 + 1);
    fields.month = static_cast<int>(monthIndex < 10 ? monthIndex + 3 : monthIndex - 9);
    fields.year = static_cast<int>(yearOfEra + era * 400 + (fields.month <= 2 ? 1 : 0));
}

void writeDigits(char* out, int value, int width)
{
    for (int position = width - 1; position >= 0; --position) {
        out[position] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
}

} // namespace

UtcFields utcFieldsOf(const QDateTime& at)
{
    const qint64 seconds = floorDiv(at.toMSecsSinceEpoch(), 1000);
    const qint64 days = floorDiv(seconds, kSecondsPerDay);
    const qint64 secondOfDay = seconds - days * kSecondsPerDay;
    UtcFields fields;
    civilFromDays(days, fields);
    fields.hour = static_cast<int>(secondOfDay / 3600);
    fields.minute = static_cast<int>(secondOfDay / 60 % 60);
    fields.second = static_cast<int>(secondOfDay % 60);
    return fields;
}

void writeIsoUtc(const UtcFields& fields, std::span<char, kIsoUtcChars> out)
{
    char* text = out.data();
    writeDigits(text, fields.year, 4);
    text[4] = '-';
    writeDigits(text + 5, fields.month, 2);
    text[7] = '-';
    writeDigits(text + 8, fields.day, 2);
    text[10] = 'T';
    writeDigits(text + 11, fields.hour, 2);
    text[13] = ':';
    writeDigits(text + 14, fields.minute, 2);
    text[16] = ':';
    writeDigits(text + 17, fields.second, 2);
    text[19] = 'Z';
}

void IsoUtcFormatter::write(const QDateTime& at, std::span<char, kIsoUtcChars> out)
{
    const qint64 seconds = floorDiv(at.toMSecsSinceEpoch(), 1000);
    const qint64 day = floorDiv(seconds, kSecondsPerDay);
    if (day != m_day) {
        writeIsoUtc(utcFieldsOf(at), m_text);
        m_day = day;
    }
    const auto secondOfDay = static_cast<int>(seconds - day * kSecondsPerDay);
    char* text = m_text.data();
    writeDigits(text + 11, secondOfDay / 3600, 2);
    writeDigits(text + 14, secondOfDay / 60 % 60, 2);
    writeDigits(text + 17, secondOfDay % 60, 2);
    std::copy(m_text.cbegin(), m_text.cend(), out.begin());
}

} // namespace cabinet::exporting
