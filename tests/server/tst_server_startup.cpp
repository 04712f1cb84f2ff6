// SPDX-License-Identifier: GPL-3.0-or-later
// cabinet-server's start-up as an operator meets it (issue 11, item 5): secrets from a file or the
// environment so `ps` never shows them (warned when given as arguments), the bootstrap staff e-mail
// normalised as login normalises it, --seed demo refused on a database with data, loud warnings for
// the demo data and the fake clock, and referral codes from a CSPRNG (R19) that a fork never repeats.
#include "ApiTestClient.h"
#include "ProjectOps.h"

#include <QDeadlineTimer>
#include <QMessageAuthenticationCode>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/wait.h>
#include <unistd.h>

namespace {

const QString kStaffEmail = QStringLiteral("boss@example.com");
const QString kStaffPassword = QStringLiteral("boss-pass-123");
const QByteArray kPaymentSecret = "file-payment-secret";

// One run of the real binary with the test's own arguments and environment (no inherited secrets).
class ServerRun
{
public:
    ServerRun(const QStringList &arguments, const QMap<QString, QString> &environment)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("CABINET_PAYMENT_SECRET"));
        env.remove(QStringLiteral("CABINET_BOOTSTRAP_STAFF"));
        for (auto it = environment.begin(); it != environment.end(); ++it)
            env.insert(it.key(), it.value());
        m_process.setProcessEnvironment(env);
        m_process.start(QStringLiteral(CABINET_SERVER_BINARY), arguments);
        m_process.waitForStarted();
    }
    ~ServerRun()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            m_process.waitForFinished(10000);
        }
    }
    ServerRun(const ServerRun &) = delete;
    ServerRun &operator=(const ServerRun &) = delete;

    // The base URL once it listens; empty if it exited first.
    QUrl waitListening()
    {
        const QDeadlineTimer deadline(120000);
        while (!m_process.canReadLine() && m_process.state() == QProcess::Running && !deadline.hasExpired())
            m_process.waitForReadyRead(500);
        const QByteArray line = m_process.readLine().trimmed();
        const QByteArray prefix = "listening on ";
        return line.startsWith(prefix) ? QUrl(QString::fromUtf8(line.mid(prefix.size()))) : QUrl();
    }
    // Waits for a run that ends by itself; its exit code (-1 if it had to be killed).
    int waitExit()
    {
        if (m_process.state() != QProcess::NotRunning && !m_process.waitForFinished(120000)) {
            m_process.kill();
            m_process.waitForFinished();
            return -1;
        }
        return m_process.exitCode();
    }
    void stop()
    {
        m_process.terminate();
        m_process.waitForFinished(10000);
    }
    QString errors() { return m_stderr += QString::fromUtf8(m_process.readAllStandardError()); }
    QString output() { return QString::fromUtf8(m_process.readAllStandardOutput()); }

private:
    QProcess m_process;
    QString m_stderr;
};

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return file.fileName();
}

} // namespace

class TstServerStartup : public QObject
{
    Q_OBJECT

private slots:
    void secrets_fromFileEnvironmentOrArgument_data();
    void secrets_fromFileEnvironmentOrArgument();
    void secrets_unreadableFileIsRefused();
    void bootstrapStaffEmailIsNormalisedLikeLogin();
    void seedDemo_refusedOnANonEmptyDatabase();
    void demoDataAndFakeClockAreWarnedLoudly_data();
    void demoDataAndFakeClockAreWarnedLoudly();
    void r19_referralCodesAreNotRepeatedAcrossFork();

private:
    QStringList baseArguments(const QTemporaryDir &dir) const
    {
        return {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--db"),
                QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("ledger.db"))};
    }
};

void TstServerStartup::secrets_fromFileEnvironmentOrArgument_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<bool>("warned");
    QTest::newRow("files") << QStringLiteral("file") << false;
    QTest::newRow("environment") << QStringLiteral("environment") << false;
    QTest::newRow("arguments (ps shows them)") << QStringLiteral("argument") << true;
}

// The staff login works and a callback signed with the secret passes the signature check (401
// without the secret), whichever way the secrets came in; only arguments draw the warning.
void TstServerStartup::secrets_fromFileEnvironmentOrArgument()
{
    QFETCH(QString, how);
    QFETCH(bool, warned);
    QTemporaryDir dir;
    const QByteArray staff = (kStaffEmail + QLatin1Char(':') + kStaffPassword).toUtf8();
    QStringList arguments = baseArguments(dir);
    QMap<QString, QString> environment;
    if (how == QLatin1String("file")) {
        arguments << QStringLiteral("--bootstrap-staff-file") << writeFile(dir, QStringLiteral("staff"), staff + '\n')
                  << QStringLiteral("--payment-secret-file")
                  << writeFile(dir, QStringLiteral("secret"), kPaymentSecret + '\n');
    } else if (how == QLatin1String("environment")) {
        environment.insert(QStringLiteral("CABINET_BOOTSTRAP_STAFF"), QString::fromUtf8(staff));
        environment.insert(QStringLiteral("CABINET_PAYMENT_SECRET"), QString::fromUtf8(kPaymentSecret));
    } else {
        arguments << QStringLiteral("--bootstrap-staff") << QString::fromUtf8(staff) << QStringLiteral("--payment-secret")
                  << QString::fromUtf8(kPaymentSecret);
    }
    ServerRun server(arguments, environment);
    const QUrl base = server.waitListening();
    QVERIFY2(base.isValid(), qPrintable(server.errors()));
    ApiTestClient api(base);
    QVERIFY2(!api.login(kStaffEmail, kStaffPassword).isEmpty(), qPrintable(api.lastError()));

    const QByteArray body = R"({"topup_id": 999999, "status": "paid"})";
    const QByteArray signature =
        QMessageAuthenticationCode::hash(body, kPaymentSecret, QCryptographicHash::Sha256).toHex();
    const ApiTestClient::Reply callback = api.postRaw(QStringLiteral("/api/v1/payments/callback"), body, {}, {},
                                                      {{"X-Signature", signature}});
    QVERIFY2(callback.status != 401 && callback.status != 0, qPrintable(callback.describe()));
    server.stop();
    QCOMPARE(server.errors().contains(QLatin1String("visible to every user")), warned);
}

void TstServerStartup::secrets_unreadableFileIsRefused()
{
    QTemporaryDir dir;
    for (const QString &option : {QStringLiteral("--bootstrap-staff-file"), QStringLiteral("--payment-secret-file"),
                                  QStringLiteral("--db-password-file")}) {
        ServerRun server(baseArguments(dir) << option << dir.filePath(QStringLiteral("missing")), {});
        QCOMPARE(server.waitExit(), 2);
        QVERIFY2(server.errors().contains(option), qPrintable(server.errors()));
    }
}

// Login trims and lower-cases the e-mail; the bootstrap staff user is stored the same way, so
// "  Boss@Example.COM " can sign in as boss@example.com.
void TstServerStartup::bootstrapStaffEmailIsNormalisedLikeLogin()
{
    QTemporaryDir dir;
    ServerRun server(baseArguments(dir),
                     {{QStringLiteral("CABINET_BOOTSTRAP_STAFF"), QStringLiteral("  Boss@Example.COM :") + kStaffPassword}});
    const QUrl base = server.waitListening();
    QVERIFY2(base.isValid(), qPrintable(server.errors()));
    ApiTestClient api(base);
    const ApiTestClient::Reply login = api.loginReply(kStaffEmail, kStaffPassword);
    QCOMPARE(login.status, 200);
    QCOMPARE(login.object().value(QLatin1String("user")).toObject().value(QLatin1String("email")).toString(), kStaffEmail);
}

void TstServerStartup::seedDemo_refusedOnANonEmptyDatabase()
{
    QTemporaryDir dir;
    const QStringList seeded = baseArguments(dir) << QStringLiteral("--seed") << QStringLiteral("demo")
                                                  << QStringLiteral("--seed-busy") << QStringLiteral("20");
    {
        ServerRun first(seeded, {});
        QVERIFY2(first.waitListening().isValid(), qPrintable(first.errors()));
    }
    ServerRun second(seeded, {});
    QVERIFY(!second.waitListening().isValid());
    QCOMPARE(second.waitExit(), 1);
    QVERIFY2(second.errors().contains(QLatin1String("--seed demo refused: the database is not empty")),
             qPrintable(second.errors()));
}

void TstServerStartup::demoDataAndFakeClockAreWarnedLoudly_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("warning");
    QTest::newRow("demo") << QStringList{QStringLiteral("--seed"), QStringLiteral("demo"), QStringLiteral("--seed-busy"),
                                         QStringLiteral("20")}
                          << QStringLiteral("WARNING: --seed demo");
    QTest::newRow("fake clock") << QStringList{QStringLiteral("--fake-clock")} << QStringLiteral("WARNING: --fake-clock");
    QTest::newRow("neither") << QStringList{} << QString();
}

void TstServerStartup::demoDataAndFakeClockAreWarnedLoudly()
{
    QFETCH(QStringList, options);
    QFETCH(QString, warning);
    QTemporaryDir dir;
    ServerRun server(baseArguments(dir) << options, {});
    QVERIFY2(server.waitListening().isValid(), qPrintable(server.errors()));
    server.stop();
    if (warning.isEmpty())
        QVERIFY2(!server.errors().contains(QLatin1String("WARNING")), qPrintable(server.errors()));
    else
        QVERIFY2(server.errors().contains(warning), qPrintable(server.errors()));
}

// A generator with state in the process (mt19937_64) hands a forked child the parent's next codes;
// the kernel's CSPRNG does not. Two codes alike by chance: 1 in 31^8.
void TstServerStartup::r19_referralCodesAreNotRepeatedAcrossFork()
{
    QCOMPARE(store::projects::randomReferralCode().size(), size_t(8)); // the generator is under way
    int channel[2];
    QCOMPARE(pipe(channel), 0);
    const pid_t child = fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        const std::string code = store::projects::randomReferralCode();
        const ssize_t written = write(channel[1], code.data(), code.size());
        _exit(written == static_cast<ssize_t>(code.size()) ? 0 : 1);
    }
    close(channel[1]);
    const std::string parentCode = store::projects::randomReferralCode();
    char buffer[16] = {};
    const ssize_t got = read(channel[0], buffer, sizeof buffer);
    close(channel[0]);
    int status = 0;
    waitpid(child, &status, 0);
    QCOMPARE(got, ssize_t(8));
    const std::string childCode(buffer, 8);
    QVERIFY2(childCode != parentCode, (childCode + " == " + parentCode).c_str());
}

QTEST_GUILESS_MAIN(TstServerStartup)
#include "tst_server_startup.moc"
