// SPDX-License-Identifier: GPL-3.0-or-later
// Boost's assertion handler (BOOST_ENABLE_ASSERT_DEBUG_HANDLER, server/http/CMakeLists.txt) for
// builds with assertions: the sanitize and fuzz presets; release builds define NDEBUG and keep none.
#include <boost/version.hpp>

#if defined(BOOST_ENABLE_ASSERT_DEBUG_HANDLER) && !defined(NDEBUG)
#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace boost {

void assertion_failed_msg(char const *expr, char const *msg, char const *function, char const *file, long line)
{
    std::fprintf(stderr, "%s:%ld: %s: Assertion `%s' failed: %s\n", file, line, function, expr, msg ? msg : "");
    std::abort();
}

// Every assertion aborts as assert() would, but one: Beast before 1.86 has its chunk parser assert
// n >= 5 when the bytes of a final chunk "0\r\n\r\n" arrive one read apart ("0\r\n", "\r", "\n"),
// although its code handles that (need_more) exactly as a release build does; the assertion was
// corrected upstream (boostorg/beast#2861, Boost 1.86). Found by the http_front fuzz target (issue 15).
void assertion_failed(char const *expr, char const *function, char const *file, long line)
{
#if BOOST_VERSION < 108600
    if (std::string_view(expr) == "n >= 5" && std::string_view(file).ends_with("beast/http/impl/basic_parser.ipp"))
        return;
#endif
    assertion_failed_msg(expr, nullptr, function, file, line);
}

} // namespace boost
#endif
