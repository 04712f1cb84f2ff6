// SPDX-License-Identifier: GPL-3.0-or-later
#include "Request.h"

#include <algorithm>
#include <cctype>

namespace http {

namespace {

bool sameName(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

} // namespace

std::string_view Request::header(std::string_view name) const
{
    for (const auto &[field, value] : headers) {
        if (sameName(field, name))
            return value;
    }
    return {};
}

bool Request::hasHeader(std::string_view name) const
{
    return std::any_of(headers.begin(), headers.end(), [name](const auto &field) { return sameName(field.first, name); });
}

bool Request::hasQuery(std::string_view name) const
{
    return std::any_of(query.begin(), query.end(), [name](const auto &field) { return field.first == name; });
}

std::string Request::queryValue(std::string_view name) const
{
    for (const auto &[field, value] : query) {
        if (field == name)
            return value;
    }
    return {};
}

} // namespace http
