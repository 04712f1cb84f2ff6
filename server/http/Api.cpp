// SPDX-License-Identifier: GPL-3.0-or-later
#include "Api.h"

#include "Clock.h"
#include "CreditExpiryTimer.h"
#include "Crypto.h"
#include "DomainError.h"
#include "IdempotencyOps.h"
#include "Money.h"
#include "Problem.h"
#include "Store.h"
#include "UserOps.h"

#include <QJsonDocument>

#include <charconv>
#include <cstdio>

namespace http {

namespace {

using domain::Error;
using domain::ErrorCode;

constexpr size_t kMaxIdempotencyKeyLength = 200;

// Domain refusals are the operation's answer and are replayed like a success (R23); validation
// errors and unknown ids are not: the request never ran, and a corrected retry may reuse its key.
bool isReplayableRefusal(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InsufficientFunds:
    case ErrorCode::ReferralBalanceExceeded:
    case ErrorCode::CreditNotEligible:
    case ErrorCode::CreditLimitExceeded:
    case ErrorCode::CreditAlreadyActive:
        return true;
    default:
        return false;
    }
}

void send(httplib::Response &response, const Answer &answer)
{
    response.status = answer.status;
    if (answer.status == 204)
        response.body.clear();
    else
        response.set_content(answer.body, answer.contentType.c_str());
}

// The problem for a status httplib produced itself (unknown route, body too large, bad request line).
ProblemKind kindForStatus(int status)
{
    switch (status) {
    case 404:
    case 405:
        return problemKind(ErrorCode::NotFound);
    case 413:
        return ProblemKind{413, "payload_too_large", "Request body too large"};
    case 400:
        return problemKind(ErrorCode::Malformed);
    default:
        return ProblemKind{status, status >= 500 ? "internal_error" : "validation_failed",
                           status >= 500 ? "Internal error" : "Bad request"};
    }
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

Api::Api(httplib::Server &server, Services services)
    : m_server(server)
    , m_services(services)
{
    // Statuses httplib answers on its own (unmatched route 404, body above the limit 413, bad
    // request line 400) get a problem+json body too. Answers of the routes keep theirs.
    const httplib::Server::HandlerWithResponse errorHandler = [](const httplib::Request &request,
                                                                  httplib::Response &response) {
        if (!response.body.empty())
            return httplib::Server::HandlerResponse::Unhandled;
        ProblemKind kind = kindForStatus(response.status);
        const std::string detail = response.status == 404 ? "no route " + request.method + " " + request.path
            : response.status == 413                       ? "the request body is larger than 1 MiB"
                                                           : std::string("the request could not be read");
        if (response.status == 405)
            response.status = 404;
        kind.status = response.status;
        response.set_content(problemBody(kind, detail), kProblemContentType);
        return httplib::Server::HandlerResponse::Handled;
    };
    m_server.set_error_handler(errorHandler);
    m_server.set_exception_handler([](const httplib::Request &, httplib::Response &response, std::exception_ptr) {
        send(response, problemAnswer(ErrorCode::Internal, "internal error"));
    });
}

void Api::admit(Call &call, const Guard &guard)
{
    if (guard.kind == Guard::Kind::Public)
        return;
    call.user = m_services.authenticator.userOf(call.request.header("Authorization"));
    if (!call.user)
        throw Error(ErrorCode::Unauthenticated, "a valid bearer token is required");
    if (guard.kind == Guard::Kind::Staff && !call.user->isStaff)
        throw Error(ErrorCode::Forbidden, "staff only");
    if (guard.kind != Guard::Kind::Member)
        return;
    call.projectId = call.pathId(1);
    const auto role = m_services.store.read(
        [&](store::Tx &tx) { return store::users::roleIn(tx, call.projectId, call.user->id); });
    if (!role)
        throw Error(ErrorCode::NotFound, "no such project");
    if (!roleAllows(*role, guard.permission))
        throw Error(ErrorCode::Forbidden, "your role '" + *role + "' has no access to this");
    call.role = *role;
}

void Api::dispatch(const Guard &guard, const Handler &handler, const httplib::Request &transport,
                   httplib::Response &response, std::string body)
{
    ++m_active;
    Request request;
    request.method = transport.method;
    request.path = transport.path;
    for (const auto &[name, value] : transport.params)
        request.query.emplace_back(name, value);
    for (const auto &[name, value] : transport.headers)
        request.headers.emplace_back(name, value);
    request.body = std::move(body);
    request.peer = transport.remote_addr;
    for (size_t i = 1; i < transport.matches.size(); ++i)
        request.pathParams.push_back(transport.matches[i].str());
    Call call{request, std::nullopt, 0, {}, 0};
    try {
        // R17: credits past their due time expire before anything is read or written.
        m_services.creditExpiry.catchUp();
        call.now = m_services.clock.now();
        admit(call, guard);
        send(response, handler(call));
    } catch (const Error &error) {
        send(response, problemAnswer(error.code(), error.what()));
    } catch (const ledger::MoneyOverflow &error) {
        // An amount that would take a balance beyond int64 is a wrong value, not a crash.
        send(response, problemAnswer(ErrorCode::ValidationFailed, error.what()));
    } catch (const std::exception &error) {
        std::fprintf(stderr, "cabinet-server: %s %s failed: %s\n", request.method.c_str(), request.path.c_str(),
                     error.what());
        send(response, problemAnswer(ErrorCode::Internal, "internal error"));
    }
    --m_active;
}

void Api::get(const std::string &pattern, Guard guard, Handler handler)
{
    m_server.Get(pattern, [this, guard, handler = std::move(handler)](const httplib::Request &request,
                                                                      httplib::Response &response) {
        dispatch(guard, handler, request, response, {});
    });
}

void Api::post(const std::string &pattern, Guard guard, Handler handler)
{
    // The handler reads the body itself: httplib alone would wait for the connection to close on
    // a POST without Content-Length (curl -X POST), where RFC 9112 6.3 says the body is empty.
    m_server.Post(pattern, [this, guard, handler = std::move(handler)](const httplib::Request &request,
                                                                       httplib::Response &response,
                                                                       const httplib::ContentReader &reader) {
        std::string body;
        if (request.has_header("Content-Length") || request.has_header("Transfer-Encoding")) {
            // Above the payload limit or unreadable: httplib has set 413/400, the error handler words it.
            if (!reader([&body](const char *data, size_t length) {
                    body.append(data, length);
                    return true;
                }))
                return;
        }
        dispatch(guard, handler, request, response, std::move(body));
    });
}

void Api::postMoney(const std::string &pattern, Guard guard, MoneyHandler handler)
{
    post(pattern, guard, [this, handler = std::move(handler)](Call &call) { return runMoneyMoving(call, handler); });
}

IdempotentRequest idempotentRequest(const Call &call)
{
    std::string key(call.request.header("Idempotency-Key"));
    if (key.empty())
        throw Error(ErrorCode::Malformed, "the Idempotency-Key header is required on money-moving requests");
    if (key.size() > kMaxIdempotencyKeyLength)
        throw Error(ErrorCode::Malformed, "the Idempotency-Key header is longer than 200 characters");
    return IdempotentRequest{std::move(key), crypto::sha256Hex(call.request.method + ' ' + call.request.path + ' '
                                                               + crypto::sha256Hex(call.request.body))};
}

Answer storedAnswer(int status, std::string body)
{
    return Answer{status, std::move(body), status < 300 ? kJsonContentType : kProblemContentType};
}

Answer Api::runMoneyMoving(Call &call, const MoneyHandler &handler)
{
    const auto [key, fingerprint] = idempotentRequest(call);
    // Validation and parsing happen here, outside the writer; only the ledger work is serialised.
    const TxOperation operation = handler(call);
    const std::int64_t userId = call.caller().id;
    return m_services.store.write([&](store::Tx &tx) -> Answer {
        if (auto stored = store::idempotency::find(tx, userId, key, fingerprint))
            return storedAnswer(stored->status, std::move(stored->body));
        Answer answer;
        tx.execute("SAVEPOINT money_operation");
        try {
            answer = operation(tx);
            tx.execute("RELEASE money_operation");
        } catch (const Error &error) {
            if (!isReplayableRefusal(error.code()))
                throw;
            tx.execute("ROLLBACK TO money_operation");
            tx.execute("RELEASE money_operation");
            answer = problemAnswer(error.code(), error.what());
        }
        store::idempotency::save(tx, userId, key, fingerprint, {answer.status, answer.body}, call.now);
        return answer;
    });
}

} // namespace http
