// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

// Starts the real cabinet-server binary on a free loopback port (--listen 127.0.0.1:0)
// with a temporary SQLite file, and stops it when destroyed. Every test that needs a
// server uses this: tests talk HTTP to the same program users run.
class ServerProcess
{
public:
    static inline const QString StaffEmail = QStringLiteral("staff@test.local");
    static inline const QString StaffPassword = QStringLiteral("staff-pass-123");
    static inline const QString PaymentSecret = QStringLiteral("test-payment-secret");

    struct Options
    {
        bool fakeClock = true;
        QString seed;               // "demo" for --seed demo; empty for an empty ledger
        QStringList extraArguments; // e.g. {"--referral-rate-bp", "500"}
        // --db value; empty means a temporary SQLite file. Tests that run against PostgreSQL
        // pass the URL of the instance they started (tests/server/pg).
        QString database;
        // restart() listens on the port of the first start again (a client that keeps its server
        // address sees the same server come back); the first port is still a free one.
        bool keepPortOnRestart = false;
    };

    ServerProcess();
    explicit ServerProcess(Options options);
    ~ServerProcess();

    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;

    // Starts the server and waits (up to timeoutMs) for its "listening on" line.
    bool start(int timeoutMs = 60000);
    void stop();
    // Stops and starts again on the same database file (new port unless keepPortOnRestart).
    bool restart(int timeoutMs = 60000);

    QUrl baseUrl() const { return m_baseUrl; }
    QUrl url(const QString &path) const; // baseUrl + path, e.g. "/api/v1/health"
    QString databasePath() const;
    QString standardError() const;
    QString errorString() const { return m_error; }
    qint64 processId() const { return m_process.processId(); }

private:
    Options m_options;
    QTemporaryDir m_dir;
    QProcess m_process;
    QUrl m_baseUrl;
    QString m_error;
};
