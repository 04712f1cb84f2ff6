// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <stdexcept>
#include <string>

namespace domain {

// Every refusal the server's use cases can give, in one enum, in the words of the rules rather
// than of a transport. The HTTP adapter maps each code to its status and problem `type` in one
// place (server/http/Problem.cpp); the store and the application layer throw Error so a refused
// operation rolls back its savepoint and changes nothing (R24).
enum class ErrorCode {
    Unauthenticated,          // no valid credentials
    Forbidden,                // a known caller without the right (R3, R4)
    NotFound,                 // no such thing, or not one the caller may know exists
    Malformed,                // the request cannot be read: not JSON, a required header missing
    ValidationFailed,         // readable, but a value is wrong (type, range, enum, Luhn)
    InsufficientFunds,        // a charge the eligible balances cannot cover (R17)
    ReferralBalanceExceeded,  // a withdrawal above the available referral balance (R21)
    CreditNotEligible,        // R13
    CreditLimitExceeded,      // R14, R15
    CreditAlreadyActive,      // R17: one active credit at a time
    IdempotencyConflict,      // R23: the same key with another request
    RateLimited,              // too many attempts by this caller (R35)
    Busy,                     // the server is at a bound it keeps for everyone (R35); try again soon
    Conflict,                 // the thing is not in a state that allows this
    NoSavedCard,              // R28: auto top-up needs the project's saved card (R27)
    Internal,                 // a bug or a broken database, never the caller's fault
};

class Error : public std::runtime_error
{
public:
    Error(ErrorCode code, const std::string &detail)
        : std::runtime_error(detail)
        , m_code(code)
    {
    }
    [[nodiscard]] ErrorCode code() const { return m_code; }

private:
    ErrorCode m_code;
};

} // namespace domain
