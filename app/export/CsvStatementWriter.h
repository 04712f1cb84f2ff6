// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StatementWriter.h"
#include "UtcFields.h"

#include <QStringEncoder>

#include <array>
#include <memory>
#include <string>
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
    struct EncodedName {
        QString name;
        std::string bytes; // as written to the file, quoted if it must be
    };
    struct NameMemo {
        std::array<EncodedName, 32> names;
        size_t used = 0;
        size_t lastHit = 0;
        size_t size() const { return used; }
    };

    void appendRow(const StatementEntry& entry);
    void appendName(NameMemo& memo, const QString& name);
    void appendText(QStringView text);
    void appendRaw(const char* data, size_t size);
    // Makes room for `bytes` more bytes, flushing first when the buffer is full. False on an I/O error.
    bool reserve(size_t bytes);
    bool flush();
    void startWriteback();

    Options m_options;
    std::unique_ptr<QSaveFile> m_file;
    IsoUtcFormatter m_dates;
    // Stateless: a field's unpaired surrogate never pairs with the next field's first character.
    QStringEncoder m_utf8{QStringEncoder::Utf8, QStringEncoder::Flag::Stateless};
    std::vector<char> m_buffer;
    std::vector<char> m_scratch; // a field being quoted
    NameMemo m_kinds;
    NameMemo m_categories;
    NameMemo m_balances;
    size_t m_used = 0;
    qint64 m_writebackFrom = 0; // the file's bytes before this are on their way to the disk
};

} // namespace cabinet::exporting
