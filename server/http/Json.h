// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace http {

// A request body read strictly (R24): 400 validation_failed unless it is a JSON object; 422 when
// any number in it is not an integer literal (no fractions, no exponents) or a field has the
// wrong type or range. Money is exact int64 minor units (Qt 6 keeps int64 literals exactly);
// a literal beyond int64 is refused, never rounded.
class JsonBody
{
public:
    static JsonBody parse(std::string_view body);

    [[nodiscard]] bool has(const char *field) const;
    [[nodiscard]] std::int64_t integer(const char *field) const;
    [[nodiscard]] std::optional<std::int64_t> optionalInteger(const char *field) const;
    // Non-empty after trimming, at most maxLength characters.
    [[nodiscard]] std::string text(const char *field, int maxLength = 200) const;
    [[nodiscard]] std::optional<std::string> optionalText(const char *field, int maxLength = 200) const;
    // The string exactly as sent (may be empty, not trimmed), at most maxLength characters.
    [[nodiscard]] std::optional<std::string> optionalRawText(const char *field, int maxLength) const;
    [[nodiscard]] JsonBody object(const char *field) const;

private:
    explicit JsonBody(QJsonObject object) : m_object(std::move(object)) {}
    QJsonObject m_object;
};

} // namespace http
