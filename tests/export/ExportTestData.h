// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared sample statement for the export suites: Cyrillic names, RFC 4180 troublemakers (comma,
// quote, LF, CRLF), all three balances, a kopeck-sized amount and balances that add up.

#include "CsvReader.h"
#include "StatementTypes.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace exporttest {

using namespace cabinet::exporting;

inline QDateTime utc(int year, int month, int day, int hour, int minute, int second)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), Qt::UTC);
}

inline QList<StatementEntry> sampleEntries()
{
    return {
        {1, utc(2024, 5, 1, 8, 0, 0), QStringLiteral("topup"), QString(), QStringLiteral("main"), 150000, 150000,
         QStringLiteral("Оплата рахунку №17")},
        {2, utc(2024, 5, 2, 9, 30, 15), QStringLiteral("charge"), QStringLiteral("service_subscription"),
         QStringLiteral("bonus"), -20000, 30000, QStringLiteral("Абонплата, травень")},
        {3, utc(2024, 5, 3, 10, 0, 0), QStringLiteral("charge"), QStringLiteral("outgoing_call_rented_number"),
         QStringLiteral("main"), -1525, 148475, QStringLiteral("Call to \"Київ\"")},
        {4, utc(2024, 5, 4, 23, 59, 59), QStringLiteral("compensation"), QString(), QStringLiteral("main"), 150025,
         298500, QStringLiteral("Line one\nline two")},
        {5, utc(2024, 5, 5, 0, 0, 0), QStringLiteral("credit_grant"), QString(), QStringLiteral("credit"), 500000,
         500000, QStringLiteral("Credit\r\nfor 5 days")},
        {6, utc(2024, 5, 6, 12, 0, 0), QStringLiteral("charge"), QStringLiteral("number_subscription"),
         QStringLiteral("credit"), -5, 499995, QString()},
        {7, utc(2024, 5, 7, 12, 0, 0), QStringLiteral("correction"), QString(), QStringLiteral("main"), -100, 298400,
         QStringLiteral("Correction; fix")},
    };
}

inline StatementMeta sampleMeta()
{
    StatementMeta meta;
    meta.projectId = QStringLiteral("p-42");
    meta.projectName = QStringLiteral("ТОВ «Ромашка»");
    meta.from = QDate(2024, 5, 1);
    meta.to = QDate(2024, 5, 31);
    meta.balanceFilter = BalanceFilter::All;
    meta.balances = {{QStringLiteral("main"), 0, 298400},
                     {QStringLiteral("bonus"), 50000, 30000},
                     {QStringLiteral("credit"), 0, 499995}};
    meta.generatedAt = utc(2024, 6, 1, 9, 0, 0);
    return meta;
}

inline QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// The strict RFC 4180 reader (CsvReader.h), each field as its UTF-8 text.
inline std::optional<QList<QStringList>> parseCsv(const QByteArray& bytes)
{
    const std::optional<QList<QByteArrayList>> records = csvreader::parse(bytes);
    if (!records)
        return std::nullopt;
    QList<QStringList> texts;
    for (const QByteArrayList& record : *records) {
        QStringList fields;
        for (const QByteArray& field : record)
            fields << QString::fromUtf8(field);
        texts << fields;
    }
    return texts;
}

} // namespace exporttest
