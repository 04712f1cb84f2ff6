// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatementWriter.h"

#include <QCoreApplication>
#include <QDir>

namespace cabinet::exporting {

StatementWriter::StatementWriter(QString filePath)
    : m_filePath(std::move(filePath))
{
}

QFileDevice::Permissions StatementWriter::outputPermissions() const
{
    const QFileDevice::Permissions owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    return m_readableByOthers ? owner | QFileDevice::ReadGroup | QFileDevice::ReadOther : owner;
}

// Derived destructors call cancel(): from here the virtual doCancel() no longer reaches them.
StatementWriter::~StatementWriter() = default;

bool StatementWriter::begin(const StatementMeta& meta)
{
    if (m_state != State::Idle)
        return fail(QCoreApplication::translate("StatementWriter", "The statement was already started."));
    m_meta = meta;
    m_totals = {};
    m_state = State::Writing;
    if (!doBegin()) {
        cancel();
        return false;
    }
    return true;
}

bool StatementWriter::write(std::span<const StatementEntry> entries)
{
    if (m_state != State::Writing)
        return fail(QCoreApplication::translate("StatementWriter", "The statement is not open for writing."));
    for (const StatementEntry& entry : entries) {
        const QString rejection = entryRejectionReason(m_meta, entry);
        if (!rejection.isEmpty()) {
            fail(rejection);
            cancel();
            return false;
        }
        m_totals.add(entry);
    }
    if (!doWrite(entries)) {
        cancel();
        return false;
    }
    return true;
}

bool StatementWriter::finish()
{
    if (m_state != State::Writing)
        return fail(QCoreApplication::translate("StatementWriter", "The statement is not open for writing."));
    if (m_totals.overflowed()) {
        fail(m_totals.reconciliationError(m_meta));
        cancel();
        return false;
    }
    if (!doFinish()) {
        cancel();
        return false;
    }
    m_state = State::Finished;
    return true;
}

void StatementWriter::cancel()
{
    if (m_state == State::Finished)
        return;
    doCancel();
    if (m_state == State::Writing)
        fail(QCoreApplication::translate("StatementWriter", "The export was cancelled."));
}

bool StatementWriter::fail(const QString& message)
{
    if (m_error.isEmpty())
        m_error = message;
    m_state = State::Failed;
    return false;
}

QString StatementWriter::fileError(const QString& reason) const
{
    return QCoreApplication::translate("StatementWriter", "Cannot write %1: %2")
        .arg(QDir::toNativeSeparators(m_filePath), reason);
}

} // namespace cabinet::exporting
