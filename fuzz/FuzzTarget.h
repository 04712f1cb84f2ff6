// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

// One fuzz target = one function of (bytes) that feeds them to a parser of outside input and checks
// the parser's invariants with FUZZ_CHECK. The same source builds two ways (fuzz/CMakeLists.txt):
//  - with clang and -fsanitize=fuzzer, CABINET_LIBFUZZER is defined and the function is libFuzzer's
//    LLVMFuzzerTestOneInput (one executable per target: fuzz_<name>);
//  - in the ordinary (gcc) build the function registers itself under its name in
//    cabinet_fuzz_replay, which replays the committed seeds and crash inputs (ctest fuzz_replay_<name>).
namespace fuzz {

using Entry = int (*)(const std::uint8_t *data, std::size_t size);

// Replay build: adds a target to the table of cabinet_fuzz_replay; returns true.
bool registerTarget(const char *name, Entry entry);

// A violated invariant: says which and where on stderr, then traps (libFuzzer saves the input).
[[noreturn]] void fail(const char *condition, const char *file, int line);

// A QCoreApplication for targets whose code needs one (translations, SQL drivers); made once.
void ensureApplication();

// Splits fuzz input: bytes up to the first '\n' (or all of it) and the rest after it.
inline std::pair<std::string_view, std::string_view> splitLine(std::string_view input)
{
    const size_t newline = input.find('\n');
    if (newline == std::string_view::npos)
        return {input, {}};
    return {input.substr(0, newline), input.substr(newline + 1)};
}

inline std::string_view asText(const std::uint8_t *data, std::size_t size)
{
    return {reinterpret_cast<const char *>(data), size};
}

// A decoded word is one of the words its field may take.
inline bool oneOf(std::string_view value, std::initializer_list<const char *> words)
{
    for (const char *word : words) {
        if (value == word)
            return true;
    }
    return false;
}

} // namespace fuzz

#define FUZZ_CHECK(condition)                                                                                         \
    do {                                                                                                              \
        if (!(condition))                                                                                             \
            ::fuzz::fail(#condition, __FILE__, __LINE__);                                                             \
    } while (false)

#define FUZZ_FAIL(what) ::fuzz::fail(what, __FILE__, __LINE__)

namespace fuzz {

// Runs one decoder of outside input; true when it accepted. It may refuse only by throwing a
// `Refusal` that `allowed` accepts; any other refusal or exception is a bug.
template <typename Refusal, typename Decode, typename Allowed>
bool accepts(Decode &&decode, Allowed &&allowed)
{
    try {
        decode();
        return true;
    } catch (const Refusal &refusal) {
        FUZZ_CHECK(allowed(refusal));
    } catch (...) {
        FUZZ_FAIL("a decoder threw something other than its refusal");
    }
    return false;
}

} // namespace fuzz

#ifdef CABINET_LIBFUZZER
#define CABINET_FUZZ_TARGET(name) extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
#else
#define CABINET_FUZZ_TARGET(name)                                                                                     \
    static int fuzz_target_##name(const std::uint8_t *data, std::size_t size);                                        \
    [[maybe_unused]] static const bool fuzz_registered_##name = ::fuzz::registerTarget(#name, &fuzz_target_##name);   \
    static int fuzz_target_##name(const std::uint8_t *data, std::size_t size)
#endif
