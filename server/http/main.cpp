// SPDX-License-Identifier: GPL-3.0-or-later
// cabinet-server: the REST backend of the finance cabinet (API.md).
#include "Api.h"
#include "Auth.h"
#include "Clock.h"
#include "Config.h"
#include "CreditExpiryTimer.h"
#include "Crypto.h"
#include "DomainError.h"
#include "LedgerCheck.h"
#include "Routes.h"
#include "Seed.h"
#include "Store.h"
#include "UserOps.h"

#include <httplib.h>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <thread>

namespace {

constexpr size_t kWorkerThreads = 128; // one per open connection (httplib): keep-alive clients hold one each
constexpr size_t kMaxBodyBytes = 1024 * 1024;
constexpr time_t kTimeoutSeconds = 30;

void bootstrapStaff(store::Store &store, const store::Clock &clock, const http::Config &config)
{
    if (config.bootstrapStaffEmail.empty())
        return;
    if (store.read([](store::Tx &tx) { return store::users::anyStaff(tx); }))
        return;
    const std::string hash = http::crypto::hashPassword(config.bootstrapStaffPassword);
    const std::string email = http::normalizedEmail(config.bootstrapStaffEmail); // as login will look it up
    store.write([&](store::Tx &tx) {
        if (!store::users::anyStaff(tx))
            store::users::create(tx, email, "Staff", hash, true, clock.now());
    });
}

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

// `cabinet-server verify`: the ledger's invariants (R22), every breach on stdout; 1 on any breach.
int verifyLedger(store::Store &store)
{
    const store::LedgerCheck check = store.read([](store::Tx &tx) { return store::checkLedger(tx); });
    std::printf("checked %lld postings, %lld entries, %lld accounts: every posting sums to 0, all entries sum to 0"
                " (sum %lld), every cached balance equals the sum of its entries\n",
                static_cast<long long>(check.postings), static_cast<long long>(check.entries),
                static_cast<long long>(check.accounts), static_cast<long long>(check.globalSum));
    for (const std::string &breach : check.breaches)
        std::printf("BREACH: %s\n", breach.c_str());
    std::printf("%s\n", check.ok() ? "ledger OK" : "ledger BROKEN");
    return check.ok() ? 0 : 1;
}

// Demo logins and a movable clock have no place on a real server: say so loudly, every start.
void warnAboutTestFeatures(const http::Config &config)
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
    const http::ParsedCommandLine parsed = http::parseCommandLine(argc, argv);
    for (const std::string &warning : parsed.warnings)
        std::fprintf(stderr, "%s\n", warning.c_str());
    if (!parsed.config) {
        std::fputs(parsed.message.c_str(), parsed.exitCode == 0 ? stdout : stderr);
        return parsed.exitCode;
    }
    const http::Config &config = *parsed.config;
    warnAboutTestFeatures(config);
    // libpq takes the password from PGPASSWORD when the URL has none; set here (single-threaded
    // still), it lives in this process's memory only, never in its argv or initial environment.
    if (!config.databasePassword.empty())
        setenv("PGPASSWORD", config.databasePassword.c_str(), 1);
    if (!http::crypto::initialise()) {
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
    try {
        bootstrapStaff(*store, clock, config);
        if (config.seed == "demo")
            http::seedDemo(*store, clock, config);
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
    http::Authenticator authenticator(*store, clock);
    // R17: expiries that fell due while the server was down are written before it listens.
    http::CreditExpiryTimer creditExpiry(*store, clock);
    try {
        creditExpiry.start();
    } catch (const std::exception &error) {
        std::fprintf(stderr, "cabinet-server: cannot expire due credits: %s\n", error.what());
        return 1;
    }
    http::Api api(*server, http::Services{*store, clock, config, authenticator, creditExpiry});
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
    store->stop();
    std::fflush(stderr);
    // Idle keep-alive connections would hold httplib's workers for up to their 30 s timeout;
    // everything durable is committed, so leave without waiting for them.
    std::_Exit(0);
}
