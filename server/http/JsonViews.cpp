// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonViews.h"

#include "CivilTime.h"

#include <QJsonDocument>
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

QJsonValue optionalInteger(const std::optional<std::int64_t> &value)
{
    return value ? integer(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalTime(const std::optional<std::int64_t> &epochSeconds)
{
    return epochSeconds ? QJsonValue(text(ledger::utcText(*epochSeconds))) : QJsonValue(QJsonValue::Null);
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

QJsonObject member(const store::Member &member)
{
    return QJsonObject{
        {QStringLiteral("id"), integer(member.userId)},
        {QStringLiteral("email"), text(member.email)},
        {QStringLiteral("name"), text(member.name)},
        {QStringLiteral("role"), text(member.role)},
    };
}

QJsonObject session(const store::Session &session, bool current)
{
    return QJsonObject{
        {QStringLiteral("id"), integer(session.id)},
        {QStringLiteral("created_at"), text(ledger::utcText(session.createdAt))},
        {QStringLiteral("last_seen_at"), text(ledger::utcText(session.lastSeenAt))},
        {QStringLiteral("current"), current},
    };
}

QJsonObject auditEntry(const store::AuditEntry &entry)
{
    return QJsonObject{
        {QStringLiteral("id"), integer(entry.id)},
        {QStringLiteral("at"), text(ledger::utcText(entry.at))},
        {QStringLiteral("actor"),
         QJsonObject{
             {QStringLiteral("kind"), text(entry.actorKind)},
             {QStringLiteral("id"), optionalInteger(entry.actorId)},
             {QStringLiteral("email"), optionalText(entry.actorEmail)},
         }},
        {QStringLiteral("action"), text(entry.action)},
        {QStringLiteral("details"), QJsonDocument::fromJson(QByteArray::fromStdString(entry.details)).object()},
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
             {QStringLiteral("due_at"), optionalTime(credit.dueAt)},
         }},
    };
}

QJsonObject historyItem(const store::HistoryItem &item)
{
    return QJsonObject{
        {QStringLiteral("id"), integer(item.id)},
        {QStringLiteral("at"), text(ledger::utcText(item.at))},
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
        {QStringLiteral("created_at"), text(ledger::utcText(topUp.createdAt))},
        {QStringLiteral("settled_at"), optionalTime(topUp.settledAt)},
        {QStringLiteral("save_card"), topUp.saveCard},
        {QStringLiteral("created_by"), optionalInteger(topUp.createdBy)},
    };
}

QJsonObject creditRequest(const store::CreditRequest &request)
{
    return QJsonObject{
        {QStringLiteral("id"), integer(request.id)},
        {QStringLiteral("project_id"), integer(request.projectId)},
        {QStringLiteral("project_name"), text(request.projectName)},
        {QStringLiteral("status"), text(request.status)},
        {QStringLiteral("amount"), integer(request.amount)},
        {QStringLiteral("currency"), QStringLiteral("UAH")},
        {QStringLiteral("term_days"), request.termDays},
        {QStringLiteral("created_at"), text(ledger::utcText(request.createdAt))},
        {QStringLiteral("decided_at"), optionalTime(request.decidedAt)},
        {QStringLiteral("note"), request.decisionNote.empty() ? QJsonValue(QJsonValue::Null)
                                                              : QJsonValue(text(request.decisionNote))},
        {QStringLiteral("credit_id"), optionalInteger(request.creditId)},
        {QStringLiteral("requested_by"), optionalInteger(request.requestedBy)},
    };
}

QJsonObject credit(const store::Credit &credit)
{
    return QJsonObject{
        {QStringLiteral("id"), integer(credit.id)},
        {QStringLiteral("project_id"), integer(credit.projectId)},
        {QStringLiteral("status"), text(credit.status)},
        {QStringLiteral("amount"), integer(credit.granted)},
        {QStringLiteral("currency"), QStringLiteral("UAH")},
        {QStringLiteral("term_days"), credit.termDays},
        {QStringLiteral("granted_at"), text(ledger::utcText(credit.grantedAt))},
        {QStringLiteral("due_at"), text(ledger::utcText(credit.dueAt))},
        {QStringLiteral("request_id"), optionalInteger(credit.requestId)},
    };
}

QJsonObject withdrawal(const store::Withdrawal &withdrawal)
{
    return QJsonObject{
        {QStringLiteral("id"), integer(withdrawal.id)},
        {QStringLiteral("project_id"), integer(withdrawal.projectId)},
        {QStringLiteral("project_name"), text(withdrawal.projectName)},
        {QStringLiteral("status"), text(withdrawal.status)},
        {QStringLiteral("amount"), integer(withdrawal.amount)},
        {QStringLiteral("currency"), QStringLiteral("UAH")},
        {QStringLiteral("destination"), text(withdrawal.destination)},
        {QStringLiteral("card_masked"), optionalText(withdrawal.cardMasked)},
        {QStringLiteral("target_project_id"), optionalInteger(withdrawal.targetProjectId)},
        {QStringLiteral("created_at"), text(ledger::utcText(withdrawal.createdAt))},
        {QStringLiteral("decided_at"), optionalTime(withdrawal.decidedAt)},
    };
}

QJsonObject referralItem(const store::ReferralItem &item)
{
    return QJsonObject{
        {QStringLiteral("id"), integer(item.id)},
        {QStringLiteral("at"), text(ledger::utcText(item.at))},
        {QStringLiteral("kind"), text(item.kind)},
        {QStringLiteral("amount"), integer(item.amount)},
        {QStringLiteral("balance_after"), integer(item.balanceAfter)},
        {QStringLiteral("currency"), QStringLiteral("UAH")},
        {QStringLiteral("source_project_id"), optionalInteger(item.sourceProjectId)},
        {QStringLiteral("source_project_name"), optionalText(item.sourceProjectName)},
        {QStringLiteral("destination"), optionalText(item.destination)},
        {QStringLiteral("withdrawal_id"), optionalInteger(item.withdrawalId)},
        {QStringLiteral("withdrawal_status"), optionalText(item.withdrawalStatus)},
        {QStringLiteral("card_masked"), optionalText(item.cardMasked)},
        {QStringLiteral("target_project_id"), optionalInteger(item.targetProjectId)},
    };
}

} // namespace http::views
