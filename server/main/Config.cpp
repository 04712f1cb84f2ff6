// SPDX-License-Identifier: GPL-3.0-or-later
#include "Config.h"

#include "PostgresConnection.h"

#include <charconv>
#include <cstdlib>
#include <fstream>
#include <span>
#include <string_view>

namespace cabinet {

namespace {

constexpr std::string_view kUsage =
    "Usage: cabinet-server --listen HOST:PORT --db sqlite:/path/file.db [options]\n"
    "       cabinet-server verify --db URL [--db-password-file FILE]\n"
    "\n"
    "  verify                      check the ledger (every posting and all entries sum to zero, every\n"
    "                              cached balance equals its entries); exit 1 on any breach\n"
    "  --listen HOST:PORT          address to listen on; port 0 picks a free port. The first line\n"
    "                              on stdout is 'listening on http(s)://HOST:PORT'\n"
    "  --db URL                    sqlite:/path/file.db, or postgresql://user:password@host:port/dbname\n"
    "                              (libpq URI; several servers may share one PostgreSQL database).\n"
    "                              Leave the password out: libpq reads PGPASSWORD or PGPASSFILE\n"
    "  --db-password-file FILE     the PostgreSQL password, read from FILE\n"
    "  --seed demo                 fill an empty database with demo projects, users and history\n"
    "  --seed-busy N               history entries of the demo's busy project (default 100000)\n"
    "  --fake-clock                enable POST /api/v1/test/clock (tests move time forward)\n"
    "  --bootstrap-staff-file FILE create the first staff user from EMAIL:PASSWORD in FILE (or the\n"
    "                              CABINET_BOOTSTRAP_STAFF variable); ignored if staff exist\n"
    "  --payment-secret-file FILE  HMAC key of payment callbacks, read from FILE (or the\n"
    "                              CABINET_PAYMENT_SECRET variable); without it every callback is refused\n"
    "  --bootstrap-staff EMAIL:PASSWORD, --payment-secret SECRET\n"
    "                              the same on the command line, where `ps` shows them (warned)\n"
    "  --bootstrap-platform EMAIL  create the telephony platform's user, which may only post charges;\n"
    "                              its password from CABINET_BOOTSTRAP_PLATFORM_PASSWORD or the file of\n"
    "  --bootstrap-platform-file FILE  (the file holds only the password)\n"
    "  --referral-rate-bp N        referral commission in basis points, 0..10000 (default 1000)\n"
    "  --idempotency-retention-days N  keep Idempotency-Key answers N days, 1..3650 (default 30);\n"
    "                              older ones and expired login tokens are purged hourly\n"
    "  --tls-cert FILE --tls-key FILE  serve HTTPS\n"
    "  --max-connections N         open connections in all (default 4096; 503 beyond)\n"
    "  --max-connections-per-address N  open connections per client address (default 256; 429 beyond)\n"
    "  --max-waiting-polls N       event-feed long polls waiting at once (default 1000; 503 beyond)\n"
    "  --help                      this text\n";

ParsedCommandLine failure(const std::string &message)
{
    return ParsedCommandLine{std::nullopt, 2, "cabinet-server: " + message + "\n\n" + std::string(kUsage), {}};
}

std::string visibleSecretWarning(std::string_view option, std::string_view instead)
{
    return "cabinet-server: warning: " + std::string(option) + " on the command line is visible to every user of"
        " this machine (ps, /proc); use " + std::string(instead) + " instead";
}

// The first line of a secret file, without its line end. Nothing when it cannot be read or is empty.
std::optional<std::string> readSecretFile(const std::string &path)
{
    std::ifstream file(path);
    std::string line;
    if (!file || !std::getline(file, line))
        return std::nullopt;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    if (line.empty())
        return std::nullopt;
    return line;
}

bool parseStaff(std::string_view value, Config &config)
{
    const size_t colon = value.find(':');
    if (colon == std::string::npos || colon == 0 || colon + 1 == value.size())
        return false;
    config.bootstrapStaffEmail = value.substr(0, colon);
    config.bootstrapStaffPassword = value.substr(colon + 1);
    return true;
}

template <typename Integer>
bool parseInteger(std::string_view text, Integer &value)
{
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    return error == std::errc() && end == text.data() + text.size();
}

} // namespace

ParsedCommandLine parseCommandLine(int argc, char **argv)
{
    Config config;
    std::vector<std::string> warnings;
    if (const char *secret = std::getenv("CABINET_PAYMENT_SECRET"))
        config.paymentSecret = secret;
    if (const char *staff = std::getenv("CABINET_BOOTSTRAP_STAFF"); staff && !parseStaff(staff, config))
        return failure("CABINET_BOOTSTRAP_STAFF expects EMAIL:PASSWORD");
    if (const char *password = std::getenv("CABINET_BOOTSTRAP_PLATFORM_PASSWORD"))
        config.bootstrapPlatformPassword = password;
    bool listenGiven = false;
    std::span<char *> arguments(argv + 1, static_cast<size_t>(argc > 0 ? argc - 1 : 0));
    if (!arguments.empty() && std::string_view(arguments.front()) == "verify") {
        config.command = "verify";
        arguments = arguments.subspan(1);
    }
    for (size_t i = 0; i < arguments.size(); ++i) {
        const std::string_view option = arguments[i];
        if (option == "--help" || option == "-h")
            return ParsedCommandLine{std::nullopt, 0, std::string(kUsage), {}};
        if (option == "--fake-clock") {
            config.fakeClock = true;
            continue;
        }
        if (i + 1 >= arguments.size())
            return failure("option " + std::string(option) + " needs a value");
        const std::string value = arguments[++i];
        if (option == "--listen") {
            const size_t colon = value.rfind(':');
            if (colon == std::string::npos || colon == 0 || !parseInteger(std::string_view(value).substr(colon + 1), config.listenPort)
                || config.listenPort < 0 || config.listenPort > 65535)
                return failure("--listen expects HOST:PORT, e.g. 127.0.0.1:0");
            config.listenHost = value.substr(0, colon);
            listenGiven = true;
        } else if (option == "--db") {
            config.databaseUrl = value;
            if (store::redactedDatabaseUrl(value) != value)
                warnings.push_back(visibleSecretWarning("a password in --db", "--db-password-file, PGPASSWORD or PGPASSFILE"));
        } else if (option == "--db-password-file") {
            const std::optional<std::string> password = readSecretFile(value);
            if (!password)
                return failure("--db-password-file: cannot read a password from " + value);
            config.databasePassword = *password;
        } else if (option == "--seed") {
            if (value != "demo")
                return failure("--seed knows only 'demo'");
            config.seed = value;
        } else if (option == "--seed-busy") {
            if (!parseInteger(value, config.seedBusy) || config.seedBusy < 0)
                return failure("--seed-busy expects a count >= 0");
        } else if (option == "--bootstrap-staff") {
            if (!parseStaff(value, config))
                return failure("--bootstrap-staff expects EMAIL:PASSWORD");
            warnings.push_back(visibleSecretWarning("--bootstrap-staff", "--bootstrap-staff-file or CABINET_BOOTSTRAP_STAFF"));
        } else if (option == "--bootstrap-staff-file") {
            const std::optional<std::string> staff = readSecretFile(value);
            if (!staff || !parseStaff(*staff, config))
                return failure("--bootstrap-staff-file expects a file holding EMAIL:PASSWORD: " + value);
        } else if (option == "--bootstrap-platform") {
            config.bootstrapPlatformEmail = value;
        } else if (option == "--bootstrap-platform-file") {
            const auto password = readSecretFile(value);
            if (!password)
                return failure("--bootstrap-platform-file: cannot read " + value);
            config.bootstrapPlatformPassword = *password;
        } else if (option == "--payment-secret") {
            config.paymentSecret = value;
            warnings.push_back(visibleSecretWarning("--payment-secret", "--payment-secret-file or CABINET_PAYMENT_SECRET"));
        } else if (option == "--payment-secret-file") {
            const std::optional<std::string> secret = readSecretFile(value);
            if (!secret)
                return failure("--payment-secret-file: cannot read a secret from " + value);
            config.paymentSecret = *secret;
        } else if (option == "--referral-rate-bp") {
            if (!parseInteger(value, config.referralRateBp) || config.referralRateBp < 0
                || config.referralRateBp > 10000)
                return failure("--referral-rate-bp expects 0..10000");
        } else if (option == "--idempotency-retention-days") {
            if (!parseInteger(value, config.idempotencyRetentionDays) || config.idempotencyRetentionDays < 1
                || config.idempotencyRetentionDays > 3650)
                return failure("--idempotency-retention-days expects 1..3650");
        } else if (option == "--tls-cert") {
            config.tlsCertificate = value;
        } else if (option == "--tls-key") {
            config.tlsKey = value;
        } else if (option == "--max-waiting-polls") {
            if (!parseInteger(value, config.maxWaitingPolls) || config.maxWaitingPolls < 1)
                return failure("--max-waiting-polls expects a count >= 1");
        } else if (option == "--max-connections") {
            if (!parseInteger(value, config.maxConnections) || config.maxConnections < 1)
                return failure("--max-connections expects a count >= 1");
        } else if (option == "--max-connections-per-address") {
            if (!parseInteger(value, config.maxConnectionsPerAddress) || config.maxConnectionsPerAddress < 1)
                return failure("--max-connections-per-address expects a count >= 1");
        } else {
            return failure("unknown option " + std::string(option));
        }
    }
    if (!listenGiven && config.command.empty())
        return failure("--listen is required");
    if (config.databaseUrl.empty())
        return failure("--db is required");
    if (!config.bootstrapPlatformEmail.empty() && config.bootstrapPlatformPassword.empty())
        return failure("--bootstrap-platform needs a password in CABINET_BOOTSTRAP_PLATFORM_PASSWORD or "
                       "--bootstrap-platform-file");
    if (config.tlsCertificate.empty() != config.tlsKey.empty())
        return failure("--tls-cert and --tls-key go together");
    return ParsedCommandLine{config, 0, {}, std::move(warnings)};
}

} // namespace cabinet
