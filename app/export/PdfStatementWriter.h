// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EntrySpool.h"
#include "StatementWriter.h"

#include <QLocale>

#include <memory>

class QSaveFile;

namespace cabinet::exporting {

// A4 landscape PDF: page 1 (and more if needed) is the summary: project, period, opening,
// movements and closing per balance, totals per category and per kind; then the table of entries,
// one line per entry (long descriptions are elided). Every page has the project, the period and
// "Page N of M". Text is set in DejaVu Sans, which covers Cyrillic.
//
// Memory stays bounded: rows go to a temporary spool file as they arrive, and at finish() the
// document is painted page by page with QPainter (never one big QTextDocument). Spooling also gives
// the exact page count before the first page is painted, so "of M" needs no second pass over the
// source. Amounts are formatted with the locale ("1 500,25 ₴" in uk) from integers.
// Needs a QGuiApplication (fonts); with no display run it with QT_QPA_PLATFORM=offscreen.
class PdfStatementWriter final : public StatementWriter
{
public:
    explicit PdfStatementWriter(QString filePath, QLocale locale = QLocale());
    ~PdfStatementWriter() override;

protected:
    bool doBegin() override;
    bool doWrite(std::span<const StatementEntry> entries) override;
    bool doFinish() override;
    void doCancel() override;

private:
    bool paintDocument();

    QLocale m_locale;
    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<EntrySpool> m_spool;
};

} // namespace cabinet::exporting
