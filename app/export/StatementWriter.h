// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StatementTotals.h"
#include "StatementTypes.h"

#include <QFileDevice>
#include <QString>

#include <span>

namespace cabinet::exporting {

// Streams one statement into one file: begin(meta), write(entries) any number of times, finish().
// Rows are never collected in memory by the writer, so a statement of millions of rows costs the
// same memory as a short one (each format documents what it keeps).
//
// Nothing appears at filePath() until finish() succeeds; cancel(), a failure or destroying an
// unfinished writer removes the partial output and leaves an existing file at filePath() untouched.
// Every call returns false on failure; errorString() then says why in words a user understands
// ("No space left on device", "Permission denied", ...). After a failure every later call fails too.
class StatementWriter
{
public:
    explicit StatementWriter(QString filePath);
    virtual ~StatementWriter();
    StatementWriter(const StatementWriter&) = delete;
    StatementWriter& operator=(const StatementWriter&) = delete;

    bool begin(const StatementMeta& meta);
    // Refuses (fails) an entry on a balance the statement does not cover, e.g. referral (R25).
    bool write(std::span<const StatementEntry> entries);
    bool write(const StatementEntry& entry) { return write(std::span(&entry, 1)); }
    bool finish();
    void cancel();

    // Who may read the finished file: by default only its owner (0600), as a statement is private
    // financial data; true lets everyone on the computer read it (0644), when the user asks for that.
    void setReadableByOthers(bool readable) { m_readableByOthers = readable; }
    bool readableByOthers() const { return m_readableByOthers; }

    QString errorString() const { return m_error; }
    const QString& filePath() const { return m_filePath; }
    const StatementMeta& meta() const { return m_meta; }
    // Totals of the rows written so far.
    const StatementTotals& totals() const { return m_totals; }

protected:
    virtual bool doBegin() = 0;
    virtual bool doWrite(std::span<const StatementEntry> entries) = 0;
    virtual bool doFinish() = 0;
    // Drops partial output; must be safe to call in any state.
    virtual void doCancel() = 0;

    // Records the failure (the first one wins) and returns false, for `return fail(...)`.
    bool fail(const QString& message);
    // The permissions a format gives its output before it becomes filePath(), so the file is never
    // readable by others, not even for a moment, unless readableByOthers().
    QFileDevice::Permissions outputPermissions() const;
    // "Cannot write /x/y.csv: <reason>".
    QString fileError(const QString& reason) const;

private:
    enum class State { Idle, Writing, Finished, Failed };

    QString m_filePath;
    QString m_error;
    StatementMeta m_meta;
    StatementTotals m_totals;
    State m_state = State::Idle;
    bool m_readableByOthers = false;
};

} // namespace cabinet::exporting
