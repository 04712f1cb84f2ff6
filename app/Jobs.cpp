// SPDX-License-Identifier: GPL-3.0-or-later
#include "Jobs.h"

#include <QJsonArray>
#include <QTimeZone>

namespace {

QString projectPath(const QString &projectId, const QString &rest)
{
    return QStringLiteral("/api/v1/projects/") + QString::fromLatin1(QUrl::toPercentEncoding(projectId)) + rest;
}

template<typename T>
auto objectParser()
{
    return [](const QJsonDocument &document) { return T::fromJson(document.object()); };
}

// A local calendar day as the RFC 3339 UTC instant where it starts.
QString dayStart(const QDate &day)
{
    return day.startOfDay().toUTC().toString(Qt::ISODate);
}

// ?from=&to= for inclusive local days: "to" is the start of the day after, so the last day is included.
void addLocalDays(QUrlQuery &query, const QDate &from, const QDate &to)
{
    if (from.isValid())
        query.addQueryItem(QStringLiteral("from"), dayStart(from));
    if (to.isValid())
        query.addQueryItem(QStringLiteral("to"), dayStart(to.addDays(1)));
}

void addPaging(QUrlQuery &query, const QString &cursor, int limit)
{
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
}

QString encoded(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

} // namespace

LoginJob::LoginJob(ApiClient *client, const QString &email, const QString &password)
    : ApiJob(client, Method::Post, QStringLiteral("/api/v1/auth/login"))
{
    setBody({{QStringLiteral("email"), email}, {QStringLiteral("password"), password}});
    setErrorContext(ErrorContext::SignIn);
}

void LoginJob::complete(const ApiError &error, const QJsonDocument &document)
{
    emit finished(makeResult<LoginAnswer>(error, document, objectParser<LoginAnswer>()));
}

LogoutJob::LogoutJob(ApiClient *client)
    : NoContentJob(client, Method::Post, QStringLiteral("/api/v1/auth/logout"))
{
}

MeJob::MeJob(ApiClient *client)
    : ApiJob(client, Method::Get, QStringLiteral("/api/v1/me"))
{
}

void MeJob::complete(const ApiError &error, const QJsonDocument &document)
{
    emit finished(makeResult<MeAnswer>(error, document, objectParser<MeAnswer>()));
}

BalancesJob::BalancesJob(ApiClient *client, const QString &projectId)
    : ApiJob(client, Method::Get, projectPath(projectId, QStringLiteral("/balances")))
{
}

void BalancesJob::complete(const ApiError &error, const QJsonDocument &document)
{
    emit finished(makeResult<Balances>(error, document, objectParser<Balances>()));
}

TransactionsPageJob::TransactionsPageJob(ApiClient *client, const QString &projectId,
                                         const TransactionFilter &filter, const QString &cursor, int limit)
    : ApiJob(client, Method::Get, projectPath(projectId, QStringLiteral("/transactions")))
{
    QUrlQuery query;
    addLocalDays(query, filter.from, filter.to);
    if (!filter.balance.isEmpty())
        query.addQueryItem(QStringLiteral("balance"), filter.balance);
    if (!filter.kind.isEmpty())
        query.addQueryItem(QStringLiteral("kind"), filter.kind);
    addPaging(query, cursor, limit);
    setQuery(query);
}

void TransactionsPageJob::complete(const ApiError &error, const QJsonDocument &document)
{
    emit finished(makeResult<ListPage<Transaction>>(error, document, parsePage<Transaction>));
}

UsersJob::UsersJob(ApiClient *client, const QString &projectId, const QString &cursor)
    : ApiJob(client, Method::Get, projectPath(projectId, QStringLiteral("/users")))
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1000"));
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
    setQuery(query);
}

void UsersJob::complete(const ApiError &error, const QJsonDocument &document)
{
    emit finished(makeResult<ListPage<Member>>(error, document, parsePage<Member>));
}

CreateTopUpJob::CreateTopUpJob(ApiClient *client, const QString &projectId, qint64 amount, const QString &method,
                               const QString &idempotencyKey, bool saveCard)
    : ApiJob(client, Method::Post, projectPath(projectId, QStringLiteral("/topups")))
{
    QJsonObject body{{QStringLiteral("amount"), amount}, {QStringLiteral("method"), method}};
    if (saveCard && method == QLatin1String("card"))
        body.insert(QStringLiteral("save_card"), true);
    setBody(body);
    setIdempotencyKey(idempotencyKey);
}

void CreateTopUpJob::complete(const ApiError &error, const QJsonDocument &document)
{
    emit finished(makeResult<TopUp>(error, document, objectParser<TopUp>()));
}

TopUpsJob::TopUpsJob(ApiClient *client, const QString &projectId, const QString &cursor, int limit)
    : ApiJob(client, Method::Get, projectPath(projectId, QStringLiteral("/topups")))
{
    if (limit > 0) {
        QUrlQuery query;
        addPaging(query, cursor, limit);
        setQuery(query);
    }
}

void TopUpsJob::complete(const ApiError &error, const QJsonDocument &document)
{
    emit finished(makeResult<ListPage<TopUp>>(error, document, parsePage<TopUp>));
}

CreditEligibilityJob::CreditEligibilityJob(ApiClient *client, const QString &projectId)
    : ApiJob(client, Method::Get, projectPath(projectId, QStringLiteral("/credit/eligibility")))
{
}

void CreditEligibilityJob::complete(const ApiError &error, const QJsonDocument &document)
{
    emit finished(makeResult<CreditEligibility>(error, document, objectParser<CreditEligibility>()));
}

CreditRequestJob::CreditRequestJob(ApiClient *client, const QString &projectId, qint64 amount, int termDays,
                                   const QString &idempotencyKey)
    : ApiJob(client, Method::Post, projectPath(projectId, QStringLiteral("/credit/requests")))
{
    setBody({{QStringLiteral("amount"), amount}, {QStringLiteral("term_days"), termDays}});
    setIdempotencyKey(idempotencyKey);
}

void CreditRequestJob::complete(const ApiError &error, const QJsonDocument &document)
{
    emit finished(makeResult<CreditRequestAnswer>(error, document, objectParser<CreditRequestAnswer>()));
}

ReferralJob::ReferralJob(ApiClient *client, const QString &projectId)
    : ApiJob(client, Method::Get, projectPath(projectId, QStringLiteral("/referral")))
{
}

void ReferralJob::complete(const ApiError &error, const QJsonDocument &document)
{
    emit finished(makeResult<Referral>(error, document, objectParser<Referral>()));
}

namespace {

QString utcDayStart(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), QTimeZone::utc()).toString(Qt::ISODate);
}

// ?from=<first day 00:00Z>&to=<day after the last 00:00Z>: the server's half-open period.
QUrlQuery utcDaysQuery(const QDate &first, const QDate &last)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("from"), utcDayStart(first));
    query.addQueryItem(QStringLiteral("to"), utcDayStart(last.addDays(1)));
    return query;
}

QDate lastDayOfMonth(const QDate &month)
{
    return QDate(month.year(), month.month(), 1).addMonths(1).addDays(-1);
}

} // namespace

ReferralTransactionsPageJob::ReferralTransactionsPageJob(ApiClient *client, const QString &projectId,
                                                         const QString &cursor, int limit)
    : ApiJob(client, Method::Get, projectPath(projectId, QStringLiteral("/referral/transactions")))
{
    QUrlQuery query;
    addPaging(query, cursor, limit);
    setQuery(query);
}

void ReferralTransactionsPageJob::complete(const ApiError &error, const QJsonDocument &document)
{
    emit finished(makeResult<ListPage<ReferralEntry>>(error, document, parsePage<ReferralEntry>));
}

ReferralWithdrawalJob::ReferralWithdrawalJob(ApiClient *client, const QString &projectId, const WithdrawalOrder &order,
                                             const QString &idempotencyKey)
    : ApiJob(client, Method::Post, projectPath(projectId, QStringLiteral("/referral/withdrawals")))
{
    QJsonObject body{{QStringLiteral("amount"), order.amount}, {QStringLiteral("destination"), order.destination}};
    if (order.destination == QLatin1String("card"))
        body.insert(QStringLiteral("card_number"), order.cardNumber);
    if (order.destination == QLatin1String("project"))
        body.insert(QStringLiteral("target_code"), order.targetCode);
    setBody(body);
    setIdempotencyKey(idempotencyKey);
}

void ReferralWithdrawalJob::complete(const ApiError &error, const QJsonDocument &document)
{
    emit finished(makeResult<Withdrawal>(error, document, objectParser<Withdrawal>()));
}

ReferralTargetJob::ReferralTargetJob(ApiClient *client, const QString &projectId, const QString &targetCode)
    : ApiJob(client, Method::Get, projectPath(projectId, QStringLiteral("/referral/recipient")))
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("code"), targetCode);
    setQuery(query);
}

void ReferralTargetJob::complete(const ApiError &error, const QJsonDocument &document)
{
    emit finished(makeResult<ReferralTarget>(error, document, objectParser<ReferralTarget>()));
}

DailyBalancesJob::DailyBalancesJob(ApiClient *client, const QString &projectId, const QDate &from, const QDate &to)
    : ApiJob(client, Method::Get, projectPath(projectId, QStringLiteral("/stats/daily")))
{
    setQuery(utcDaysQuery(from, to));
}

void DailyBalancesJob::complete(const ApiError &error, const QJsonDocument &document)
{
    emit finished(makeResult<DailyBalances>(error, document, objectParser<DailyBalances>()));
}

MonthlySpendJob::MonthlySpendJob(ApiClient *client, const QString &projectId, const QDate &fromMonth,
                                 const QDate &toMonth)
    : ApiJob(client, Method::Get, projectPath(projectId, QStringLiteral("/stats/monthly-spend")))
{
    setQuery(utcDaysQuery(QDate(fromMonth.year(), fromMonth.month(), 1), lastDayOfMonth(toMonth)));
}

void MonthlySpendJob::complete(const ApiError &error, const QJsonDocument &document)
{
    emit finished(makeResult<MonthlySpend>(error, document, objectParser<MonthlySpend>()));
}

MonthlyReferralJob::MonthlyReferralJob(ApiClient *client, const QString &projectId, const QDate &fromMonth,
                                       const QDate &toMonth)
    : ApiJob(client, Method::Get, projectPath(projectId, QStringLiteral("/referral/stats/monthly")))
{
    setQuery(utcDaysQuery(QDate(fromMonth.year(), fromMonth.month(), 1), lastDayOfMonth(toMonth)));
}

void MonthlyReferralJob::complete(const ApiError &error, const QJsonDocument &document)
{
    emit finished(makeResult<MonthlyReferral>(error, document, objectParser<MonthlyReferral>()));
}

AddMemberJob::AddMemberJob(ApiClient *client, const QString &projectId, const NewMember &member)
    : ApiJob(client, Method::Post, projectPath(projectId, QStringLiteral("/members")))
{
    setBody({{QStringLiteral("email"), member.email},
             {QStringLiteral("name"), member.name},
             {QStringLiteral("role"), roleToApi(member.role)}});
}

void AddMemberJob::complete(const ApiError &error, const QJsonDocument &document)
{
    emit finished(makeResult<AddMemberAnswer>(error, document, objectParser<AddMemberAnswer>()));
}

NoContentJob::NoContentJob(ApiClient *client, Method method, const QString &path)
    : ApiJob(client, method, path)
{
    setExpectsBody(false);
}

void NoContentJob::complete(const ApiError &error, const QJsonDocument &document)
{
    emit finished(makeResult<NoContent>(error, document, [](const QJsonDocument &) { return NoContent{}; }));
}

ChangeMemberRoleJob::ChangeMemberRoleJob(ApiClient *client, const QString &projectId, const QString &userId, Role role)
    : NoContentJob(client, Method::Patch, projectPath(projectId, QStringLiteral("/members/") + encoded(userId)))
{
    setBody({{QStringLiteral("role"), roleToApi(role)}});
}

RemoveMemberJob::RemoveMemberJob(ApiClient *client, const QString &projectId, const QString &userId)
    : NoContentJob(client, Method::Delete, projectPath(projectId, QStringLiteral("/members/") + encoded(userId)))
{
}

AcceptInvitationJob::AcceptInvitationJob(ApiClient *client, const QString &token, const QString &name,
                                         const QString &password)
    : ApiJob(client, Method::Post, QStringLiteral("/api/v1/invitations/accept"))
{
    setBody({{QStringLiteral("token"), token}, {QStringLiteral("name"), name}, {QStringLiteral("password"), password}});
}

void AcceptInvitationJob::complete(const ApiError &error, const QJsonDocument &document)
{
    emit finished(makeResult<LoginAnswer>(error, document, objectParser<LoginAnswer>()));
}

ChangePasswordJob::ChangePasswordJob(ApiClient *client, const QString &current, const QString &newPassword)
    : NoContentJob(client, Method::Post, QStringLiteral("/api/v1/auth/password"))
{
    setBody({{QStringLiteral("current"), current}, {QStringLiteral("new"), newPassword}});
}

AuthSessionsJob::AuthSessionsJob(ApiClient *client)
    : ApiJob(client, Method::Get, QStringLiteral("/api/v1/auth/sessions"))
{
}

void AuthSessionsJob::complete(const ApiError &error, const QJsonDocument &document)
{
    emit finished(makeResult<ListPage<AuthSession>>(error, document, parsePage<AuthSession>));
}

EndSessionJob::EndSessionJob(ApiClient *client, const QString &sessionId)
    : NoContentJob(client, Method::Delete, QStringLiteral("/api/v1/auth/sessions/") + encoded(sessionId))
{
}

AuditPageJob::AuditPageJob(ApiClient *client, const QString &projectId, const AuditFilter &filter,
                           const QString &cursor, int limit)
    : ApiJob(client, Method::Get, projectPath(projectId, QStringLiteral("/audit")))
{
    QUrlQuery query;
    if (!filter.actorId.isEmpty())
        query.addQueryItem(QStringLiteral("actor"), filter.actorId);
    if (!filter.action.isEmpty())
        query.addQueryItem(QStringLiteral("action"), filter.action);
    addLocalDays(query, filter.from, filter.to);
    addPaging(query, cursor, limit);
    setQuery(query);
}

void AuditPageJob::complete(const ApiError &error, const QJsonDocument &document)
{
    emit finished(makeResult<ListPage<AuditEntry>>(error, document, parsePage<AuditEntry>));
}

SavedCardJob::SavedCardJob(ApiClient *client, const QString &projectId)
    : ApiJob(client, Method::Get, projectPath(projectId, QStringLiteral("/saved-card")))
{
    setNotFoundIsAnswer(true); // no saved card: the usual answer, not a sign the role changed
}

void SavedCardJob::complete(const ApiError &error, const QJsonDocument &document)
{
    emit finished(makeResult<SavedCard>(error, document, objectParser<SavedCard>()));
}

RemoveSavedCardJob::RemoveSavedCardJob(ApiClient *client, const QString &projectId)
    : NoContentJob(client, Method::Delete, projectPath(projectId, QStringLiteral("/saved-card")))
{
}

AutoTopUpJob::AutoTopUpJob(ApiClient *client, const QString &projectId, const std::optional<AutoTopUpSettings> &save)
    : ApiJob(client, save ? Method::Put : Method::Get, projectPath(projectId, QStringLiteral("/auto-topup")))
{
    if (save)
        setBody(save->toJson());
}

void AutoTopUpJob::complete(const ApiError &error, const QJsonDocument &document)
{
    emit finished(makeResult<AutoTopUpSettings>(error, document, objectParser<AutoTopUpSettings>()));
}

ForecastJob::ForecastJob(ApiClient *client, const QString &projectId)
    : ApiJob(client, Method::Get, projectPath(projectId, QStringLiteral("/forecast")))
{
}

void ForecastJob::complete(const ApiError &error, const QJsonDocument &document)
{
    emit finished(makeResult<Forecast>(error, document, objectParser<Forecast>()));
}

ChargePreviewJob::ChargePreviewJob(ApiClient *client, const QString &projectId, const QString &category,
                                   qint64 amount)
    : ApiJob(client, Method::Post, projectPath(projectId, QStringLiteral("/charges/preview")))
{
    setBody({{QStringLiteral("category"), category}, {QStringLiteral("amount"), amount}});
}

void ChargePreviewJob::complete(const ApiError &error, const QJsonDocument &document)
{
    emit finished(makeResult<ChargePreview>(error, document, objectParser<ChargePreview>()));
}

AlertsJob::AlertsJob(ApiClient *client, const QString &projectId, const std::optional<AlertSettings> &save)
    : ApiJob(client, save ? Method::Put : Method::Get, projectPath(projectId, QStringLiteral("/alerts")))
{
    if (save)
        setBody(save->toJson());
}

void AlertsJob::complete(const ApiError &error, const QJsonDocument &document)
{
    emit finished(makeResult<AlertSettings>(error, document, objectParser<AlertSettings>()));
}

EventsJob::EventsJob(ApiClient *client, const QString &projectId, std::optional<qint64> after, int waitSeconds,
                     int limit)
    : ApiJob(client, Method::Get, projectPath(projectId, QStringLiteral("/events")))
{
    QUrlQuery query;
    if (after)
        query.addQueryItem(QStringLiteral("after"), QString::number(*after));
    if (limit > 0)
        query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (waitSeconds > 0) {
        query.addQueryItem(QStringLiteral("wait"), QString::number(waitSeconds));
        setTransferTimeout(std::chrono::seconds(waitSeconds) + TimeoutMargin);
    }
    setQuery(query);
}

void EventsJob::complete(const ApiError &error, const QJsonDocument &document)
{
    emit finished(makeResult<EventPage>(error, document, objectParser<EventPage>()));
}

CreditRequestsPageJob::CreditRequestsPageJob(ApiClient *client, const QString &projectId, const QString &cursor,
                                             int limit)
    : ApiJob(client, Method::Get, projectPath(projectId, QStringLiteral("/credit/requests")))
{
    QUrlQuery query;
    addPaging(query, cursor, limit);
    setQuery(query);
}

void CreditRequestsPageJob::complete(const ApiError &error, const QJsonDocument &document)
{
    emit finished(makeResult<ListPage<CreditRequestItem>>(error, document, parsePage<CreditRequestItem>));
}

CancelTopUpJob::CancelTopUpJob(ApiClient *client, const QString &projectId, const QString &topUpId)
    : ApiJob(client, Method::Post, projectPath(projectId, QStringLiteral("/topups/") + encoded(topUpId) + QStringLiteral("/cancel")))
{
}

void CancelTopUpJob::complete(const ApiError &error, const QJsonDocument &document)
{
    emit finished(makeResult<TopUp>(error, document, objectParser<TopUp>()));
}

CancelCreditRequestJob::CancelCreditRequestJob(ApiClient *client, const QString &projectId, const QString &requestId)
    : ApiJob(client, Method::Post,
             projectPath(projectId, QStringLiteral("/credit/requests/") + encoded(requestId) + QStringLiteral("/cancel")))
{
}

void CancelCreditRequestJob::complete(const ApiError &error, const QJsonDocument &document)
{
    emit finished(makeResult<CreditRequestItem>(error, document, objectParser<CreditRequestItem>()));
}
