// SPDX-License-Identifier: GPL-3.0-or-later
#include "Bearer.h"

#include <cctype>

namespace http {

std::optional<std::string_view> bearerToken(std::string_view header)
{
    constexpr std::string_view scheme = "Bearer ";
    if (header.size() <= scheme.size())
        return std::nullopt;
    for (size_t i = 0; i < scheme.size(); ++i) {
        if (std::tolower(static_cast<unsigned char>(header[i])) != std::tolower(static_cast<unsigned char>(scheme[i])))
            return std::nullopt;
    }
    std::string_view token = header.substr(scheme.size());
    while (!token.empty() && token.front() == ' ')
        token.remove_prefix(1);
    while (!token.empty() && token.back() == ' ')
        token.remove_suffix(1);
    if (token.empty())
        return std::nullopt;
    return token;
}

} // namespace http
