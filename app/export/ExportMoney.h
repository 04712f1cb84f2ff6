// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <span>

namespace cabinet::exporting {

// Money text for exports, from integer minor units only (never double).

// Upper bound on the characters plainDecimal() writes (sign, 19 digits, point).
inline constexpr int kMaxPlainDecimalChars = 24;

// "-1500.25": machine-readable, for CSV and XLSX. Writes into `out` and returns the length.
int plainDecimal(qint64 minorUnits, std::span<char, kMaxPlainDecimalChars> out);
QString plainDecimal(qint64 minorUnits);

// Amounts for people (the PDF) are formatted by Money::format (app/Money.h), the client's one
// implementation.

} // namespace cabinet::exporting
