// SPDX-License-Identifier: GPL-3.0-or-later
// Charges per second through cabinet-server (HTTP, keep-alive, N connections, distinct
// Idempotency-Keys) next to raw SQLite doing a charge's least work (debit, revenue credit, two
// entries, idempotency row: the same as the PostgreSQL baseline bench/pgbench/charge.sql) with one
// transaction per charge (WAL, synchronous=FULL). Group commit should let the server match or beat the raw rate:
// it pays one fsync per batch instead of one per charge.
//
//   cabinet-bench-charges [--connections 16] [--seconds 10] [--server-binary PATH] [--db URL]
//                         [--servers N] [--projects P]
//
// --servers N starts N servers on the same --db (PostgreSQL) and spreads the connections over
// them round robin; --projects P charges P projects (connection c charges project c mod P), so
// the servers meet on shared rows only where real customers would.
//
// With --seed-rows N it measures the demo seed instead: the time from start to "listening" of
// `cabinet-server --seed demo --seed-busy N` on an empty database, and the server's CPU time.
#include <httplib.h>
#include <sqlite3.h>

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string>
#include <thread>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

struct Options
{
    int connections = 16;
    int seconds = 10;
    std::string serverBinary = CABINET_SERVER_BINARY;
    std::string database; // --db for the server; empty: a temporary SQLite file
    long long seedRows = -1; // >= 0: measure --seed demo --seed-busy seedRows instead
    int servers = 1;
    int projects = 1;
};

struct Rate
{
    long long operations = 0;
    double seconds = 0;
    double perSecond() const { return seconds > 0 ? double(operations) / seconds : 0; }
};

std::string jsonString(const std::string &body, const std::string &field)
{
    const std::string key = "\"" + field + "\":";
    const size_t at = body.find(key);
    if (at == std::string::npos)
        return {};
    size_t start = at + key.size();
    if (body[start] == '"') {
        ++start;
        return body.substr(start, body.find('"', start) - start);
    }
    return body.substr(start, body.find_first_of(",}", start) - start);
}

double percentile(std::vector<double> &values, double fraction)
{
    if (values.empty())
        return 0;
    const size_t index = std::min(values.size() - 1, size_t(fraction * double(values.size())));
    std::nth_element(values.begin(), values.begin() + std::ptrdiff_t(index), values.end());
    return values[index];
}

// Raw SQLite: the same least work as bench/pgbench/charge.sql, the PostgreSQL baseline (issue 10:
// debit, revenue credit, two entries and an idempotency row), by hand with prepared statements and
// one transaction per charge. Both engines are measured against the same definition of a charge.
Rate rawSqliteRate(const QString &path, int seconds)
{
    sqlite3 *db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;"
                     "CREATE TABLE accounts (id INTEGER PRIMARY KEY, balance INTEGER NOT NULL);"
                     "CREATE TABLE entries (id INTEGER PRIMARY KEY, account_id INTEGER NOT NULL, amount INTEGER NOT NULL);"
                     "CREATE TABLE idempotency (key TEXT PRIMARY KEY, body TEXT NOT NULL);"
                     "INSERT INTO accounts VALUES (1, 1000000000000), (2, 0);",
                 nullptr, nullptr, nullptr);
    const char *const steps[] = {
        "BEGIN IMMEDIATE",
        "UPDATE accounts SET balance = balance - 100 WHERE id = 1 AND balance >= 100",
        "UPDATE accounts SET balance = balance + 100 WHERE id = 2",
        "INSERT INTO entries (account_id, amount) VALUES (1, -100)",
        "INSERT INTO entries (account_id, amount) VALUES (2, 100)",
        "INSERT INTO idempotency (key, body) VALUES (?1, '{\"status\":201}')",
        "COMMIT",
    };
    constexpr size_t keyStep = 5;
    std::vector<sqlite3_stmt *> statements;
    for (const char *sql : steps) {
        sqlite3_stmt *statement = nullptr;
        sqlite3_prepare_v2(db, sql, -1, &statement, nullptr);
        statements.push_back(statement);
    }
    Rate rate;
    const auto start = Clock::now();
    const auto end = start + std::chrono::seconds(seconds);
    while (Clock::now() < end) {
        const std::string key = "raw-" + std::to_string(rate.operations);
        sqlite3_bind_text(statements[keyStep], 1, key.c_str(), int(key.size()), SQLITE_STATIC);
        for (sqlite3_stmt *statement : statements) {
            sqlite3_step(statement);
            sqlite3_reset(statement);
        }
        ++rate.operations;
    }
    rate.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    for (sqlite3_stmt *statement : statements)
        sqlite3_finalize(statement);
    sqlite3_close(db);
    return rate;
}

double cpuSeconds(const timeval &time)
{
    return double(time.tv_sec) + double(time.tv_usec) / 1e6;
}

// --seed-rows: how long the demo seed keeps the server from listening, and what it costs in CPU.
int measureSeed(const Options &options, const QString &database)
{
    QProcess server;
    server.setProgram(QString::fromStdString(options.serverBinary));
    server.setArguments({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--db"), database,
                         QStringLiteral("--seed"), QStringLiteral("demo"), QStringLiteral("--seed-busy"),
                         QString::number(options.seedRows)});
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const auto start = Clock::now();
    server.start();
    const bool listening = server.waitForStarted() && server.waitForReadyRead(600000)
        && server.readLine().startsWith("listening on");
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    server.terminate();
    server.waitForFinished(30000);
    if (!listening) {
        std::fprintf(stderr, "the seeded server did not start\n");
        return 1;
    }
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    std::printf("--seed demo --seed-busy %lld: listening after %.2f s; server CPU user %.2f s, sys %.2f s, "
                "peak RSS %ld MB\n",
                options.seedRows, seconds, cpuSeconds(usage.ru_utime), cpuSeconds(usage.ru_stime),
                usage.ru_maxrss / 1024);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    Options options;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--connections"))
            options.connections = std::max(1, std::atoi(argv[i + 1]));
        else if (!std::strcmp(argv[i], "--seconds"))
            options.seconds = std::max(1, std::atoi(argv[i + 1]));
        else if (!std::strcmp(argv[i], "--server-binary"))
            options.serverBinary = argv[i + 1];
        else if (!std::strcmp(argv[i], "--db")) // e.g. an empty PostgreSQL database (docs/readme/postgres.md)
            options.database = argv[i + 1];
        else if (!std::strcmp(argv[i], "--seed-rows"))
            options.seedRows = std::max(0LL, std::atoll(argv[i + 1]));
        else if (!std::strcmp(argv[i], "--servers"))
            options.servers = std::max(1, std::atoi(argv[i + 1]));
        else if (!std::strcmp(argv[i], "--projects"))
            options.projects = std::max(1, std::atoi(argv[i + 1]));
    }
    QTemporaryDir dir;
    if (options.seedRows >= 0)
        return measureSeed(options, options.database.empty() ? QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("seed.db"))
                                                             : QString::fromStdString(options.database));
    if (options.servers > 1 && options.database.empty()) {
        std::fprintf(stderr, "--servers needs --db postgresql://... (SQLite serves one process)\n");
        return 2;
    }
    const QString database = options.database.empty() ? QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("bench.db"))
                                                      : QString::fromStdString(options.database);
    // One after another: the first one creates the schema and the staff user.
    std::vector<std::unique_ptr<QProcess>> servers;
    std::vector<int> ports;
    for (int s = 0; s < options.servers; ++s) {
        auto &server = *servers.emplace_back(std::make_unique<QProcess>());
        server.setProgram(QString::fromStdString(options.serverBinary));
        server.setArguments({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--db"), database,
                             QStringLiteral("--bootstrap-staff"), QStringLiteral("bench@local:bench-pass")});
        server.setStandardErrorFile(dir.filePath(QStringLiteral("server%1.log").arg(s)));
        server.start();
        if (!server.waitForStarted() || !server.waitForReadyRead(30000)) {
            std::fprintf(stderr, "cannot start %s\n", options.serverBinary.c_str());
            return 1;
        }
        const std::string line = server.readLine().trimmed().toStdString(); // "listening on http://127.0.0.1:NNNN"
        ports.push_back(std::atoi(line.substr(line.rfind(':') + 1).c_str()));
    }

    httplib::Client setup("127.0.0.1", ports.front());
    const auto login = setup.Post("/api/v1/auth/login", R"({"email":"bench@local","password":"bench-pass"})",
                                  "application/json");
    const std::string token = login ? jsonString(login->body, "token") : std::string();
    const httplib::Headers auth{{"Authorization", "Bearer " + token}};
    std::vector<std::string> chargePaths;
    for (int p = 0; p < options.projects; ++p) {
        const std::string owner = "owner" + std::to_string(p) + "@bench";
        const auto project = setup.Post("/api/v1/staff/projects", auth,
                                        R"({"name":"Bench","owner":{"email":")" + owner
                                            + R"(","password":"owner-pass","name":"Owner"}})",
                                        "application/json");
        const std::string projectId = project ? jsonString(project->body, "id") : std::string();
        httplib::Headers fund = auth;
        fund.emplace("Idempotency-Key", "bench-funds-" + projectId);
        const auto funded = setup.Post(("/api/v1/staff/projects/" + projectId + "/adjustments").c_str(), fund,
                                       R"({"amount":1000000000000,"kind":"compensation","reason":"bench funds"})",
                                       "application/json");
        if (token.empty() || projectId.empty() || !funded || funded->status != 201) {
            std::fprintf(stderr, "setup failed\n");
            return 1;
        }
        chargePaths.push_back("/api/v1/staff/projects/" + projectId + "/charges");
    }

    std::atomic<long long> failures{0};
    std::vector<std::vector<double>> latencies(size_t(options.connections));
    std::vector<std::thread> workers;
    const auto start = Clock::now();
    const auto end = start + std::chrono::seconds(options.seconds);
    for (int c = 0; c < options.connections; ++c) {
        workers.emplace_back([&, c] {
            httplib::Client client("127.0.0.1", ports[size_t(c) % ports.size()]);
            const std::string &path = chargePaths[size_t(c) % chargePaths.size()];
            client.set_keep_alive(true);
            client.set_tcp_nodelay(true);
            for (long long n = 0; Clock::now() < end; ++n) {
                httplib::Headers headers = auth;
                headers.emplace("Idempotency-Key", "c" + std::to_string(c) + "-" + std::to_string(n));
                const auto sent = Clock::now();
                const auto reply = client.Post(path.c_str(), headers, R"({"category":"api_call","amount":100})",
                                               "application/json");
                latencies[size_t(c)].push_back(std::chrono::duration<double, std::milli>(Clock::now() - sent).count());
                if (!reply || reply->status != 201) {
                    if (failures++ == 0) // the first one says why
                        std::fprintf(stderr, "first failure after %.0f ms: %s\n", latencies[size_t(c)].back(),
                                     reply ? (std::to_string(reply->status) + " " + reply->body).c_str()
                                           : httplib::to_string(reply.error()).c_str());
                }
            }
        });
    }
    for (std::thread &worker : workers)
        worker.join();
    Rate http;
    http.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    std::vector<double> all;
    for (const auto &list : latencies)
        all.insert(all.end(), list.begin(), list.end());
    http.operations = static_cast<long long>(all.size()) - failures.load();
    for (auto &server : servers)
        server->terminate();
    for (auto &server : servers)
        server->waitForFinished(10000);

    std::printf("HTTP charges (group commit): %.0f charges/s over %d connections, %lld ok, %lld failed, "
                "p50 %.2f ms, p99 %.2f ms (%d server(s), %d project(s))\n",
                http.perSecond(), options.connections, http.operations, failures.load(), percentile(all, 0.50),
                percentile(all, 0.99), options.servers, options.projects);
    // On PostgreSQL the comparison is bench/pg-charges.sh's pgbench transaction, run beside it.
    if (options.database.empty()) {
        const Rate raw = rawSqliteRate(dir.filePath(QStringLiteral("raw.db")), options.seconds);
        std::printf("raw SQLite, hand-written charge, one transaction each (WAL, synchronous=FULL): %.0f charges/s\n", raw.perSecond());
        std::printf("ratio HTTP / raw SQLite: %.2f\n", raw.perSecond() > 0 ? http.perSecond() / raw.perSecond() : 0.0);
    }
    return failures.load() == 0 ? 0 : 1;
}
