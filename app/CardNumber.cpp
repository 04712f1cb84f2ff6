// SPDX-License-Identifier: GPL-3.0-or-later
#include "CardNumber.h"

#include <QCoreApplication>

namespace CardNumber {

QString digitsOf(const QString &text)
{
    QString digits;
    digits.reserve(text.size());
    for (const QChar c : text) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            digits.append(c);
        else if (c != QLatin1Char(' ') && c != QLatin1Char('-'))
            return {};
    }
    return digits;
}

bool passesLuhn(const QString &digits)
{
    if (digits.isEmpty())
        return false;
    int sum = 0;
    bool doubled = false; // every second digit from the right is doubled
    for (qsizetype index = digits.size() - 1; index >= 0; --index) {
        const QChar c = digits.at(index);
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
        int value = c.unicode() - u'0';
        if (doubled) {
            value *= 2;
            if (value > 9)
                value -= 9;
        }
        sum += value;
        doubled = !doubled;
    }
    return sum % 10 == 0;
}

Check check(const QString &text)
{
    if (text.trimmed().isEmpty())
        return Check::Empty;
    const QString digits = digitsOf(text);
    if (digits.isEmpty())
        return Check::InvalidCharacters;
    if (digits.size() < MinimumDigits)
        return Check::TooShort;
    if (digits.size() > MaximumDigits)
        return Check::TooLong;
    return passesLuhn(digits) ? Check::Valid : Check::BadChecksum;
}

QString checkMessage(Check check)
{
    switch (check) {
    case Check::Valid:
        return {};
    case Check::Empty:
        return QCoreApplication::translate("CardNumber", "Enter the card number.");
    case Check::InvalidCharacters:
        return QCoreApplication::translate("CardNumber", "A card number has digits only.");
    case Check::TooShort:
        return QCoreApplication::translate("CardNumber", "Too short: a card number has %1 to %2 digits.")
            .arg(MinimumDigits)
            .arg(MaximumDigits);
    case Check::TooLong:
        return QCoreApplication::translate("CardNumber", "Too long: a card number has %1 to %2 digits.")
            .arg(MinimumDigits)
            .arg(MaximumDigits);
    case Check::BadChecksum:
        return QCoreApplication::translate("CardNumber", "This is not a valid card number: check the digits.");
    }
    return {};
}

QString grouped(const QString &digits)
{
    QString text;
    text.reserve(digits.size() + digits.size() / 4);
    for (qsizetype index = 0; index < digits.size(); ++index) {
        if (index > 0 && index % 4 == 0)
            text.append(QLatin1Char(' '));
        text.append(digits.at(index));
    }
    return text;
}

QString masked(const QString &digits)
{
    return QStringLiteral("•••• ") + digits.right(4);
}

} // namespace CardNumber
