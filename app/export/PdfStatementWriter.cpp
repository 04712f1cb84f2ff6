// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfStatementWriter.h"

#include "ExportMoney.h"
#include "Money.h"
#include "UtcFields.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QMutex>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>
#include <array>
#include <limits>

namespace cabinet::exporting {
namespace {

// A context lupdate can see (a free tr() helper is invisible to it).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PdfStatementWriter)
};

constexpr int kDpi = 300;
constexpr double kMarginMm = 12;
constexpr double kPageWidthMm = 297;  // A4 landscape
constexpr double kPageHeightMm = 210;
constexpr double kHeaderMm = 20;
constexpr double kFooterMm = 8;
constexpr double kCellPaddingMm = 1.2;

double mm(double millimetres)
{
    return millimetres * kDpi / 25.4;
}

// DejaVu Sans covers Cyrillic; register the Debian files when fontconfig does not list the family.
QString statementFontFamily()
{
    static QMutex mutex;
    const QMutexLocker lock(&mutex);
    const QString family = QStringLiteral("DejaVu Sans");
    if (!QFontDatabase::hasFamily(family)) {
        for (const char* file : {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf"})
            QFontDatabase::addApplicationFont(QStringLiteral("/usr/share/fonts/truetype/dejavu/") + QLatin1String(file));
    }
    return family;
}

struct Column {
    QString title;
    double widthMm;
    Qt::Alignment alignment;
};

// A line of the summary pages: up to four cells (label, then right-aligned figures).
struct SummaryLine {
    QStringList cells;
    bool bold = false;
};

QString dateText(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

QString dateTimeText(const QDateTime& at)
{
    const UtcFields fields = utcFieldsOf(at);
    std::array<char, kIsoUtcChars> iso{};
    writeIsoUtc(fields, iso);
    iso[10] = ' ';
    return QString::fromLatin1(iso.data(), 16);  // "2024-05-01 10:00"
}

// Paints pages: the frame (header, footer with "Page N of M") and lines at a moving baseline.
class PagePainter
{
public:
    PagePainter(QPdfWriter& writer, const StatementMeta& meta, int pageCount)
        : m_writer(writer)
        , m_meta(meta)
        , m_pageCount(pageCount)
        , m_font(statementFontFamily(), 8)
        , m_boldFont(m_font)
        , m_titleFont(m_font)
    {
        m_boldFont.setBold(true);
        m_titleFont.setBold(true);
        m_titleFont.setPointSize(13);
        m_metrics = QFontMetricsF(m_font, &m_writer);
        m_boldMetrics = QFontMetricsF(m_boldFont, &m_writer);
    }

    bool begin() { return m_painter.begin(&m_writer); }
    bool end() { return m_painter.end(); }

    // Rows of the body area per page for the given line height.
    int linesPerPage() const { return static_cast<int>((bodyBottom() - bodyTop()) / lineHeight()); }
    double lineHeight() const { return m_metrics.height() * 1.3; }

    void startPage()
    {
        if (m_pageNumber > 0)
            m_writer.newPage();
        ++m_pageNumber;
        paintFrame();
        m_y = bodyTop();
    }

    // One line of cells. drawText at a baseline point, not into a rectangle with alignment flags:
    // the flagged form lays each string out again and is several times slower on big statements.
    void paintCells(const QStringList& cells, const QList<Column>& columns, bool bold)
    {
        m_painter.setFont(bold ? m_boldFont : m_font);
        const QFontMetricsF& metrics = bold ? m_boldMetrics : m_metrics;
        const double baseline = m_y + (lineHeight() - metrics.height()) / 2 + metrics.ascent();
        const double padding = mm(kCellPaddingMm);
        double x = mm(kMarginMm);
        for (qsizetype index = 0; index < cells.size() && index < columns.size(); ++index) {
            const double width = mm(columns[index].widthMm);
            const QString& text = cells[index];
            const double textX = columns[index].alignment.testFlag(Qt::AlignRight)
                ? x + width - padding - metrics.horizontalAdvance(text)
                : x + padding;
            if (!text.isEmpty())
                m_painter.drawText(QPointF(textX, baseline), text);
            x += width;
        }
        m_y += lineHeight();
    }

    void paintRule()
    {
        m_painter.drawLine(QPointF(mm(kMarginMm), m_y), QPointF(mm(kPageWidthMm - kMarginMm), m_y));
    }

    QString elided(const QString& text, double widthMm) const
    {
        QString singleLine = text;
        singleLine.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
        return m_metrics.elidedText(singleLine, Qt::ElideRight, mm(widthMm - 2 * kCellPaddingMm));
    }

private:
    double bodyTop() const { return mm(kMarginMm + kHeaderMm); }
    double bodyBottom() const { return mm(kPageHeightMm - kMarginMm - kFooterMm); }

    void paintFrame()
    {
        const double left = mm(kMarginMm);
        const double width = mm(kPageWidthMm - 2 * kMarginMm);
        m_painter.setFont(m_titleFont);
        m_painter.drawText(QRectF(left, mm(kMarginMm), width, mm(8)), Qt::AlignLeft | Qt::AlignVCenter,
                           m_meta.projectName);
        m_painter.setFont(m_boldFont);
        m_painter.drawText(QRectF(left, mm(kMarginMm), width, mm(8)), Qt::AlignRight | Qt::AlignVCenter,
                           Text::tr("Statement %1 – %2").arg(dateText(m_meta.from), dateText(m_meta.to)));
        m_painter.setFont(m_font);
        const QString details = Text::tr("Project %1 · Balances: %2 · Currency: %3")
                                    .arg(m_meta.projectId, balanceFilterName(m_meta.balanceFilter), m_meta.currency);
        m_painter.drawText(QRectF(left, mm(kMarginMm + 8), width, mm(6)), Qt::AlignLeft | Qt::AlignVCenter, details);
        m_painter.drawLine(QPointF(left, mm(kMarginMm + 15)), QPointF(left + width, mm(kMarginMm + 15)));

        const QRectF footer(left, mm(kPageHeightMm - kMarginMm - kFooterMm + 2), width, mm(kFooterMm - 2));
        m_painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter,
                           Text::tr("Generated %1 UTC").arg(dateTimeText(m_meta.generatedAt)));
        m_painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                           Text::tr("Page %1 of %2").arg(m_pageNumber).arg(m_pageCount));
    }

    QPdfWriter& m_writer;
    const StatementMeta& m_meta;
    int m_pageCount;
    QFont m_font;
    QFont m_boldFont;
    QFont m_titleFont;
    QFontMetricsF m_metrics{m_font};
    QFontMetricsF m_boldMetrics{m_boldFont};
    QPainter m_painter;
    int m_pageNumber = 0;
    double m_y = 0;
};

const QList<Column>& summaryColumns()
{
    static const QList<Column> columns = {{QString(), 70, Qt::AlignLeft},
                                          {QString(), 45, Qt::AlignRight},
                                          {QString(), 45, Qt::AlignRight},
                                          {QString(), 45, Qt::AlignRight}};
    return columns;
}

const QList<Column>& entryColumns()
{
    static const QList<Column> columns = {
        {Text::tr("ID"), 18, Qt::AlignRight},      {Text::tr("Date (UTC)"), 30, Qt::AlignLeft},
        {Text::tr("Kind"), 30, Qt::AlignLeft},     {Text::tr("Category"), 45, Qt::AlignLeft},
        {Text::tr("Balance"), 16, Qt::AlignLeft},  {Text::tr("Amount"), 30, Qt::AlignRight},
        {Text::tr("Balance after"), 30, Qt::AlignRight}, {Text::tr("Description"), 74, Qt::AlignLeft}};
    return columns;
}

} // namespace

PdfStatementWriter::PdfStatementWriter(QString filePath, QLocale locale)
    : StatementWriter(std::move(filePath))
    , m_locale(std::move(locale))
{
}

PdfStatementWriter::~PdfStatementWriter()
{
    cancel();
}

bool PdfStatementWriter::doBegin()
{
    m_file = std::make_unique<QSaveFile>(filePath());
    if (!m_file->open(QIODevice::WriteOnly))
        return fail(fileError(m_file->errorString()));
    m_spool = std::make_unique<EntrySpool>();
    if (!m_spool->open())
        return fail(Text::tr("Cannot create a temporary file: %1").arg(m_spool->errorString()));
    return true;
}

bool PdfStatementWriter::doWrite(std::span<const StatementEntry> entries)
{
    for (const StatementEntry& entry : entries) {
        if (!m_spool->append(entry))
            return fail(Text::tr("Cannot write a temporary file: %1").arg(m_spool->errorString()));
    }
    return true;
}

bool PdfStatementWriter::doFinish()
{
    if (!m_spool->rewind())
        return fail(Text::tr("Cannot write a temporary file: %1").arg(m_spool->errorString()));
    if (!paintDocument())
        return false;
    m_spool.reset();
    if (!m_file->setPermissions(outputPermissions()))
        return fail(fileError(m_file->errorString()));
    if (!m_file->commit())
        return fail(fileError(m_file->errorString()));
    m_file.reset();
    return true;
}

void PdfStatementWriter::doCancel()
{
    if (m_file)
        m_file->cancelWriting();
    m_file.reset();
    m_spool.reset();
}

bool PdfStatementWriter::paintDocument()
{
    const StatementMeta& statement = meta();
    const auto money = [this, &statement](qint64 amount) { return Money::format(amount, statement.currency, m_locale); };

    QList<SummaryLine> summary;
    if (!statement.balances.isEmpty())
        summary.append({{Text::tr("Balance"), Text::tr("Opening"), Text::tr("Movements"), Text::tr("Closing")}, true});
    for (const StatementBalance& balance : statement.balances) {
        summary.append({{balance.balance, money(balance.opening), money(totals().perBalance().value(balance.balance)),
                         money(balance.closing)}});
    }
    const QString gap = totals().reconciliationError(statement);
    if (!gap.isEmpty())
        summary.append({{Text::tr("Warning: the figures do not add up (%1).").arg(gap)}, true});
    summary.append(SummaryLine{});
    summary.append({{Text::tr("Rows"), m_locale.toString(totals().entryCount())}});
    summary.append({{Text::tr("Credited"), money(totals().credited())}});
    summary.append({{Text::tr("Debited"), money(totals().debited())}});
    summary.append({{Text::tr("Net"), money(totals().net())}, true});
    const auto appendTable = [&](const QString& heading, const QMap<QString, qint64>& figures) {
        summary.append(SummaryLine{});
        summary.append({{heading, Text::tr("Total")}, true});
        for (auto it = figures.cbegin(); it != figures.cend(); ++it)
            summary.append({{it.key(), money(it.value())}});
    };
    appendTable(Text::tr("Totals by category"), totals().perCategory());
    appendTable(Text::tr("Totals by kind"), totals().perKind());

    QPdfWriter writer(m_file.get());
    writer.setResolution(kDpi);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF()));
    writer.setTitle(Text::tr("Statement %1 – %2").arg(dateText(statement.from), dateText(statement.to)));
    writer.setCreator(QStringLiteral("UniTalk Cabinet"));

    // Everything is known now, so the page count is exact before the first page is painted.
    const qint64 rowCount = totals().entryCount();
    PagePainter pages(writer, statement, 0);
    const int linesPerPage = pages.linesPerPage();
    const int tableRowsPerPage = linesPerPage - 1;  // the column titles take one line
    const auto summaryPages = (summary.size() + linesPerPage - 1) / linesPerPage;
    const qint64 tablePages = std::max<qint64>(1, (rowCount + tableRowsPerPage - 1) / tableRowsPerPage);
    if (summaryPages + tablePages > std::numeric_limits<int>::max())
        return fail(Text::tr("The statement is too long for one PDF; export a shorter period."));
    PagePainter painter(writer, statement, static_cast<int>(summaryPages + tablePages));
    if (!painter.begin())
        return fail(fileError(Text::tr("the PDF could not be started.")));

    for (qsizetype index = 0; index < summary.size(); ++index) {
        if (index % linesPerPage == 0)
            painter.startPage();
        painter.paintCells(summary[index].cells, summaryColumns(), summary[index].bold);
    }

    const QList<Column>& columns = entryColumns();
    QStringList titles;
    for (const Column& column : columns)
        titles << column.title;
    StatementEntry entry;
    for (qint64 row = 0; row < rowCount || row == 0; ++row) {
        if (row % tableRowsPerPage == 0) {
            painter.startPage();
            painter.paintCells(titles, columns, true);
            painter.paintRule();
        }
        if (rowCount == 0) {
            painter.paintCells({QString(), QString(), Text::tr("No entries in this period.")}, columns, false);
            break;
        }
        if (!m_spool->read(entry))
            return fail(Text::tr("Cannot read a temporary file: %1").arg(m_spool->errorString()));
        painter.paintCells({QString::number(entry.id), dateTimeText(entry.at), entry.kind, entry.category, entry.balance,
                            money(entry.amount), money(entry.balanceAfter),
                            painter.elided(entry.description, columns.last().widthMm)},
                           columns, false);
    }
    if (!painter.end() || m_file->error() != QFileDevice::NoError)
        return fail(fileError(m_file->errorString()));
    return true;
}

} // namespace cabinet::exporting
