// SPDX-License-Identifier: GPL-3.0-or-later
// The team and the account (API.md "v1.1 additions"): members managed by the owner and invitations
// (R32), the own password and sessions (R33), the audit log (R34).
#include "Accounts.h"
#include "Api.h"
#include "Audit.h"
#include "CivilTime.h"
#include "Decoders.h"
#include "JsonViews.h"
#include "Members.h"
#include "Paging.h"
#include "Permissions.h"
#include "Routes.h"
#include "TimeText.h"
#include "UseCases.h"

#include <QJsonArray>
#include <QString>

namespace http {

namespace {

using domain::Error;
using domain::ErrorCode;

constexpr int kMaxEmailLength = 254;
constexpr int kMaxPasswordLength = 1024;
constexpr size_t kMaxActionFilterLength = 100;

QJsonObject signedIn(const application::Accounts::Session &session)
{
    return QJsonObject{
        {QStringLiteral("token"), QString::fromStdString(session.token)},
        {QStringLiteral("expires_at"), QString::fromStdString(ledger::utcText(session.expiresAt))},
        {QStringLiteral("user"), views::user(session.user)},
    };
}

} // namespace

std::string decode::memberEmail(const JsonBody &body)
{
    const std::string email = QString::fromStdString(body.text("email", kMaxEmailLength)).toLower().toStdString();
    if (email.find('@') == std::string::npos)
        throw Error(ErrorCode::ValidationFailed, "'email' is not an e-mail address");
    return email;
}

// A role the owner may give (R1, R32): "owner" reaches the use case, which refuses it in its words.
std::string decode::memberRole(const JsonBody &body)
{
    std::string role = body.text("role", 32);
    if (!application::isKnownRole(role))
        throw Error(ErrorCode::ValidationFailed, "'role' must be administrator, supervisor, manager or operator");
    return role;
}

std::string decode::password(const JsonBody &body, const char *field)
{
    const auto password = body.optionalRawText(field, kMaxPasswordLength);
    if (!password)
        throw Error(ErrorCode::ValidationFailed, std::string("'") + field + "' is required");
    return *password;
}

application::AuditFilter decode::auditFilter(const Call &call)
{
    const Request &request = call.request;
    application::AuditFilter filter;
    filter.projectId = call.projectId;
    filter.withReferral = application::roleAllows(call.role, Permission::ViewReferralAudit);
    filter.limit = paging::limitOf(request);
    filter.after = paging::cursorOf(request);
    if (request.hasQuery("actor")) {
        const std::string actor = request.queryValue("actor");
        const auto id = QString::fromStdString(actor).toLongLong();
        if (id <= 0 || std::to_string(id) != actor)
            paging::invalidParameter("actor", "must be a user id");
        filter.actorId = id;
    }
    if (request.hasQuery("action")) {
        std::string action = request.queryValue("action");
        if (action.empty() || action.size() > kMaxActionFilterLength)
            paging::invalidParameter("action", "must be an action name or its beginning (1-100 characters)");
        filter.action = std::move(action);
    }
    filter.from = paging::timeOf(request, "from", Rounding::Ceil);
    filter.to = paging::timeOf(request, "to", Rounding::Floor);
    return filter;
}

void registerTeamRoutes(Api &api)
{
    const Guard owner = Guard::member(Permission::ManageMembers);

    api.post(R"(/api/v1/projects/(\d+)/members)", owner, [&api](Call &call) {
        const JsonBody body = call.body();
        const std::string email = decode::memberEmail(body);
        const std::string name = body.text("name");
        const std::string role = decode::memberRole(body);
        const application::AddedMember added = api.app().members.add(call.actor(), call.projectId, email, name, role);
        return Answer::json(201, QJsonObject{
                                     {QStringLiteral("user_id"), views::integer(added.userId)},
                                     {QStringLiteral("invitation_token"), views::optionalText(added.invitationToken)},
                                 });
    });

    api.patch(R"(/api/v1/projects/(\d+)/members/(\d+))", owner, [&api](Call &call) {
        const std::int64_t userId = call.pathId(2);
        const std::string role = decode::memberRole(call.body());
        return Answer::json(200, views::member(api.app().members.changeRole(call.actor(), call.projectId, userId, role)));
    });

    api.del(R"(/api/v1/projects/(\d+)/members/(\d+))", owner, [&api](Call &call) {
        api.app().members.remove(call.actor(), call.projectId, call.pathId(2));
        return Answer::noContent();
    });

    // Public: the token is the credential. Sets a password, so it runs on the hashing lane (R35).
    api.post("/api/v1/invitations/accept", Guard::everyone(), [&api](Call &call) {
        const JsonBody body = call.body();
        const std::string token = body.text("token", 200);
        const std::string name = body.text("name");
        const std::string password = decode::password(body, "password");
        return Answer::json(200, signedIn(api.app().accounts.acceptInvitation(token, name, password)));
    }, Lane::Hashing);

    api.post("/api/v1/auth/password", Guard::user(), [&api](Call &call) {
        const JsonBody body = call.body();
        const std::string current = decode::password(body, "current");
        const std::string replacement = decode::password(body, "new");
        api.app().accounts.changePassword({call.caller(), call.sessionId}, current, replacement, call.request.peer);
        return Answer::noContent();
    }, Lane::Hashing);

    api.get("/api/v1/auth/sessions", Guard::user(), [&api](Call &call) {
        QJsonArray items;
        for (const store::Session &session : api.app().accounts.sessionsOf(call.caller().id))
            items.append(views::session(session, session.id == call.sessionId));
        // A user has a handful of sessions: one page.
        return Answer::json(200, paging::page(items, std::nullopt));
    });

    api.del(R"(/api/v1/auth/sessions/(\d+))", Guard::user(), [&api](Call &call) {
        api.app().accounts.endSession(call.caller().id, call.pathId(1));
        return Answer::noContent();
    });

    api.get(R"(/api/v1/projects/(\d+)/audit)", Guard::member(Permission::ViewAudit), [&api](Call &call) {
        const store::AuditPage page = api.app().audit.list(decode::auditFilter(call));
        QJsonArray items;
        for (const store::AuditEntry &entry : page.items)
            items.append(views::auditEntry(entry));
        return Answer::json(200, paging::page(items, page.next));
    });
}

} // namespace http
