// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DomainError.h"

#include <string>

namespace http {

// How an error code answers: the HTTP status and the problem `type` of API.md.
struct ProblemKind
{
    int status = 500;
    const char *type = "internal_error";
    const char *title = "Internal error";
};

// The one place that maps the server's error codes to HTTP (R24).
ProblemKind problemKind(domain::ErrorCode code);

// RFC 9457 application/problem+json body: {"type","title","status","detail"}.
std::string problemBody(domain::ErrorCode code, const std::string &detail);
std::string problemBody(const ProblemKind &kind, const std::string &detail);

inline constexpr const char *kProblemContentType = "application/problem+json";
inline constexpr const char *kJsonContentType = "application/json";

} // namespace http
