// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

// libsodium primitives the server needs, behind plain functions.
namespace application::crypto {

// Must run once before anything else here; false if libsodium cannot start.
bool initialise();

// argon2id (crypto_pwhash_str, 19 MiB, 2 passes). At most two hashes run at once so a burst of
// logins cannot exhaust memory; login runs them on its own bounded lane (Api Lane::Hashing).
std::string hashPassword(std::string_view password);
bool verifyPassword(std::string_view hash, std::string_view password);
// Costs as much as a real verification: unknown e-mails answer as slowly as wrong passwords.
void verifyAgainstDummy(std::string_view password);

// 32 random bytes as 64 hex digits.
std::string randomToken();
std::string sha256Hex(std::string_view data);
// Constant-time check of hex(HMAC-SHA256(key, message)) (case-insensitive hex).
bool hmacSha256HexMatches(std::string_view key, std::string_view message, std::string_view hexSignature);

} // namespace application::crypto
