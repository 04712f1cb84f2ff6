// SPDX-License-Identifier: GPL-3.0-or-later
// The payment provider's callback (issue 15): its X-Signature check and its body. Input: the
// X-Signature value, a newline, the raw body.
// Invariants: a signature is accepted exactly when it is the hex HMAC-SHA256 of the body under the
// payment secret (either case of hex), computed here apart from the server's code; the body then
// decodes to a callback whose status is paid or failed and whose ids and amount are the body's
// integers, or is refused with 400/422 and nothing else.
#include "FuzzTarget.h"

#include "Crypto.h"
#include "Decoders.h"
#include "DomainError.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>

#include <array>
#include <cctype>

namespace {

constexpr std::string_view kSecret = "fuzz-payment-secret";

std::string expectedSignature(std::string_view body)
{
    std::array<unsigned char, crypto_auth_hmacsha256_BYTES> mac{};
    crypto_auth_hmacsha256_state state;
    crypto_auth_hmacsha256_init(&state, reinterpret_cast<const unsigned char *>(kSecret.data()), kSecret.size());
    crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char *>(body.data()), body.size());
    crypto_auth_hmacsha256_final(&state, mac.data());
    std::array<char, 2 * crypto_auth_hmacsha256_BYTES + 1> hex{};
    sodium_bin2hex(hex.data(), hex.size(), mac.data(), mac.size());
    return std::string(hex.data(), 2 * mac.size());
}

std::string lower(std::string_view text)
{
    std::string out(text);
    for (char &c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::string upper(std::string_view text)
{
    std::string out(text);
    for (char &c : out)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return out;
}

} // namespace

CABINET_FUZZ_TARGET(callback)
{
    static const bool started = application::crypto::initialise();
    FUZZ_CHECK(started);
    const auto [signature, body] = fuzz::splitLine(fuzz::asText(data, size));
    const std::string expected = expectedSignature(body);

    const bool accepted = application::crypto::hmacSha256HexMatches(kSecret, body, signature);
    FUZZ_CHECK(accepted == (lower(signature) == expected));
    FUZZ_CHECK(application::crypto::hmacSha256HexMatches(kSecret, body, expected));
    FUZZ_CHECK(application::crypto::hmacSha256HexMatches(kSecret, body, upper(expected)));
    FUZZ_CHECK(!application::crypto::hmacSha256HexMatches(kSecret, body, expected.substr(0, 62)));
    FUZZ_CHECK(!application::crypto::hmacSha256HexMatches(kSecret, body, expected + "0"));

    http::Request request;
    request.method = "POST";
    request.path = "/api/v1/payments/callback";
    request.body = std::string(body);
    const http::Call call{request, std::nullopt, 0, {}, 1'800'000'000, 0};
    try {
        const application::ProviderCallback callback = http::decode::providerCallback(call);
        FUZZ_CHECK(callback.status == "paid" || callback.status == "failed");
        const QJsonObject raw = QJsonDocument::fromJson(QByteArray::fromStdString(request.body)).object();
        FUZZ_CHECK(raw.value(QLatin1String("topup_id")).toInteger() == callback.topUpId);
        FUZZ_CHECK(!callback.amount || raw.value(QLatin1String("amount")).toInteger() == *callback.amount);
    } catch (const domain::Error &error) {
        FUZZ_CHECK(error.code() == domain::ErrorCode::Malformed || error.code() == domain::ErrorCode::ValidationFailed);
    } catch (...) {
        FUZZ_FAIL("the callback decoder threw something other than domain::Error");
    }
    return 0;
}
