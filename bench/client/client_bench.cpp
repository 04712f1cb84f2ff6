// SPDX-License-Identifier: GPL-3.0-or-later
// Start-up figures of the real `cabinet` client against the real cabinet-server with a project of
// --rows history entries ("Busy Call Center" of --seed demo --seed-busy N), read from the client's
// opt-in trace (CABINET_TRACE_STARTUP=1, ui/StartupTrace.h), next to the server's own time for the
// same first history page measured in the same run. Prints figures and PASS/MISS per target of the
// product brief; it never fails on timing, only when a milestone was not reached (exit 1).
//
//   client_bench [--rows 1000000] [--runs 5] [--loaded-rows 50000] [--xvfb] [--cache-dir DIR]
//                [--client PATH] [--server PATH]
#include <httplib.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace {

const QString BusyEmail = QStringLiteral("busy@demo.unitalk");
const QString BusyPassword = QStringLiteral("demo-busy");
const QString BusyProject = QStringLiteral("Busy Call Center");
constexpr int HistoryPageRows = 200; // TransactionsModel::DefaultPageSize: what the client asks for

// Targets of the product brief.
constexpr double FirstRowsTargetMs = 200;
constexpr double RssTargetMb = 150;
constexpr double ColdStartTargetMs = 1000;

struct Options
{
    int rows = 1000000;
    int runs = 5;
    int loadedRows = 50000;
    bool xvfb = false;
    QString cacheDir = QStringLiteral(CLIENT_BENCH_CACHE_DIR);
    QString client = QStringLiteral(CABINET_CLIENT_BINARY);
    QString server = QStringLiteral(CABINET_SERVER_BINARY);
};

double monotonicMs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return static_cast<double>(now.tv_sec) * 1000.0 + static_cast<double>(now.tv_nsec) / 1e6;
}

// One "trace: NAME key=value ..." line of the client.
struct Milestone
{
    double monoMs = 0;
    double rssMb = 0;
    double hwmMb = 0;
    int rows = -1;
};

// What one run of the client reached; the times are from the moment the bench started it.
struct ClientRun
{
    std::map<std::string, Milestone> milestones;
    double spawnMonoMs = 0;
    double serverPageMs = 0;
    QString error;

    std::optional<double> at(const char *name) const
    {
        const auto it = milestones.find(name);
        return it == milestones.end() ? std::nullopt : std::optional<double>(it->second.monoMs - spawnMonoMs);
    }
    std::optional<Milestone> milestone(const char *name) const
    {
        const auto it = milestones.find(name);
        return it == milestones.end() ? std::nullopt : std::optional<Milestone>(it->second);
    }
    // The target "shows its first rows in under 0.2 s": from opening Balance to the painted rows.
    std::optional<double> firstRowsMs() const
    {
        const auto page = at("balance-page-shown");
        const auto rows = at("history-first-rows");
        return page && rows ? std::optional<double>(*rows - *page) : std::nullopt;
    }
};

std::optional<double> median(std::vector<std::optional<double>> values)
{
    std::vector<double> present;
    for (const auto &value : values) {
        if (value)
            present.push_back(*value);
    }
    if (present.empty())
        return std::nullopt;
    std::sort(present.begin(), present.end());
    const size_t middle = present.size() / 2;
    return present.size() % 2 ? present[middle] : (present[middle - 1] + present[middle]) / 2;
}

std::string cell(const std::optional<double> &value, int decimals = 0)
{
    if (!value)
        return "-";
    char text[32];
    std::snprintf(text, sizeof text, "%.*f", decimals, *value);
    return text;
}

// cabinet-server on a free port; stopped (SIGTERM, a clean WAL checkpoint) when destroyed.
class Server
{
public:
    ~Server() { stop(); }

    // `seed`: a new database gets the demo; the server refuses --seed on one that has data.
    bool start(const Options &options, const QString &database, bool seed, double *secondsToListen)
    {
        m_process.setProgram(options.server);
        QStringList arguments{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--db"),
                              QStringLiteral("sqlite:") + database};
        if (seed)
            arguments << QStringLiteral("--seed") << QStringLiteral("demo") << QStringLiteral("--seed-busy")
                      << QString::number(options.rows);
        m_process.setArguments(arguments);
        m_process.setStandardErrorFile(database + QStringLiteral(".server.log"));
        const double started = monotonicMs();
        m_process.start();
        // Seeding a million rows takes about half a minute on a quiet machine: allow plenty.
        if (!m_process.waitForStarted() || !m_process.waitForReadyRead(900000))
            return false;
        const QByteArray line = m_process.readLine().trimmed(); // "listening on http://127.0.0.1:NNNN"
        m_port = line.mid(line.lastIndexOf(':') + 1).toInt();
        *secondsToListen = (monotonicMs() - started) / 1000.0;
        return line.startsWith("listening on http://") && m_port > 0;
    }
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(60000))
            m_process.kill();
        m_process.waitForFinished();
    }
    int port() const { return m_port; }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }

private:
    QProcess m_process;
    int m_port = 0;
};

// The seeded database is kept in the build folder, so only the first run pays for seeding.
// Seeding goes to a ".partial" file renamed at the end: an interrupted seed is never reused.
QString seededDatabase(const Options &options)
{
    QDir().mkpath(options.cacheDir);
    const QString path = QDir(options.cacheDir).filePath(QStringLiteral("busy-%1.db").arg(options.rows));
    if (QFile::exists(path)) {
        std::printf("seeded database: reusing %s\n", qPrintable(path));
        return path;
    }
    const QString partial = path + QStringLiteral(".partial");
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(partial + suffix);
    double seconds = 0;
    {
        Server seeding;
        if (!seeding.start(options, partial, true, &seconds)) {
            std::fprintf(stderr, "client_bench: the server did not seed %s (see %s.server.log)\n", qPrintable(partial),
                         qPrintable(partial));
            return {};
        }
    } // stopped: SQLite checkpoints the WAL into the file
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(partial + suffix))
            QFile::rename(partial + suffix, path + suffix);
    }
    std::printf("seeded database: --seed demo --seed-busy %d took %.1f s (start to \"listening\"), kept as %s\n",
                options.rows, seconds, qPrintable(path));
    return path;
}

struct Http
{
    std::string token;
    QString projectId;
    double loginMs = 0;
    double meMs = 0;
};

QJsonObject jsonBody(const httplib::Result &result)
{
    return result && result->status == 200 ? QJsonDocument::fromJson(QByteArray::fromStdString(result->body)).object()
                                            : QJsonObject();
}

// Signs in as the busy project's owner over plain HTTP and finds the project's id.
std::optional<Http> signIn(int port)
{
    Http http;
    httplib::Client client("127.0.0.1", port);
    double started = monotonicMs();
    const QJsonObject login = jsonBody(client.Post(
        "/api/v1/auth/login",
        QJsonDocument(QJsonObject{{QStringLiteral("email"), BusyEmail}, {QStringLiteral("password"), BusyPassword}})
            .toJson(QJsonDocument::Compact)
            .toStdString(),
        "application/json"));
    http.loginMs = monotonicMs() - started;
    http.token = login.value(QStringLiteral("token")).toString().toStdString();
    started = monotonicMs();
    const QJsonObject me = jsonBody(client.Get("/api/v1/me", {{"Authorization", "Bearer " + http.token}}));
    http.meMs = monotonicMs() - started;
    for (const QJsonValue &project : me.value(QStringLiteral("projects")).toArray()) {
        if (project[QStringLiteral("name")].toString() == BusyProject)
            http.projectId = project[QStringLiteral("id")].toVariant().toString(); // a JSON number
    }
    if (http.token.empty() || http.projectId.isEmpty())
        return std::nullopt;
    return http;
}

// The server's own time for the client's first request of the history: a new connection, as the
// client's first request is, and the same page size.
double serverFirstPageMs(int port, const Http &http)
{
    httplib::Client client("127.0.0.1", port);
    const std::string path = "/api/v1/projects/" + http.projectId.toStdString()
                             + "/transactions?limit=" + std::to_string(HistoryPageRows);
    const double started = monotonicMs();
    const auto result = client.Get(path, {{"Authorization", "Bearer " + http.token}});
    const double elapsed = monotonicMs() - started;
    return result && result->status == 200 ? elapsed : -1;
}

// A first start: no settings, an empty offline cache (the worst case: it syncs 31 days of history).
ClientRun runClient(const Options &options, const QString &serverUrl, const QString &projectId)
{
    ClientRun run;
    QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *variable : {"XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"})
        environment.insert(QString::fromLatin1(variable), home.path());
    // No D-Bus session: the token is not written into the keyring of whoever runs the bench, and
    // an unreachable bus fails at once (no autolaunch under Xvfb).
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                       QStringLiteral("unix:path=") + home.filePath(QStringLiteral("no-bus")));
    environment.insert(QStringLiteral("CABINET_TRACE_STARTUP"), QStringLiteral("1"));
    environment.insert(QStringLiteral("CABINET_TRACE_QUIT"), QStringLiteral("1"));
    environment.insert(QStringLiteral("CABINET_TRACE_HISTORY_ROWS"), QString::number(options.loadedRows));
    if (!options.xvfb)
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    else
        environment.remove(QStringLiteral("QT_QPA_PLATFORM"));

    const QStringList clientArguments{QStringLiteral("--server"),   serverUrl,    QStringLiteral("--email"),
                                      BusyEmail,                    QStringLiteral("--password"), BusyPassword,
                                      QStringLiteral("--project"),  projectId,    QStringLiteral("--page"),
                                      QStringLiteral("balance")};
    QProcess client;
    client.setProcessEnvironment(environment);
    client.setProcessChannelMode(QProcess::SeparateChannels);
    if (options.xvfb) {
        client.setProgram(QStringLiteral("xvfb-run"));
        client.setArguments(QStringList{QStringLiteral("-a"), QStringLiteral("-s"),
                                        QStringLiteral("-screen 0 1280x800x24"), options.client}
                            + clientArguments);
    } else {
        client.setProgram(options.client);
        client.setArguments(clientArguments);
    }
    run.spawnMonoMs = monotonicMs();
    client.start();
    if (!client.waitForFinished(300000)) {
        client.kill();
        client.waitForFinished();
        run.error = QStringLiteral("the client did not finish within 300 s");
    }
    const QList<QByteArray> lines = client.readAllStandardError().split('\n');
    for (const QByteArray &line : lines) {
        if (!line.startsWith("trace: "))
            continue;
        const QList<QByteArray> words = line.mid(7).split(' ');
        Milestone milestone;
        for (const QByteArray &word : words.mid(1)) {
            const QByteArray key = word.left(word.indexOf('='));
            const QByteArray value = word.mid(word.indexOf('=') + 1);
            if (key == "mono_ms")
                milestone.monoMs = value.toDouble();
            else if (key == "rss_kb")
                milestone.rssMb = value.toDouble() / 1024.0;
            else if (key == "hwm_kb")
                milestone.hwmMb = value.toDouble() / 1024.0;
            else if (key == "rows")
                milestone.rows = value.toInt();
        }
        run.milestones[words.constFirst().toStdString()] = milestone;
    }
    if (run.error.isEmpty() && client.exitCode() != 0)
        run.error = QStringLiteral("the client exited with %1").arg(client.exitCode());
    if (!run.error.isEmpty()) {
        for (const QByteArray &line : lines) {
            if (!line.startsWith("trace: ") && !line.isEmpty())
                std::fprintf(stderr, "  client: %s\n", line.constData());
        }
    }
    return run;
}

// A start without --email restores the remembered session from the keyring. On a session bus whose
// Secret Service never answers (its D-Bus activation hangs), how long until the client stops
// waiting for it? QtKeychain alone waits for D-Bus activation's 25 s timeout.
std::optional<double> restoreWithSilentKeyringMs(const Options &options, const QString &serverUrl)
{
    if (QStandardPaths::findExecutable(QStringLiteral("dbus-run-session")).isEmpty())
        return std::nullopt;
    QTemporaryDir dir;
    const QDir root(dir.path());
    root.mkpath(QStringLiteral("services"));
    QFile service(root.filePath(QStringLiteral("services/org.freedesktop.secrets.service")));
    QFile config(root.filePath(QStringLiteral("bus.conf")));
    if (!service.open(QIODevice::WriteOnly) || !config.open(QIODevice::WriteOnly))
        return std::nullopt;
    // The "keyring" is activated but never takes its name; it ends by itself after 30 s.
    service.write("[D-BUS Service]\nName=org.freedesktop.secrets\nExec=/bin/sleep 30\n");
    config.write(QStringLiteral("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\" "
                                "\"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n<busconfig>"
                                "<type>session</type><listen>unix:tmpdir=%1</listen><servicedir>%2</servicedir>"
                                "<policy context=\"default\"><allow send_destination=\"*\"/><allow own=\"*\"/></policy>"
                                "</busconfig>\n")
                     .arg(dir.path(), root.filePath(QStringLiteral("services")))
                     .toUtf8());
    service.close();
    config.close();

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *variable : {"XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"})
        environment.insert(QString::fromLatin1(variable), dir.path());
    environment.insert(QStringLiteral("CABINET_TRACE_STARTUP"), QStringLiteral("1"));
    environment.insert(QStringLiteral("CABINET_TRACE_QUIT"), QStringLiteral("restore"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess client;
    client.setProcessEnvironment(environment);
    client.start(QStringLiteral("dbus-run-session"),
                 {QStringLiteral("--config-file=") + config.fileName(), QStringLiteral("--"), options.client,
                  QStringLiteral("--server"), serverUrl});
    if (!client.waitForFinished(60000)) {
        client.kill();
        client.waitForFinished();
    }
    for (const QByteArray &line : client.readAllStandardError().split('\n')) {
        if (line.startsWith("trace: restore-finished ")) {
            const qsizetype at = line.indexOf(" ms=") + 4;
            return line.mid(at, line.indexOf(' ', at) - at).toDouble();
        }
    }
    return std::nullopt;
}

void printTarget(const char *what, const std::optional<double> &value, const char *unit, double target)
{
    const char *verdict = !value ? "MISS (not reached)" : (*value < target ? "PASS" : "MISS");
    std::printf("  %-46s %8s %-3s  target < %5.0f %-3s  %s\n", what, cell(value).c_str(), unit, target, unit, verdict);
}

bool parse(int argc, char **argv, Options *options)
{
    for (int i = 1; i < argc; ++i) {
        const bool hasValue = i + 1 < argc;
        if (!std::strcmp(argv[i], "--xvfb"))
            options->xvfb = true;
        else if (hasValue && !std::strcmp(argv[i], "--rows"))
            options->rows = std::max(1, std::atoi(argv[++i]));
        else if (hasValue && !std::strcmp(argv[i], "--runs"))
            options->runs = std::max(1, std::atoi(argv[++i]));
        else if (hasValue && !std::strcmp(argv[i], "--loaded-rows"))
            options->loadedRows = std::max(0, std::atoi(argv[++i]));
        else if (hasValue && !std::strcmp(argv[i], "--cache-dir"))
            options->cacheDir = QString::fromLocal8Bit(argv[++i]);
        else if (hasValue && !std::strcmp(argv[i], "--client"))
            options->client = QString::fromLocal8Bit(argv[++i]);
        else if (hasValue && !std::strcmp(argv[i], "--server"))
            options->server = QString::fromLocal8Bit(argv[++i]);
        else
            return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    Options options;
    if (!parse(argc, argv, &options)) {
        std::fprintf(stderr, "usage: client_bench [--rows N] [--runs N] [--loaded-rows N] [--xvfb] [--cache-dir DIR] "
                             "[--client PATH] [--server PATH]\n");
        return 2;
    }
    if (options.xvfb && QStandardPaths::findExecutable(QStringLiteral("xvfb-run")).isEmpty()) {
        std::fprintf(stderr, "client_bench: --xvfb needs xvfb-run (package xvfb)\n");
        return 2;
    }
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    std::printf("client_bench: %d-entry project \"%s\", %d runs (first starts: no settings, empty offline cache), "
                "QPA %s, then %d rows loaded by scrolling\n",
                options.rows, qPrintable(BusyProject), options.runs,
                options.xvfb ? "xcb on Xvfb (xvfb-run)" : "offscreen", options.loadedRows);
    const QString database = seededDatabase(options);
    if (database.isEmpty())
        return 1;
    Server server;
    double serverStartSeconds = 0;
    if (!server.start(options, database, false, &serverStartSeconds)) {
        std::fprintf(stderr, "client_bench: cannot start %s\n", qPrintable(options.server));
        return 1;
    }
    const std::optional<Http> http = signIn(server.port());
    if (!http) {
        std::fprintf(stderr, "client_bench: cannot sign in as %s\n", qPrintable(BusyEmail));
        return 1;
    }
    std::printf("server: started in %.1f s; POST /auth/login %.0f ms (argon2id), GET /me %.1f ms\n", serverStartSeconds,
                http->loginMs, http->meMs);

    std::printf("\n%-6s %8s %9s %9s %11s %10s %9s %11s %9s %11s %9s\n", "run", "window", "signed-in", "balances",
                "page->rows", "rows@start", "hwm@rows", "server-page", "rows", "rows-load", "rss@rows");
    std::printf("%-6s %8s %9s %9s %11s %10s %9s %11s %9s %11s %9s\n", "", "ms", "ms", "ms", "ms", "ms", "MB", "ms",
                "loaded", "s", "MB");
    std::vector<ClientRun> runs;
    bool allReached = true;
    for (int i = 0; i < options.runs; ++i) {
        // The server's answer to the same first page, measured right before the client asks for it.
        const double serverPageMs = serverFirstPageMs(server.port(), *http);
        ClientRun run = runClient(options, server.url(), http->projectId);
        run.serverPageMs = serverPageMs;
        const auto firstRows = run.milestone("history-first-rows");
        const auto loaded = run.milestone("history-rows");
        const auto startOfLoad = run.at("history-first-rows");
        const auto endOfLoad = run.at("history-rows");
        std::printf("%-6d %8s %9s %9s %11s %10s %9s %11s %9s %11s %9s\n", i + 1, cell(run.at("window-shown")).c_str(),
                    cell(run.at("signed-in")).c_str(), cell(run.at("balances-painted")).c_str(),
                    cell(run.firstRowsMs()).c_str(), cell(startOfLoad).c_str(),
                    cell(firstRows ? std::optional<double>(firstRows->hwmMb) : std::nullopt, 1).c_str(),
                    cell(serverPageMs, 1).c_str(), loaded ? std::to_string(loaded->rows).c_str() : "-",
                    cell(startOfLoad && endOfLoad ? std::optional<double>((*endOfLoad - *startOfLoad) / 1000.0)
                                                  : std::nullopt,
                         1)
                        .c_str(),
                    cell(loaded ? std::optional<double>(loaded->rssMb) : std::nullopt, 1).c_str());
        const char *required[] = {"window-shown", "signed-in", "balance-page-shown", "balances-painted",
                                  "history-first-rows"};
        for (const char *name : required) {
            if (!run.at(name)) {
                allReached = false;
                std::printf("       milestone %s not reached\n", name);
            }
        }
        if (options.loadedRows > 0 && !loaded) {
            allReached = false;
            std::printf("       milestone history-rows not reached\n");
        }
        if (!run.error.isEmpty()) {
            allReached = false;
            std::printf("       %s\n", qPrintable(run.error));
        }
        runs.push_back(std::move(run));
    }

    auto medianOf = [&](auto figure) {
        std::vector<std::optional<double>> values;
        for (const ClientRun &run : runs)
            values.push_back(figure(run));
        return median(values);
    };
    const auto coldStart = medianOf([](const ClientRun &r) { return r.at("balances-painted"); });
    const auto firstRows = medianOf([](const ClientRun &r) { return r.firstRowsMs(); });
    const auto peakAtFirstRows = medianOf([](const ClientRun &r) {
        const auto m = r.milestone("history-first-rows");
        return m ? std::optional<double>(m->hwmMb) : std::nullopt;
    });
    const auto rssLoaded = medianOf([](const ClientRun &r) {
        const auto m = r.milestone("history-rows");
        return m ? std::optional<double>(m->rssMb) : std::nullopt;
    });
    const auto peakLoaded = medianOf([](const ClientRun &r) {
        const auto m = r.milestone("history-rows");
        return m ? std::optional<double>(m->hwmMb) : std::nullopt;
    });
    const auto serverPage = medianOf([](const ClientRun &r) {
        return r.serverPageMs >= 0 ? std::optional<double>(r.serverPageMs) : std::nullopt;
    });
    std::printf("%-6s %8s %9s %9s %11s %10s %9s %11s\n", "median",
                cell(medianOf([](const ClientRun &r) { return r.at("window-shown"); })).c_str(),
                cell(medianOf([](const ClientRun &r) { return r.at("signed-in"); })).c_str(), cell(coldStart).c_str(),
                cell(firstRows).c_str(), cell(medianOf([](const ClientRun &r) { return r.at("history-first-rows"); })).c_str(),
                cell(peakAtFirstRows, 1).c_str(), cell(serverPage, 1).c_str());

    std::printf("\nside by side: the server answers the first history page (%d rows) in %s ms (median); the client "
                "shows it %s ms after opening Balance\n",
                HistoryPageRows, cell(serverPage, 1).c_str(), cell(firstRows).c_str());
    std::printf("targets (medians of %zu runs; times from starting the process):\n", runs.size());
    printTarget("first history rows, from opening Balance", firstRows, "ms", FirstRowsTargetMs);
    printTarget("peak RSS (VmHWM) when the first rows show", peakAtFirstRows, "MB", RssTargetMb);
    printTarget("cold start to balances painted", coldStart, "ms", ColdStartTargetMs);
    if (options.loadedRows > 0) {
        char what[80];
        std::snprintf(what, sizeof what, "RSS with %d rows loaded", options.loadedRows);
        printTarget(what, rssLoaded, "MB", RssTargetMb);
        std::snprintf(what, sizeof what, "peak RSS (VmHWM) with %d rows loaded", options.loadedRows);
        printTarget(what, peakLoaded, "MB", RssTargetMb);
    }
    const auto silentKeyring = restoreWithSilentKeyringMs(options, server.url());
    std::printf("start without --email, Secret Service that never answers: restore given up after %s ms "
                "(QtKeychain alone: about 25000 ms, the D-Bus activation timeout)\n",
                cell(silentKeyring).c_str());
    std::printf("%s\n", allReached ? "every milestone reached" : "SOME MILESTONES WERE NOT REACHED");
    return allReached ? 0 : 1;
}
