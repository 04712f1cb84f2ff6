// SPDX-License-Identifier: GPL-3.0-or-later
#include "XlsxStatementWriter.h"

#include "ExportMoney.h"
#include "UtcFields.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTemporaryFile>

#include <xlsxwriter.h>

#include <array>
#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstring>

namespace cabinet::exporting {
namespace {

// A context lupdate can see (a free tr() helper is invisible to it).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(XlsxStatementWriter)
};

// Amounts below this many minor units have at most 15 significant digits: exact as a double.
constexpr qint64 kExactAmountLimit = 1'000'000'000'000'000;
// Integers up to 2^53 are exact doubles.
constexpr qint64 kExactIntegerLimit = qint64{1} << 53;
// The XLSX row limit (rows are numbered from 0 here).
constexpr quint32 kMaxRows = 1'048'576;

enum Column : quint16 { Id, At, Kind, Category, Balance, Amount, BalanceAfter, Description, ColumnCount };

} // namespace

XlsxStatementWriter::XlsxStatementWriter(QString filePath)
    : StatementWriter(std::move(filePath))
{
}

XlsxStatementWriter::~XlsxStatementWriter()
{
    cancel();
}

bool XlsxStatementWriter::doBegin()
{
    // Write next to the target under a temporary name (proving the folder is writable now, not at the
    // end) and rename on success, so that no half-written workbook is ever seen at the target.
    const QFileInfo target(filePath());
    m_partialFile = std::make_unique<QTemporaryFile>(target.absolutePath() % u'/' % target.fileName()
                                                     % QStringLiteral(".XXXXXX.part"));
    if (!m_partialFile->open())
        return fail(fileError(m_partialFile->errorString()));
    m_partialFile->close();

    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    const QByteArray partialPath = QFile::encodeName(m_partialFile->fileName());
    m_workbook = workbook_new_opt(partialPath.constData(), &options);
    if (!m_workbook)
        return fail(fileError(Text::tr("the spreadsheet library could not start.")));

    m_entriesSheet = workbook_add_worksheet(m_workbook, Text::tr("Statement").toUtf8().constData());
    m_summarySheet = workbook_add_worksheet(m_workbook, Text::tr("Summary").toUtf8().constData());
    m_headerFormat = workbook_add_format(m_workbook);
    format_set_bold(m_headerFormat);
    m_amountFormat = workbook_add_format(m_workbook);
    format_set_num_format(m_amountFormat, "#,##0.00");
    m_dateTimeFormat = workbook_add_format(m_workbook);
    format_set_num_format(m_dateTimeFormat, "yyyy-mm-dd hh:mm:ss");
    m_dateFormat = workbook_add_format(m_workbook);
    format_set_num_format(m_dateFormat, "yyyy-mm-dd");

    worksheet_set_column(m_entriesSheet, Id, Id, 10, nullptr);
    worksheet_set_column(m_entriesSheet, At, At, 20, nullptr);
    worksheet_set_column(m_entriesSheet, Kind, Balance, 16, nullptr);
    worksheet_set_column(m_entriesSheet, Amount, BalanceAfter, 15, nullptr);
    worksheet_set_column(m_entriesSheet, Description, Description, 50, nullptr);
    worksheet_freeze_panes(m_entriesSheet, 1, 0);

    const QString headers[ColumnCount] = {Text::tr("ID"),      Text::tr("Date (UTC)"), Text::tr("Kind"),          Text::tr("Category"),
                                          Text::tr("Balance"), Text::tr("Amount"),     Text::tr("Balance after"), Text::tr("Description")};
    for (quint16 column = 0; column < ColumnCount; ++column)
        writeText(m_entriesSheet, 0, column, headers[column], m_headerFormat);
    m_nextRow = 1;
    return checkLibraryError(LXW_NO_ERROR);
}

bool XlsxStatementWriter::doWrite(std::span<const StatementEntry> entries)
{
    // One row stays free for the totals.
    if (m_nextRow + entries.size() >= kMaxRows) {
        return fail(Text::tr("An XLSX sheet holds at most %1 rows; export a shorter period or use CSV.")
                        .arg(kMaxRows));
    }
    for (const StatementEntry& entry : entries) {
        const quint32 row = m_nextRow++;
        writeInteger(m_entriesSheet, row, Id, entry.id);
        writeDate(m_entriesSheet, row, At, entry.at, m_dateTimeFormat);
        writeText(m_entriesSheet, row, Kind, entry.kind);
        if (!entry.category.isEmpty())
            writeText(m_entriesSheet, row, Category, entry.category);
        writeText(m_entriesSheet, row, Balance, entry.balance);
        writeAmount(m_entriesSheet, row, Amount, entry.amount);
        writeAmount(m_entriesSheet, row, BalanceAfter, entry.balanceAfter);
        if (!entry.description.isEmpty())
            writeText(m_entriesSheet, row, Description, entry.description);
    }
    return checkLibraryError(LXW_NO_ERROR);
}

bool XlsxStatementWriter::doFinish()
{
    const quint32 totalsRow = m_nextRow;
    writeText(m_entriesSheet, totalsRow, Id, Text::tr("Total"), m_headerFormat);
    const qint64 net = totals().net();
    if (totalsRow > 1 && (net < kExactAmountLimit && net > -kExactAmountLimit)) {
        // A live SUM (so edits recalculate) whose cached value is our own exact integer total.
        const QByteArray formula = "=SUM(F2:F" + QByteArray::number(totalsRow) + ')';
        double cached = 0;
        std::array<char, kMaxPlainDecimalChars> text{};
        const int length = plainDecimal(net, text);
        std::from_chars(text.data(), text.data() + length, cached);
        worksheet_write_formula_num(m_entriesSheet, totalsRow, Amount, formula.constData(), m_amountFormat, cached);
    } else {
        writeAmount(m_entriesSheet, totalsRow, Amount, net);
    }
    writeSummarySheet();
    if (!checkLibraryError(LXW_NO_ERROR))
        return false;

    const lxw_error closeError = workbook_close(m_workbook);
    m_workbook = nullptr;
    if (closeError != LXW_NO_ERROR)
        return fail(fileError(QString::fromUtf8(lxw_strerror(closeError))));
    if (!m_partialFile->setPermissions(outputPermissions()))
        return fail(fileError(m_partialFile->errorString()));
    // rename(2) replaces an existing target atomically.
    const QByteArray partialPath = QFile::encodeName(m_partialFile->fileName());
    const QByteArray targetPath = QFile::encodeName(filePath());
    if (std::rename(partialPath.constData(), targetPath.constData()) != 0)
        return fail(fileError(QString::fromLocal8Bit(std::strerror(errno))));
    m_partialFile->setAutoRemove(false);
    m_partialFile.reset();
    return true;
}

void XlsxStatementWriter::doCancel()
{
    if (m_workbook) {
        // Closing is the only way libxlsxwriter frees a workbook; it writes the partial file, removed next.
        workbook_close(m_workbook);
        m_workbook = nullptr;
    }
    m_partialFile.reset();  // auto-removes the partial file
}

void XlsxStatementWriter::writeSummarySheet()
{
    const StatementMeta& statement = meta();
    lxw_worksheet* sheet = m_summarySheet;
    worksheet_set_column(sheet, 0, 0, 24, nullptr);
    worksheet_set_column(sheet, 1, 3, 18, nullptr);
    quint32 row = 0;
    auto label = [&](const QString& text) { writeText(sheet, row, 0, text, m_headerFormat); };

    label(Text::tr("Project"));
    writeText(sheet, row++, 1, statement.projectName);
    label(Text::tr("Project ID"));
    writeText(sheet, row++, 1, statement.projectId);
    label(Text::tr("From"));
    writeDate(sheet, row++, 1, statement.from.startOfDay(Qt::UTC), m_dateFormat);
    label(Text::tr("To"));
    writeDate(sheet, row++, 1, statement.to.startOfDay(Qt::UTC), m_dateFormat);
    label(Text::tr("Balances"));
    writeText(sheet, row++, 1, balanceFilterName(statement.balanceFilter));
    label(Text::tr("Currency"));
    writeText(sheet, row++, 1, statement.currency);
    label(Text::tr("Generated (UTC)"));
    writeDate(sheet, row++, 1, statement.generatedAt, m_dateTimeFormat);
    label(Text::tr("Rows"));
    writeInteger(sheet, row++, 1, totals().entryCount());

    ++row;
    label(Text::tr("Balance"));
    writeText(sheet, row, 1, Text::tr("Opening"), m_headerFormat);
    writeText(sheet, row, 2, Text::tr("Movements"), m_headerFormat);
    writeText(sheet, row++, 3, Text::tr("Closing"), m_headerFormat);
    for (const StatementBalance& balance : statement.balances) {
        writeText(sheet, row, 0, balance.balance);
        writeAmount(sheet, row, 1, balance.opening);
        writeAmount(sheet, row, 2, totals().perBalance().value(balance.balance));
        writeAmount(sheet, row++, 3, balance.closing);
    }

    auto totalsTable = [&](const QString& heading, const QMap<QString, qint64>& figures) {
        ++row;
        label(heading);
        writeText(sheet, row++, 1, Text::tr("Total"), m_headerFormat);
        for (auto it = figures.cbegin(); it != figures.cend(); ++it) {
            writeText(sheet, row, 0, it.key());
            writeAmount(sheet, row++, 1, it.value());
        }
    };
    totalsTable(Text::tr("Category"), totals().perCategory());
    totalsTable(Text::tr("Kind"), totals().perKind());
}

void XlsxStatementWriter::writeText(lxw_worksheet* sheet, quint32 row, quint16 column, const QString& text,
                                    lxw_format* format)
{
    const QByteArray utf8 = text.toUtf8();
    checkLibraryError(worksheet_write_string(sheet, row, column, utf8.constData(), format));
}

void XlsxStatementWriter::writeAmount(lxw_worksheet* sheet, quint32 row, quint16 column, qint64 minorUnits)
{
    std::array<char, kMaxPlainDecimalChars + 1> text{};
    const int length = plainDecimal(minorUnits, std::span<char, kMaxPlainDecimalChars>(text.data(), kMaxPlainDecimalChars));
    if (minorUnits >= kExactAmountLimit || minorUnits <= -kExactAmountLimit) {
        checkLibraryError(worksheet_write_string(sheet, row, column, text.data(), nullptr));
        return;
    }
    double value = 0;
    std::from_chars(text.data(), text.data() + length, value);
    checkLibraryError(worksheet_write_number(sheet, row, column, value, m_amountFormat));
}

void XlsxStatementWriter::writeInteger(lxw_worksheet* sheet, quint32 row, quint16 column, qint64 value)
{
    if (value > kExactIntegerLimit || value < -kExactIntegerLimit) {
        checkLibraryError(
            worksheet_write_string(sheet, row, column, QByteArray::number(value).constData(), nullptr));
        return;
    }
    checkLibraryError(worksheet_write_number(sheet, row, column, static_cast<double>(value), nullptr));
}

void XlsxStatementWriter::writeDate(lxw_worksheet* sheet, quint32 row, quint16 column, const QDateTime& at,
                                    lxw_format* format)
{
    const UtcFields fields = utcFieldsOf(at);
    lxw_datetime cell{fields.year, fields.month, fields.day, fields.hour, fields.minute, static_cast<double>(fields.second)};
    checkLibraryError(worksheet_write_datetime(sheet, row, column, &cell, format));
}

bool XlsxStatementWriter::checkLibraryError(int error)
{
    if (error != LXW_NO_ERROR && m_firstLibraryError == LXW_NO_ERROR)
        m_firstLibraryError = error;
    if (m_firstLibraryError == LXW_NO_ERROR)
        return true;
    return fail(fileError(QString::fromUtf8(lxw_strerror(static_cast<lxw_error>(m_firstLibraryError)))));
}

} // namespace cabinet::exporting
