// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string_view>

namespace http {

// The token of an "Authorization: Bearer <token>" header value (scheme case-insensitive,
// surrounding spaces dropped); nothing for any other value.
std::optional<std::string_view> bearerToken(std::string_view authorizationHeader);

} // namespace http
