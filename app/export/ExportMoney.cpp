// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportMoney.h"

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
    const Magnitude magnitude = magnitudeOf(minorUnits);
    char digits[20];
    int digitCount = 0;
    quint64 whole = magnitude.whole;
    do {
        digits[digitCount++] = static_cast<char>('0' + whole % 10U);
        whole /= 10U;
    } while (whole != 0);

    int length = 0;
    if (minorUnits < 0)
        out[static_cast<size_t>(length++)] = '-';
    while (digitCount > 0)
        out[static_cast<size_t>(length++)] = digits[--digitCount];
    out[static_cast<size_t>(length++)] = '.';
    out[static_cast<size_t>(length++)] = static_cast<char>('0' + magnitude.cents / 10U);
    out[static_cast<size_t>(length++)] = static_cast<char>('0' + magnitude.cents % 10U);
    return length;
}

QString plainDecimal(qint64 minorUnits)
{
    std::array<char, kMaxPlainDecimalChars> buffer{};
    const int length = plainDecimal(minorUnits, buffer);
    return QString::fromLatin1(buffer.data(), length);
}

QString currencySymbol(const QString& currency)
{
    if (currency == u"UAH")
        return QStringLiteral("\u20B4");
    return currency;
}

QString localizedAmount(qint64 minorUnits, const QString& currency, const QLocale& locale)
{
    const Magnitude magnitude = magnitudeOf(minorUnits);
    // QLocale groups an unsigned integer with its own separator; the kopecks are two plain digits.
    QString text = locale.toString(magnitude.whole) % locale.decimalPoint()
        % locale.toString(magnitude.cents / 10U) % locale.toString(magnitude.cents % 10U);
    if (minorUnits < 0)
        text.prepend(locale.negativeSign());
    // A no-break space keeps the symbol on the figure's line.
    return text % QChar(u'\u00A0') % currencySymbol(currency);
}

} // namespace cabinet::exporting
