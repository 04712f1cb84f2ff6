// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StatementTypes.h"

#include <QMap>
#include <QList>
#include <QString>

#include <utility>

namespace cabinet::exporting {

// Figures of a statement accumulated while its rows stream past, in int64 minor units.
// Overflow is detected (never wraps) and reported through overflowed().
class StatementTotals
{
public:
    void add(const StatementEntry& entry);

    qint64 entryCount() const { return m_entryCount; }
    qint64 credited() const { return m_credited; }  // sum of positive amounts
    qint64 debited() const { return m_debited; }    // sum of negative amounts (≤ 0)
    qint64 net() const { return m_net; }
    // Net movement per category; rows without a category are not counted here (see perKind()).
    QMap<QString, qint64> perCategory() const { return m_perCategory.toMap(); }
    QMap<QString, qint64> perKind() const { return m_perKind.toMap(); }
    QMap<QString, qint64> perBalance() const { return m_perBalance.toMap(); }
    bool overflowed() const { return m_overflowed; }

    // Checks opening + movements = closing for every balance of the meta (the statement adds up to
    // the kopeck). Returns an empty string when it does, else a readable description of the gap.
    QString reconciliationError(const StatementMeta& meta) const;

private:
    // A handful of keys, hit once per row: a flat list with linear search beats a map's string
    // comparisons, and a statement has few categories, kinds and balances.
    class FigureTable
    {
    public:
        qint64& operator[](const QString& key);
        QMap<QString, qint64> toMap() const;

    private:
        QList<std::pair<QString, qint64>> m_figures;
        qsizetype m_lastHit = 0;
    };

    void accumulate(qint64& total, qint64 amount);

    qint64 m_entryCount = 0;
    qint64 m_credited = 0;
    qint64 m_debited = 0;
    qint64 m_net = 0;
    FigureTable m_perCategory;
    FigureTable m_perKind;
    FigureTable m_perBalance;
    bool m_overflowed = false;
};

} // namespace cabinet::exporting
