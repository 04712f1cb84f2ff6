// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvStatementWriter.h"

#include "ExportMoney.h"
#include "UtcFields.h"

#include <QSaveFile>

#include <algorithm>
#include <charconv>
#include <cstring>

namespace cabinet::exporting {
namespace {

constexpr size_t kBufferBytes = size_t{1} << 20;
// Bytes of a row without its four text fields: two 20-digit numbers, a date, two amounts, commas, CRLF.
constexpr size_t kFixedRowBytes = 2 * 21 + kIsoUtcChars + 2 * kMaxPlainDecimalChars + 16;
constexpr char kHeader[] = "id,at,kind,category,balance,amount,balance_after,description\r\n";
constexpr char kByteOrderMark[] = "\xEF\xBB\xBF";

// Worst case for a text field: 3 UTF-8 bytes per UTF-16 unit, every byte a doubled quote, two quotes.
size_t worstCaseTextBytes(QStringView text)
{
    return 6 * static_cast<size_t>(text.size()) + 2;
}

// UTF-16 to UTF-8 in one pass that also notes whether the field needs quotes (RFC 4180: comma,
// quote, CR or LF). Two passes (Qt's encoder, then a scan) cost twice as much on a million rows.
// An unpaired surrogate becomes U+FFFD, as Qt's own encoder does.
char* encodeUtf8(char* out, QStringView text, bool& needsQuotes)
{
    const char16_t* in = text.utf16();
    const char16_t* const end = in + text.size();
    while (in != end) {
        char32_t c = *in++;
        if (c < 0x80) {
            needsQuotes = needsQuotes || c == u',' || c == u'"' || c == u'\r' || c == u'\n';
            *out++ = static_cast<char>(c);
            continue;
        }
        if (c < 0x800) {
            *out++ = static_cast<char>(0xC0 | (c >> 6));
            *out++ = static_cast<char>(0x80 | (c & 0x3F));
            continue;
        }
        if (QChar::isHighSurrogate(c) && in != end && QChar::isLowSurrogate(*in)) {
            c = QChar::surrogateToUcs4(static_cast<char16_t>(c), *in++);
            *out++ = static_cast<char>(0xF0 | (c >> 18));
            *out++ = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        } else {
            if (QChar::isSurrogate(c))
                c = 0xFFFD;
            *out++ = static_cast<char>(0xE0 | (c >> 12));
        }
        *out++ = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        *out++ = static_cast<char>(0x80 | (c & 0x3F));
    }
    return out;
}

} // namespace

CsvStatementWriter::CsvStatementWriter(QString filePath, Options options)
    : StatementWriter(std::move(filePath))
    , m_options(options)
{
}

CsvStatementWriter::~CsvStatementWriter()
{
    cancel();
}

bool CsvStatementWriter::doBegin()
{
    m_file = std::make_unique<QSaveFile>(filePath());
    // Unbuffered: the writer hands over 1 MiB blocks itself; QFileDevice's buffer would only copy them.
    if (!m_file->open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return fail(fileError(m_file->errorString()));
    m_buffer.resize(kBufferBytes + kFixedRowBytes);
    m_used = 0;
    if (m_options.byteOrderMark)
        appendRaw(kByteOrderMark, sizeof kByteOrderMark - 1);
    appendRaw(kHeader, sizeof kHeader - 1);
    return true;
}

bool CsvStatementWriter::doWrite(std::span<const StatementEntry> entries)
{
    for (const StatementEntry& entry : entries) {
        const size_t rowBytes = kFixedRowBytes + worstCaseTextBytes(entry.kind) + worstCaseTextBytes(entry.category)
            + worstCaseTextBytes(entry.balance) + worstCaseTextBytes(entry.description);
        if (!reserve(rowBytes))
            return false;
        appendRow(entry);
    }
    return true;
}

bool CsvStatementWriter::doFinish()
{
    if (!flush())
        return false;
    if (!m_file->commit())
        return fail(fileError(m_file->errorString()));
    m_file.reset();
    return true;
}

void CsvStatementWriter::doCancel()
{
    // QSaveFile deletes its temporary file; the target was never touched.
    if (m_file)
        m_file->cancelWriting();
    m_file.reset();
    m_buffer = {};
    m_used = 0;
}

void CsvStatementWriter::appendRow(const StatementEntry& entry)
{
    char* out = m_buffer.data();
    m_used = static_cast<size_t>(std::to_chars(out + m_used, out + m_buffer.size(), entry.id).ptr - out);
    out[m_used++] = ',';
    m_dates.write(entry.at, std::span<char, kIsoUtcChars>(out + m_used, kIsoUtcChars));
    m_used += kIsoUtcChars;
    out[m_used++] = ',';
    appendText(entry.kind);
    out[m_used++] = ',';
    appendText(entry.category);
    out[m_used++] = ',';
    appendText(entry.balance);
    out[m_used++] = ',';
    m_used += static_cast<size_t>(
        plainDecimal(entry.amount, std::span<char, kMaxPlainDecimalChars>(out + m_used, kMaxPlainDecimalChars)));
    out[m_used++] = ',';
    m_used += static_cast<size_t>(
        plainDecimal(entry.balanceAfter, std::span<char, kMaxPlainDecimalChars>(out + m_used, kMaxPlainDecimalChars)));
    out[m_used++] = ',';
    appendText(entry.description);
    out[m_used++] = '\r';
    out[m_used++] = '\n';
}

void CsvStatementWriter::appendText(QStringView text)
{
    // Encode in place first: almost every field needs no quotes, and then that is all there is to do.
    char* start = m_buffer.data() + m_used;
    bool quote = false;
    char* end = encodeUtf8(start, text, quote);
    if (!quote) {
        m_used += static_cast<size_t>(end - start);
        return;
    }
    // Rare path: spread the encoded bytes out from the back so they can be quoted without a copy buffer.
    const size_t encodedSize = static_cast<size_t>(end - start);
    const size_t quotes = static_cast<size_t>(std::count(start, end, '"'));
    char* out = start + encodedSize + quotes + 2;
    *--out = '"';
    for (char* in = end; in != start;) {
        const char c = *--in;
        *--out = c;
        if (c == '"')
            *--out = '"';
    }
    *--out = '"';
    m_used += encodedSize + quotes + 2;
}

void CsvStatementWriter::appendRaw(const char* data, size_t size)
{
    std::memcpy(m_buffer.data() + m_used, data, size);
    m_used += size;
}

bool CsvStatementWriter::reserve(size_t bytes)
{
    if (m_used + bytes <= m_buffer.size())
        return true;
    if (!flush())
        return false;
    if (bytes > m_buffer.size())
        m_buffer.resize(bytes);  // one enormous description; the buffer keeps that size
    return true;
}

bool CsvStatementWriter::flush()
{
    if (m_used == 0)
        return true;
    // A short write (disk nearly full, file size limit) is not yet an error; the retry of the rest
    // fails with the system's reason ("No space left on device").
    const auto size = static_cast<qint64>(m_used);
    for (qint64 offset = 0; offset < size;) {
        const qint64 written = m_file->write(m_buffer.data() + offset, size - offset);
        if (written <= 0)
            return fail(fileError(m_file->errorString()));
        offset += written;
    }
    m_used = 0;
    return true;
}

} // namespace cabinet::exporting
