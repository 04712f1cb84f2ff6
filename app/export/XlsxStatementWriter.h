// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StatementWriter.h"

#include <memory>

class QTemporaryFile;
struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace cabinet::exporting {

// XLSX through libxlsxwriter in constant_memory mode: each row goes to a temporary file as it is
// written, so memory does not grow with the row count (strings are stored inline, not in a shared
// strings table). Sheet "Statement": a header, one row per entry with real date cells (UTC) and
// numeric amount cells formatted "#,##0.00", then a totals row (=SUM with its value cached). Sheet
// "Summary": project, period, opening/closing per balance, totals per category and per kind.
//
// Amounts: XLSX stores numbers as IEEE doubles, the one place a double is unavoidable. The cell value
// is parsed from the exact decimal text ("-1500.25") with std::from_chars, i.e. it is the double
// nearest that decimal. Any decimal with at most 15 significant digits survives a round trip through
// a double (DBL_DIG = 15), so for |amount| < 10^15 kopecks (10 trillion UAH) the file and Excel show
// the exact kopecks; larger amounts are written as text so that they stay exact.
class XlsxStatementWriter final : public StatementWriter
{
public:
    explicit XlsxStatementWriter(QString filePath);
    ~XlsxStatementWriter() override;

protected:
    bool doBegin() override;
    bool doWrite(std::span<const StatementEntry> entries) override;
    bool doFinish() override;
    void doCancel() override;

private:
    void writeSummarySheet();
    void writeText(lxw_worksheet* sheet, quint32 row, quint16 column, const QString& text, lxw_format* format = nullptr);
    void writeAmount(lxw_worksheet* sheet, quint32 row, quint16 column, qint64 minorUnits);
    void writeInteger(lxw_worksheet* sheet, quint32 row, quint16 column, qint64 value);
    void writeDate(lxw_worksheet* sheet, quint32 row, quint16 column, const QDateTime& at, lxw_format* format);
    bool checkLibraryError(int error);

    std::unique_ptr<QTemporaryFile> m_partialFile;
    lxw_workbook* m_workbook = nullptr;
    lxw_worksheet* m_entriesSheet = nullptr;
    lxw_worksheet* m_summarySheet = nullptr;
    lxw_format* m_headerFormat = nullptr;
    lxw_format* m_amountFormat = nullptr;
    lxw_format* m_dateTimeFormat = nullptr;
    lxw_format* m_dateFormat = nullptr;
    quint32 m_nextRow = 0;
    int m_firstLibraryError = 0;
};

} // namespace cabinet::exporting
