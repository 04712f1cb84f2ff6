// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DomainError.h"
#include "Idempotency.h"
#include "Json.h"
#include "Permissions.h"
#include "Records.h"
#include "Request.h"
#include "UseCase.h"

#include "EventWaiters.h"
#include "Router.h"
#include "WorkQueue.h"
#include "front/HttpFront.h"

#include <QJsonObject>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace store {
class Clock;
} // namespace store

namespace application {
class CreditExpiry;
struct UseCases;
} // namespace application

namespace http {

using application::Permission;
using application::ServicePermission;

// Everything a route needs: the clock and the application's use cases, never the store.
struct Services
{
    store::Clock &clock;
    application::UseCases &app;
    application::CreditExpiry &creditExpiry; // every request first catches up (R17)
};

// A route's answer: status and JSON body (empty for 204).
struct Answer
{
    Answer() = default;
    Answer(int statusCode, std::string bodyText, std::string type = "application/json")
        : status(statusCode)
        , body(std::move(bodyText))
        , contentType(std::move(type))
    {
    }

    int status = 200;
    std::string body;
    std::string contentType = "application/json";

    std::vector<std::pair<std::string, std::string>> headers; // extra fields: Retry-After
    bool deferred = false; // the route answers later through Call::responder (a long poll)

    static Answer json(int status, const QJsonObject &object);
    static Answer noContent() { return Answer{204, {}, {}}; }
    // The route took Call::responder and answers later, from another thread.
    static Answer later()
    {
        Answer answer;
        answer.deferred = true;
        return answer;
    }
    // An answer a money-moving use case recorded (or replayed) under its Idempotency-Key.
    static Answer recorded(const application::RecordedAnswer &answer);
};

// How a use case's result is recorded: `view` turns it into the route's JSON with `status`.
template <typename Result, typename View>
application::Encoder<Result> jsonEncoder(int status, View view)
{
    return [status, view](const Result &result) {
        const Answer answer = Answer::json(status, view(result));
        return application::RecordedAnswer{answer.status, answer.body};
    };
}

// Who may call a route.
struct Guard
{
    enum class Kind { Public, User, Staff, Member };
    Kind kind = Kind::Public;
    Permission permission = Permission::ViewUsers; // Member routes only
    ServicePermission servicePermission = ServicePermission::Manage; // Staff routes only

    static Guard everyone() { return {Kind::Public, Permission::ViewUsers}; }
    static Guard user() { return {Kind::User, Permission::ViewUsers}; }
    // Staff routes: full staff only; the platform credential gets 403 (issue 11).
    static Guard staff() { return {Kind::Staff, Permission::ViewUsers, ServicePermission::Manage}; }
    // A staff route the service role table also grants to others (charges: the platform).
    static Guard service(ServicePermission permission) { return {Kind::Staff, Permission::ViewUsers, permission}; }
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
    std::int64_t sessionId = 0;      // set unless the route is public: the caller's session (R33)
    // Worker routes: the connection's responder, for a route that answers later (Answer::later).
    const front::Responder *responder = nullptr;

    // The n-th numeric path parameter (1-based, as in the route's pattern); 404 when it does not fit int64.
    [[nodiscard]] std::int64_t pathId(size_t index) const;
    [[nodiscard]] JsonBody body() const { return JsonBody::parse(request.body); }
    [[nodiscard]] const store::User &caller() const { return *user; }
    [[nodiscard]] application::Actor actor() const { return {user ? user->id : 0, now}; }
};

// A money-moving request on its way to its use case (R23). The route decodes the request into
// its typed order and asks for the idempotency request of that order; when decoding throws
// first, the Api records the refusal under the key all the same.
class MoneyRequest
{
public:
    MoneyRequest(const Call &call, std::string key);

    // The idempotency request of the decoded order: fingerprinted by the normalised order, so
    // no card digit reaches the store (issue 11).
    const application::IdempotentRequest &forOrder(const application::NormalisedOrder &order);
    [[nodiscard]] bool decoded() const { return m_decoded; }
    // The idempotency request of a body that did not decode.
    [[nodiscard]] application::IdempotentRequest refused() const;

private:
    const Call &m_call;
    application::IdempotentRequest m_request;
    bool m_decoded = false;
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
    // Every other write holds its worker until its batch commits (a charge does not: the
    // writer answers it, Api::answerRecordedLater), so 64 lets writes of many users share a commit.
    size_t workers = 64;
    size_t workerQueue = 1024;
    size_t hashers = 2;
    size_t hashQueue = 32;
    // Event-feed long polls waiting at once (R31): they hold no thread, but each a connection and
    // a small record; beyond these 503 (in all) and 429 (per user), at once.
    size_t waitingPolls = 1000;
    size_t waitingPollsPerUser = 10;
};

// The REST adapter: registers routes with their guards and turns every outcome into JSON or
// problem+json. Money-moving routes go through idempotency (R23) inside the writer's savepoint.
class Api
{
public:
    Api(Services services, LaneLimits lanes = {});
    ~Api();

    using Handler = std::function<Answer(Call &)>;
    // A money-moving route: decodes outside the writer, then runs its use case, which applies
    // the order and records the answer in one transaction.
    using MoneyHandler = std::function<Answer(Call &, MoneyRequest &)>;

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
    [[nodiscard]] application::UseCases &app() { return m_services.app; }
    // The long polls waiting for their project's events (R31).
    EventWaiters &eventWaiters();
    // Requests being handled now (shutdown waits for them).
    [[nodiscard]] int activeRequests() const { return m_active.load(); }
    // For a money-moving route whose use case answers from another thread (a charge): the
    // function that sends the recorded answer, or the answer for what it failed with, to the
    // call's connection. The route then returns Answer::later().
    [[nodiscard]] application::AnswerLater answerRecordedLater(const Call &call) const;
    // Answers every waiting long poll with what it has now (R31); later polls are refused (503).
    // Shutdown calls it while the front still writes answers.
    void stopEventWaiters();
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
    Answer dispatch(const Route &route, const Request &request, const front::Responder *responder);
    Answer runMoneyMoving(Call &call, const MoneyHandler &handler);
    void admit(Call &call, const Guard &guard);

    Services m_services;
    Router<Route> m_router;
    std::unique_ptr<WorkQueue> m_workers;
    std::unique_ptr<WorkQueue> m_hashers;
    std::unique_ptr<EventWaiters> m_eventWaiters;
    std::atomic<int> m_active{0};
};

Answer problemAnswer(domain::ErrorCode code, const std::string &detail);
// A refusal the client may retry: the problem with Retry-After (seconds).
Answer retryLater(domain::ErrorCode code, const std::string &detail, const char *retryAfterSeconds);
// What the front writes for an answer (a 204 without body).
front::Response toResponse(Answer &&answer);
// The problem+json of a refusal, as recorded under an Idempotency-Key.
application::RecordedAnswer recordedProblem(const domain::Error &error);


} // namespace http
