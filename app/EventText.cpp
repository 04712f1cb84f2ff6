// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventText.h"

#include "Money.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace EventText {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(EventText)
};

// An amount of the event's data (minor units) as money, empty when the event does not carry it.
QString money(const ProjectEvent &event, const char *key, const QString &currency, const QLocale &locale)
{
    const QJsonValue value = event.data.value(QLatin1String(key));
    if (!value.isDouble() || value.toInteger(0) != value.toInteger(1))
        return {};
    return Money::format(value.toInteger(), currency, locale);
}

QString time(const ProjectEvent &event, const char *key, const QLocale &locale)
{
    const QDateTime at = QDateTime::fromString(event.data.value(QLatin1String(key)).toString(), Qt::ISODateWithMs);
    return at.isValid() ? locale.toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

QString title(const ProjectEvent &event)
{
    const QString &type = event.type;
    if (type == QLatin1String("low_balance"))
        return Text::tr("Low main balance");
    if (type == QLatin1String("credit_due"))
        return Text::tr("Credit funds due soon");
    if (type == QLatin1String("credit_expired"))
        return Text::tr("Credit term ended");
    if (type == QLatin1String("topup_paid"))
        return Text::tr("Top-up paid");
    if (type == QLatin1String("auto_topup_opened"))
        return Text::tr("Auto top-up started");
    if (type == QLatin1String("auto_topup_failed"))
        return Text::tr("Auto top-up failed");
    if (type == QLatin1String("withdrawal_completed"))
        return Text::tr("Referral withdrawal completed");
    if (type == QLatin1String("withdrawal_rejected"))
        return Text::tr("Referral withdrawal rejected");
    return Text::tr("Notification (%1)").arg(type); // a newer server's type, shown as sent
}

QString message(const ProjectEvent &event, const QString &currency, const QLocale &locale)
{
    const QString &type = event.type;
    const QString amount = money(event, "amount", currency, locale);
    if (type == QLatin1String("low_balance")) {
        const QString main = money(event, "main", currency, locale);
        const QString threshold = money(event, "threshold", currency, locale);
        if (!main.isEmpty() && !threshold.isEmpty())
            return Text::tr("The main balance is %1, below your alert threshold of %2.").arg(main, threshold);
        return Text::tr("The main balance fell below your alert threshold.");
    }
    if (type == QLatin1String("credit_due")) {
        const QString due = time(event, "due_at", locale);
        return due.isEmpty() ? Text::tr("Within a day unspent credit is withdrawn and used credit becomes a debt.")
                             : Text::tr("Due %1: unspent credit is withdrawn and used credit becomes a debt.").arg(due);
    }
    if (type == QLatin1String("credit_expired")) {
        const QString debt = money(event, "debt_to_main", currency, locale);
        if (!debt.isEmpty() && event.data.value(QLatin1String("debt_to_main")).toInteger() != 0)
            return Text::tr("Unspent credit was withdrawn; %1 of used credit is now a debt on the main balance.").arg(debt);
        return Text::tr("Unspent credit funds were withdrawn.");
    }
    if (type == QLatin1String("topup_paid"))
        return amount.isEmpty() ? Text::tr("A top-up was credited to the main balance.")
                                : Text::tr("%1 was credited to the main balance.").arg(amount);
    if (type == QLatin1String("auto_topup_opened"))
        return amount.isEmpty() ? Text::tr("The main balance fell below the auto top-up threshold: a payment from the saved card started.")
                                : Text::tr("The main balance fell below the auto top-up threshold: a payment of %1 from the saved card started.").arg(amount);
    if (type == QLatin1String("auto_topup_failed"))
        return amount.isEmpty() ? Text::tr("The payment from the saved card did not go through. Top up by hand or check the card.")
                                : Text::tr("The payment of %1 from the saved card did not go through. Top up by hand or check the card.").arg(amount);
    if (type == QLatin1String("withdrawal_completed"))
        return amount.isEmpty() ? Text::tr("A referral withdrawal was paid out.")
                                : Text::tr("%1 of the referral balance was paid out.").arg(amount);
    if (type == QLatin1String("withdrawal_rejected"))
        return amount.isEmpty() ? Text::tr("A referral withdrawal was rejected; the amount is back on the referral balance.")
                                : Text::tr("The withdrawal of %1 was rejected; the amount is back on the referral balance.").arg(amount);
    return amount;
}

} // namespace EventText
