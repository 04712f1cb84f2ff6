// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Records.h"

#include "Request.h"
#include "TimeText.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>
#include <string>

// Query parameters shared by every list of API.md: `?limit=` (default 100, 1..1000) and the
// opaque `?cursor=`; answers {"items": [...], "next_cursor": null|string}.
namespace http::paging {

// 422 validation_failed naming the query parameter.
[[noreturn]] void invalidParameter(const std::string &name, const std::string &what);

int limitOf(const Request &request);
// `?name=` as an RFC 3339 time (rounded as asked), nothing when absent, 422 when it is not one.
std::optional<std::int64_t> timeOf(const Request &request, const std::string &name, Rounding rounding);
std::optional<store::HistoryCursor> cursorOf(const Request &request);
QJsonObject page(const QJsonArray &items, const std::optional<store::HistoryCursor> &next);

} // namespace http::paging
