// SPDX-License-Identifier: GPL-3.0-or-later
// Path ids, `?limit=`, the opaque `?cursor=`, time parameters and list filters (issue 15).
// Input: the path id's text, a newline, then a query string as it follows '?' in a target; the
// query is split and percent-decoded by the front's own parser (server/http/front/UrlText).
// Invariants: a path id is a positive int64 or 404; a limit is 1..1000 or 422; a cursor decodes to
// a position of a row (id > 0) that the server's own next_cursor encodes back to the same position,
// or is refused with 422; a time prints back (ledger::utcText) to the same instant; a filter holds only
// its allowed words; nothing but a 404/422 refusal leaves the decoders.
#include "FuzzTarget.h"

#include "CivilTime.h"
#include "Decoders.h"
#include "DomainError.h"
#include "Paging.h"
#include "TimeText.h"
#include "front/UrlText.h"

#include <QJsonArray>

namespace {

using domain::Error;
using domain::ErrorCode;

// Runs one decoder; true when it accepted. It may refuse only with `refusal`.
template <typename Decode>
bool accepts(Decode &&decode, ErrorCode refusal = ErrorCode::ValidationFailed)
{
    return fuzz::accepts<Error>(decode, [refusal](const Error &error) { return error.code() == refusal; });
}

void checkTime(std::int64_t seconds)
{
    FUZZ_CHECK(http::parseTime(ledger::utcText(seconds)) == seconds);
}

void checkCursor(const http::Request &request)
{
    std::optional<store::HistoryCursor> cursor;
    if (!accepts([&] { cursor = http::paging::cursorOf(request); }))
        return;
    FUZZ_CHECK(cursor.has_value() == request.hasQuery("cursor"));
    if (!cursor)
        return;
    FUZZ_CHECK(cursor->id > 0);
    // The server's own next_cursor for this position decodes back to it.
    const QJsonObject page = http::paging::page(QJsonArray(), cursor);
    http::Request again;
    again.query.emplace_back("cursor", page.value(QStringLiteral("next_cursor")).toString().toStdString());
    const std::optional<store::HistoryCursor> back = http::paging::cursorOf(again);
    FUZZ_CHECK(back && back->at == cursor->at && back->id == cursor->id);
}

} // namespace

CABINET_FUZZ_TARGET(query)
{
    const auto [idText, queryText] = fuzz::splitLine(fuzz::asText(data, size));
    http::Request request;
    request.method = "GET";
    request.path = "/api/v1/projects/1/transactions";
    request.pathParams = {std::string(idText), std::string(idText)};
    if (!http::front::url::parseQuery(queryText, request.query))
        return 0; // the front answers 400 before any route

    http::Call call{request, std::nullopt, 0, "owner", 1'800'000'000, 0};
    std::int64_t id = 0;
    if (accepts([&] { id = call.pathId(1); }, ErrorCode::NotFound)) {
        FUZZ_CHECK(id > 0);
        FUZZ_CHECK(std::to_string(id).size() <= idText.size());
    }
    call.projectId = 7;

    int limit = 0;
    if (accepts([&] { limit = http::paging::limitOf(request); }))
        FUZZ_CHECK(limit >= 1 && limit <= 1000);
    checkCursor(request);

    for (const auto rounding : {http::Rounding::Floor, http::Rounding::Ceil}) {
        std::optional<std::int64_t> from;
        if (accepts([&] { from = http::paging::timeOf(request, "from", rounding); }) && from)
            checkTime(*from);
    }
    const auto floor = http::parseTime(request.queryValue("to"), http::Rounding::Floor);
    const auto ceil = http::parseTime(request.queryValue("to"), http::Rounding::Ceil);
    FUZZ_CHECK(floor.has_value() == ceil.has_value());
    if (floor)
        FUZZ_CHECK(*ceil == *floor || *ceil == *floor + 1);

    application::CreditRequestFilter credit;
    if (accepts([&] { credit = http::decode::creditRequestFilter(request); }))
        FUZZ_CHECK(!credit.status || fuzz::oneOf(*credit.status, {"pending", "granted", "rejected"}));

    store::HistoryQuery history;
    if (accepts([&] { history = http::decode::historyQuery(call); })) {
        FUZZ_CHECK(history.projectId == 7 && history.limit >= 1 && history.limit <= 1000);
        FUZZ_CHECK(!history.balance || fuzz::oneOf(*history.balance, {"main", "bonus", "credit"}));
        FUZZ_CHECK(!history.after || history.after->id > 0);
    }

    application::AuditFilter audit;
    if (accepts([&] { audit = http::decode::auditFilter(call); })) {
        FUZZ_CHECK(!audit.actorId || *audit.actorId > 0);
        FUZZ_CHECK(!audit.action || (!audit.action->empty() && audit.action->size() <= 100));
    }

    application::PeriodQuery period;
    if (accepts([&] { period = http::decode::period(request); })) {
        if (period.from)
            checkTime(*period.from);
        if (period.to)
            checkTime(*period.to);
    }
    return 0;
}
