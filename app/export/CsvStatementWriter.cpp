// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvStatementWriter.h"

#include "ExportMoney.h"
#include "UtcFields.h"

#include <QSaveFile>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#endif

#include <charconv>
#include <cstring>
#include <utility>

namespace cabinet::exporting {
namespace {

constexpr size_t kBufferBytes = size_t{1} << 20;
// Bytes of a row without its four text fields: two 20-digit numbers, a date, two amounts, commas, CRLF.
constexpr size_t kFixedRowBytes = 2 * 21 + kIsoUtcChars + 2 * kMaxPlainDecimalChars + 16;
constexpr char kHeader[] = "id,at,kind,category,balance,amount,balance_after,description\r\n";
constexpr char kByteOrderMark[] = "\xEF\xBB\xBF";

// Worst case for a text field: 3 UTF-8 bytes per UTF-16 unit, every byte a doubled quote, two quotes
// and the apostrophe of a neutralised formula.
size_t worstCaseTextBytes(QStringView text)
{
    return 6 * static_cast<size_t>(text.size()) + 3;
}

// A spreadsheet takes a cell that starts with = + - @ as a formula (and a leading tab or CR can hide
// one): text from the server or a user must never run there ("CSV injection", OWASP). Such text
// gets a leading apostrophe, which spreadsheets show as the text itself. Number columns are written
// apart (plainDecimal) and stay numbers: -123.45 is still -123.45.
bool startsLikeFormula(QStringView text)
{
    if (text.isEmpty())
        return false;
    switch (text.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    default:
        return false;
    }
}

// Whether any byte of [begin, end) makes RFC 4180 quote the field: comma, quote, CR or LF.
// Eight bytes at a time: a byte equal to the pattern is a zero byte of word ^ pattern, which the
// classic has-zero-byte test finds exactly.
bool hasSpecialByte(const char* begin, const char* end)
{
    constexpr quint64 ones = 0x0101010101010101;
    constexpr quint64 highs = 0x8080808080808080;
    const auto hasByte = [](quint64 word, char byte) {
        const quint64 x = word ^ (ones * static_cast<unsigned char>(byte));
        return (x - ones) & ~x & highs;
    };
    for (; end - begin >= 8; begin += 8) {
        quint64 word = 0;
        std::memcpy(&word, begin, sizeof word);
        if (hasByte(word, ',') | hasByte(word, '"') | hasByte(word, '\r') | hasByte(word, '\n'))
            return true;
    }
    for (; begin != end; ++begin) {
        if (*begin == ',' || *begin == '"' || *begin == '\r' || *begin == '\n')
            return true;
    }
    return false;
}

// UTF-8 of [unit, last) into `out` while the text stays below U+0800 (ASCII, Latin, Cyrillic):
// ASCII runs four units at a time, the rest one by one. Returns where it stopped in each; the
// caller hands anything from U+0800 on (and surrogates) to Qt's encoder.
std::pair<const char16_t*, char*> encodeBelowU0800(const char16_t* unit, const char16_t* last, char* out)
{
    while (unit != last) {
        const char16_t c = *unit;
        if (c >= 0x80) {
            if (c >= 0x800)
                break;
            *out++ = static_cast<char>(0xC0 | (c >> 6));
            *out++ = static_cast<char>(0x80 | (c & 0x3F));
            ++unit;
            continue;
        }
        quint64 units = 0;
        if (last - unit >= 4 && (std::memcpy(&units, unit, sizeof units), (units & 0xFF80FF80FF80FF80) == 0)) {
            // Four ASCII units: narrowed at once.
            const auto bytes = static_cast<quint32>((units & 0xFF) | ((units >> 8) & 0xFF00) | ((units >> 16) & 0xFF0000)
                                                    | ((units >> 24) & 0xFF000000));
            std::memcpy(out, &bytes, sizeof bytes);
            unit += 4;
            out += 4;
            continue;
        }
        *out++ = static_cast<char>(c);
        ++unit;
    }
    return {unit, out};
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
    m_writebackFrom = 0;
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
    if (!m_file->setPermissions(outputPermissions()))
        return fail(fileError(m_file->errorString()));
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
    m_kinds = m_categories = m_balances = {};
}

void CsvStatementWriter::appendRow(const StatementEntry& entry)
{
    char* out = m_buffer.data();
    m_used = static_cast<size_t>(std::to_chars(out + m_used, out + m_buffer.size(), entry.id).ptr - out);
    out[m_used++] = ',';
    m_dates.write(entry.at, std::span<char, kIsoUtcChars>(out + m_used, kIsoUtcChars));
    m_used += kIsoUtcChars;
    out[m_used++] = ',';
    appendName(m_kinds, entry.kind);
    out[m_used++] = ',';
    appendName(m_categories, entry.category);
    out[m_used++] = ',';
    appendName(m_balances, entry.balance);
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
    // Text below U+0800 (all of the API's names, Ukrainian and Russian descriptions) is encoded
    // inline; from the first other character on, Qt's UTF-8 encoder (no allocation) does the rest
    // (an unpaired surrogate becomes U+FFFD). Then one scan over the bytes looks for special ones.
    char* const start = m_buffer.data() + m_used;
    char* encoded = start;
    if (startsLikeFormula(text))
        *encoded++ = '\'';
    const char16_t* const last = text.utf16() + text.size();
    auto [unit, end] = encodeBelowU0800(text.utf16(), last, encoded);
    if (unit != last)
        end = m_utf8.appendToBuffer(end, QStringView(unit, last));
    const auto encodedSize = static_cast<size_t>(end - start);
    if (!hasSpecialByte(start, end)) {
        m_used += encodedSize;
        return;
    }
    // Quoted (the buffer has room for the worst case). Without inner quotes, as after a comma,
    // the bytes just move one place; otherwise they are copied back from a scratch copy with
    // each quote doubled.
    const void* firstQuote = std::memchr(start, '"', encodedSize);
    char* out = start;
    if (!firstQuote) {
        std::memmove(start + 1, start, encodedSize);
        out += encodedSize + 1;
    } else {
        m_scratch.assign(start, end);
        const char* from = m_scratch.data();
        const char* const fromEnd = from + encodedSize;
        ++out;
        while (const auto* quote = static_cast<const char*>(std::memchr(from, '"', static_cast<size_t>(fromEnd - from)))) {
            const auto length = static_cast<size_t>(quote - from) + 1;
            std::memcpy(out, from, length);
            out += length;
            *out++ = '"';
            from = quote + 1;
        }
        std::memcpy(out, from, static_cast<size_t>(fromEnd - from));
        out += fromEnd - from;
    }
    *start = '"';
    *out++ = '"';
    m_used += static_cast<size_t>(out - start);
}

void CsvStatementWriter::appendName(NameMemo& memo, const QString& name)
{
    // Kinds, categories and balances come from short vocabularies: each distinct name is encoded
    // once and copied from then on (the last hit is tried first, as rows tend to repeat it).
    for (size_t probe = 0; probe < memo.size(); ++probe) {
        const size_t slot = (memo.lastHit + probe) % memo.size();
        const EncodedName& known = memo.names[slot];
        if (known.name.size() == name.size() && known.name == name) {
            memo.lastHit = slot;
            appendRaw(known.bytes.data(), known.bytes.size());
            return;
        }
    }
    const size_t before = m_used;
    appendText(name);
    if (memo.size() == memo.names.size())
        return; // an unusually rich vocabulary: the rest is encoded each time
    memo.names[memo.used] = {name, std::string(m_buffer.data() + before, m_used - before)};
    memo.lastHit = memo.used++;
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
    startWriteback();
    return true;
}

void CsvStatementWriter::startWriteback()
{
#ifdef Q_OS_LINUX
    // QSaveFile::commit() syncs the file to disk before it replaces the target (a statement must
    // not be lost, nor half written, by a crash). Asking the kernel to start writing each block out
    // now lets the disk work while the next rows are encoded, so that sync has little left to do,
    // and a large export never piles up dirty pages. Only a hint: errors show up at the sync.
    const int fd = m_file->handle();
    const auto end = static_cast<off64_t>(m_file->pos());
    if (fd >= 0 && end > m_writebackFrom) {
        ::sync_file_range(fd, m_writebackFrom, end - m_writebackFrom, SYNC_FILE_RANGE_WRITE);
        m_writebackFrom = end;
    }
#endif
}

} // namespace cabinet::exporting
