// SPDX-License-Identifier: GPL-3.0-or-later
#include "PgInstance.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QTcpServer>

#include <algorithm>

#include <pwd.h>
#include <unistd.h>

namespace {

const QString kPostgresUser = QStringLiteral("postgres");

// The newest installed server, e.g. /usr/lib/postgresql/15/bin (Debian keeps it off PATH).
QString findServerBinaries()
{
    const QDir root(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(),
              [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &version : versions) {
        const QString bin = root.filePath(version + QStringLiteral("/bin"));
        if (QFileInfo(bin + QStringLiteral("/initdb")).isExecutable()
            && QFileInfo(bin + QStringLiteral("/pg_ctl")).isExecutable())
            return bin;
    }
    return {};
}

int freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

QString quoted(const QString &identifierOrLiteral, QChar quote)
{
    QString text = identifierOrLiteral;
    text.replace(quote, QString(quote) + quote);
    return quote + text + quote;
}

} // namespace

PgInstance::PgInstance()
    : m_dir(QDir::tempPath() + QStringLiteral("/cabinet-pg-XXXXXX"))
{
}

PgInstance::~PgInstance()
{
    stop();
}

QString PgInstance::binary(const QString &name) const
{
    return m_binDir + QLatin1Char('/') + name;
}

bool PgInstance::runAsPostgres(const QString &program, const QStringList &arguments, QString *output,
                               int timeoutMs)
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path()); // the postgres user may not enter the test's own folder
    process.setProgram(QStringLiteral("runuser"));
    process.setArguments(QStringList{QStringLiteral("-u"), kPostgresUser, QStringLiteral("--"), program} + arguments);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        m_error = QStringLiteral("%1 did not finish within %2 ms").arg(program).arg(timeoutMs);
        return false;
    }
    const QString text = QString::fromUtf8(process.readAll());
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_error = QStringLiteral("%1 %2 failed (exit %3): %4")
                      .arg(program, arguments.join(QLatin1Char(' ')))
                      .arg(process.exitCode())
                      .arg(text);
        return false;
    }
    if (output)
        *output = text;
    return true;
}

bool PgInstance::start()
{
    if (::geteuid() != 0) {
        m_error = QStringLiteral("the PostgreSQL suites must run as root: they start their own PostgreSQL server "
                                 "as the 'postgres' user through runuser (run ctest as root, as scripts/test.sh does in CI)");
        return false;
    }
    m_binDir = findServerBinaries();
    if (m_binDir.isEmpty()) {
        m_error = QStringLiteral("no PostgreSQL server binaries under /usr/lib/postgresql/*/bin "
                                 "(install the Debian package 'postgresql', see scripts/install-deps.sh)");
        return false;
    }
    const passwd *postgres = ::getpwnam("postgres");
    if (!postgres) {
        m_error = QStringLiteral("there is no 'postgres' user (install the Debian package 'postgresql')");
        return false;
    }
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary folder: ") + m_dir.errorString();
        return false;
    }
    if (::chown(QFile::encodeName(m_dir.path()).constData(), postgres->pw_uid, postgres->pw_gid) != 0) {
        m_error = QStringLiteral("cannot hand %1 to the postgres user").arg(m_dir.path());
        return false;
    }
    const QString data = m_dir.filePath(QStringLiteral("data"));
    if (!runAsPostgres(binary(QStringLiteral("initdb")),
                       {QStringLiteral("-D"), data, QStringLiteral("-U"), kPostgresUser, QStringLiteral("-E"),
                        QStringLiteral("UTF8"), QStringLiteral("--locale=C"), QStringLiteral("--auth-local=trust"),
                        QStringLiteral("--auth-host=scram-sha-256"), QStringLiteral("--no-sync")}))
        return false;
    // A port that was free a moment ago may be taken by the time the server binds: try a few.
    for (int attempt = 0; attempt < 5 && !m_running; ++attempt) {
        m_port = freeLoopbackPort();
        const QString options = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c max_connections=200")
                                    .arg(m_port)
                                    .arg(m_dir.path());
        m_running = runAsPostgres(binary(QStringLiteral("pg_ctl")),
                                  {QStringLiteral("-D"), data, QStringLiteral("-l"),
                                   m_dir.filePath(QStringLiteral("server.log")), QStringLiteral("-w"),
                                   QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("-o"), options,
                                   QStringLiteral("start")});
    }
    if (!m_running) {
        QFile log(m_dir.filePath(QStringLiteral("server.log")));
        if (log.open(QIODevice::ReadOnly))
            m_error += QStringLiteral("\nserver log:\n") + QString::fromUtf8(log.readAll());
        return false;
    }
    return !psql(QStringLiteral("postgres"), QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD %2")
                                                 .arg(quoted(Role, QLatin1Char('"')), quoted(Password, QLatin1Char('\''))))
                .isNull();
}

void PgInstance::stop()
{
    if (!m_running)
        return;
    m_running = false;
    runAsPostgres(binary(QStringLiteral("pg_ctl")),
                  {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-m"),
                   QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")});
}

bool PgInstance::createDatabase(const QString &name)
{
    return !psql(QStringLiteral("postgres"),
                 QStringLiteral("CREATE DATABASE %1 OWNER %2").arg(quoted(name, QLatin1Char('"')), quoted(Role, QLatin1Char('"'))))
                .isNull();
}

QString PgInstance::url(const QString &database) const
{
    return QStringLiteral("postgresql://%1:%2@127.0.0.1:%3/%4").arg(Role, Password).arg(m_port).arg(database);
}

QString PgInstance::psql(const QString &database, const QString &sql)
{
    QString output;
    if (!runAsPostgres(binary(QStringLiteral("psql")),
                       {QStringLiteral("-h"), m_dir.path(), QStringLiteral("-p"), QString::number(m_port),
                        QStringLiteral("-d"), database, QStringLiteral("-X"), QStringLiteral("-q"),
                        QStringLiteral("-A"), QStringLiteral("-t"), QStringLiteral("-v"),
                        QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-c"), sql},
                       &output))
        return {};
    return output.trimmed().isNull() ? QStringLiteral("") : output.trimmed();
}
