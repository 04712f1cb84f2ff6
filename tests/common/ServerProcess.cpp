// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerProcess.h"

#include <QDeadlineTimer>
#include <QFile>

#include <atomic>

ServerProcess::ServerProcess()
    : ServerProcess(Options{})
{
}

ServerProcess::ServerProcess(Options options)
    : m_options(std::move(options))
{
    // CABINET_TEST_DATABASE_TEMPLATE (e.g. postgresql://app:app@127.0.0.1:5432/suite_%1, set by
    // tests/server/pg/pg-suite-runner) gives every server of the process a database of its own, numbered 1, 2, ...
    static std::atomic<int> instances{0};
    const QString databaseTemplate = qEnvironmentVariable("CABINET_TEST_DATABASE_TEMPLATE");
    if (m_options.database.isEmpty() && !databaseTemplate.isEmpty())
        m_options.database = databaseTemplate.arg(++instances);
    m_process.setProgram(QStringLiteral(CABINET_SERVER_BINARY));
    // stderr goes to a file so a chatty server never blocks on a full pipe.
    m_process.setStandardErrorFile(m_dir.filePath(QStringLiteral("server.log")));
}

ServerProcess::~ServerProcess()
{
    stop();
}

QString ServerProcess::databasePath() const
{
    return m_dir.filePath(QStringLiteral("ledger.db"));
}

QString ServerProcess::standardError() const
{
    QFile log(m_dir.filePath(QStringLiteral("server.log")));
    return log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString();
}

QUrl ServerProcess::url(const QString &path) const
{
    QUrl u = m_baseUrl;
    const qsizetype query = path.indexOf(QLatin1Char('?'));
    u.setPath(query < 0 ? path : path.left(query));
    if (query >= 0)
        u.setQuery(path.mid(query + 1));
    return u;
}

bool ServerProcess::start(int timeoutMs)
{
    const bool samePort = m_options.keepPortOnRestart && m_baseUrl.isValid();
    QStringList args{QStringLiteral("--listen"),
                     QStringLiteral("127.0.0.1:%1").arg(samePort ? m_baseUrl.port() : 0),
                     QStringLiteral("--db"),
                     m_options.database.isEmpty() ? QStringLiteral("sqlite:") + databasePath()
                                                  : m_options.database};
    // The secrets travel as users are told to pass them: through the environment, never argv (ps).
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("CABINET_BOOTSTRAP_STAFF"), StaffEmail + QLatin1Char(':') + StaffPassword);
    environment.insert(QStringLiteral("CABINET_PAYMENT_SECRET"), PaymentSecret);
    m_process.setProcessEnvironment(environment);
    if (m_options.fakeClock)
        args << QStringLiteral("--fake-clock");
    // Seeded once: the server refuses --seed on a database that already has data (a restart).
    if (!m_options.seed.isEmpty() && !m_baseUrl.isValid())
        args << QStringLiteral("--seed") << m_options.seed;
    args << m_options.extraArguments;
    m_process.setArguments(args);
    m_process.start();
    if (!m_process.waitForStarted(timeoutMs)) {
        m_error = m_process.errorString();
        return false;
    }
    const QDeadlineTimer deadline(timeoutMs);
    QByteArray line;
    while (!deadline.hasExpired()) {
        if (m_process.canReadLine()) {
            line = m_process.readLine().trimmed();
            break;
        }
        if (m_process.state() != QProcess::Running)
            break;
        m_process.waitForReadyRead(int(qMin<qint64>(deadline.remainingTime(), 500)));
    }
    const QByteArray prefix = "listening on ";
    if (!line.startsWith(prefix)) {
        m_error = QStringLiteral("server did not report its address; first line: '%1'; log:\n%2")
                      .arg(QString::fromUtf8(line), standardError());
        stop();
        return false;
    }
    m_baseUrl = QUrl(QString::fromUtf8(line.mid(prefix.size())));
    return m_baseUrl.isValid();
}

void ServerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool ServerProcess::restart(int timeoutMs)
{
    stop();
    return start(timeoutMs);
}
