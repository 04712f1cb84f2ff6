// SPDX-License-Identifier: GPL-3.0-or-later
#include "Crypto.h"

#include <sodium.h>

#include <array>
#include <semaphore>
#include <stdexcept>

namespace application::crypto {

namespace {

// argon2id at OWASP's recommended minimum (m = 19 MiB, t = 2, p = 1): with two hashes at a time
// password checking holds at most 38 MiB, so a login flood cannot grow memory much (R35).
// Hashes stored with other parameters (libsodium's interactive 64 MiB) still verify.
constexpr unsigned long long kHashOpsLimit = 2;
constexpr size_t kHashMemoryLimit = 19 * 1024 * 1024;

std::counting_semaphore<2> &hashingSlots()
{
    static std::counting_semaphore<2> slots(2);
    return slots;
}

class HashingSlot
{
public:
    HashingSlot() { hashingSlots().acquire(); }
    ~HashingSlot() { hashingSlots().release(); }
    HashingSlot(const HashingSlot &) = delete;
    HashingSlot &operator=(const HashingSlot &) = delete;
};

std::string toHex(const unsigned char *bytes, size_t size)
{
    std::string hex(size * 2 + 1, '\0');
    sodium_bin2hex(hex.data(), hex.size(), bytes, size);
    hex.pop_back();
    return hex;
}

const unsigned char *bytesOf(std::string_view text)
{
    return reinterpret_cast<const unsigned char *>(text.data());
}

} // namespace

bool initialise()
{
    return sodium_init() >= 0;
}

std::string hashPassword(std::string_view password)
{
    std::array<char, crypto_pwhash_STRBYTES> hash{};
    const HashingSlot slot;
    if (crypto_pwhash_str(hash.data(), password.data(), password.size(), kHashOpsLimit, kHashMemoryLimit)
        != 0)
        throw std::runtime_error("out of memory while hashing a password");
    return std::string(hash.data());
}

bool verifyPassword(std::string_view hash, std::string_view password)
{
    const std::string terminated(hash);
    const HashingSlot slot;
    return crypto_pwhash_str_verify(terminated.c_str(), password.data(), password.size()) == 0;
}

void verifyAgainstDummy(std::string_view password)
{
    static const std::string dummy = hashPassword("not a password of anybody");
    (void)verifyPassword(dummy, password);
}

std::string randomToken()
{
    std::array<unsigned char, 32> bytes{};
    randombytes_buf(bytes.data(), bytes.size());
    return toHex(bytes.data(), bytes.size());
}

std::string sha256Hex(std::string_view data)
{
    std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
    crypto_hash_sha256(digest.data(), bytesOf(data), data.size());
    return toHex(digest.data(), digest.size());
}

bool hmacSha256HexMatches(std::string_view key, std::string_view message, std::string_view hexSignature)
{
    std::array<unsigned char, crypto_auth_hmacsha256_BYTES> expected{};
    crypto_auth_hmacsha256_state state;
    crypto_auth_hmacsha256_init(&state, bytesOf(key), key.size());
    crypto_auth_hmacsha256_update(&state, bytesOf(message), message.size());
    crypto_auth_hmacsha256_final(&state, expected.data());

    std::array<unsigned char, crypto_auth_hmacsha256_BYTES> given{};
    size_t length = 0;
    const char *end = nullptr;
    if (sodium_hex2bin(given.data(), given.size(), hexSignature.data(), hexSignature.size(), nullptr, &length, &end)
            != 0
        || length != given.size() || end != hexSignature.data() + hexSignature.size())
        return false;
    return sodium_memcmp(given.data(), expected.data(), given.size()) == 0;
}

} // namespace application::crypto
