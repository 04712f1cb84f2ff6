// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace http {

// One HTTP request as the routes see it, whatever transport read it: the front fills it once the
// request is complete and within its bounds (R35), so a route never touches a socket.
struct Request
{
    using Fields = std::vector<std::pair<std::string, std::string>>;

    std::string method;
    std::string path;            // percent-decoded, without the query
    Fields query;                // decoded ?name=value pairs, in order
    Fields headers;              // as received; names compare case-insensitively
    std::string body;            // complete, at most the body limit
    std::string peer;            // the client's address, for per-address limits (R35)
    std::vector<std::string> pathParams; // the route pattern's captures, in order

    // The first header of this name, or an empty view.
    [[nodiscard]] std::string_view header(std::string_view name) const;
    [[nodiscard]] bool hasHeader(std::string_view name) const;
    [[nodiscard]] bool hasQuery(std::string_view name) const;
    // The first value of ?name=, or an empty string.
    [[nodiscard]] std::string queryValue(std::string_view name) const;
};

} // namespace http
