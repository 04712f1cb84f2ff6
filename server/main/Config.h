// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace cabinet {

// The server's command line (API.md "Server command line"). Secrets (the bootstrap password, the
// payment secret, the PostgreSQL password) may come from a file or the environment, so they never
// show in `ps`; given as arguments they still work, with a warning.
struct Config
{
    std::string command;        // "" serves; "verify" checks the ledger (R22) and exits
    std::string listenHost = "127.0.0.1";
    int listenPort = 8080;
    std::string databaseUrl;
    std::string databasePassword; // --db-password-file; handed to libpq as PGPASSWORD
    std::string seed;           // "" or "demo"
    std::int64_t seedBusy = 100000;
    bool fakeClock = false;
    std::string bootstrapStaffEmail;
    std::string bootstrapStaffPassword;
    // The platform's credential (issue 11); its password from CABINET_BOOTSTRAP_PLATFORM_PASSWORD
    // or the first line of --bootstrap-platform-file, never the command line (ps shows it).
    std::string bootstrapPlatformEmail;
    std::string bootstrapPlatformPassword;
    std::string paymentSecret;  // --payment-secret or CABINET_PAYMENT_SECRET; empty: callbacks refused
    int referralRateBp = 1000;  // R19 [choice]
    std::int64_t idempotencyRetentionDays = 30; // R23 records older than this are purged (issue 11)
    std::string tlsCertificate;
    std::string tlsKey;
    // R35: the front's connection caps (the other bounds are fixed, docs/readme/frontdoor.md).
    std::size_t maxConnections = 4096;
    std::size_t maxConnectionsPerAddress = 256;
    // R31, R35: long polls of the event feed waiting at once (each holds a connection, no thread).
    std::size_t maxWaitingPolls = 1000;
};

struct ParsedCommandLine
{
    std::optional<Config> config; // nothing: exit with `exitCode` after printing `message`
    int exitCode = 0;
    std::string message;
    std::vector<std::string> warnings; // for stderr, e.g. a secret given on the command line
};

ParsedCommandLine parseCommandLine(int argc, char **argv);

} // namespace cabinet
