// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// A real PostgreSQL server of the test's own: initdb into a temporary folder owned by the
// `postgres` user, started on a free loopback port with its unix socket in that folder, with a
// login role `app` (password `app`). Stopped and removed when destroyed.
// Needs root (initdb and postgres run as `postgres` through runuser) and the PostgreSQL server
// binaries (scripts/install-deps.sh installs `postgresql`); start() says clearly what is missing,
// and the suites FAIL then: a PostgreSQL suite that skips would hide a broken backend.
class PgInstance
{
public:
    static inline const QString Role = QStringLiteral("app");
    static inline const QString Password = QStringLiteral("app");

    PgInstance();
    ~PgInstance();
    PgInstance(const PgInstance &) = delete;
    PgInstance &operator=(const PgInstance &) = delete;

    bool start();
    void stop();
    QString errorString() const { return m_error; }

    // Creates an empty database owned by `app`; false (see errorString) on failure.
    bool createDatabase(const QString &name);
    // postgresql://app:app@127.0.0.1:PORT/name, the value for cabinet-server --db.
    QString url(const QString &database) const;
    // Runs SQL as the superuser in `database` and returns psql's unaligned, tuples-only output
    // (one row per line, columns separated by '|'); a null string on failure (see errorString).
    QString psql(const QString &database, const QString &sql);
    int port() const { return m_port; }

private:
    bool runAsPostgres(const QString &program, const QStringList &arguments, QString *output = nullptr,
                       int timeoutMs = 120000);
    QString binary(const QString &name) const;

    QTemporaryDir m_dir;
    QString m_binDir;
    int m_port = 0;
    bool m_running = false;
    QString m_error;
};
