// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Auth.h"
#include "Config.h"
#include "DomainError.h"
#include "Request.h"
#include "Json.h"
#include "Permissions.h"
#include "Records.h"
#include "Sql.h"

#include <httplib.h>

#include <QJsonObject>

#include <atomic>
#include <functional>
#include <optional>
#include <string>

namespace store {
class Clock;
class Store;
} // namespace store

namespace http {

class CreditExpiryTimer;

// Everything a route needs.
struct Services
{
    store::Store &store;
    store::Clock &clock;
    const Config &config;
    Authenticator &authenticator;
    CreditExpiryTimer &creditExpiry;
};

// A route's answer: status and JSON body (empty for 204).
struct Answer
{
    int status = 200;
    std::string body;
    std::string contentType = "application/json";

    static Answer json(int status, const QJsonObject &object);
    static Answer noContent() { return Answer{204, {}, {}}; }
};

// Who may call a route.
struct Guard
{
    enum class Kind { Public, User, Staff, Member };
    Kind kind = Kind::Public;
    Permission permission = Permission::ViewUsers; // Member routes only

    static Guard everyone() { return {Kind::Public, Permission::ViewUsers}; }
    static Guard user() { return {Kind::User, Permission::ViewUsers}; }
    static Guard staff() { return {Kind::Staff, Permission::ViewUsers}; }
    // /projects/{pid}/...: a non-member gets 404 (the project's existence is not revealed),
    // a member whose role lacks the permission 403.
    static Guard member(Permission permission) { return {Kind::Member, permission}; }
};

// One request as the route sees it, after authentication and the guard.
struct Call
{
    const Request &request;
    std::optional<store::User> user; // set unless the route is public
    std::int64_t projectId = 0;      // Member routes: the {pid} the caller is a member of
    std::string role;                // Member routes: the caller's role there
    std::int64_t now = 0;            // the server clock when the request arrived

    // The n-th numeric path parameter (1-based, as in the route's pattern); 404 when it does not fit int64.
    [[nodiscard]] std::int64_t pathId(size_t index) const;
    [[nodiscard]] JsonBody body() const { return JsonBody::parse(request.body); }
    [[nodiscard]] const store::User &caller() const { return *user; }
};

// The REST adapter: registers routes with their guards and turns every outcome into JSON or
// problem+json. Money-moving routes go through idempotency (R23) inside the writer's savepoint.
class Api
{
public:
    Api(httplib::Server &server, Services services);

    using Handler = std::function<Answer(Call &)>;
    // A money-moving operation: validated outside the writer, applied inside its transaction.
    using TxOperation = std::function<Answer(store::Tx &)>;
    using MoneyHandler = std::function<TxOperation(Call &)>;

    void get(const std::string &pattern, Guard guard, Handler handler);
    void post(const std::string &pattern, Guard guard, Handler handler);
    // POST that requires Idempotency-Key: a repeat with the same key and request replays the
    // first answer; the same key with another request is 409 idempotency_conflict.
    void postMoney(const std::string &pattern, Guard guard, MoneyHandler handler);

    [[nodiscard]] Services &services() { return m_services; }
    // Requests being handled now (shutdown waits for them).
    [[nodiscard]] int activeRequests() const { return m_active.load(); }

private:
    void dispatch(const Guard &guard, const Handler &handler, const httplib::Request &transport,
                  httplib::Response &response, std::string body);
    Answer runMoneyMoving(Call &call, const MoneyHandler &handler);
    void admit(Call &call, const Guard &guard);

    httplib::Server &m_server;
    Services m_services;
    std::atomic<int> m_active{0};
};

Answer problemAnswer(domain::ErrorCode code, const std::string &detail);

// The Idempotency-Key of a money-moving request and the fingerprint of what it asks (R23);
// 400 validation_failed when the header is missing or longer than 200 characters.
struct IdempotentRequest
{
    std::string key;
    std::string fingerprint;
};
IdempotentRequest idempotentRequest(const Call &call);
// A stored first answer as it is sent again: JSON below 300, else problem+json.
Answer storedAnswer(int status, std::string body);

} // namespace http
