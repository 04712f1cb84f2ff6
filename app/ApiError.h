// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QNetworkReply>
#include <QString>

#include <optional>

// What went wrong with one request, with a translated message that a user can read.
struct ApiError
{
    enum class Kind {
        None,        // the request succeeded
        Network,     // no HTTP answer: refused, unknown host, connection dropped, TLS
        Timeout,     // no complete answer within the transfer timeout
        Http,        // an HTTP error status, usually with an RFC 9457 problem+json body
        BadResponse, // 2xx but the body is not the JSON the contract promises
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString problemType; // the problem+json "type" (API.md), empty when absent
    QString detail;      // the server's own explanation, shown under the message
    QString message;     // translated, ready for a label

    bool isError() const { return kind != Kind::None; }
};

// Where a failure happened, when that changes its meaning (a 401 at sign-in means a wrong password).
enum class ErrorContext { General, SignIn };

// The ONE place that turns network errors, HTTP statuses, problem types and malformed answers
// into readable, translated messages. Every job and model goes through it.
QString describeApiError(ApiError::Kind kind, QNetworkReply::NetworkError networkError, int httpStatus,
                         const QString &problemType, ErrorContext context = ErrorContext::General);

// Builds a complete ApiError (message included) from the raw facts of an answer.
ApiError makeApiError(ApiError::Kind kind, QNetworkReply::NetworkError networkError, int httpStatus,
                      const QString &problemType, const QString &detail, ErrorContext context);
