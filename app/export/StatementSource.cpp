// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatementSource.h"

#include <algorithm>

namespace cabinet::exporting {

StatementSource::~StatementSource() = default;

VectorStatementSource::VectorStatementSource(QList<StatementEntry> entries)
    : m_entries(std::move(entries))
{
}

bool VectorStatementSource::nextPage(QList<StatementEntry>& page, qsizetype maxRows)
{
    const qsizetype count = std::min(maxRows, m_entries.size() - m_position);
    page = m_entries.mid(m_position, count);
    m_position += count;
    return true;
}

} // namespace cabinet::exporting
