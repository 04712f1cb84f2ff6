// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiError.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrlQuery>

#include <chrono>
#include <optional>

class ApiClient;
class QNetworkReply;

// The outcome of one request: a parsed value or an error with a readable message.
template<typename T>
struct ApiResult
{
    std::optional<T> value;
    ApiError error;
    bool ok() const { return value.has_value(); }
};

// For answers without a body (204).
struct NoContent
{
};

// One object per request (Nextcloud desktop's job pattern). A job sends its request when
// started, turns the QNetworkReply into a typed result, emits its subclass's finished()
// once, and deletes itself afterwards. Widgets never see the QNetworkReply.
// abort() cancels silently: no finished() follows.
class ApiJob : public QObject
{
    Q_OBJECT

public:
    enum class Method { Get, Post, Patch, Delete, Put };

    void start();
    void abort();
    QString path() const { return m_path; }

protected:
    ApiJob(ApiClient *client, Method method, QString path);

    void setQuery(const QUrlQuery &query) { m_query = query; }
    void setBody(const QJsonObject &body) { m_body = body; }
    void setIdempotencyKey(const QString &key) { m_idempotencyKey = key; }
    void setErrorContext(ErrorContext context) { m_errorContext = context; }
    void setExpectsBody(bool expects) { m_expectsBody = expects; }
    // 404 is an answer of this route ("there is none"), not a refusal: the client does not take it
    // for a changed role (no GET /me, R32). The job still sees it as an error with httpStatus 404.
    void setNotFoundIsAnswer(bool answer) { m_notFoundIsAnswer = answer; }
    // A longer transfer timeout than the client's default, for a long poll the server holds (R31).
    void setTransferTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    // Called once with either an error or the parsed JSON document of a 2xx answer.
    virtual void complete(const ApiError &error, const QJsonDocument &document) = 0;

    // Turns (error, document) into a typed result; a document that parse() rejects is a bad answer.
    template<typename T, typename Parse>
    ApiResult<T> makeResult(const ApiError &error, const QJsonDocument &document, Parse parse) const
    {
        if (error.isError())
            return {std::nullopt, error};
        std::optional<T> value = parse(document);
        if (!value)
            return {std::nullopt, badResponse()};
        return {std::move(value), {}};
    }
    ApiError badResponse() const;

private:
    void onReplyFinished();
    void finishWith(const ApiError &error, const QJsonDocument &document);

    QPointer<ApiClient> m_client;
    Method m_method;
    QString m_path;
    QUrlQuery m_query;
    QJsonObject m_body;
    QString m_idempotencyKey;
    ErrorContext m_errorContext = ErrorContext::General;
    bool m_expectsBody = true;
    bool m_notFoundIsAnswer = false;
    std::chrono::milliseconds m_timeout{0}; // 0: the client's default
    bool m_aborted = false;
    QPointer<QNetworkReply> m_reply;
};
