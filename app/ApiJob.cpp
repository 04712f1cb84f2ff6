// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiJob.h"

#include "ApiClient.h"

#include <QJsonParseError>
#include <QNetworkReply>
#include <QTimer>

ApiJob::ApiJob(ApiClient *client, Method method, QString path)
    : QObject(client)
    , m_client(client)
    , m_method(method)
    , m_path(std::move(path))
{
}

void ApiJob::start()
{
    if (!m_client) {
        deleteLater();
        return;
    }
    static constexpr const char *Verbs[] = {"GET", "POST", "PATCH", "DELETE", "PUT"};
    const QByteArray verb(Verbs[int(m_method)]);
    const bool hasBody = m_method == Method::Post || m_method == Method::Patch || m_method == Method::Put;
    const QByteArray payload = hasBody ? QJsonDocument(m_body).toJson(QJsonDocument::Compact) : QByteArray();
    QNetworkReply *reply = m_client->send(verb, m_path, m_query, payload, m_idempotencyKey, m_timeout);
    m_reply = reply;
    if (!reply) {
        // No usable server address: fail asynchronously, like any other answer.
        QTimer::singleShot(0, this, [this] {
            finishWith(makeApiError(ApiError::Kind::Network, QNetworkReply::ProtocolUnknownError, 0, {}, {},
                                    m_errorContext),
                       {});
        });
        return;
    }
    connect(reply, &QNetworkReply::finished, this, &ApiJob::onReplyFinished);
}

void ApiJob::abort()
{
    m_aborted = true;
    if (QNetworkReply *reply = m_reply.data())
        reply->abort();
    deleteLater();
}

ApiError ApiJob::badResponse() const
{
    return makeApiError(ApiError::Kind::BadResponse, QNetworkReply::NoError, 0, {}, {}, m_errorContext);
}

void ApiJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_aborted)
        return;
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError networkError = reply->error();
    if (networkError == QNetworkReply::OperationCanceledError || networkError == QNetworkReply::TimeoutError) {
        // We did not abort (m_aborted is false), so the transfer timeout fired.
        finishWith(makeApiError(ApiError::Kind::Timeout, networkError, status, {}, {}, m_errorContext), {});
        return;
    }
    const QByteArray body = reply->readAll();
    if (status == 0) {
        finishWith(makeApiError(ApiError::Kind::Network, networkError, 0, {}, {}, m_errorContext), {});
        return;
    }

    if (status >= 200 && status < 300) {
        // A 2xx with a transport error means the body was cut short.
        if (networkError != QNetworkReply::NoError) {
            finishWith(makeApiError(ApiError::Kind::Network, QNetworkReply::RemoteHostClosedError, status, {}, {},
                                    m_errorContext),
                       {});
            return;
        }
        if (!m_expectsBody) {
            finishWith({}, {});
            return;
        }
        QJsonParseError parseError{};
        const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            finishWith(badResponse(), {});
            return;
        }
        finishWith({}, document);
        return;
    }

    // An error status: read the RFC 9457 problem if there is one; anything else still maps by status.
    const QJsonObject problem = QJsonDocument::fromJson(body).object();
    const QString type = problem.value(QLatin1String("type")).toString();
    const QString detail = problem.value(QLatin1String("detail")).toString();
    const ApiError error = makeApiError(ApiError::Kind::Http, networkError, status, type, detail, m_errorContext);
    if (status == 401 && m_errorContext != ErrorContext::SignIn && m_client)
        m_client->reportAuthenticationRequired();
    // A project route refused: the user's role may have changed since /me was read (R32). A 404
    // that is this route's answer ("there is none") says nothing about the role.
    const bool refused = status == 403 || (status == 404 && !m_notFoundIsAnswer);
    if (refused && m_client && m_path.startsWith(QLatin1String("/api/v1/projects/")))
        m_client->reportProjectAccessRefused(m_path);
    finishWith(error, {});
}

void ApiJob::finishWith(const ApiError &error, const QJsonDocument &document)
{
    if (m_aborted)
        return;
    complete(error, document);
    deleteLater();
}
