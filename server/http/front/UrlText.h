// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// Percent-decoding of request targets (RFC 3986), strict: a '%' not followed by two hex digits
// makes the whole target unreadable (400), never a guess.
namespace http::front::url {

// plusIsSpace: query strings from HTML forms write a space as '+'.
std::optional<std::string> decode(std::string_view text, bool plusIsSpace);

// name=value pairs separated by '&'; false when any part is not valid percent-encoding.
bool parseQuery(std::string_view query, std::vector<std::pair<std::string, std::string>> &into);

} // namespace http::front::url
