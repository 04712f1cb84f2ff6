// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A strict RFC 4180 reader (CRLF records, quoted fields with doubled quotes) to read the CSV
// statement writer's output back, independently of it: the export suites (ExportTestData.h) and
// the csv fuzz target (fuzz/targets/csv.cpp) both use it. Byte by byte, so a field comes back as
// exactly the bytes written (the delimiters are ASCII, which UTF-8 never uses inside a character).

#include <QByteArray>
#include <QByteArrayList>
#include <QByteArrayView>
#include <QList>

#include <optional>

namespace csvreader {

// nullopt on anything RFC 4180 forbids: a bare CR or LF or a quote in an unquoted field, anything
// after a closing quote but a delimiter, an unclosed quote, a last record without its CRLF.
inline std::optional<QList<QByteArrayList>> parse(QByteArrayView bytes)
{
    QList<QByteArrayList> records;
    QByteArrayList record;
    QByteArray field;
    bool inQuotes = false;
    bool wasQuoted = false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        const bool next = i + 1 < bytes.size();
        if (inQuotes) {
            if (c == '"' && next && bytes[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                inQuotes = false;
            } else {
                field += c;
            }
        } else if (c == ',') {
            record << field;
            field.clear();
            wasQuoted = false;
        } else if (c == '\r' && next && bytes[i + 1] == '\n') {
            record << field;
            records << record;
            record.clear();
            field.clear();
            wasQuoted = false;
            ++i;
        } else if (c == '"' && field.isEmpty() && !wasQuoted) {
            inQuotes = true;
            wasQuoted = true;
        } else if (c == '"' || c == '\r' || c == '\n' || wasQuoted) {
            return std::nullopt;
        } else {
            field += c;
        }
    }
    if (inQuotes || !field.isEmpty() || !record.isEmpty() || wasQuoted)
        return std::nullopt;
    return records;
}

} // namespace csvreader
