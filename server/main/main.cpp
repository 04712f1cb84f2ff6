// SPDX-License-Identifier: GPL-3.0-or-later
// cabinet-server: the REST backend of the finance cabinet (API.md).
#include "Api.h"
#include "Clock.h"
#include "Config.h"
#include "CreditExpiryTimer.h"
#include "Crypto.h"
#include "DomainError.h"
#include "HousekeepingTimer.h"
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

} // namespace

int main(int argc, char **argv)
{
    const cabinet::ParsedCommandLine parsed = cabinet::parseCommandLine(argc, argv);
    if (!parsed.config) {
        std::fputs(parsed.message.c_str(), parsed.exitCode == 0 ? stdout : stderr);
        return parsed.exitCode;
    }
    const cabinet::Config &config = *parsed.config;
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
    store::Clock clock(config.fakeClock);
    application::UseCases app(*store, clock,
                              application::Settings{config.referralRateBp, config.paymentSecret,
                                                    config.idempotencyRetentionDays});
    try {
        if (!config.bootstrapStaffEmail.empty())
            app.members.bootstrapStaff(config.bootstrapStaffEmail, config.bootstrapStaffPassword, clock.now());
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
    http::Api api(http::Services{clock, app, app.creditExpiry});
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
    // Requests already inside a handler finish (their commits included) before the store stops.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
    while (api.activeRequests() > 0 && std::chrono::steady_clock::now() < deadline)
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
