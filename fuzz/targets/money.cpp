// SPDX-License-Identifier: GPL-3.0-or-later
// The client's money parser and formatter (app/Money, issue 15). Input: one byte choosing the
// locale and the sign rule, eight bytes of an int64 amount, then what a user typed (UTF-8).
// Invariants: any amount formats (with and without the currency) and parses back to itself; typed
// text that parses gives an amount that prints and parses back to the same value, is never negative
// when only positive amounts are allowed, and has no more than two decimals' worth of digits beyond
// those typed; a refusal always says why.
#include "FuzzTarget.h"

#include "Money.h"

#include <QLocale>

#include <array>
#include <cstring>

namespace {

const QLocale &localeOf(std::uint8_t choice)
{
    static const std::array<QLocale, 6> locales{QLocale(QLocale::Ukrainian, QLocale::Ukraine),
                                                 QLocale(QLocale::Russian, QLocale::Russia),
                                                 QLocale(QLocale::English, QLocale::UnitedStates),
                                                 QLocale::c(),
                                                 QLocale(QLocale::German, QLocale::Germany),
                                                 QLocale(QLocale::French, QLocale::France)};
    return locales[choice % locales.size()];
}

void checkPrintsBack(qint64 amount, const QLocale &locale)
{
    const Money::Sign sign = amount < 0 ? Money::Sign::AllowNegative : Money::Sign::PositiveOnly;
    const Money::ParseResult number = Money::parse(Money::formatNumber(amount, locale), locale, sign);
    FUZZ_CHECK(number.minorUnits == amount);
    const Money::ParseResult withCurrency = Money::parse(Money::format(amount, QStringLiteral("UAH"), locale), locale, sign);
    FUZZ_CHECK(withCurrency.minorUnits == amount);
}

int digitCount(const QString &text)
{
    int digits = 0;
    for (const QChar c : text)
        digits += c >= QLatin1Char('0') && c <= QLatin1Char('9') ? 1 : 0;
    return digits;
}

} // namespace

CABINET_FUZZ_TARGET(money)
{
    if (size < 9)
        return 0;
    const QLocale &locale = localeOf(static_cast<std::uint8_t>(data[0] >> 1));
    const Money::Sign sign = (data[0] & 1) ? Money::Sign::AllowNegative : Money::Sign::PositiveOnly;
    qint64 amount = 0;
    std::memcpy(&amount, data + 1, sizeof amount);
    checkPrintsBack(amount, locale);

    const QString typed = QString::fromUtf8(reinterpret_cast<const char *>(data + 9), static_cast<qsizetype>(size - 9));
    const Money::ParseResult parsed = Money::parse(typed, locale, sign);
    if (!parsed.minorUnits) {
        FUZZ_CHECK(!parsed.error.isEmpty());
        return 0;
    }
    FUZZ_CHECK(parsed.error.isEmpty());
    const qint64 value = *parsed.minorUnits;
    FUZZ_CHECK(sign == Money::Sign::AllowNegative || value >= 0);
    checkPrintsBack(value, locale);
    // Nothing is invented: the value has at most the typed digits plus two zeros of kopecks.
    FUZZ_CHECK(QString::number(value).remove(QLatin1Char('-')).size() <= digitCount(typed) + 2);
    return 0;
}
