// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

#include <array>
#include <limits>
#include <span>

namespace cabinet::exporting {

// Calendar fields of an instant in UTC, computed with integer arithmetic. QDateTime's own
// conversions go through the time-zone machinery, far too slow for a million rows.
struct UtcFields {
    int year = 1970;
    int month = 1;
    int day = 1;
    int hour = 0;
    int minute = 0;
    int second = 0;
};

UtcFields utcFieldsOf(const QDateTime& at);

inline constexpr int kIsoUtcChars = 20;
// "2024-05-01T10:00:00Z" (seconds precision, the API's own form), for years 0000–9999.
void writeIsoUtc(const UtcFields& fields, std::span<char, kIsoUtcChars> out);

// writeIsoUtc() for rows in a stream: consecutive rows mostly share a day, whose calendar
// arithmetic is then done once.
class IsoUtcFormatter
{
public:
    void write(const QDateTime& at, std::span<char, kIsoUtcChars> out);

private:
    qint64 m_day = std::numeric_limits<qint64>::min();
    std::array<char, kIsoUtcChars> m_text{};
};

} // namespace cabinet::exporting
