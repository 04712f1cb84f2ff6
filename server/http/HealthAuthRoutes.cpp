// SPDX-License-Identifier: GPL-3.0-or-later
// GET /health, POST /auth/login, POST /auth/logout, GET /me (API.md "Health and auth").
#include "Accounts.h"
#include "Api.h"
#include "Bearer.h"
#include "CivilTime.h"
#include "JsonViews.h"
#include "Members.h"
#include "Problem.h"
#include "Routes.h"
#include "UseCases.h"

#include <QJsonArray>
#include <QString>

namespace http {

void registerHealthAuthRoutes(Api &api)
{
    // Answered on the front's event loop: health stays prompt whatever the workers are doing (R35).
    // Only on a test server (--fake-clock) it also says how many long polls wait now (R31), so that
    // tests wait until their polls are registered instead of sleeping; it never reads the store.
    const bool testServer = api.app().testClock.enabled();
    api.get(
        "/api/v1/health", Guard::everyone(),
        [&api, testServer](Call &) {
            if (!testServer)
                return Answer{200, R"({"status":"ok"})", kJsonContentType};
            return Answer::json(200, QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                                                 {QStringLiteral("waiting_polls"),
                                                  qint64(api.eventWaiters().waiting())}});
        },
        Lane::EventLoop);

    // Login takes no Idempotency-Key: it moves no money, and every login is a new session.
    api.post("/api/v1/auth/login", Guard::everyone(), [&api](Call &call) {
        const JsonBody body = call.body();
        // Empty or missing credentials are simply wrong credentials (401), like any other.
        const std::string email = normalizedEmail(body.optionalRawText("email", 254).value_or(std::string()));
        const std::string password = body.optionalRawText("password", 1024).value_or(std::string());
        const application::Accounts::Session session = api.app().accounts.login(email, password, call.request.peer);
        return Answer::json(200, QJsonObject{
                                     {QStringLiteral("token"), QString::fromStdString(session.token)},
                                     {QStringLiteral("expires_at"), QString::fromStdString(ledger::utcText(session.expiresAt))},
                                     {QStringLiteral("user"), views::user(session.user)},
                                 });
    }, Lane::Hashing);

    api.post("/api/v1/auth/logout", Guard::user(), [&api](Call &call) {
        api.app().accounts.logout(bearerToken(call.request.header("Authorization")).value());
        return Answer::noContent();
    });

    api.get("/api/v1/me", Guard::user(), [&api](Call &call) {
        QJsonArray projects;
        for (const store::Membership &membership : api.app().members.membershipsOf(call.caller().id))
            projects.append(QJsonObject{
                {QStringLiteral("id"), views::integer(membership.projectId)},
                {QStringLiteral("name"), QString::fromStdString(membership.projectName)},
                {QStringLiteral("role"), QString::fromStdString(membership.role)},
            });
        return Answer::json(200, QJsonObject{
                                     {QStringLiteral("user"), views::user(call.caller())},
                                     {QStringLiteral("projects"), projects},
                                 });
    });
}

} // namespace http
