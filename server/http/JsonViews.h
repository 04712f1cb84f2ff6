// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Records.h"

#include <QJsonObject>
#include <QJsonValue>

#include <cstdint>
#include <optional>
#include <string>

// The JSON shapes of API.md, in one place so every route answers the same shape.
namespace http::views {

QJsonObject user(const store::User &user);
QJsonObject balances(const store::Balances &balances); // never a referral figure (R3)
QJsonObject historyItem(const store::HistoryItem &item);
QJsonObject topUp(const store::TopUp &topUp);
QJsonValue optionalText(const std::optional<std::string> &text);
// JSON integer of an int64 (std::int64_t is long, which QJsonValue's constructors find ambiguous).
inline QJsonValue integer(std::int64_t value)
{
    return QJsonValue(static_cast<qint64>(value));
}

} // namespace http::views
