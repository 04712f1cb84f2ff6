// SPDX-License-Identifier: GPL-3.0-or-later
#include "Money.h"

#include <QCoreApplication>

#include <cstdint>
#include <limits>

namespace Money {

namespace {

constexpr quint64 MinorPerUnit = 100;

QString tr(const char *text)
{
    return QCoreApplication::translate("Money", text);
}

// |value| without overflow, also for INT64_MIN.
quint64 magnitude(qint64 value)
{
    return value < 0 ? quint64(0) - static_cast<quint64>(value) : static_cast<quint64>(value);
}

QString groupedDigits(quint64 value, const QString &groupSeparator)
{
    QString digits = QString::number(value);
    for (qsizetype pos = digits.size() - 3; pos > 0; pos -= 3)
        digits.insert(pos, groupSeparator);
    return digits;
}

QString formatMagnitude(quint64 abs, const QLocale &locale)
{
    return groupedDigits(abs / MinorPerUnit, locale.groupSeparator()) + locale.decimalPoint()
           + QString::number(abs % MinorPerUnit).rightJustified(2, QLatin1Char('0'));
}

bool isSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QChar(0x00A0) || c == QChar(0x202F) || c == QChar(0x2009);
}

} // namespace

QString currencySymbol(const QString &currencyCode)
{
    if (currencyCode == QLatin1String("UAH"))
        return QStringLiteral("\u20B4");
    return currencyCode;
}

QString formatNumber(qint64 minorUnits, const QLocale &locale)
{
    QString text = formatMagnitude(magnitude(minorUnits), locale);
    if (minorUnits < 0)
        text.prepend(locale.negativeSign());
    return text;
}

QString format(qint64 minorUnits, const QString &currencyCode, const QLocale &locale)
{
    // The locale's own currency pattern tells where the symbol goes and whether a space
    // separates it; an integer sample keeps this free of floating point.
    const QString symbol = currencySymbol(currencyCode);
    QString pattern = locale.toCurrencyString(qlonglong(7), symbol);
    const qsizetype digitAt = pattern.indexOf(QLatin1Char('7'));
    if (digitAt < 0)
        pattern = QStringLiteral("7\u00A0") + symbol;
    pattern.replace(pattern.indexOf(QLatin1Char('7')), 1, formatMagnitude(magnitude(minorUnits), locale));
    if (minorUnits < 0)
        pattern.prepend(locale.negativeSign());
    return pattern;
}

ParseResult parse(const QString &text, const QLocale &locale, Sign sign)
{
    QString input = text.trimmed();
    if (input.isEmpty())
        return {std::nullopt, tr("Enter an amount.")};

    bool negative = false;
    if (!input.isEmpty() && (input.front() == QLatin1Char('-') || input.front() == QChar(0x2212)
                             || input.startsWith(locale.negativeSign()))) {
        if (sign == Sign::PositiveOnly)
            return {std::nullopt, tr("The amount must be positive.")};
        negative = true;
        input.remove(0, input.startsWith(locale.negativeSign()) ? locale.negativeSign().size() : 1);
    }

    // An optional currency symbol or code before or after the number.
    for (const QString &currency : {QStringLiteral("\u20B4"), QStringLiteral("UAH"), QStringLiteral("грн.")
                                    , QStringLiteral("грн")}) {
        if (input.endsWith(currency, Qt::CaseInsensitive)) {
            input.chop(currency.size());
            break;
        }
        if (input.startsWith(currency, Qt::CaseInsensitive)) {
            input.remove(0, currency.size());
            break;
        }
    }
    input = input.trimmed();

    const QString group = locale.groupSeparator();
    const QString decimal = locale.decimalPoint();
    auto isDecimalMark = [&](QChar c) {
        if (QString(c) == decimal)
            return true;
        return (c == QLatin1Char('.') || c == QLatin1Char(',')) && QString(c) != group;
    };
    auto isGroupMark = [&](QChar c) { return isSpace(c) || QString(c) == group || c == QLatin1Char('\''); };

    const quint64 limit = negative ? quint64(std::numeric_limits<qint64>::max()) + 1
                                   : quint64(std::numeric_limits<qint64>::max());
    quint64 units = 0;
    quint64 fraction = 0;
    int integerDigits = 0;
    int fractionDigits = 0;
    bool inFraction = false;
    bool lastWasGroup = false;
    bool grouped = false;       // a group mark was seen: every later group has exactly 3 digits
    int digitsInGroup = 0;
    const auto notAnAmount = [&] { return ParseResult{std::nullopt, tr("\"%1\" is not an amount.").arg(text.trimmed())}; };
    for (const QChar c : input) {
        if (c.isDigit() && c.unicode() <= QLatin1Char('9').unicode()) {
            const auto digit = static_cast<quint64>(c.unicode() - QLatin1Char('0').unicode());
            lastWasGroup = false;
            if (inFraction) {
                if (++fractionDigits > 2)
                    return {std::nullopt, tr("Use at most two digits after the decimal point.")};
                fraction = fraction * 10 + digit;
                continue;
            }
            if (units > (limit / MinorPerUnit - digit) / 10)
                return {std::nullopt, tr("The amount is too large.")};
            units = units * 10 + digit;
            ++integerDigits;
            ++digitsInGroup;
        } else if (!inFraction && isDecimalMark(c) && !lastWasGroup) {
            if (grouped && digitsInGroup != 3)
                return notAnAmount();
            inFraction = true;
        } else if (!inFraction && integerDigits > 0 && isGroupMark(c) && !lastWasGroup) {
            if ((grouped && digitsInGroup != 3) || (!grouped && digitsInGroup > 3))
                return notAnAmount();
            grouped = true;
            lastWasGroup = true;
            digitsInGroup = 0;
        } else {
            return notAnAmount();
        }
    }
    if (lastWasGroup || (integerDigits == 0 && fractionDigits == 0) || (grouped && !inFraction && digitsInGroup != 3))
        return notAnAmount();
    if (fractionDigits == 1)
        fraction *= 10;
    if (units * MinorPerUnit > limit - fraction)
        return {std::nullopt, tr("The amount is too large.")};
    const quint64 total = units * MinorPerUnit + fraction;
    // Modular conversion (C++20) maps limit+1 to INT64_MIN exactly.
    return {negative ? static_cast<qint64>(quint64(0) - total) : static_cast<qint64>(total), {}};
}

} // namespace Money
