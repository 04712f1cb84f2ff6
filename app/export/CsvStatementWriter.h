// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StatementWriter.h"
#include "UtcFields.h"

#include <memory>
#include <vector>

class QSaveFile;

namespace cabinet::exporting {

// RFC 4180 CSV: UTF-8, CRLF line ends, a header row, fields holding a comma, quote, CR or LF
// quoted with inner quotes doubled. Columns follow the API's transaction item: id, at (ISO 8601
// UTC), kind, category, balance, amount, balance_after (plain decimals such as -1500.25, made
// with integer arithmetic), description.
// Rows are encoded straight into one reusable buffer that is handed to the file in large blocks;
// memory stays at the buffer's size whatever the row count.
class CsvStatementWriter final : public StatementWriter
{
public:
    struct Options {
        // A UTF-8 byte order mark makes spreadsheet programs read Cyrillic correctly when the file
        // is opened directly; leave it off for programs that parse the CSV.
        bool byteOrderMark = false;
    };

    explicit CsvStatementWriter(QString filePath, Options options);
    explicit CsvStatementWriter(QString filePath)
        : CsvStatementWriter(std::move(filePath), Options{})
    {
    }
    ~CsvStatementWriter() override;

protected:
    bool doBegin() override;
    bool doWrite(std::span<const StatementEntry> entries) override;
    bool doFinish() override;
    void doCancel() override;

private:
    void appendRow(const StatementEntry& entry);
    void appendText(QStringView text);
    void appendRaw(const char* data, size_t size);
    // Makes room for `bytes` more bytes, flushing first when the buffer is full. False on an I/O error.
    bool reserve(size_t bytes);
    bool flush();

    Options m_options;
    std::unique_ptr<QSaveFile> m_file;
    IsoUtcFormatter m_dates;
    std::vector<char> m_buffer;
    size_t m_used = 0;
};

} // namespace cabinet::exporting
