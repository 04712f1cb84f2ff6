// SPDX-License-Identifier: GPL-3.0-or-later
#include "UrlText.h"

#include <algorithm>

namespace http::front::url {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

std::optional<std::string> decode(std::string_view text, bool plusIsSpace)
{
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '%') {
            if (i + 2 >= text.size())
                return std::nullopt;
            const int high = hexValue(text[i + 1]);
            const int low = hexValue(text[i + 2]);
            if (high < 0 || low < 0)
                return std::nullopt;
            out.push_back(static_cast<char>(high * 16 + low));
            i += 2;
        } else {
            out.push_back(plusIsSpace && c == '+' ? ' ' : c);
        }
    }
    return out;
}

bool parseQuery(std::string_view query, std::vector<std::pair<std::string, std::string>> &into)
{
    size_t start = 0;
    while (start <= query.size()) {
        const size_t end = std::min(query.find('&', start), query.size());
        const std::string_view pair = query.substr(start, end - start);
        start = end + 1;
        if (pair.empty())
            continue;
        const size_t equals = pair.find('=');
        auto name = decode(pair.substr(0, equals), true);
        auto value = equals == std::string_view::npos ? std::optional<std::string>(std::string())
                                                      : decode(pair.substr(equals + 1), true);
        if (!name || !value)
            return false;
        into.emplace_back(std::move(*name), std::move(*value));
    }
    return true;
}

} // namespace http::front::url
