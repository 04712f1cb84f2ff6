// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// Translated names of the API's enum values (API.md), for tables, filters and dialogs.
namespace Labels {

QStringList transactionKinds(); // API names, in the order a filter lists them
QString transactionKind(const QString &kind);
QString category(const QString &category);  // empty category -> empty text
QStringList balanceNames();                 // main, bonus, credit
QString balanceName(const QString &balance); // which balance paid (R26)
QString topUpStatus(const QString &status);
QString topUpMethod(const QString &method);            // invoice | card | auto (R28)
QString creditRequestStatus(const QString &status);    // pending | granted | rejected | cancelled
QStringList categoryNames();                           // the nine categories of R10/R11, in table order
QString auditAction(const QString &action);  // "member.added" -> "Member added" (R34)
QString auditDetail(const QString &key);     // "amount" -> "Amount"
// Keys of an audit record's details that carry minor units of money.
bool isMoneyDetail(const QString &key);

} // namespace Labels
