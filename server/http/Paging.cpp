// SPDX-License-Identifier: GPL-3.0-or-later
#include "Paging.h"

#include "DomainError.h"

#include <QByteArray>
#include <QString>

#include <charconv>

namespace http::paging {

namespace {

constexpr int kDefaultLimit = 100;
constexpr int kMaxLimit = 1000;

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
    // Row ids start at 1: a cursor naming id 0 or below is no position of any list, so it is
    // refused like any other text that is not a cursor (issue 15's query target).
    if (at.ec != std::errc() || at.ptr != atEnd || id.ec != std::errc() || id.ptr != idEnd || cursor.id <= 0)
        invalidParameter("cursor", "is not a cursor of this list");
    return cursor;
}

} // namespace

void invalidParameter(const std::string &name, const std::string &what)
{
    throw domain::Error(domain::ErrorCode::ValidationFailed, "query parameter '" + name + "' " + what);
}

std::optional<std::int64_t> timeOf(const Request &request, const std::string &name, Rounding rounding)
{
    if (!request.hasQuery(name))
        return std::nullopt;
    const auto time = parseTime(request.queryValue(name), rounding);
    if (!time)
        invalidParameter(name, "must be an RFC 3339 time such as 2026-01-31T00:00:00Z");
    return time;
}

int limitOf(const Request &request)
{
    if (!request.hasQuery("limit"))
        return kDefaultLimit;
    const std::string text = request.queryValue("limit");
    int limit = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), limit);
    if (error != std::errc() || end != text.data() + text.size() || limit < 1 || limit > kMaxLimit)
        invalidParameter("limit", "must be an integer from 1 to 1000");
    return limit;
}

std::optional<store::HistoryCursor> cursorOf(const Request &request)
{
    if (!request.hasQuery("cursor"))
        return std::nullopt;
    return decodeCursor(request.queryValue("cursor"));
}

QJsonObject page(const QJsonArray &items, const std::optional<store::HistoryCursor> &next)
{
    return QJsonObject{
        {QStringLiteral("items"), items},
        {QStringLiteral("next_cursor"),
         next ? QJsonValue(QString::fromStdString(encodeCursor(*next))) : QJsonValue(QJsonValue::Null)},
    };
}

} // namespace http::paging
