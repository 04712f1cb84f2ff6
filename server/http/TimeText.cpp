// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimeText.h"

#include "CivilTime.h"

#include <QDateTime>
#include <QRegularExpression>

#include <cstdio>

namespace http {

std::string formatTime(std::int64_t epochSeconds)
{
    const ledger::CivilDate date = ledger::civilDateOf(epochSeconds);
    const std::int64_t secondOfDay = epochSeconds - ledger::daysFromCivil(date) * ledger::kSecondsPerDay;
    char text[32];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02dZ", date.year, date.month, date.day,
                  static_cast<int>(secondOfDay / 3600), static_cast<int>(secondOfDay / 60 % 60),
                  static_cast<int>(secondOfDay % 60));
    return text;
}

std::optional<std::int64_t> parseTime(std::string_view text, Rounding rounding)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})$)"));
    QString value = QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
    // A '+' of an offset arrives as a space when the client did not escape it in a query string.
    if (value.size() > 6 && value.at(value.size() - 6) == QLatin1Char(' '))
        value[value.size() - 6] = QLatin1Char('+');
    if (!pattern.match(value).hasMatch())
        return std::nullopt;
    // Qt parses at most milliseconds; longer fractions are cut to three digits.
    static const QRegularExpression longFraction(QStringLiteral(R"((\.\d{3})\d+)"));
    value.replace(longFraction, QStringLiteral("\\1"));
    const QDateTime parsed = QDateTime::fromString(value.toUpper(), Qt::ISODateWithMs);
    if (!parsed.isValid())
        return std::nullopt;
    const std::int64_t milliseconds = parsed.toMSecsSinceEpoch();
    std::int64_t seconds = milliseconds / 1000;
    const std::int64_t remainder = milliseconds % 1000;
    if (remainder < 0)
        --seconds;
    if (remainder != 0 && rounding == Rounding::Ceil)
        ++seconds;
    return seconds;
}

} // namespace http
