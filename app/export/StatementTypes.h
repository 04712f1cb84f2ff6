// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace cabinet::exporting {

// Which balances a statement covers (R25, R26). Referral is deliberately absent: a statement never
// contains referral data, whoever exports it (R3, R25).
enum class BalanceFilter { All, Main, Bonus, Credit };

QString balanceFilterName(BalanceFilter filter);                   // "all" | "main" | "bonus" | "credit"
std::optional<BalanceFilter> balanceFilterFromName(const QString& name);
// The balance names ("main", "bonus", "credit") a filter shows, in display order.
QList<QString> balancesShown(BalanceFilter filter);
bool filterShowsBalance(BalanceFilter filter, const QString& balance);

// Opening and closing figure of one balance over the statement period (minor units).
struct StatementBalance {
    QString balance;  // "main" | "bonus" | "credit"
    qint64 opening = 0;
    qint64 closing = 0;
};

struct StatementMeta {
    QString projectId;
    QString projectName;
    QString currency = QStringLiteral("UAH");
    QDate from;  // inclusive
    QDate to;    // inclusive
    BalanceFilter balanceFilter = BalanceFilter::All;
    QList<StatementBalance> balances;  // one per balance shown, in display order
    QDateTime generatedAt;             // UTC
};

// One history row; mirrors an item of GET /api/v1/projects/{pid}/transactions (API.md).
struct StatementEntry {
    qint64 id = 0;
    QDateTime at;  // UTC
    QString kind;
    QString category;  // empty when the row has no category
    QString balance;   // "main" | "bonus" | "credit" (R26)
    qint64 amount = 0;  // signed minor units
    qint64 balanceAfter = 0;
    QString description;
};

// Why an entry may not appear in a statement with this meta, or an empty string when it may.
// Refuses any balance other than main/bonus/credit (R25: never referral data), balances the
// filter does not show, and an instant outside the years 0000-9999 (it could not be written as itself).
QString entryRejectionReason(const StatementMeta& meta, const StatementEntry& entry);

} // namespace cabinet::exporting
