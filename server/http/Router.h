// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace http {

// Matches a request's method and path to a route without regular expressions: a pattern is a
// path whose `(\d+)` segments capture a decimal id. A path that some route serves under another
// method is "method not allowed" with the methods that are (405 + Allow, API.md v1.1), anything
// else "not found".
template<typename Target>
class Router
{
public:
    struct Match
    {
        const Target *target = nullptr;       // the route, when method and path fit
        std::vector<std::string> captures;    // its (\d+) segments, in order
        std::string allowed;                  // when only the path fits: "GET, POST"
    };

    void add(std::string method, std::string_view pattern, Target target)
    {
        Route route{std::move(method), {}, std::move(target)};
        for (std::string_view segment : split(pattern))
            route.segments.push_back(Segment{std::string(segment), segment == kIdSegment});
        m_routes.push_back(std::move(route));
    }

    [[nodiscard]] Match match(std::string_view method, std::string_view path) const
    {
        Match result;
        std::vector<std::string> allowed;
        const std::vector<std::string_view> parts = split(path);
        for (const Route &route : m_routes) {
            std::vector<std::string> captures;
            if (!fits(route, parts, captures))
                continue;
            if (route.method == method) {
                result.target = &route.target;
                result.captures = std::move(captures);
                return result;
            }
            allowed.push_back(route.method);
        }
        // The Allow header lists each method once, in the usual order.
        std::sort(allowed.begin(), allowed.end(), [](const std::string &a, const std::string &b) {
            return methodRank(a) < methodRank(b);
        });
        allowed.erase(std::unique(allowed.begin(), allowed.end()), allowed.end());
        for (const std::string &name : allowed)
            result.allowed += (result.allowed.empty() ? "" : ", ") + name;
        return result;
    }

private:
    static constexpr std::string_view kIdSegment = "(\\d+)";

    struct Segment
    {
        std::string literal;
        bool isId = false; // `(\d+)`: any decimal number, captured
    };
    struct Route
    {
        std::string method;
        std::vector<Segment> segments;
        Target target;
    };

    static int methodRank(const std::string &method)
    {
        static constexpr std::string_view kOrder[] = {"GET", "POST", "PUT", "PATCH", "DELETE"};
        for (size_t i = 0; i < std::size(kOrder); ++i) {
            if (kOrder[i] == method)
                return static_cast<int>(i);
        }
        return static_cast<int>(std::size(kOrder));
    }

    static std::vector<std::string_view> split(std::string_view path)
    {
        std::vector<std::string_view> parts;
        size_t start = 0;
        while (start <= path.size()) {
            const size_t end = std::min(path.find('/', start), path.size());
            parts.push_back(path.substr(start, end - start));
            start = end + 1;
        }
        return parts;
    }

    static bool isDecimal(std::string_view text)
    {
        if (text.empty())
            return false;
        for (char c : text) {
            if (c < '0' || c > '9')
                return false;
        }
        return true;
    }

    static bool fits(const Route &route, const std::vector<std::string_view> &parts, std::vector<std::string> &captures)
    {
        if (route.segments.size() != parts.size())
            return false;
        for (size_t i = 0; i < parts.size(); ++i) {
            const Segment &segment = route.segments[i];
            if (segment.isId && isDecimal(parts[i]))
                captures.emplace_back(parts[i]);
            else if (segment.isId || segment.literal != parts[i])
                return false;
        }
        return true;
    }

    std::vector<Route> m_routes;
};

} // namespace http
