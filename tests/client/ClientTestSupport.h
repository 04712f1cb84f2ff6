// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the client and UI tests: the demo server (cabinet-server --seed demo, see
// server/main/Seed.cpp for its users) and a way to wait for a job's typed result.
#include "ApiClient.h"
#include "ServerProcess.h"

#include <QTest>

#include <memory>

namespace Demo {
inline const QString OwnerEmail = QStringLiteral("owner@demo.unitalk");
inline const QString OwnerPassword = QStringLiteral("demo-owner");
inline const QString AdminEmail = QStringLiteral("admin@demo.unitalk");
inline const QString AdminPassword = QStringLiteral("demo-admin");
inline const QString SupervisorEmail = QStringLiteral("supervisor@demo.unitalk");
inline const QString SupervisorPassword = QStringLiteral("demo-supervisor");
inline const QString MainProject = QStringLiteral("Demo Telecom");  // owner: Owner, admin: Administrator
inline const QString BusyProject = QStringLiteral("Busy Call Center"); // owner: Administrator

// The demo server with a small busy project, so paging runs over several pages quickly.
inline std::unique_ptr<ServerProcess> startServer(int busyRows = 1500)
{
    ServerProcess::Options options;
    options.seed = QStringLiteral("demo");
    options.extraArguments = {QStringLiteral("--seed-busy"), QString::number(busyRows)};
    auto server = std::make_unique<ServerProcess>(options);
    if (!server->start())
        qWarning("cabinet-server did not start: %s", qPrintable(server->errorString()));
    return server;
}
} // namespace Demo

// Waits for a job's finished(ApiResult<T>) and returns the result.
template<typename T, typename Job>
ApiResult<T> awaitResult(Job *job, int timeoutMs = 30000)
{
    std::optional<ApiResult<T>> result;
    QObject::connect(job, &Job::finished, [&](const ApiResult<T> &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, timeoutMs)) {
        ApiResult<T> timedOut;
        timedOut.error.kind = ApiError::Kind::Timeout;
        timedOut.error.message = QStringLiteral("test: no answer in time");
        return timedOut;
    }
    return *result;
}

// Signs api in (sets its token) and returns the user's projects; empty on failure.
inline std::optional<MeAnswer> signInApi(ApiClient &api, const QString &email, const QString &password)
{
    const ApiResult<LoginAnswer> login = awaitResult<LoginAnswer>(api.login(email, password));
    if (!login.ok())
        return std::nullopt;
    api.setToken(login.value->token);
    const ApiResult<MeAnswer> me = awaitResult<MeAnswer>(api.me());
    return me.value;
}

// Every row the server has for `filter`, newest first, following next_cursor; empty on failure.
inline QList<Transaction> serverHistory(ApiClient &api, const QString &projectId, const TransactionFilter &filter)
{
    QList<Transaction> rows;
    QString cursor;
    do {
        const auto page = awaitResult<ListPage<Transaction>>(api.transactions(projectId, filter, cursor, 1000));
        if (!page.ok())
            return {};
        rows.append(page.value->items);
        cursor = page.value->nextCursor;
    } while (!cursor.isEmpty());
    return rows;
}

inline QString projectIdByName(const MeAnswer &me, const QString &name)
{
    for (const ProjectMembership &project : me.projects) {
        if (project.name == name)
            return project.id;
    }
    return {};
}
