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

#include "Router.h"
#include "WorkQueue.h"
#include "front/HttpFront.h"

#include <QJsonObject>

#include <atomic>
#include <functional>
#include <memory>
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

// Where a route's work runs. The front's event loop never waits: only answers that need no store
// run on it; password hashing has its own small pool so guessing never starves the rest (R35).
enum class Lane {
    EventLoop, // cheap and non-blocking (health)
    Worker,    // may wait for the store
    Hashing,   // runs argon2 (login)
};

// How many threads each lane has and how much work may wait for them; beyond it the answer is
// 503 at once instead of a queue that grows without bound (R35).
struct LaneLimits
{
    size_t workers = 32;
    size_t workerQueue = 1024;
    size_t hashers = 2;
    size_t hashQueue = 32;
};

// The REST adapter: registers routes with their guards and turns every outcome into JSON or
// problem+json. Money-moving routes go through idempotency (R23) inside the writer's savepoint.
class Api
{
public:
    Api(Services services, LaneLimits lanes = {});
    ~Api();

    using Handler = std::function<Answer(Call &)>;
    // A money-moving operation: validated outside the writer, applied inside its transaction.
    using TxOperation = std::function<Answer(store::Tx &)>;
    using MoneyHandler = std::function<TxOperation(Call &)>;

    // EventLoop routes must be public and must not touch the store.
    void get(const std::string &pattern, Guard guard, Handler handler, Lane lane = Lane::Worker);
    void post(const std::string &pattern, Guard guard, Handler handler, Lane lane = Lane::Worker);
    void put(const std::string &pattern, Guard guard, Handler handler);
    void patch(const std::string &pattern, Guard guard, Handler handler);
    void del(const std::string &pattern, Guard guard, Handler handler);
    // POST that requires Idempotency-Key: a repeat with the same key and request replays the
    // first answer; the same key with another request is 409 idempotency_conflict.
    void postMoney(const std::string &pattern, Guard guard, MoneyHandler handler);

    // The front's handler: routes a complete request to its lane and answers through the responder.
    void handle(Request &&request, front::Responder responder);

    [[nodiscard]] Services &services() { return m_services; }
    // Requests being handled now (shutdown waits for them).
    [[nodiscard]] int activeRequests() const { return m_active.load(); }
    // Lets queued work finish and stops the lanes' threads.
    void stop();

private:
    struct Route
    {
        Guard guard;
        Handler handler;
        Lane lane = Lane::Worker;
    };

    void add(const char *method, const std::string &pattern, Guard guard, Handler handler, Lane lane);
    Answer dispatch(const Route &route, const Request &request);
    Answer runMoneyMoving(Call &call, const MoneyHandler &handler);
    void admit(Call &call, const Guard &guard);

    Services m_services;
    Router<Route> m_router;
    std::unique_ptr<WorkQueue> m_workers;
    std::unique_ptr<WorkQueue> m_hashers;
    std::atomic<int> m_active{0};
};

Answer problemAnswer(domain::ErrorCode code, const std::string &detail);

} // namespace http
