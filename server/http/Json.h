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
// The largest amount one request may move: 10 000 000 000.00 UAH. No single request can take a
// balance, the service's shared accounts included, near the int64 limit, so one customer's
// absurd amount never leaves the ledger unable to book anybody else (R22, R24).
inline constexpr std::int64_t kMaxMoneyAmount = 1'000'000'000'000;

// An e-mail as sign-in compares it: trimmed, lower case. Every way a user comes in (login, staff
// creating users, --bootstrap-staff) stores and looks it up so.
std::string normalizedEmail(std::string_view email);

// 422 validation_failed with `what` as its detail: a field read but with a value the route refuses.
[[noreturn]] void validationFailed(const std::string &what);

class JsonBody
{
public:
    static JsonBody parse(std::string_view body);

    [[nodiscard]] bool has(const char *field) const;
    [[nodiscard]] std::int64_t integer(const char *field) const;
    [[nodiscard]] std::optional<std::int64_t> optionalInteger(const char *field) const;
    // A money amount in minor units, at most kMaxMoneyAmount either way (the sign is the route's).
    [[nodiscard]] std::int64_t amount(const char *field) const;
    // Non-empty after trimming, at most maxLength characters.
    [[nodiscard]] std::string text(const char *field, int maxLength = 200) const;
    [[nodiscard]] std::optional<std::string> optionalText(const char *field, int maxLength = 200) const;
    // The string exactly as sent (may be empty, not trimmed), at most maxLength characters.
    [[nodiscard]] std::optional<std::string> optionalRawText(const char *field, int maxLength) const;
    [[nodiscard]] JsonBody object(const char *field) const;
    // true/false; absent or null: nullopt. Any other type is 422.
    [[nodiscard]] std::optional<bool> optionalBoolean(const char *field) const;
    [[nodiscard]] bool boolean(const char *field) const;
    // Present in the body, also when null (a nullable field set to null).
    [[nodiscard]] bool present(const char *field) const;

private:
    explicit JsonBody(QJsonObject object) : m_object(std::move(object)) {}
    QJsonObject m_object;
};

} // namespace http
