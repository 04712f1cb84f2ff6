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

#include <httplib.h>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <memory>
#include <thread>

namespace {

constexpr size_t kWorkerThreads = 128; // one per open connection (httplib): keep-alive clients hold one each
constexpr size_t kMaxBodyBytes = 1024 * 1024;
constexpr time_t kTimeoutSeconds = 30;

void configure(httplib::Server &server)
{
    server.new_task_queue = [] { return new httplib::ThreadPool(kWorkerThreads); };
    server.set_tcp_nodelay(true);
    server.set_keep_alive_max_count(10000);
    server.set_keep_alive_timeout(kTimeoutSeconds);
    server.set_read_timeout(kTimeoutSeconds, 0);
    server.set_write_timeout(kTimeoutSeconds, 0);
    server.set_payload_max_length(kMaxBodyBytes);
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

    const bool tls = !config.tlsCertificate.empty();
    std::unique_ptr<httplib::Server> server;
    if (tls) {
        auto secure = std::make_unique<httplib::SSLServer>(config.tlsCertificate.c_str(), config.tlsKey.c_str());
        if (!secure->is_valid()) {
            std::fputs("cabinet-server: cannot load the TLS certificate or key\n", stderr);
            return 1;
        }
        server = std::move(secure);
    } else {
        server = std::make_unique<httplib::Server>();
    }
    configure(*server);
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
    http::Api api(*server, http::Services{clock, app, app.creditExpiry});
    http::registerHealthAuthRoutes(api);
    http::registerProjectRoutes(api);
    http::registerTopUpRoutes(api);
    http::registerStaffRoutes(api);
    http::registerCreditRoutes(api);
    http::registerReferralRoutes(api);
    http::registerTestClockRoutes(api);
    http::registerStatsRoutes(api);
    http::registerReferralTargetRoutes(api);

    int port = config.listenPort;
    if (port == 0)
        port = server->bind_to_any_port(config.listenHost);
    else if (!server->bind_to_port(config.listenHost, port))
        port = -1;
    if (port < 0) {
        std::fprintf(stderr, "cabinet-server: cannot listen on %s:%d\n", config.listenHost.c_str(), config.listenPort);
        return 1;
    }
    std::printf("listening on %s://%s:%d\n", tls ? "https" : "http", config.listenHost.c_str(), port);
    std::fflush(stdout);

    std::thread listener([&server] { server->listen_after_bind(); });
    int signal = 0;
    sigwait(&stopSet, &signal);
    std::fprintf(stderr, "cabinet-server: stopping (signal %d)\n", signal);
    server->stop();
    // Requests already inside a handler finish (their commits included) before the store stops.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
    while (api.activeRequests() > 0 && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    creditExpiry.stop();
    housekeeping.stop();
    store->stop();
    std::fflush(stderr);
    // Idle keep-alive connections would hold httplib's workers for up to their 30 s timeout;
    // everything durable is committed, so leave without waiting for them.
    std::_Exit(0);
}
