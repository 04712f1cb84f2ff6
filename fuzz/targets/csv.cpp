// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV statement writer fed hostile text (app/export/CsvStatementWriter, issue 15): names and
// descriptions with commas, quotes, line breaks, formula starters and unpaired surrogates, any
// instant and any amount. Input: a balance choice byte, 8 bytes id, 8 bytes amount, 8 bytes instant
// (ms), then kind '\n' category '\n' and the description as UTF-16 units (so unpaired surrogates,
// which JSON's \ud800 escapes can carry, are reached).
// Invariants: a finished file re-parses (RFC 4180, here independently) into the header and exactly
// the rows written, each field the same as the entry: id and amounts as numbers, the instant to
// the second, text as its UTF-8 with a leading apostrophe when it starts like a formula; a row the
// writer cannot show faithfully is refused with a reason, never written wrong.
#include "FuzzTarget.h"

#include "CsvReader.h"
#include "CsvStatementWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStringEncoder>

#include <charconv>
#include <cstring>
#include <vector>

namespace {

using namespace cabinet::exporting;

using Row = std::vector<std::string>;

std::string expectedText(const QString &text)
{
    QStringEncoder utf8(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless);
    const QByteArray bytes = utf8.encode(text);
    const bool formula = !text.isEmpty() && QStringLiteral("=+-@\t\r").contains(text.front());
    return (formula ? std::string("'") : std::string()) + bytes.toStdString();
}

std::optional<qint64> minorUnitsOf(const std::string &decimal)
{
    // "-1500.25": sign, digits, '.', two digits.
    const size_t point = decimal.find('.');
    if (point == std::string::npos || point + 3 != decimal.size())
        return std::nullopt;
    const bool negative = !decimal.empty() && decimal[0] == '-';
    unsigned long long whole = 0;
    unsigned cents = 0;
    const char *begin = decimal.data() + (negative ? 1 : 0);
    if (std::from_chars(begin, decimal.data() + point, whole).ptr != decimal.data() + point ||
        std::from_chars(decimal.data() + point + 1, decimal.data() + decimal.size(), cents).ptr !=
            decimal.data() + decimal.size())
        return std::nullopt;
    const unsigned long long magnitude = whole * 100 + cents;
    return negative ? static_cast<qint64>(0ULL - magnitude) : static_cast<qint64>(magnitude);
}

// "YYYY-MM-DDTHH:MM:SSZ" (astronomical years 0000-9999) to epoch seconds, apart from Qt, whose
// calendar has no year 0.
std::optional<qint64> isoSeconds(const std::string &text)
{
    static const char shape[] = "dddd-dd-ddTdd:dd:ddZ";
    if (text.size() != sizeof shape - 1)
        return std::nullopt;
    for (size_t i = 0; i < text.size(); ++i) {
        const bool digit = text[i] >= '0' && text[i] <= '9';
        if (shape[i] == 'd' ? !digit : text[i] != shape[i])
            return std::nullopt;
    }
    const auto number = [&](size_t at, size_t width) {
        qint64 value = 0;
        for (size_t i = at; i < at + width; ++i)
            value = value * 10 + (text[i] - '0');
        return value;
    };
    qint64 year = number(0, 4);
    const qint64 month = number(5, 2), day = number(8, 2);
    const qint64 hour = number(11, 2), minute = number(14, 2), second = number(17, 2);
    if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59)
        return std::nullopt;
    // H. Hinnant's days_from_civil.
    year -= month <= 2 ? 1 : 0;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const qint64 yearOfEra = year - era * 400;
    const qint64 dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const qint64 dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    const qint64 days = era * 146097 + dayOfEra - 719468;
    return days * 86400 + hour * 3600 + minute * 60 + second;
}

bool sumOverflows(const StatementEntry &a, const StatementEntry &b)
{
    qint64 sum = 0;
    return __builtin_add_overflow(a.amount, b.amount, &sum);
}

void checkRow(const Row &row, const StatementEntry &entry)
{
    FUZZ_CHECK(row.size() == 8);
    FUZZ_CHECK(row[0] == std::to_string(entry.id));
    const qint64 ms = entry.at.toMSecsSinceEpoch();
    FUZZ_CHECK(isoSeconds(row[1]) == ms / 1000 - (ms % 1000 < 0 ? 1 : 0));
    FUZZ_CHECK(row[2] == expectedText(entry.kind));
    FUZZ_CHECK(row[3] == expectedText(entry.category));
    FUZZ_CHECK(row[4] == expectedText(entry.balance));
    FUZZ_CHECK(minorUnitsOf(row[5]) == entry.amount);
    FUZZ_CHECK(minorUnitsOf(row[6]) == entry.balanceAfter);
    FUZZ_CHECK(row[7] == expectedText(entry.description));
}

} // namespace

CABINET_FUZZ_TARGET(csv)
{
    fuzz::ensureApplication();
    if (size < 25)
        return 0;
    static const QString path =
        (QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath())
        + QStringLiteral("/cabinet-fuzz-%1.csv").arg(QCoreApplication::applicationPid());
    static const QString balances[] = {QStringLiteral("main"), QStringLiteral("bonus"), QStringLiteral("credit")};

    StatementEntry entry;
    entry.balance = balances[data[0] % 3];
    qint64 atMs = 0;
    std::memcpy(&entry.id, data + 1, 8);
    std::memcpy(&entry.amount, data + 9, 8);
    std::memcpy(&atMs, data + 17, 8);
    entry.balanceAfter = entry.amount ^ entry.id;
    entry.at = QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC);
    const auto [kind, rest] = fuzz::splitLine(fuzz::asText(data + 25, size - 25));
    const auto [category, description] = fuzz::splitLine(rest);
    entry.kind = QString::fromUtf8(kind.data(), static_cast<qsizetype>(kind.size()));
    entry.category = QString::fromUtf8(category.data(), static_cast<qsizetype>(category.size()));
    entry.description = QString(reinterpret_cast<const QChar *>(description.data()),
                                static_cast<qsizetype>(description.size() / 2));
    // A second row shares the names (the writer's name memo) and carries the category as text.
    StatementEntry second = entry;
    second.id = entry.id ^ 1;
    second.description = entry.category;

    StatementMeta meta;
    meta.projectId = QStringLiteral("7");
    meta.from = QDate(2026, 1, 1);
    meta.to = QDate(2026, 1, 31);
    meta.generatedAt = QDateTime::fromMSecsSinceEpoch(1'800'000'000'000, Qt::UTC);

    CsvStatementWriter writer(path);
    FUZZ_CHECK(writer.begin(meta));
    const bool written = writer.write(entry) && writer.write(second);
    if (!written) {
        // Refused with a reason, and no file is left behind.
        FUZZ_CHECK(!writer.errorString().isEmpty());
        FUZZ_CHECK(!QFile::exists(path));
        return 0;
    }
    if (!writer.finish()) {
        FUZZ_CHECK(sumOverflows(entry, second) || writer.totals().overflowed());
        FUZZ_CHECK(!QFile::exists(path));
        return 0;
    }
    QFile file(path);
    FUZZ_CHECK(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    file.close();
    QFile::remove(path);

    // Read back strictly (RFC 4180, tests/export/CsvReader.h, the export suites' reader).
    const std::optional<QList<QByteArrayList>> records = csvreader::parse(text);
    FUZZ_CHECK(records.has_value());
    std::vector<Row> rows;
    for (const QByteArrayList &record : *records) {
        Row row;
        for (const QByteArray &field : record)
            row.push_back(field.toStdString());
        rows.push_back(std::move(row));
    }
    FUZZ_CHECK(rows.size() == 3);
    FUZZ_CHECK(rows[0] == (Row{"id", "at", "kind", "category", "balance", "amount", "balance_after", "description"}));
    checkRow(rows[1], entry);
    checkRow(rows[2], second);
    return 0;
}
