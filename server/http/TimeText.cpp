// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimeText.h"


#include <QDateTime>
#include <QRegularExpression>


namespace http {

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
