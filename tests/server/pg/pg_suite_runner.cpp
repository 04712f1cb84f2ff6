// SPDX-License-Identifier: GPL-3.0-or-later
// Runs a server suite (tst_main_bonus, tst_credit, ...) against a real PostgreSQL instead of
// SQLite: starts a PostgreSQL of its own (PgInstance), creates databases suite_1..suite_N and
// sets CABINET_TEST_DATABASE_TEMPLATE, so every ServerProcess of the suite gets a fresh
// PostgreSQL database. The suite's exit code is the runner's.
//
//   cabinet-pg-suite-runner /path/to/tst_credit [Qt Test arguments...]
#include "PgInstance.h"

#include <QCoreApplication>
#include <QProcess>

#include <cstdio>

namespace {

// More ServerProcess instances than any suite starts; one more fails clearly ("database
// suite_N does not exist", exit code 2 from the server).
constexpr int kDatabases = 12;

} // namespace

int main(int argc, char **argv)
{
    const QCoreApplication application(argc, argv);
    QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.isEmpty()) {
        std::fputs("usage: cabinet-pg-suite-runner SUITE [arguments...]\n", stderr);
        return 2;
    }
    PgInstance postgres;
    if (!postgres.start()) {
        std::fprintf(stderr, "cabinet-pg-suite-runner: cannot start PostgreSQL: %s\n", qPrintable(postgres.errorString()));
        return 1;
    }
    for (int i = 1; i <= kDatabases; ++i) {
        if (!postgres.createDatabase(QStringLiteral("suite_%1").arg(i))) {
            std::fprintf(stderr, "cabinet-pg-suite-runner: %s\n", qPrintable(postgres.errorString()));
            return 1;
        }
    }
    QProcess suite;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("CABINET_TEST_DATABASE_TEMPLATE"), postgres.url(QStringLiteral("suite_%1")));
    suite.setProcessEnvironment(environment);
    suite.setProcessChannelMode(QProcess::ForwardedChannels);
    suite.setProgram(arguments.takeFirst());
    suite.setArguments(arguments);
    suite.start();
    if (!suite.waitForStarted(30000) || !suite.waitForFinished(-1)) {
        std::fprintf(stderr, "cabinet-pg-suite-runner: %s: %s\n", qPrintable(suite.program()),
                     qPrintable(suite.errorString()));
        return 1;
    }
    return suite.exitStatus() == QProcess::NormalExit ? suite.exitCode() : 1;
}
