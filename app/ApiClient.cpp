// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiClient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUuid>

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
{
    // A redirect may not leave the server's origin: the Authorization header would go along.
    m_network.setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
    connect(&m_network, &QNetworkAccessManager::finished, this, &ApiClient::replyFinished);
}

bool ApiClient::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool ApiClient::isAllowedServerUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    if (url.scheme() == QLatin1String("https"))
        return true;
    return url.scheme() == QLatin1String("http") && isLoopbackHost(url.host());
}

void ApiClient::setBaseUrl(const QUrl &url)
{
    m_baseUrl = url.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

QString ApiClient::newIdempotencyKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QNetworkReply *ApiClient::send(const QByteArray &verb, const QString &path, const QUrlQuery &query,
                               const QByteArray &jsonBody, const QString &idempotencyKey,
                               std::chrono::milliseconds timeout)
{
    if (!isAllowedServerUrl(m_baseUrl))
        return nullptr;

    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path() + path);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setTransferTimeout(int((timeout.count() > 0 ? timeout : m_timeout).count()));
    request.setRawHeader("Accept", "application/json, application/problem+json");
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("UniTalkCabinet/%1").arg(QCoreApplication::applicationVersion()));
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    if (!idempotencyKey.isEmpty())
        request.setRawHeader("Idempotency-Key", idempotencyKey.toUtf8());

    const QString entry = QString::fromLatin1(verb) + QLatin1Char(' ') + url.path()
                          + (query.isEmpty() ? QString() : QLatin1Char('?') + query.toString(QUrl::FullyEncoded));
    m_requestLog.append(entry);
    emit requestSent(entry);

    QNetworkReply *reply = nullptr;
    if (verb == "GET") {
        reply = m_network.get(request);
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        reply = m_network.sendCustomRequest(request, verb, jsonBody);
    }
    QElapsedTimer now;
    now.start();
    reply->setProperty(SentAtProperty, now.msecsSinceReference());
    return reply;
}

void ApiClient::reportAuthenticationRequired()
{
    emit authenticationRequired();
}

void ApiClient::reportProjectAccessRefused(const QString &path)
{
    emit projectAccessRefused(path);
}

LoginJob *ApiClient::login(const QString &email, const QString &password)
{
    return startJob<LoginJob>(email, password);
}

LogoutJob *ApiClient::logout()
{
    return startJob<LogoutJob>();
}

MeJob *ApiClient::me()
{
    return startJob<MeJob>();
}

BalancesJob *ApiClient::balances(const QString &projectId)
{
    return startJob<BalancesJob>(projectId);
}

TransactionsPageJob *ApiClient::transactions(const QString &projectId, const TransactionFilter &filter,
                                             const QString &cursor, int limit)
{
    return startJob<TransactionsPageJob>(projectId, filter, cursor, limit);
}

UsersJob *ApiClient::users(const QString &projectId, const QString &cursor)
{
    return startJob<UsersJob>(projectId, cursor);
}

CreateTopUpJob *ApiClient::createTopUp(const QString &projectId, qint64 amount, const QString &method,
                                       const QString &idempotencyKey, bool saveCard)
{
    return startJob<CreateTopUpJob>(projectId, amount, method, idempotencyKey, saveCard);
}

TopUpsJob *ApiClient::topUps(const QString &projectId, const QString &cursor, int limit)
{
    return startJob<TopUpsJob>(projectId, cursor, limit);
}

CreditEligibilityJob *ApiClient::creditEligibility(const QString &projectId)
{
    return startJob<CreditEligibilityJob>(projectId);
}

CreditRequestJob *ApiClient::requestCredit(const QString &projectId, qint64 amount, int termDays,
                                           const QString &idempotencyKey)
{
    return startJob<CreditRequestJob>(projectId, amount, termDays, idempotencyKey);
}

ReferralJob *ApiClient::referral(const QString &projectId)
{
    return startJob<ReferralJob>(projectId);
}

ReferralTransactionsPageJob *ApiClient::referralTransactions(const QString &projectId, const QString &cursor, int limit)
{
    return startJob<ReferralTransactionsPageJob>(projectId, cursor, limit);
}

ReferralWithdrawalJob *ApiClient::withdrawReferral(const QString &projectId, const WithdrawalOrder &order,
                                                   const QString &idempotencyKey)
{
    return startJob<ReferralWithdrawalJob>(projectId, order, idempotencyKey);
}

ReferralTargetJob *ApiClient::referralTarget(const QString &projectId, const QString &targetCode)
{
    return startJob<ReferralTargetJob>(projectId, targetCode);
}

DailyBalancesJob *ApiClient::dailyBalances(const QString &projectId, const QDate &from, const QDate &to)
{
    return startJob<DailyBalancesJob>(projectId, from, to);
}

MonthlySpendJob *ApiClient::monthlySpend(const QString &projectId, const QDate &fromMonth, const QDate &toMonth)
{
    return startJob<MonthlySpendJob>(projectId, fromMonth, toMonth);
}

MonthlyReferralJob *ApiClient::monthlyReferral(const QString &projectId, const QDate &fromMonth, const QDate &toMonth)
{
    return startJob<MonthlyReferralJob>(projectId, fromMonth, toMonth);
}

AddMemberJob *ApiClient::addMember(const QString &projectId, const NewMember &member)
{
    return startJob<AddMemberJob>(projectId, member);
}

ChangeMemberRoleJob *ApiClient::changeMemberRole(const QString &projectId, const QString &userId, Role role)
{
    return startJob<ChangeMemberRoleJob>(projectId, userId, role);
}

RemoveMemberJob *ApiClient::removeMember(const QString &projectId, const QString &userId)
{
    return startJob<RemoveMemberJob>(projectId, userId);
}

AcceptInvitationJob *ApiClient::acceptInvitation(const QString &token, const QString &name, const QString &password)
{
    return startJob<AcceptInvitationJob>(token, name, password);
}

ChangePasswordJob *ApiClient::changePassword(const QString &current, const QString &newPassword)
{
    return startJob<ChangePasswordJob>(current, newPassword);
}

AuthSessionsJob *ApiClient::authSessions()
{
    return startJob<AuthSessionsJob>();
}

EndSessionJob *ApiClient::endSession(const QString &sessionId)
{
    return startJob<EndSessionJob>(sessionId);
}

AuditPageJob *ApiClient::audit(const QString &projectId, const AuditFilter &filter, const QString &cursor, int limit)
{
    return startJob<AuditPageJob>(projectId, filter, cursor, limit);
}

SavedCardJob *ApiClient::savedCard(const QString &projectId)
{
    return startJob<SavedCardJob>(projectId);
}

RemoveSavedCardJob *ApiClient::removeSavedCard(const QString &projectId)
{
    return startJob<RemoveSavedCardJob>(projectId);
}

AutoTopUpJob *ApiClient::autoTopUp(const QString &projectId)
{
    return startJob<AutoTopUpJob>(projectId, std::optional<AutoTopUpSettings>());
}

AutoTopUpJob *ApiClient::saveAutoTopUp(const QString &projectId, const AutoTopUpSettings &settings)
{
    return startJob<AutoTopUpJob>(projectId, std::optional<AutoTopUpSettings>(settings));
}

ForecastJob *ApiClient::forecast(const QString &projectId)
{
    return startJob<ForecastJob>(projectId);
}

ChargePreviewJob *ApiClient::previewCharge(const QString &projectId, const QString &category, qint64 amount)
{
    return startJob<ChargePreviewJob>(projectId, category, amount);
}

AlertsJob *ApiClient::alerts(const QString &projectId)
{
    return startJob<AlertsJob>(projectId, std::optional<AlertSettings>());
}

AlertsJob *ApiClient::saveAlerts(const QString &projectId, const AlertSettings &settings)
{
    return startJob<AlertsJob>(projectId, std::optional<AlertSettings>(settings));
}

EventsJob *ApiClient::events(const QString &projectId, std::optional<qint64> after, int waitSeconds, int limit)
{
    return startJob<EventsJob>(projectId, after, waitSeconds, limit);
}

CreditRequestsPageJob *ApiClient::creditRequests(const QString &projectId, const QString &cursor, int limit)
{
    return startJob<CreditRequestsPageJob>(projectId, cursor, limit);
}

CancelTopUpJob *ApiClient::cancelTopUp(const QString &projectId, const QString &topUpId)
{
    return startJob<CancelTopUpJob>(projectId, topUpId);
}

CancelCreditRequestJob *ApiClient::cancelCreditRequest(const QString &projectId, const QString &requestId)
{
    return startJob<CancelCreditRequestJob>(projectId, requestId);
}
