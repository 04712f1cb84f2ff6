// SPDX-License-Identifier: GPL-3.0-or-later
// GET /projects/{pid}/balances, /transactions, /users (API.md "Project members").
#include "Api.h"
#include "Errors.h"
#include "JsonViews.h"
#include "LedgerOps.h"
#include "Routes.h"
#include "Store.h"
#include "TimeText.h"
#include "UserOps.h"

#include "Balance.h"

#include <QByteArray>
#include <QJsonArray>

#include <array>
#include <charconv>

namespace http {

namespace {

using store::ApiError;
using store::ErrorCode;

constexpr int kDefaultLimit = 100;
constexpr int kMaxLimit = 1000;

constexpr std::array<std::string_view, 9> kHistoryKinds{
    "charge",       "topup",           "bonus_grant",   "compensation",        "correction",
    "credit_grant", "credit_repayment", "credit_expiry", "referral_transfer_in",
};

[[noreturn]] void invalidParameter(const std::string &name, const std::string &what)
{
    throw ApiError(ErrorCode::ValidationFailed, "query parameter '" + name + "' " + what);
}

// The cursor is opaque to clients: base64url of "at:id" of the last row they got.
std::string encodeCursor(const store::HistoryCursor &cursor)
{
    const std::string plain = std::to_string(cursor.at) + ':' + std::to_string(cursor.id);
    return QByteArray::fromStdString(plain)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
        .toStdString();
}

store::HistoryCursor decodeCursor(const std::string &text)
{
    const auto decoded = QByteArray::fromBase64Encoding(QByteArray::fromStdString(text),
                                                        QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    const std::string plain = decoded ? decoded.decoded.toStdString() : std::string();
    store::HistoryCursor cursor;
    const size_t colon = plain.find(':');
    if (colon == std::string::npos)
        invalidParameter("cursor", "is not a cursor of this list");
    const auto atEnd = plain.data() + colon;
    const auto idEnd = plain.data() + plain.size();
    const auto at = std::from_chars(plain.data(), atEnd, cursor.at);
    const auto id = std::from_chars(atEnd + 1, idEnd, cursor.id);
    if (at.ec != std::errc() || at.ptr != atEnd || id.ec != std::errc() || id.ptr != idEnd)
        invalidParameter("cursor", "is not a cursor of this list");
    return cursor;
}

int limitOf(const httplib::Request &request)
{
    if (!request.has_param("limit"))
        return kDefaultLimit;
    const std::string text = request.get_param_value("limit");
    int limit = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), limit);
    if (error != std::errc() || end != text.data() + text.size() || limit < 1 || limit > kMaxLimit)
        invalidParameter("limit", "must be an integer from 1 to 1000");
    return limit;
}

store::HistoryQuery historyQueryOf(const Call &call)
{
    const httplib::Request &request = call.request;
    store::HistoryQuery query;
    query.projectId = call.projectId;
    query.limit = limitOf(request);
    if (request.has_param("from")) {
        const auto from = parseTime(request.get_param_value("from"), Rounding::Ceil);
        if (!from)
            invalidParameter("from", "must be an RFC 3339 time such as 2026-01-31T00:00:00Z");
        query.from = *from;
    }
    if (request.has_param("to")) {
        const auto to = parseTime(request.get_param_value("to"), Rounding::Floor);
        if (!to)
            invalidParameter("to", "must be an RFC 3339 time such as 2026-01-31T23:59:59Z");
        query.to = *to;
    }
    if (request.has_param("balance")) {
        const std::string balance = request.get_param_value("balance");
        if (!ledger::balanceFromString(balance))
            invalidParameter("balance", "must be main, bonus or credit");
        query.balance = balance;
    }
    if (request.has_param("kind")) {
        const std::string kind = request.get_param_value("kind");
        if (std::find(kHistoryKinds.begin(), kHistoryKinds.end(), kind) == kHistoryKinds.end())
            invalidParameter("kind", "is not a kind of history row");
        query.kind = kind;
    }
    if (request.has_param("cursor"))
        query.after = decodeCursor(request.get_param_value("cursor"));
    return query;
}

} // namespace

void registerProjectRoutes(Api &api)
{
    api.get(R"(/api/v1/projects/(\d+)/balances)", Guard::member(Permission::Finance), [&api](Call &call) {
        const store::Balances balances = api.services().store.read(
            [&](store::Tx &tx) { return store::ledgerops::balancesOf(tx, call.projectId); });
        return Answer::json(200, views::balances(balances));
    });

    api.get(R"(/api/v1/projects/(\d+)/transactions)", Guard::member(Permission::Finance), [&api](Call &call) {
        const store::HistoryQuery query = historyQueryOf(call);
        const store::HistoryPage page =
            api.services().store.read([&](store::Tx &tx) { return store::ledgerops::history(tx, query); });
        QJsonArray items;
        for (const store::HistoryItem &item : page.items)
            items.append(views::historyItem(item));
        return Answer::json(200, QJsonObject{
                                     {QStringLiteral("items"), items},
                                     {QStringLiteral("next_cursor"),
                                      page.next ? QJsonValue(QString::fromStdString(encodeCursor(*page.next)))
                                                : QJsonValue(QJsonValue::Null)},
                                 });
    });

    api.get(R"(/api/v1/projects/(\d+)/users)", Guard::member(Permission::ViewUsers), [&api](Call &call) {
        const auto members =
            api.services().store.read([&](store::Tx &tx) { return store::users::membersOf(tx, call.projectId); });
        QJsonArray items;
        for (const store::Member &member : members)
            items.append(QJsonObject{
                {QStringLiteral("id"), views::integer(member.userId)},
                {QStringLiteral("email"), QString::fromStdString(member.email)},
                {QStringLiteral("name"), QString::fromStdString(member.name)},
                {QStringLiteral("role"), QString::fromStdString(member.role)},
            });
        return Answer::json(200, QJsonObject{{QStringLiteral("items"), items},
                                             {QStringLiteral("next_cursor"), QJsonValue(QJsonValue::Null)}});
    });
}

} // namespace http
