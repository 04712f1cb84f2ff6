// SPDX-License-Identifier: GPL-3.0-or-later
#include "Api.h"

#include "Bearer.h"
#include "Clock.h"
#include "Decoders.h"
#include "CreditExpiry.h"
#include "DomainError.h"
#include "Money.h"
#include "Problem.h"
#include "UseCases.h"

#include <QJsonDocument>

#include <charconv>
#include <cstdio>
#include <stdexcept>

namespace http {

namespace {

using domain::Error;
using domain::ErrorCode;

constexpr size_t kMaxIdempotencyKeyLength = 200;

front::Response notRouted(const Request &request, const std::string &allowed)
{
    if (allowed.empty())
        return toResponse(problemAnswer(ErrorCode::NotFound, "no route " + request.method + " " + request.path));
    front::Response response;
    response.status = 405;
    response.contentType = kProblemContentType;
    response.body = problemBody(ProblemKind{405, "method_not_allowed", "Method not allowed"},
                                request.method + " is not served on " + request.path + "; allowed: " + allowed);
    response.headers.emplace_back("Allow", allowed);
    return response;
}

front::Response busy(const char *lane)
{
    return toResponse(retryLater(
        ErrorCode::Busy, std::string("the server's ") + lane + " are all busy and their queue is full; try again shortly", "1"));
}

} // namespace

Answer Answer::json(int status, const QJsonObject &object)
{
    return Answer{status, QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString(), "application/json"};
}

Answer problemAnswer(ErrorCode code, const std::string &detail)
{
    return Answer{problemKind(code).status, problemBody(code, detail), kProblemContentType};
}

Answer retryLater(ErrorCode code, const std::string &detail, const char *retryAfterSeconds)
{
    Answer answer = problemAnswer(code, detail);
    answer.headers.emplace_back("Retry-After", retryAfterSeconds);
    return answer;
}

front::Response toResponse(Answer &&answer)
{
    front::Response response;
    response.status = answer.status;
    if (answer.status != 204) {
        response.contentType = std::move(answer.contentType);
        response.body = std::move(answer.body);
    }
    response.headers = std::move(answer.headers);
    return response;
}

application::RecordedAnswer recordedProblem(const Error &error)
{
    return application::RecordedAnswer{problemKind(error.code()).status, problemBody(error.code(), error.what())};
}

Answer Answer::recorded(const application::RecordedAnswer &answer)
{
    return Answer{answer.status, answer.body, answer.status < 300 ? kJsonContentType : kProblemContentType};
}

MoneyRequest::MoneyRequest(const Call &call, std::string key)
    : m_call(call)
    , m_request{call.caller().id, std::move(key), {}, call.now, recordedProblem}
{
}

const application::IdempotentRequest &MoneyRequest::forOrder(const application::NormalisedOrder &order)
{
    m_request.fingerprint = application::orderFingerprint(m_call.request.method, m_call.request.path, order);
    m_decoded = true;
    return m_request;
}

application::IdempotentRequest MoneyRequest::refused() const
{
    application::IdempotentRequest request = m_request;
    request.fingerprint =
        application::refusedBodyFingerprint(m_call.request.method, m_call.request.path, m_call.request.body);
    return request;
}

std::int64_t Call::pathId(size_t index) const
{
    if (index == 0 || index > request.pathParams.size())
        throw Error(ErrorCode::NotFound, "no such resource");
    const std::string &text = request.pathParams[index - 1];
    std::int64_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || value <= 0)
        throw Error(ErrorCode::NotFound, "no such resource");
    return value;
}

std::string decode::idempotencyKey(const Request &request)
{
    std::string key(request.header("Idempotency-Key"));
    if (key.empty())
        throw Error(ErrorCode::Malformed, "the Idempotency-Key header is required on money-moving requests");
    if (key.size() > kMaxIdempotencyKeyLength)
        throw Error(ErrorCode::Malformed, "the Idempotency-Key header is longer than 200 characters");
    return key;
}

Api::Api(Services services, LaneLimits lanes)
    : m_services(services)
    , m_workers(std::make_unique<WorkQueue>("worker", lanes.workers, lanes.workerQueue))
    , m_hashers(std::make_unique<WorkQueue>("hashing", lanes.hashers, lanes.hashQueue))
    // R35: bounded in all and per user (LaneLimits); a re-check tick of 250 ms carries events
    // written by another server on the same PostgreSQL (docs/readme/autotopup.md).
    , m_eventWaiters(std::make_unique<EventWaiters>(
          [this](const std::vector<std::int64_t> &projects) { return m_services.app.outlook.latestEventIds(projects); },
          lanes.waitingPolls, lanes.waitingPollsPerUser, std::chrono::milliseconds(250)))
{
    EventWaiters *waiters = m_eventWaiters.get();
    m_services.app.outlook.onCommitted(
        [waiters](const std::vector<std::int64_t> &projects) { waiters->committed(projects); });
}

Api::~Api()
{
    stop();
}

void Api::stopEventWaiters()
{
    m_eventWaiters->stop();
}

void Api::stop()
{
    stopEventWaiters();
    m_workers->stop();
    m_hashers->stop();
}

EventWaiters &Api::eventWaiters()
{
    return *m_eventWaiters;
}

void Api::admit(Call &call, const Guard &guard)
{
    if (guard.kind == Guard::Kind::Public)
        return;
    if (const auto token = bearerToken(call.request.header("Authorization"))) {
        if (auto signedIn = m_services.app.accounts.userOfToken(*token)) {
            call.user = std::move(signedIn->user);
            call.sessionId = signedIn->sessionId;
        }
    }
    if (!call.user)
        throw Error(ErrorCode::Unauthenticated, "a valid bearer token is required");
    if (guard.kind == Guard::Kind::Staff && !serviceRoleAllows(call.user->serviceRole, guard.servicePermission))
        throw Error(ErrorCode::Forbidden, call.user->serviceRole.empty() ? "staff only" : "this credential may not do this");
    if (guard.kind != Guard::Kind::Member)
        return;
    call.projectId = call.pathId(1);
    const auto role = m_services.app.members.roleIn(call.projectId, call.user->id);
    if (!role)
        throw Error(ErrorCode::NotFound, "no such project");
    if (!roleAllows(*role, guard.permission))
        throw Error(ErrorCode::Forbidden, "your role '" + *role + "' has no access to this");
    call.role = *role;
}

namespace {

// The answer to a request whose handling threw `failure`.
Answer failedAnswer(const std::string &method, const std::string &path, const std::exception_ptr &failure)
{
    try {
        std::rethrow_exception(failure);
    } catch (const Error &error) {
        return problemAnswer(error.code(), error.what());
    } catch (const ledger::MoneyOverflow &error) {
        // An amount that would take a balance beyond int64 is a wrong value, not a crash.
        return problemAnswer(ErrorCode::ValidationFailed, error.what());
    } catch (const std::exception &error) {
        std::fprintf(stderr, "cabinet-server: %s %s failed: %s\n", method.c_str(), path.c_str(), error.what());
        return problemAnswer(ErrorCode::Internal, "internal error");
    }
}

} // namespace

Answer Api::dispatch(const Route &route, const Request &request, const front::Responder *responder)
{
    Call call{request, std::nullopt, 0, {}, 0, 0, responder};
    const Guard &guard = route.guard;
    const Handler &handler = route.handler;
    try {
        // R17: credits past their due time expire before anything is read or written; routes on
        // the event loop read nothing of the store and must not wait for it.
        if (route.lane != Lane::EventLoop)
            m_services.creditExpiry.catchUp();
        call.now = m_services.clock.now();
        admit(call, guard);
        return handler(call);
    } catch (...) {
        return failedAnswer(request.method, request.path, std::current_exception());
    }
}

application::AnswerLater Api::answerRecordedLater(const Call &call) const
{
    if (!call.responder)
        throw std::logic_error("a route that answers later runs on a worker");
    return [responder = *call.responder, method = call.request.method,
            path = call.request.path](const application::RecordedAnswer &answer, std::exception_ptr failure) {
        responder(toResponse(failure ? failedAnswer(method, path, failure) : Answer::recorded(answer)));
    };
}

void Api::handle(Request &&request, front::Responder responder)
{
    auto match = m_router.match(request.method, request.path);
    if (!match.target)
        return responder(notRouted(request, match.allowed));
    request.pathParams = std::move(match.captures);
    const Route &route = *match.target;
    if (route.lane == Lane::EventLoop)
        return responder(toResponse(dispatch(route, request, nullptr)));
    ++m_active;
    auto task = [this, &route, request = std::move(request), responder]() {
        Answer answer = dispatch(route, request, &responder);
        if (!answer.deferred)
            responder(toResponse(std::move(answer)));
        --m_active;
    };
    WorkQueue &queue = route.lane == Lane::Hashing ? *m_hashers : *m_workers;
    if (!queue.tryPost(std::move(task))) {
        --m_active;
        responder(busy(route.lane == Lane::Hashing ? "password checkers" : "workers"));
    }
}

void Api::add(const char *method, const std::string &pattern, Guard guard, Handler handler, Lane lane)
{
    m_router.add(method, pattern, Route{guard, std::move(handler), lane});
}

void Api::get(const std::string &pattern, Guard guard, Handler handler, Lane lane)
{
    add("GET", pattern, guard, std::move(handler), lane);
}

void Api::post(const std::string &pattern, Guard guard, Handler handler, Lane lane)
{
    add("POST", pattern, guard, std::move(handler), lane);
}

void Api::put(const std::string &pattern, Guard guard, Handler handler)
{
    add("PUT", pattern, guard, std::move(handler), Lane::Worker);
}

void Api::patch(const std::string &pattern, Guard guard, Handler handler)
{
    add("PATCH", pattern, guard, std::move(handler), Lane::Worker);
}

void Api::del(const std::string &pattern, Guard guard, Handler handler)
{
    add("DELETE", pattern, guard, std::move(handler), Lane::Worker);
}

void Api::postMoney(const std::string &pattern, Guard guard, MoneyHandler handler)
{
    post(pattern, guard, [this, handler = std::move(handler)](Call &call) { return runMoneyMoving(call, handler); });
}

Answer Api::runMoneyMoving(Call &call, const MoneyHandler &handler)
{
    // Not recorded: without a usable key there is nothing to record under.
    MoneyRequest money(call, decode::idempotencyKey(call.request));
    try {
        return handler(call, money);
    } catch (const Error &error) {
        // Thrown after decoding: the use case's own refusal (a key conflict, a busy server) is
        // not an answer to record. Thrown while decoding: the body's 400/404/422 is (R23).
        if (money.decoded())
            throw;
        return Answer::recorded(m_services.app.idempotency.refuse(money.refused(), error));
    }
}

} // namespace http
