// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace http {

// Times are written by ledger::utcText (CivilTime.h), the one formatter the store's event data
// uses too.

enum class Rounding { Floor, Ceil };
// RFC 3339 with a zone ("Z" or "+02:00"; optional fraction) -> epoch seconds, rounded as asked
// when there is a fraction. Nothing for any other text (no zone-less local times).
std::optional<std::int64_t> parseTime(std::string_view text, Rounding rounding = Rounding::Floor);

} // namespace http
