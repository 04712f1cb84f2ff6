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
    // Every format writes an instant as YYYY-MM-DDTHH:MM:SSZ, years 0000-9999 (UtcFields.h): one
    // outside them would come out as another date (10000-01-01 as 0000-01-01), so it is refused,
    // never written wrong. Found by the csv fuzz target (issue 15).
    constexpr qint64 kFirstWritableMs = -62'167'219'200'000; // 0000-01-01T00:00:00Z
    constexpr qint64 kEndWritableMs = 253'402'300'800'000;   // 10000-01-01T00:00:00Z
    const qint64 atMs = entry.at.isValid() ? entry.at.toMSecsSinceEpoch() : kEndWritableMs;
    if (atMs < kFirstWritableMs || atMs >= kEndWritableMs)
        return QCoreApplication::translate("StatementWriter",
                                           "Entry %1 has a time outside the years 0000 to 9999, which a statement cannot show.")
            .arg(entry.id);
    if (filterShowsBalance(meta.balanceFilter, entry.balance))
        return {};
    return QCoreApplication::translate("StatementWriter",
                                       "Entry %1 is on the \"%2\" balance, which this statement (%3) does not cover.")
        .arg(entry.id)
        .arg(entry.balance, balanceFilterName(meta.balanceFilter));
}

} // namespace cabinet::exporting
