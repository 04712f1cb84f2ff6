// SPDX-License-Identifier: GPL-3.0-or-later
// The `Authorization` and `Idempotency-Key` headers (issue 15). Input: an Authorization value, a
// newline, an Idempotency-Key value (any bytes, as a client may send them).
// Invariants: a bearer token is found only after "Bearer " (any case), is a non-empty part of the
// value without surrounding spaces, and a header written from it gives it back; a key is 1..200
// bytes and exactly the header's value, or the request is refused with 400; header names compare
// case-insensitively; nothing else is thrown.
#include "FuzzTarget.h"

#include "Bearer.h"
#include "Decoders.h"
#include "DomainError.h"

#include <cctype>

namespace {

bool startsWithBearer(std::string_view value)
{
    constexpr std::string_view scheme = "bearer ";
    if (value.size() < scheme.size())
        return false;
    for (size_t i = 0; i < scheme.size(); ++i) {
        if (std::tolower(static_cast<unsigned char>(value[i])) != scheme[i])
            return false;
    }
    return true;
}

} // namespace

CABINET_FUZZ_TARGET(headers)
{
    const auto [authorization, key] = fuzz::splitLine(fuzz::asText(data, size));

    const std::optional<std::string_view> token = http::bearerToken(authorization);
    if (token) {
        FUZZ_CHECK(startsWithBearer(authorization));
        FUZZ_CHECK(!token->empty() && token->front() != ' ' && token->back() != ' ');
        FUZZ_CHECK(token->data() >= authorization.data() &&
                   token->data() + token->size() <= authorization.data() + authorization.size());
        const std::string again = "Bearer " + std::string(*token);
        FUZZ_CHECK(http::bearerToken(again) == *token);
    } else {
        // Refused: no scheme, or nothing but spaces after it.
        bool onlySpaces = true;
        for (const char c : authorization.substr(std::min<size_t>(7, authorization.size())))
            onlySpaces = onlySpaces && c == ' ';
        FUZZ_CHECK(!startsWithBearer(authorization) || onlySpaces);
    }

    http::Request request;
    request.headers.emplace_back("authorization", std::string(authorization));
    request.headers.emplace_back("IDEMPOTENCY-key", std::string(key));
    FUZZ_CHECK(request.header("Authorization") == authorization);
    FUZZ_CHECK(request.hasHeader("idempotency-KEY"));
    try {
        const std::string accepted = http::decode::idempotencyKey(request);
        FUZZ_CHECK(accepted == key);
        FUZZ_CHECK(!accepted.empty() && accepted.size() <= 200);
    } catch (const domain::Error &error) {
        FUZZ_CHECK(error.code() == domain::ErrorCode::Malformed);
        FUZZ_CHECK(key.empty() || key.size() > 200);
    } catch (...) {
        FUZZ_FAIL("idempotencyKey threw something other than domain::Error");
    }
    return 0;
}
