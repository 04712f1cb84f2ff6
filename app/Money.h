// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

#include <optional>

// Client-side money helpers. Amounts are int64 minor units (kopecks) with a currency code;
// formatting and parsing use integer arithmetic only, never double (SPEC: money rule).
namespace Money {

// "₴" for UAH; the code itself for a currency we have no symbol for.
QString currencySymbol(const QString &currencyCode);

// The amount with the locale's group and decimal separators and two decimals, no currency:
// 150000 -> "1 500,00" (uk), "1,500.00" (en). Negative amounts carry the locale's minus sign.
QString formatNumber(qint64 minorUnits, const QLocale &locale = QLocale());

// The amount with the currency placed where the locale puts it: "1 500,00 ₴" (uk), "₴1,500.00" (en).
// Negative amounts always get a leading minus sign (never accounting parentheses).
QString format(qint64 minorUnits, const QString &currencyCode, const QLocale &locale = QLocale());

enum class Sign { PositiveOnly, AllowNegative };

struct ParseResult
{
    std::optional<qint64> minorUnits; // empty when the text is not an amount
    QString error;                    // translated reason when empty
};

// Parses what a user typed, digit by digit, into minor units: accepts the locale's group
// separator and spaces between integer digits, the locale's decimal point (and '.' or ','
// when they are not the locale's group separator), at most two decimals, and an optional
// currency symbol/code. Rejects anything else, more than two decimals and int64 overflow.
ParseResult parse(const QString &text, const QLocale &locale = QLocale(), Sign sign = Sign::PositiveOnly);

} // namespace Money
