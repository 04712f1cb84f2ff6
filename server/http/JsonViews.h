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
QJsonObject member(const store::Member &member);
QJsonObject session(const store::Session &session, bool current);
// An audit row (R34); its details are the JSON object the application recorded.
QJsonObject auditEntry(const store::AuditEntry &entry);
QJsonObject balances(const store::Balances &balances); // never a referral figure (R3)
QJsonObject historyItem(const store::HistoryItem &item);
QJsonObject topUp(const store::TopUp &topUp);
QJsonObject creditRequest(const store::CreditRequest &request);
QJsonObject credit(const store::Credit &credit);
// Owner and staff only: a withdrawal and a referral history row (R3, R18).
QJsonObject withdrawal(const store::Withdrawal &withdrawal);
QJsonObject referralItem(const store::ReferralItem &item);
QJsonValue optionalText(const std::optional<std::string> &text);
QJsonValue optionalInteger(const std::optional<std::int64_t> &value);
QJsonValue optionalTime(const std::optional<std::int64_t> &epochSeconds);
// JSON integer of an int64 (std::int64_t is long, which QJsonValue's constructors find ambiguous).
inline QJsonValue integer(std::int64_t value)
{
    return QJsonValue(static_cast<qint64>(value));
}

} // namespace http::views
