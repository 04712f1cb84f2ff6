// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <stdexcept>
#include <string>

namespace store {

// Every refusal the server can answer, in one enum. The HTTP layer maps each code to its status
// and problem `type` in one place (server/http/Problem.cpp); store operations throw ApiError so a
// refused operation rolls back its savepoint and changes nothing (R24).
enum class ErrorCode {
    Unauthorized,        // 401 unauthorized
    Forbidden,           // 403 forbidden
    NotFound,            // 404 not_found
    BadRequest,          // 400 validation_failed: body not JSON, required header missing
    ValidationFailed,    // 422 validation_failed: well-formed JSON with a wrong value
    PayloadTooLarge,     // 413 validation_failed: body above the limit
    InsufficientFunds,   // 402 insufficient_funds (charges); withdrawals use 422 (API.md)
    InsufficientFunds422,// 422 insufficient_funds: referral withdrawal above the balance
    CreditNotEligible,   // 422 credit_not_eligible
    CreditLimitExceeded, // 422 credit_limit_exceeded
    CreditAlreadyActive, // 409 credit_already_active
    IdempotencyConflict, // 409 idempotency_conflict
    RateLimited,         // 429 rate_limited
    Conflict,            // 409 conflict
    Internal,            // 500: a bug or a broken database, never a client's fault
};

class ApiError : public std::runtime_error
{
public:
    ApiError(ErrorCode code, const std::string &detail)
        : std::runtime_error(detail)
        , m_code(code)
    {
    }
    [[nodiscard]] ErrorCode code() const { return m_code; }

private:
    ErrorCode m_code;
};

// A failure of the database itself (I/O, corruption, constraint the code did not expect).
class StoreError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

} // namespace store
