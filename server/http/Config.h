// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace http {

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
    std::string paymentSecret;  // --payment-secret or CABINET_PAYMENT_SECRET; empty: callbacks refused
    int referralRateBp = 1000;  // R19 [choice]
    std::string tlsCertificate;
    std::string tlsKey;
};

struct ParsedCommandLine
{
    std::optional<Config> config; // nothing: exit with `exitCode` after printing `message`
    int exitCode = 0;
    std::string message;
    std::vector<std::string> warnings; // for stderr, e.g. a secret given on the command line
};

ParsedCommandLine parseCommandLine(int argc, char **argv);

} // namespace http
