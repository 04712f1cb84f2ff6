// SPDX-License-Identifier: GPL-3.0-or-later
// cabinet-server: the REST backend of the finance cabinet (API.md).
#include "Api.h"
#include "Clock.h"
#include "Config.h"
#include "CreditExpiryTimer.h"
#include "Crypto.h"
#include "DomainError.h"
#include "HousekeepingTimer.h"
#include "Json.h"
#include "LedgerCheck.h"
#include "Routes.h"
#include "Seed.h"
#include "Store.h"
#include "UseCases.h"

#include "front/HttpFront.h"

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <thread>

namespace {

// Descriptors kept back from the connection cap for the database, logs and accept() itself.
constexpr rlim_t kReservedDescriptors = 64;

// The front's bounds (R35). The connection cap never exceeds what the process may open: the soft
// descriptor limit is raised to the hard one, and the cap stays below it.
http::front::Limits frontLimits(const cabinet::Config &config)
{
    http::front::Limits limits;
    rlimit files{};
    if (getrlimit(RLIMIT_NOFILE, &files) == 0) {
        if (files.rlim_cur < files.rlim_max) {
            files.rlim_cur = files.rlim_max;
            setrlimit(RLIMIT_NOFILE, &files);
            getrlimit(RLIMIT_NOFILE, &files);
        }
        if (files.rlim_cur != RLIM_INFINITY && files.rlim_cur > kReservedDescriptors)
            limits.maxConnections = std::min<size_t>(config.maxConnections, files.rlim_cur - kReservedDescriptors);
        else
            limits.maxConnections = config.maxConnections;
    }
    limits.maxConnectionsPerAddress = config.maxConnectionsPerAddress;
    limits.ioThreads = std::clamp(std::thread::hardware_concurrency(), 1U, 4U);
    return limits;
}

// SIGTERM/SIGINT are blocked in every thread and taken by one watcher, so handlers never run
// inside a signal context.
sigset_t stopSignals()
{
    sigset_t stopSet;
    sigemptyset(&stopSet);
    sigaddset(&stopSet, SIGTERM);
    sigaddset(&stopSet, SIGINT);
    return stopSet;
}

// `cabinet-server verify`: the ledger's invariants (R22), every breach on stdout; 1 on any breach.
int verifyLedger(store::Store &store)
{
    const store::LedgerCheck check = store.read([](store::Tx &tx) { return store::checkLedger(tx); });
    std::printf("checked %lld postings, %lld entries, %lld accounts: every posting sums to 0, all entries sum to 0"
                " (sum %lld), every cached balance equals the sum of its entries, every reference resolves\n",
                static_cast<long long>(check.postings), static_cast<long long>(check.entries),
                static_cast<long long>(check.accounts), static_cast<long long>(check.globalSum));
    for (const std::string &breach : check.breaches)
        std::printf("BREACH: %s\n", breach.c_str());
    std::printf("%s\n", check.ok() ? "ledger OK" : "ledger BROKEN");
    return check.ok() ? 0 : 1;
}

// Demo logins and a movable clock have no place on a real server: say so loudly, every start.
void warnAboutTestFeatures(const cabinet::Config &config)
{
    if (config.seed == "demo")
        std::fputs("cabinet-server: WARNING: --seed demo: this database holds DEMO users with PUBLISHED passwords;"
                   " never expose it to real customers\n", stderr);
    if (config.fakeClock)
        std::fputs("cabinet-server: WARNING: --fake-clock: staff can move this server's time (POST /api/v1/test/clock);"
                   " for tests only, never in production\n", stderr);
}

} // namespace

int main(int argc, char **argv)
{
    const cabinet::ParsedCommandLine parsed = cabinet::parseCommandLine(argc, argv);
    for (const std::string &warning : parsed.warnings)
        std::fprintf(stderr, "%s\n", warning.c_str());
    if (!parsed.config) {
        std::fputs(parsed.message.c_str(), parsed.exitCode == 0 ? stdout : stderr);
        return parsed.exitCode;
    }
    const cabinet::Config &config = *parsed.config;
    warnAboutTestFeatures(config);
    // libpq takes the password from PGPASSWORD when the URL has none; set here (single-threaded
    // still), it lives in this process's memory only, never in its argv or initial environment.
    if (!config.databasePassword.empty())
        setenv("PGPASSWORD", config.databasePassword.c_str(), 1);
    if (!application::crypto::initialise()) {
        std::fputs("cabinet-server: libsodium failed to start\n", stderr);
        return 1;
    }
    const sigset_t stopSet = stopSignals();
    pthread_sigmask(SIG_BLOCK, &stopSet, nullptr);

    std::unique_ptr<store::Store> store;
    try {
        store = store::openStore(config.databaseUrl);
    } catch (const store::UnsupportedDatabase &error) {
        std::fprintf(stderr, "cabinet-server: %s\n", error.what());
        return 2;
    } catch (const std::exception &error) {
        std::fprintf(stderr, "cabinet-server: %s\n", error.what());
        return 1;
    }
    if (config.command == "verify") {
        const int status = verifyLedger(*store);
        store->stop();
        return status;
    }
    store::Clock clock(config.fakeClock);
    application::UseCases app(*store, clock,
                              application::Settings{config.referralRateBp, config.paymentSecret,
                                                    config.idempotencyRetentionDays});
    try {
        if (!config.bootstrapStaffEmail.empty())
            app.members.bootstrapStaff(http::normalizedEmail(config.bootstrapStaffEmail), config.bootstrapStaffPassword,
                                       clock.now());
        if (!config.bootstrapPlatformEmail.empty())
            app.members.bootstrapPlatform(http::normalizedEmail(config.bootstrapPlatformEmail),
                                          config.bootstrapPlatformPassword, clock.now());
        if (config.seed == "demo")
            cabinet::seedDemo(*store, clock, config);
    } catch (const std::exception &error) {
        std::fprintf(stderr, "cabinet-server: cannot prepare the database: %s\n", error.what());
        return 1;
    }

    // R17: expiries that fell due while the server was down are written before it listens.
    cabinet::CreditExpiryTimer creditExpiry(app.creditExpiry, clock);
    cabinet::HousekeepingTimer housekeeping(app.housekeeping, clock);
    app.creditExpiry.onRescheduled([&creditExpiry] { creditExpiry.wake(); });
    app.testClock.onMoved([&app, &creditExpiry, &housekeeping] {
        app.creditExpiry.refreshFromDatabase();
        app.creditExpiry.catchUp();
        creditExpiry.wake();
        housekeeping.runNow();
    });
    try {
        creditExpiry.start();
        housekeeping.start();
    } catch (const std::exception &error) {
        std::fprintf(stderr, "cabinet-server: cannot expire due credits: %s\n", error.what());
        return 1;
    }
    http::LaneLimits lanes;
    lanes.waitingPolls = config.maxWaitingPolls;
    http::Api api(http::Services{clock, app, app.creditExpiry}, lanes);
    http::registerHealthAuthRoutes(api);
    http::registerProjectRoutes(api);
    http::registerTopUpRoutes(api);
    http::registerStaffRoutes(api);
    http::registerCreditRoutes(api);
    http::registerReferralRoutes(api);
    http::registerTestClockRoutes(api);
    http::registerStatsRoutes(api);
    http::registerReferralTargetRoutes(api);
    http::registerTeamRoutes(api);
    http::registerAutoTopUpRoutes(api);
    http::registerEventRoutes(api);

    http::front::HttpFront front(frontLimits(config),
                                 [&api](http::Request &&request, http::front::Responder responder) {
                                     api.handle(std::move(request), std::move(responder));
                                 });
    const bool tls = !config.tlsCertificate.empty();
    if (tls && !front.enableTls(config.tlsCertificate, config.tlsKey)) {
        std::fputs("cabinet-server: cannot load the TLS certificate or key\n", stderr);
        return 1;
    }
    const int port = front.listen(config.listenHost, config.listenPort);
    if (port < 0) {
        std::fprintf(stderr, "cabinet-server: cannot listen on %s:%d\n", config.listenHost.c_str(), config.listenPort);
        return 1;
    }
    front.start();
    std::printf("listening on %s://%s:%d\n", tls ? "https" : "http", config.listenHost.c_str(), port);
    std::fflush(stdout);

    int signal = 0;
    sigwait(&stopSet, &signal);
    std::fprintf(stderr, "cabinet-server: stopping (signal %d)\n", signal);
    front.stopAccepting();
    // R31: the waiting long polls get what there is now, while the front can still write it (a
    // poll that outlived the front would lose its connection without an answer).
    api.stopEventWaiters();
    // Requests already inside a handler finish (their commits included) before the store stops,
    // and every answer has gone to its socket before the front stops.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
    while ((api.activeRequests() > 0 || front.unansweredRequests() > 0) && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    front.stop();
    api.stop();
    creditExpiry.stop();
    housekeeping.stop();
    store->stop();
    std::fflush(stderr);
    // Everything durable is committed; leave without running destructors of objects other
    // threads may still reference.
    std::_Exit(0);
}
