// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatementTotals.h"

#include "ExportMoney.h"

#include <QCoreApplication>

namespace cabinet::exporting {

qint64& StatementTotals::FigureTable::operator[](const QString& key)
{
    // Consecutive rows mostly repeat a key (same kind, same balance): try the last hit first.
    if (m_lastHit < m_figures.size() && m_figures[m_lastHit].first == key)
        return m_figures[m_lastHit].second;
    for (qsizetype i = 0; i < m_figures.size(); ++i) {
        if (m_figures[i].first == key) {
            m_lastHit = i;
            return m_figures[i].second;
        }
    }
    m_lastHit = m_figures.size();
    m_figures.append({key, 0});
    return m_figures.last().second;
}

QMap<QString, qint64> StatementTotals::FigureTable::toMap() const
{
    QMap<QString, qint64> map;
    for (const auto& [name, figure] : m_figures)
        map.insert(name, figure);
    return map;
}

void StatementTotals::accumulate(qint64& total, qint64 amount)
{
    if (__builtin_add_overflow(total, amount, &total))
        m_overflowed = true;
}

void StatementTotals::add(const StatementEntry& entry)
{
    ++m_entryCount;
    accumulate(entry.amount >= 0 ? m_credited : m_debited, entry.amount);
    accumulate(m_net, entry.amount);
    if (!entry.category.isEmpty())
        accumulate(m_perCategory[entry.category], entry.amount);
    accumulate(m_perKind[entry.kind], entry.amount);
    accumulate(m_perBalance[entry.balance], entry.amount);
}

QString StatementTotals::reconciliationError(const StatementMeta& meta) const
{
    if (m_overflowed)
        return QCoreApplication::translate("StatementTotals", "The statement's totals exceed the 64-bit range.");
    QStringList gaps;
    for (const StatementBalance& balance : meta.balances) {
        const qint64 movement = perBalance().value(balance.balance);
        qint64 expectedClosing = 0;
        if (__builtin_add_overflow(balance.opening, movement, &expectedClosing) || expectedClosing != balance.closing) {
            gaps << QCoreApplication::translate("StatementTotals", "%1: opening %2 + movements %3 ≠ closing %4")
                        .arg(balance.balance, plainDecimal(balance.opening), plainDecimal(movement),
                             plainDecimal(balance.closing));
        }
    }
    return gaps.join(QStringLiteral("; "));
}

} // namespace cabinet::exporting
