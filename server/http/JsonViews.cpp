// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonViews.h"

#include "TimeText.h"

#include <QJsonValue>

namespace http::views {

namespace {
QString text(const std::string &value)
{
    return QString::fromStdString(value);
}
} // namespace

QJsonValue optionalText(const std::optional<std::string> &value)
{
    return value ? QJsonValue(text(*value)) : QJsonValue(QJsonValue::Null);
}

QJsonObject user(const store::User &user)
{
    return QJsonObject{
        {QStringLiteral("id"), integer(user.id)},
        {QStringLiteral("email"), text(user.email)},
        {QStringLiteral("name"), text(user.name)},
        {QStringLiteral("is_staff"), user.isStaff},
    };
}

QJsonObject balances(const store::Balances &balances)
{
    const store::CreditSummary &credit = balances.credit;
    return QJsonObject{
        {QStringLiteral("currency"), QStringLiteral("UAH")},
        {QStringLiteral("main"), integer(balances.main)},
        {QStringLiteral("bonus"), integer(balances.bonus)},
        {QStringLiteral("credit"),
         QJsonObject{
             {QStringLiteral("granted"), integer(credit.granted)},
             {QStringLiteral("available"), integer(credit.available)},
             {QStringLiteral("used"), integer(credit.used)},
             {QStringLiteral("due_at"), credit.dueAt ? QJsonValue(text(formatTime(*credit.dueAt)))
                                                     : QJsonValue(QJsonValue::Null)},
         }},
    };
}

QJsonObject historyItem(const store::HistoryItem &item)
{
    return QJsonObject{
        {QStringLiteral("id"), integer(item.id)},
        {QStringLiteral("at"), text(formatTime(item.at))},
        {QStringLiteral("kind"), text(item.kind)},
        {QStringLiteral("category"), optionalText(item.category)},
        {QStringLiteral("balance"), text(item.balance)},
        {QStringLiteral("amount"), integer(item.amount)},
        {QStringLiteral("balance_after"), integer(item.balanceAfter)},
        {QStringLiteral("description"), text(item.description)},
        {QStringLiteral("currency"), QStringLiteral("UAH")},
    };
}

QJsonObject topUp(const store::TopUp &topUp)
{
    return QJsonObject{
        {QStringLiteral("id"), integer(topUp.id)},
        {QStringLiteral("status"), text(topUp.status)},
        {QStringLiteral("method"), text(topUp.method)},
        {QStringLiteral("amount"), integer(topUp.amount)},
        {QStringLiteral("currency"), QStringLiteral("UAH")},
        {QStringLiteral("invoice_number"), optionalText(topUp.invoiceNumber)},
        {QStringLiteral("payment_url"), optionalText(topUp.paymentUrl)},
        {QStringLiteral("created_at"), text(formatTime(topUp.createdAt))},
    };
}

} // namespace http::views
