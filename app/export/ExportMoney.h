// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

#include <span>

namespace cabinet::exporting {

// Money text for exports, from integer minor units only (never double).

// Upper bound on the characters plainDecimal() writes (sign, 19 digits, point).
inline constexpr int kMaxPlainDecimalChars = 24;

// "-1500.25": machine-readable, for CSV and XLSX. Writes into `out` and returns the length.
int plainDecimal(qint64 minorUnits, std::span<char, kMaxPlainDecimalChars> out);
QString plainDecimal(qint64 minorUnits);

// "1 500,25 ₴" in uk, "-1,500.25 $"-style elsewhere: the locale's digits, group separator,
// decimal point and minus sign, then the currency symbol. For the PDF.
QString localizedAmount(qint64 minorUnits, const QString& currency, const QLocale& locale);

// "₴" for UAH, else the ISO code itself.
QString currencySymbol(const QString& currency);

} // namespace cabinet::exporting
