// SPDX-License-Identifier: GPL-3.0-or-later
// export_bench: how fast and how lean the statement writers are (R25).
// For each row count and format it runs a fresh child process of itself, so each peak RSS
// (VmHWM) is that format's own. Rows come from a synthetic source one page at a time, never all at
// once. Next to CSV it times a plain fwrite loop writing the very bytes the CSV writer produced.
//
//   export_bench [--rows 100000,1000000] [--formats csv,pdf,xlsx] [--dir DIR]

#include "StatementExporter.h"
#include "StatementSource.h"
#include "StatementWriter.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <vector>

using namespace cabinet::exporting;

namespace {

// Deterministic rows made on demand: Cyrillic descriptions, some needing CSV quotes, all balances.
class SyntheticSource final : public StatementSource
{
public:
    explicit SyntheticSource(qint64 rows)
        : m_rows(rows)
    {
    }
    qint64 totalCount() const override { return m_rows; }
    QString errorString() const override { return {}; }
    bool nextPage(QList<StatementEntry>& page, qsizetype maxRows) override
    {
        static const QString kinds[] = {QStringLiteral("charge"), QStringLiteral("charge"), QStringLiteral("topup"),
                                        QStringLiteral("charge"), QStringLiteral("bonus_grant")};
        static const QString categories[] = {QStringLiteral("outgoing_call_rented_number"),
                                             QStringLiteral("service_subscription"), QString(),
                                             QStringLiteral("number_subscription"), QString()};
        static const QString balances[] = {QStringLiteral("main"), QStringLiteral("bonus"), QStringLiteral("main"),
                                           QStringLiteral("credit"), QStringLiteral("bonus")};
        page.clear();
        const QDateTime start(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
        for (qsizetype index = 0; index < maxRows && m_next < m_rows; ++index, ++m_next) {
            const auto variant = static_cast<size_t>(m_next % 5);
            const qint64 amount = kinds[variant] == u"charge" ? -(m_next % 90000 + 1) : 150000 + m_next % 100;
            m_balance += amount;
            page.append({m_next + 1, start.addSecs(m_next * 7), kinds[variant], categories[variant], balances[variant],
                         amount, m_balance,
                         m_next % 3 == 0 ? QStringLiteral("Дзвінок на +380 44 %1, тариф \"Бізнес\"").arg(m_next % 10000000)
                                         : QStringLiteral("Оплата послуг, рахунок %1").arg(m_next)});
        }
        return true;
    }

private:
    qint64 m_rows;
    qint64 m_next = 0;
    qint64 m_balance = 0;
};

// Times only the writer's own work, so the source's cost (making rows) does not count against it.
class TimedWriter final : public StatementWriter
{
public:
    explicit TimedWriter(std::unique_ptr<StatementWriter> inner)
        : StatementWriter(inner->filePath())
        , m_inner(std::move(inner))
    {
    }
    ~TimedWriter() override { cancel(); }
    qint64 nanoseconds() const { return m_nanoseconds; }

protected:
    bool doBegin() override { return timed([this] { return m_inner->begin(meta()); }); }
    bool doWrite(std::span<const StatementEntry> entries) override
    {
        return timed([this, entries] { return m_inner->write(entries); });
    }
    bool doFinish() override { return timed([this] { return m_inner->finish(); }); }
    void doCancel() override { m_inner->cancel(); }

private:
    template <typename Step>
    bool timed(Step step)
    {
        QElapsedTimer timer;
        timer.start();
        const bool ok = step();
        m_nanoseconds += timer.nsecsElapsed();
        return ok || fail(m_inner->errorString());
    }

    std::unique_ptr<StatementWriter> m_inner;
    qint64 m_nanoseconds = 0;
};

qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// Child: export `rows` rows to `path`, print "totalSeconds writerSeconds peakKiB bytes".
int runExport(ExportFormat format, qint64 rows, const QString& path)
{
    StatementMeta meta;
    meta.projectId = QStringLiteral("bench");
    meta.projectName = QStringLiteral("ТОВ «Бенчмарк»");
    meta.from = QDate(2024, 1, 1);
    meta.to = QDate(2024, 12, 31);
    meta.generatedAt = QDateTime::currentDateTimeUtc();
    auto writer = std::make_unique<TimedWriter>(makeStatementWriter(format, path));
    const TimedWriter& timedWriter = *writer;
    StatementExporter exporter(meta, std::make_unique<SyntheticSource>(rows), std::move(writer));
    QElapsedTimer timer;
    timer.start();
    if (!exporter.run()) {
        std::fprintf(stderr, "export failed: %s\n", qPrintable(exporter.errorString()));
        return 1;
    }
    std::printf("%.3f %.3f %lld %lld\n", static_cast<double>(timer.nsecsElapsed()) / 1e9,
                static_cast<double>(timedWriter.nanoseconds()) / 1e9, peakRssKiB(), QFileInfo(path).size());
    return 0;
}

// Child: write the bytes of `csvPath` to `outPath` line by line with fwrite (read beforehand, untimed).
int runFwrite(const QString& csvPath, const QString& outPath)
{
    QFile csv(csvPath);
    if (!csv.open(QIODevice::ReadOnly))
        return 1;
    const QByteArray bytes = csv.readAll();
    std::vector<qsizetype> lineEnds;
    for (qsizetype at = bytes.indexOf("\r\n"); at >= 0; at = bytes.indexOf("\r\n", at + 2))
        lineEnds.push_back(at + 2);
    QElapsedTimer timer;
    timer.start();
    FILE* out = std::fopen(QFile::encodeName(outPath).constData(), "wb");
    if (!out)
        return 1;
    qsizetype start = 0;
    for (const qsizetype end : lineEnds) {
        std::fwrite(bytes.constData() + start, 1, static_cast<size_t>(end - start), out);
        start = end;
    }
    if (std::fclose(out) != 0)
        return 1;
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    std::printf("%.3f %.3f %lld %lld\n", seconds, seconds, peakRssKiB(), static_cast<qint64>(bytes.size()));
    return 0;
}

struct Measurement {
    double seconds = 0;
    double writerSeconds = 0;
    qint64 peakKiB = 0;
    qint64 bytes = 0;
};

std::optional<Measurement> runChild(const QStringList& arguments)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), arguments);
    if (!child.waitForFinished(-1) || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0)
        return std::nullopt;
    const QList<QByteArray> fields = child.readAllStandardOutput().trimmed().split(' ');
    if (fields.size() != 4)
        return std::nullopt;
    return Measurement{fields[0].toDouble(), fields[1].toDouble(), fields[2].toLongLong(), fields[3].toLongLong()};
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");  // the PDF writer needs fonts, not a display
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("rows"), QStringLiteral("Row counts, comma-separated."), QStringLiteral("list"),
                      QStringLiteral("100000,1000000")});
    parser.addOption({QStringLiteral("formats"), QStringLiteral("Formats, comma-separated."), QStringLiteral("list"),
                      QStringLiteral("csv,pdf,xlsx")});
    parser.addOption({QStringLiteral("dir"), QStringLiteral("Where the files go (default: a temporary folder)."),
                      QStringLiteral("dir")});
    parser.addOption({QStringLiteral("child"), QStringLiteral("Internal: run one measurement."), QStringLiteral("args")});
    parser.process(app);

    if (parser.isSet(QStringLiteral("child"))) {
        const QStringList args = parser.value(QStringLiteral("child")).split(u',');
        if (args.value(0) == u"fwrite")
            return runFwrite(args.value(1), args.value(2));
        const auto format = exportFormatFromSuffix(args.value(0));
        return format ? runExport(*format, args.value(1).toLongLong(), args.value(2)) : 2;
    }

    QTemporaryDir temporary;
    const QString dir = parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) : temporary.path();
    QDir().mkpath(dir);
    QTextStream out(stdout);
    out << "| rows | format | total, s | writer, s | writer rows/s | peak RSS, MiB | file, MiB | plain fwrite, s | "
           "writer speed / fwrite speed |\n"
        << "|---:|---|---:|---:|---:|---:|---:|---:|---:|\n";
    for (const QString& rowText : parser.value(QStringLiteral("rows")).split(u',')) {
        const qint64 rows = rowText.toLongLong();
        for (const QString& format : parser.value(QStringLiteral("formats")).split(u',')) {
            const QString path = dir + QStringLiteral("/bench-%1.%2").arg(rows).arg(format);
            const auto result = runChild({QStringLiteral("--child"), QStringList{format, rowText, path}.join(u',')});
            if (!result) {
                out << "| " << rows << " | " << format << " | failed | | | | | | |\n";
                continue;
            }
            out << "| " << rows << " | " << format << " | " << QString::number(result->seconds, 'f', 2) << " | "
                << QString::number(result->writerSeconds, 'f', 2) << " | "
                << QString::number(static_cast<double>(rows) / result->writerSeconds, 'f', 0) << " | "
                << QString::number(static_cast<double>(result->peakKiB) / 1024.0, 'f', 1) << " | "
                << QString::number(static_cast<double>(result->bytes) / 1048576.0, 'f', 1) << " | ";
            if (format == u"csv") {
                const auto plain = runChild({QStringLiteral("--child"),
                                             QStringList{QStringLiteral("fwrite"), path, path + QStringLiteral(".fwrite")}
                                                 .join(u',')});
                QFile::remove(path + QStringLiteral(".fwrite"));
                if (plain) {
                    out << QString::number(plain->seconds, 'f', 2) << " | "
                        << QString::number(plain->seconds / result->writerSeconds, 'f', 2) << " |\n";
                } else {
                    out << "failed | |\n";
                }
            } else {
                out << " | |\n";
            }
            out.flush();
            if (!parser.isSet(QStringLiteral("dir")))
                QFile::remove(path);
        }
    }
    return 0;
}
