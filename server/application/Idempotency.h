// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Sql.h"
#include "UseCase.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace store {
class Store;
} // namespace store

// R23: a money-moving request applies once and its first completed answer is replayed.
namespace application {

// The decoded order of a request in a canonical text: every field by name and length, so two
// orders have the same text only when every value is the same. Card numbers never enter it,
// only their masks (R20): a stored fingerprint reveals no card digits (issue 11).
class NormalisedOrder
{
public:
    NormalisedOrder &field(std::string_view name, std::int64_t value);
    NormalisedOrder &field(std::string_view name, std::string_view value);
    template <typename Value>
    NormalisedOrder &field(std::string_view name, const std::optional<Value> &value)
    {
        return value ? field(name, *value) : field(name, std::string_view("(none)"));
    }
    [[nodiscard]] const std::string &text() const { return m_text; }

private:
    std::string m_text;
};

// sha256(method, path, normalised order).
std::string orderFingerprint(std::string_view method, std::string_view path, const NormalisedOrder &order);
// A body that never decoded into an order: sha256(method, path, body) with the digits of every
// string literal that holds twelve or more of them (a card number's shape) blanked but the last
// four, so even a refused body leaves no recoverable card number.
std::string refusedBodyFingerprint(std::string_view method, std::string_view path, std::string_view body);

// Who asks, under which key, for what, and how a refusal is recorded.
struct IdempotentRequest
{
    std::int64_t callerId = 0;
    std::string key;
    std::string fingerprint;
    std::int64_t now = 0;
    RefusalEncoder refusal;
};

class Idempotency
{
public:
    explicit Idempotency(store::Store &store);

    using Operation = std::function<RecordedAnswer(store::Tx &)>;
    // In ONE write transaction: the key's recorded answer is replayed (IdempotencyConflict when
    // it was recorded for another fingerprint); else the operation runs in a SAVEPOINT and its
    // answer, or its refusal (the savepoint rolled back, R24), is recorded under the key.
    RecordedAnswer run(const IdempotentRequest &request, const Operation &operation);
    // A request refused before its use case could run (its body or path did not decode):
    // recorded like any refusal, so the key stays bound to that request.
    RecordedAnswer refuse(const IdempotentRequest &request, const domain::Error &error);

    // Runs `operation` and encodes its result with `encode`.
    template <typename Result, typename Step>
    RecordedAnswer runEncoded(const IdempotentRequest &request, const Encoder<Result> &encode, Step step)
    {
        return run(request, [&](store::Tx &tx) { return encode(step(tx)); });
    }

private:
    store::Store &m_store;
};

} // namespace application
