// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DomainError.h"

#include <cstdint>
#include <exception>
#include <functional>
#include <string>

// What every use case of the application layer shares. The application speaks in typed values
// and store records; how an answer looks on the wire is the adapter's business, so a money-moving
// use case is handed encoders and keeps their output opaque (R23 records it byte for byte).
namespace application {

// Who acts, and when by the server's clock.
struct Actor
{
    std::int64_t userId = 0;
    std::int64_t now = 0;
};

// An answer as the adapter encoded it: kept under an Idempotency-Key and replayed unchanged.
struct RecordedAnswer
{
    int status = 0;
    std::string body;
};

template <typename Result>
using Encoder = std::function<RecordedAnswer(const Result &)>;
// How a use case that answers from another thread hands over its recorded answer, or the failure
// that left it without one (then `answer` is empty).
using AnswerLater = std::function<void(const RecordedAnswer &answer, std::exception_ptr failure)>;
using RefusalEncoder = std::function<RecordedAnswer(const domain::Error &)>;

} // namespace application
