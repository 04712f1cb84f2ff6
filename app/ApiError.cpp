// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiError.h"

#include <QCoreApplication>

namespace {

// A context lupdate can see (a free tr() helper is invisible to it).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)
};

QString networkMessage(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return Text::tr("Cannot connect to the server. Check the server address and that the server is running.");
    case QNetworkReply::HostNotFoundError:
        return Text::tr("The server address was not found. Check the server address.");
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
        return Text::tr("The connection to the server was interrupted before the answer was complete.");
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        return Text::tr("A secure connection to the server could not be established.");
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        return Text::tr("The server address is not a valid http:// or https:// address.");
    default:
        return Text::tr("The server could not be reached. Check your network connection.");
    }
}

QString problemMessage(const QString &type, ErrorContext context)
{
    if (type == QLatin1String("unauthorized"))
        return context == ErrorContext::SignIn ? Text::tr("The e-mail or password is not correct.")
                                               : Text::tr("Your session has ended. Please sign in again.");
    if (type == QLatin1String("forbidden"))
        return Text::tr("Your role in this project does not give access to this.");
    if (type == QLatin1String("not_found"))
        return Text::tr("Not found: the project does not exist or you are not a member of it.");
    if (type == QLatin1String("validation_failed"))
        return Text::tr("The server did not accept the data you entered.");
    if (type == QLatin1String("insufficient_funds"))
        return Text::tr("There are not enough funds for this operation.");
    if (type == QLatin1String("credit_not_eligible"))
        return Text::tr("The project is not eligible for credit funds yet.");
    if (type == QLatin1String("credit_limit_exceeded"))
        return Text::tr("The amount is above the credit limit of the project.");
    if (type == QLatin1String("credit_already_active"))
        return Text::tr("The project already has active credit funds.");
    if (type == QLatin1String("idempotency_conflict"))
        return Text::tr("This request was already sent with different data. Start a new request.");
    if (type == QLatin1String("rate_limited"))
        return Text::tr("Too many attempts. Wait a minute and try again.");
    if (type == QLatin1String("conflict"))
        return Text::tr("The request conflicts with the current state. Refresh and try again.");
    if (type == QLatin1String("no_saved_card"))
        return Text::tr("There is no saved card: make a card top-up with \"Save this card for auto top-up\" first.");
    if (type == QLatin1String("service_unavailable"))
        return Text::tr("The server is busy. Try again in a moment.");
    if (type == QLatin1String("payload_too_large"))
        return Text::tr("The request is too large for the server.");
    return {};
}

QString statusMessage(int status, ErrorContext context)
{
    switch (status) {
    case 400:
    case 422:
        return problemMessage(QStringLiteral("validation_failed"), context);
    case 401:
        return problemMessage(QStringLiteral("unauthorized"), context);
    case 403:
        return problemMessage(QStringLiteral("forbidden"), context);
    case 404:
        return problemMessage(QStringLiteral("not_found"), context);
    case 409:
        return problemMessage(QStringLiteral("conflict"), context);
    case 429:
        return problemMessage(QStringLiteral("rate_limited"), context);
    default:
        break;
    }
    if (status >= 500)
        return Text::tr("The server had an internal problem (HTTP %1). Try again later.").arg(status);
    return Text::tr("The server refused the request (HTTP %1).").arg(status);
}

} // namespace

QString describeApiError(ApiError::Kind kind, QNetworkReply::NetworkError networkError, int httpStatus,
                         const QString &problemType, ErrorContext context)
{
    switch (kind) {
    case ApiError::Kind::None:
        return {};
    case ApiError::Kind::Network:
        return networkMessage(networkError);
    case ApiError::Kind::Timeout:
        return Text::tr("The server did not answer in time. Try again.");
    case ApiError::Kind::BadResponse:
        return Text::tr("The server sent an answer the cabinet cannot read. The server may be misconfigured "
                        "or an older version.");
    case ApiError::Kind::Http: {
        const QString known = problemMessage(problemType, context);
        return known.isEmpty() ? statusMessage(httpStatus, context) : known;
    }
    }
    return {};
}

ApiError makeApiError(ApiError::Kind kind, QNetworkReply::NetworkError networkError, int httpStatus,
                      const QString &problemType, const QString &detail, ErrorContext context)
{
    ApiError error;
    error.kind = kind;
    error.httpStatus = httpStatus;
    error.problemType = problemType;
    error.detail = detail;
    error.message = describeApiError(kind, networkError, httpStatus, problemType, context);
    return error;
}
