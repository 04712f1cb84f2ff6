// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatementTypes.h"

#include <QCoreApplication>

namespace cabinet::exporting {

QString balanceFilterName(BalanceFilter filter)
{
    switch (filter) {
    case BalanceFilter::All: return QStringLiteral("all");
    case BalanceFilter::Main: return QStringLiteral("main");
    case BalanceFilter::Bonus: return QStringLiteral("bonus");
    case BalanceFilter::Credit: return QStringLiteral("credit");
    }
    return {};
}

std::optional<BalanceFilter> balanceFilterFromName(const QString& name)
{
    for (BalanceFilter filter : {BalanceFilter::All, BalanceFilter::Main, BalanceFilter::Bonus, BalanceFilter::Credit}) {
        if (balanceFilterName(filter) == name)
            return filter;
    }
    return std::nullopt;
}

QList<QString> balancesShown(BalanceFilter filter)
{
    if (filter == BalanceFilter::All)
        return {QStringLiteral("main"), QStringLiteral("bonus"), QStringLiteral("credit")};
    return {balanceFilterName(filter)};
}

bool filterShowsBalance(BalanceFilter filter, const QString& balance)
{
    // Called once per exported row: compare without building a list.
    if (filter == BalanceFilter::All)
        return balance == u"main" || balance == u"bonus" || balance == u"credit";
    return balance == balanceFilterName(filter);
}

QString entryRejectionReason(const StatementMeta& meta, const StatementEntry& entry)
{
    if (filterShowsBalance(meta.balanceFilter, entry.balance))
        return {};
    return QCoreApplication::translate("StatementWriter",
                                       "Entry %1 is on the \"%2\" balance, which this statement (%3) does not cover.")
        .arg(entry.id)
        .arg(entry.balance, balanceFilterName(meta.balanceFilter));
}

} // namespace cabinet::exporting
