// SPDX-License-Identifier: GPL-3.0-or-later
#include "Labels.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace Labels {

namespace {

using Entry = std::pair<const char *, const char *>; // API name, English label

constexpr std::array<Entry, 9> Kinds{{
    {"charge", QT_TRANSLATE_NOOP("Labels", "Charge")},
    {"topup", QT_TRANSLATE_NOOP("Labels", "Top-up")},
    {"bonus_grant", QT_TRANSLATE_NOOP("Labels", "Bonus credited")},
    {"compensation", QT_TRANSLATE_NOOP("Labels", "Compensation")},
    {"correction", QT_TRANSLATE_NOOP("Labels", "Correction")},
    {"credit_grant", QT_TRANSLATE_NOOP("Labels", "Credit granted")},
    {"credit_repayment", QT_TRANSLATE_NOOP("Labels", "Credit repayment")},
    {"credit_expiry", QT_TRANSLATE_NOOP("Labels", "Credit term ended")},
    {"referral_transfer_in", QT_TRANSLATE_NOOP("Labels", "Referral transfer")},
}};

constexpr std::array<Entry, 9> Categories{{
    {"service_subscription", QT_TRANSLATE_NOOP("Labels", "Service subscription")},
    {"number_subscription", QT_TRANSLATE_NOOP("Labels", "Number subscription")},
    {"number_connection", QT_TRANSLATE_NOOP("Labels", "Number connection")},
    {"outgoing_call_rented_number", QT_TRANSLATE_NOOP("Labels", "Outgoing calls (rented number)")},
    {"guaranteed_dial", QT_TRANSLATE_NOOP("Labels", "Guaranteed dialing")},
    {"autodial", QT_TRANSLATE_NOOP("Labels", "Autodialer")},
    {"api_call", QT_TRANSLATE_NOOP("Labels", "API calls")},
    {"answering_machine_detection", QT_TRANSLATE_NOOP("Labels", "Answering machine detection")},
    {"sms_notification", QT_TRANSLATE_NOOP("Labels", "SMS notifications")},
}};

constexpr std::array<Entry, 3> Balances{{
    {"main", QT_TRANSLATE_NOOP("Labels", "Main")},
    {"bonus", QT_TRANSLATE_NOOP("Labels", "Bonus")},
    {"credit", QT_TRANSLATE_NOOP("Labels", "Credit")},
}};

constexpr std::array<Entry, 3> TopUpStatuses{{
    {"pending", QT_TRANSLATE_NOOP("Labels", "Waiting for payment")},
    {"paid", QT_TRANSLATE_NOOP("Labels", "Paid")},
    {"cancelled", QT_TRANSLATE_NOOP("Labels", "Cancelled")},
}};

constexpr std::array<Entry, 3> TopUpMethods{{
    {"invoice", QT_TRANSLATE_NOOP("Labels", "Invoice")},
    {"card", QT_TRANSLATE_NOOP("Labels", "Bank card")},
    {"auto", QT_TRANSLATE_NOOP("Labels", "Auto top-up")},
}};

constexpr std::array<Entry, 4> CreditRequestStatuses{{
    {"pending", QT_TRANSLATE_NOOP("Labels", "Waiting for a decision")},
    {"granted", QT_TRANSLATE_NOOP("Labels", "Granted")},
    {"rejected", QT_TRANSLATE_NOOP("Labels", "Rejected")},
    {"cancelled", QT_TRANSLATE_NOOP("Labels", "Cancelled")},
}};

// The server's audit action names (R34); a newer server's names are shown as sent.
constexpr std::array<Entry, 22> AuditActions{{
    {"charge", QT_TRANSLATE_NOOP("Labels", "Charge")},
    {"adjustment", QT_TRANSLATE_NOOP("Labels", "Balance adjustment")},
    {"bonus.granted", QT_TRANSLATE_NOOP("Labels", "Bonus credited")},
    {"topup.created", QT_TRANSLATE_NOOP("Labels", "Top-up requested")},
    {"topup.paid", QT_TRANSLATE_NOOP("Labels", "Top-up paid")},
    {"topup.failed", QT_TRANSLATE_NOOP("Labels", "Top-up failed")},
    {"topup.cancelled", QT_TRANSLATE_NOOP("Labels", "Top-up cancelled")},
    {"topup.auto_opened", QT_TRANSLATE_NOOP("Labels", "Auto top-up opened")},
    {"card.removed", QT_TRANSLATE_NOOP("Labels", "Saved card removed")},
    {"autotopup.updated", QT_TRANSLATE_NOOP("Labels", "Auto top-up settings changed")},
    {"alerts.updated", QT_TRANSLATE_NOOP("Labels", "Low-balance alert changed")},
    {"credit.requested", QT_TRANSLATE_NOOP("Labels", "Credit requested")},
    {"credit.granted", QT_TRANSLATE_NOOP("Labels", "Credit granted")},
    {"credit.rejected", QT_TRANSLATE_NOOP("Labels", "Credit request rejected")},
    {"credit.request_cancelled", QT_TRANSLATE_NOOP("Labels", "Credit request cancelled")},
    {"credit.expired", QT_TRANSLATE_NOOP("Labels", "Credit term ended")},
    {"member.added", QT_TRANSLATE_NOOP("Labels", "Member added")},
    {"member.role_changed", QT_TRANSLATE_NOOP("Labels", "Member's role changed")},
    {"member.removed", QT_TRANSLATE_NOOP("Labels", "Member removed")},
    {"referral.withdrawal", QT_TRANSLATE_NOOP("Labels", "Referral withdrawal requested")},
    {"referral.withdrawal_completed", QT_TRANSLATE_NOOP("Labels", "Referral withdrawal completed")},
    {"referral.withdrawal_rejected", QT_TRANSLATE_NOOP("Labels", "Referral withdrawal rejected")},
}};

constexpr std::array<Entry, 19> AuditDetails{{
    {"amount", QT_TRANSLATE_NOOP("Labels", "amount")},
    {"category", QT_TRANSLATE_NOOP("Labels", "category")},
    {"method", QT_TRANSLATE_NOOP("Labels", "method")},
    {"reason", QT_TRANSLATE_NOOP("Labels", "reason")},
    {"note", QT_TRANSLATE_NOOP("Labels", "note")},
    {"role", QT_TRANSLATE_NOOP("Labels", "role")},
    {"email", QT_TRANSLATE_NOOP("Labels", "e-mail")},
    {"invited", QT_TRANSLATE_NOOP("Labels", "invited")},
    {"term_days", QT_TRANSLATE_NOOP("Labels", "term, days")},
    {"debt_to_main", QT_TRANSLATE_NOOP("Labels", "debt moved to main")},
    {"unspent_withdrawn", QT_TRANSLATE_NOOP("Labels", "unspent credit withdrawn")},
    {"posting_id", QT_TRANSLATE_NOOP("Labels", "posting")},
    {"topup_id", QT_TRANSLATE_NOOP("Labels", "top-up")},
    {"request_id", QT_TRANSLATE_NOOP("Labels", "request")},
    {"credit_id", QT_TRANSLATE_NOOP("Labels", "credit")},
    {"card_mask", QT_TRANSLATE_NOOP("Labels", "card")},
    {"enabled", QT_TRANSLATE_NOOP("Labels", "on")},
    {"threshold", QT_TRANSLATE_NOOP("Labels", "threshold")},
    {"low_balance_threshold", QT_TRANSLATE_NOOP("Labels", "low-balance threshold")},
}};

// Unknown values (a newer server) are shown as sent rather than hidden.
template<std::size_t N>
QString lookup(const std::array<Entry, N> &table, const QString &apiName)
{
    for (const Entry &entry : table) {
        if (apiName == QLatin1String(entry.first))
            return QCoreApplication::translate("Labels", entry.second);
    }
    return apiName;
}

template<std::size_t N>
QStringList names(const std::array<Entry, N> &table)
{
    QStringList result;
    for (const Entry &entry : table)
        result.append(QString::fromLatin1(entry.first));
    return result;
}

} // namespace

QStringList transactionKinds()
{
    return names(Kinds);
}

QString transactionKind(const QString &kind)
{
    return lookup(Kinds, kind);
}

QString category(const QString &category)
{
    return lookup(Categories, category);
}

QStringList balanceNames()
{
    return names(Balances);
}

QString balanceName(const QString &balance)
{
    return lookup(Balances, balance);
}

QString topUpStatus(const QString &status)
{
    return lookup(TopUpStatuses, status);
}

QString topUpMethod(const QString &method)
{
    return lookup(TopUpMethods, method);
}

QString creditRequestStatus(const QString &status)
{
    return lookup(CreditRequestStatuses, status);
}

QStringList categoryNames()
{
    return names(Categories);
}

QString auditAction(const QString &action)
{
    return lookup(AuditActions, action);
}

QString auditDetail(const QString &key)
{
    return lookup(AuditDetails, key);
}

bool isMoneyDetail(const QString &key)
{
    static const QStringList keys{QStringLiteral("amount"), QStringLiteral("debt_to_main"),
                                  QStringLiteral("unspent_withdrawn"), QStringLiteral("threshold"),
                                  QStringLiteral("low_balance_threshold")};
    return keys.contains(key);
}

} // namespace Labels
