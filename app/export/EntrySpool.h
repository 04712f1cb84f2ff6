// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StatementTypes.h"

#include <QDataStream>
#include <QTemporaryFile>

namespace cabinet::exporting {

// Rows parked in a temporary file (removed when the spool goes away), for writers that need the
// whole statement before they can lay out the first page, without holding it in memory.
class EntrySpool
{
public:
    // False with errorString() when the temporary file cannot be created.
    bool open();
    bool append(const StatementEntry& entry);
    // Switches from appending to reading from the first row.
    bool rewind();
    bool read(StatementEntry& entry);
    QString errorString() const { return m_file.errorString(); }

private:
    QTemporaryFile m_file;
    QDataStream m_stream;
};

} // namespace cabinet::exporting
