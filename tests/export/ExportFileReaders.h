// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reading exported files back the way a person's tools would: pdftotext/pdfinfo for PDF, unzip and
// the sheet XML for XLSX. Shared by the writer suites and the ledger comparison (R25).

#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

namespace exporttest {

inline QString runTool(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

// pdftotext -layout, with no-break spaces (group separator, before ₴) made plain.
inline QString pdfText(const QString& file)
{
    QString text = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), file, QStringLiteral("-")});
    text.replace(QChar(0x00A0), QLatin1Char(' ')).replace(QChar(0x202F), QLatin1Char(' '));
    return text;
}

inline int pdfPageCount(const QString& file)
{
    const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    return pages.match(runTool(QStringLiteral("pdfinfo"), {file})).captured(1).toInt();
}

struct Cell {
    QString type;  // "" (number), "inlineStr", "s" (shared string), "str"
    QString value; // number text or the string itself
    QString style;
    QString formula;
};

// OOXML escapes characters XML cannot carry as "_xHHHH_" (ST_Xstring), e.g. CR as "_x000D_".
inline QString decodeXstring(const QString& text)
{
    static const QRegularExpression escape(QStringLiteral("_x([0-9A-Fa-f]{4})_"));
    QString decoded;
    qsizetype last = 0;
    for (auto it = escape.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        decoded += text.mid(last, match.capturedStart() - last);
        decoded += QChar(static_cast<char16_t>(match.captured(1).toUShort(nullptr, 16)));
        last = match.capturedEnd();
    }
    return decoded + text.mid(last);
}

inline QByteArray unzipMember(const QString& archive, const QString& member)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), archive, member});
    if (!unzip.waitForFinished(30000) || unzip.exitCode() != 0)
        return {};
    return unzip.readAllStandardOutput();
}

inline QStringList sharedStrings(const QString& archive)
{
    QStringList strings;
    QXmlStreamReader xml(unzipMember(archive, QStringLiteral("xl/sharedStrings.xml")));
    while (xml.readNextStartElement() || !xml.atEnd()) {
        if (xml.isStartElement() && xml.name() == u"t")
            strings << decodeXstring(xml.readElementText());
        else
            xml.readNext();
    }
    return strings;
}

// Cells of one worksheet by reference ("F2"), strings resolved (inline or shared).
inline QMap<QString, Cell> readSheet(const QString& archive, int sheet)
{
    const QStringList shared = sharedStrings(archive);
    QMap<QString, Cell> cells;
    QXmlStreamReader xml(unzipMember(archive, QStringLiteral("xl/worksheets/sheet%1.xml").arg(sheet)));
    QString reference;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"c") {
            reference = xml.attributes().value(QStringLiteral("r")).toString();
            cells[reference].type = xml.attributes().value(QStringLiteral("t")).toString();
            cells[reference].style = xml.attributes().value(QStringLiteral("s")).toString();
        } else if (xml.name() == u"v") {
            Cell& cell = cells[reference];
            cell.value = xml.readElementText();
            if (cell.type == u"s")
                cell.value = shared.value(cell.value.toInt());
        } else if (xml.name() == u"t") {
            cells[reference].value = decodeXstring(xml.readElementText());
        } else if (xml.name() == u"f") {
            cells[reference].formula = xml.readElementText();
        }
    }
    return cells;
}

} // namespace exporttest
