// SPDX-License-Identifier: GPL-3.0-or-later
// R31: a project's event feed, GET /projects/{pid}/events?after=&wait=&limit=. With wait, a poll
// that finds nothing waits in EventWaiters (no worker thread held) until an event arrives or the
// time is up. An Administrator never receives withdrawal_* (R3).
#include "Api.h"
#include "CivilTime.h"
#include "DomainError.h"
#include "JsonViews.h"
#include "Paging.h"
#include "Problem.h"
#include "Routes.h"
#include "UseCases.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <charconv>
#include <cstdio>

namespace http {

namespace {

constexpr std::int64_t kMaxWaitSeconds = 30;
constexpr int kDefaultEventLimit = 100;

std::int64_t nonNegativeParameter(const Request &request, const char *name)
{
    if (!request.hasQuery(name))
        return 0;
    const std::string text = request.queryValue(name);
    std::int64_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || value < 0)
        paging::invalidParameter(name, "must be a whole number, zero or more");
    return value;
}

QJsonObject eventView(const store::FeedEvent &event)
{
    const QJsonDocument data = QJsonDocument::fromJson(QByteArray::fromStdString(event.data));
    return QJsonObject{{QStringLiteral("id"), views::integer(event.id)},
                       {QStringLiteral("at"), QString::fromStdString(ledger::utcText(event.at))},
                       {QStringLiteral("type"), QString::fromStdString(event.type)},
                       {QStringLiteral("data"), data.object()}};
}

Answer page(const std::vector<store::FeedEvent> &events, std::int64_t after)
{
    QJsonArray items;
    std::int64_t last = after;
    for (const store::FeedEvent &event : events) {
        items.append(eventView(event));
        last = event.id;
    }
    return Answer::json(200, QJsonObject{{QStringLiteral("items"), items}, {QStringLiteral("last_id"), views::integer(last)}});
}

} // namespace

void registerEventRoutes(Api &api)
{
    api.get(R"(/api/v1/projects/(\d+)/events)", Guard::member(Permission::Finance), [&api](Call &call) {
        const std::int64_t after = nonNegativeParameter(call.request, "after");
        const std::int64_t wait = nonNegativeParameter(call.request, "wait");
        if (wait > kMaxWaitSeconds)
            paging::invalidParameter("wait", "is at most 30 seconds");
        const int limit = call.request.hasQuery("limit") ? paging::limitOf(call.request) : kDefaultEventLimit;
        // R3: withdrawal_* only for a role with the referral program (the owner).
        const bool withOwnerOnly = application::roleAllows(call.role, Permission::Referral);
        const std::int64_t projectId = call.projectId;
        application::Outlook &outlook = api.app().outlook;
        const auto events = outlook.events(projectId, after, withOwnerOnly, limit);
        if (!events.empty() || wait == 0 || !call.responder)
            return page(events, after);

        EventWaiters::Waiter waiter;
        waiter.projectId = projectId;
        waiter.userId = call.caller().id;
        waiter.after = after;
        waiter.deadline = std::chrono::steady_clock::now() + std::chrono::seconds(wait);
        const front::Responder responder = *call.responder;
        waiter.answer = [&outlook, responder, projectId, after, withOwnerOnly, limit](bool timeUp) {
            Answer answer;
            try {
                const auto found = outlook.events(projectId, after, withOwnerOnly, limit);
                if (found.empty() && !timeUp)
                    return false;
                answer = page(found, after);
            } catch (const std::exception &error) {
                std::fprintf(stderr, "cabinet-server: a long poll's read failed: %s\n", error.what());
                answer = problemAnswer(domain::ErrorCode::Internal, "internal error");
            }
            responder(toResponse(std::move(answer)));
            return true;
        };
        switch (api.eventWaiters().add(std::move(waiter))) {
        case EventWaiters::Admission::Waiting:
            return Answer::later();
        case EventWaiters::Admission::UserFull:
            return retryLater(domain::ErrorCode::RateLimited,
                              "you already have as many event polls waiting as one user may; wait for one to answer", "1");
        case EventWaiters::Admission::Full:
            break;
        }
        return retryLater(domain::ErrorCode::Busy, "the server holds as many waiting event polls as it allows; poll again later",
                          "5");
    });
}

} // namespace http
