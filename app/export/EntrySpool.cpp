// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntrySpool.h"

namespace cabinet::exporting {

bool EntrySpool::open()
{
    if (!m_file.open())
        return false;
    m_stream.setDevice(&m_file);
    return true;
}

bool EntrySpool::append(const StatementEntry& entry)
{
    m_stream << entry.id << entry.at.toMSecsSinceEpoch() << entry.kind << entry.category << entry.balance
             << entry.amount << entry.balanceAfter << entry.description;
    return m_stream.status() == QDataStream::Ok;
}

bool EntrySpool::rewind()
{
    return m_file.flush() && m_file.seek(0);
}

bool EntrySpool::read(StatementEntry& entry)
{
    qint64 atMsecs = 0;
    m_stream >> entry.id >> atMsecs >> entry.kind >> entry.category >> entry.balance >> entry.amount
        >> entry.balanceAfter >> entry.description;
    entry.at = QDateTime::fromMSecsSinceEpoch(atMsecs, Qt::UTC);
    return m_stream.status() == QDataStream::Ok;
}

} // namespace cabinet::exporting
