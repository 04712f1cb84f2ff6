// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiJob.h"
#include "ApiTypes.h"

#include <QDate>

// One job class per route of API.md that the client uses. Each emits finished() exactly once
// (unless aborted) with a typed ApiResult, then deletes itself. Create them through ApiClient.

// The answers without a body (204, or 200 whose body the client does not need).
class NoContentJob : public ApiJob
{
    Q_OBJECT
public:
    NoContentJob(ApiClient *client, Method method, const QString &path);
signals:
    void finished(const ApiResult<NoContent> &result);
protected:
    void complete(const ApiError &error, const QJsonDocument &document) override;
};

class LoginJob : public ApiJob
{
    Q_OBJECT
public:
    LoginJob(ApiClient *client, const QString &email, const QString &password);
signals:
    void finished(const ApiResult<LoginAnswer> &result);
protected:
    void complete(const ApiError &error, const QJsonDocument &document) override;
};

class LogoutJob : public NoContentJob
{
    Q_OBJECT
public:
    explicit LogoutJob(ApiClient *client);
};

class MeJob : public ApiJob
{
    Q_OBJECT
public:
    explicit MeJob(ApiClient *client);
signals:
    void finished(const ApiResult<MeAnswer> &result);
protected:
    void complete(const ApiError &error, const QJsonDocument &document) override;
};

class BalancesJob : public ApiJob
{
    Q_OBJECT
public:
    BalancesJob(ApiClient *client, const QString &projectId);
signals:
    void finished(const ApiResult<Balances> &result);
protected:
    void complete(const ApiError &error, const QJsonDocument &document) override;
};

// Server-side filters of the history (API.md: from, to, balance, kind). Empty = no filter.
struct TransactionFilter
{
    QDate from;      // inclusive, local calendar day
    QDate to;        // inclusive, local calendar day
    QString balance; // main | bonus | credit
    QString kind;    // charge, topup, ...
    bool operator==(const TransactionFilter &) const = default;
};

class TransactionsPageJob : public ApiJob
{
    Q_OBJECT
public:
    TransactionsPageJob(ApiClient *client, const QString &projectId, const TransactionFilter &filter,
                        const QString &cursor, int limit);
signals:
    void finished(const ApiResult<ListPage<Transaction>> &result);
protected:
    void complete(const ApiError &error, const QJsonDocument &document) override;
};

class UsersJob : public ApiJob
{
    Q_OBJECT
public:
    UsersJob(ApiClient *client, const QString &projectId, const QString &cursor);
signals:
    void finished(const ApiResult<ListPage<Member>> &result);
protected:
    void complete(const ApiError &error, const QJsonDocument &document) override;
};

// Money-moving: the caller passes the idempotency key and reuses it when retrying the same action (R23).
class CreateTopUpJob : public ApiJob
{
    Q_OBJECT
public:
    // saveCard (card method only, R27): the provider's paid callback saves the card for auto top-up.
    CreateTopUpJob(ApiClient *client, const QString &projectId, qint64 amount, const QString &method,
                   const QString &idempotencyKey, bool saveCard = false);
signals:
    void finished(const ApiResult<TopUp> &result);
protected:
    void complete(const ApiError &error, const QJsonDocument &document) override;
};

class TopUpsJob : public ApiJob
{
    Q_OBJECT
public:
    // limit 0: the server's default page, no paging parameters.
    TopUpsJob(ApiClient *client, const QString &projectId, const QString &cursor = {}, int limit = 0);
signals:
    void finished(const ApiResult<ListPage<TopUp>> &result);
protected:
    void complete(const ApiError &error, const QJsonDocument &document) override;
};

class CreditEligibilityJob : public ApiJob
{
    Q_OBJECT
public:
    CreditEligibilityJob(ApiClient *client, const QString &projectId);
signals:
    void finished(const ApiResult<CreditEligibility> &result);
protected:
    void complete(const ApiError &error, const QJsonDocument &document) override;
};

class CreditRequestJob : public ApiJob
{
    Q_OBJECT
public:
    CreditRequestJob(ApiClient *client, const QString &projectId, qint64 amount, int termDays,
                     const QString &idempotencyKey);
signals:
    void finished(const ApiResult<CreditRequestAnswer> &result);
protected:
    void complete(const ApiError &error, const QJsonDocument &document) override;
};

// Owner only (R2, R18). Never created for any other role (R3).
class ReferralJob : public ApiJob
{
    Q_OBJECT
public:
    ReferralJob(ApiClient *client, const QString &projectId);
signals:
    void finished(const ApiResult<Referral> &result);
protected:
    void complete(const ApiError &error, const QJsonDocument &document) override;
};

// Referral program routes (owner only, R18-R21): never created for any other role (R3).
class ReferralTransactionsPageJob : public ApiJob
{
    Q_OBJECT
public:
    ReferralTransactionsPageJob(ApiClient *client, const QString &projectId, const QString &cursor, int limit);
signals:
    void finished(const ApiResult<ListPage<ReferralEntry>> &result);
protected:
    void complete(const ApiError &error, const QJsonDocument &document) override;
};

// What the owner asks for (R20): destination card (cardNumber: digits only), own_main or project.
struct WithdrawalOrder
{
    qint64 amount = 0;
    QString destination;
    QString cardNumber;
    QString targetCode; // project: the receiving project's referral code
    bool operator==(const WithdrawalOrder &) const = default;
};

class ReferralWithdrawalJob : public ApiJob
{
    Q_OBJECT
public:
    ReferralWithdrawalJob(ApiClient *client, const QString &projectId, const WithdrawalOrder &order,
                          const QString &idempotencyKey);
signals:
    void finished(const ApiResult<Withdrawal> &result);
protected:
    void complete(const ApiError &error, const QJsonDocument &document) override;
};

class ReferralTargetJob : public ApiJob
{
    Q_OBJECT
public:
    ReferralTargetJob(ApiClient *client, const QString &projectId, const QString &targetCode);
signals:
    void finished(const ApiResult<ReferralTarget> &result);
protected:
    void complete(const ApiError &error, const QJsonDocument &document) override;
};

// Chart aggregates. Days and months are UTC calendar days (the server's ledger calendar);
// `to` is inclusive.
class DailyBalancesJob : public ApiJob
{
    Q_OBJECT
public:
    DailyBalancesJob(ApiClient *client, const QString &projectId, const QDate &from, const QDate &to);
signals:
    void finished(const ApiResult<DailyBalances> &result);
protected:
    void complete(const ApiError &error, const QJsonDocument &document) override;
};

class MonthlySpendJob : public ApiJob
{
    Q_OBJECT
public:
    MonthlySpendJob(ApiClient *client, const QString &projectId, const QDate &fromMonth, const QDate &toMonth);
signals:
    void finished(const ApiResult<MonthlySpend> &result);
protected:
    void complete(const ApiError &error, const QJsonDocument &document) override;
};

// Owner only, like every referral route (R3).
class MonthlyReferralJob : public ApiJob
{
    Q_OBJECT
public:
    MonthlyReferralJob(ApiClient *client, const QString &projectId, const QDate &fromMonth, const QDate &toMonth);
signals:
    void finished(const ApiResult<MonthlyReferral> &result);
protected:
    void complete(const ApiError &error, const QJsonDocument &document) override;
};

// Team management (R32): Owner only; the server answers 403 to anyone else.
struct NewMember
{
    QString email;
    QString name;
    Role role = Role::Unknown;
};

class AddMemberJob : public ApiJob
{
    Q_OBJECT
public:
    AddMemberJob(ApiClient *client, const QString &projectId, const NewMember &member);
signals:
    void finished(const ApiResult<AddMemberAnswer> &result);
protected:
    void complete(const ApiError &error, const QJsonDocument &document) override;
};

class ChangeMemberRoleJob : public NoContentJob
{
    Q_OBJECT
public:
    ChangeMemberRoleJob(ApiClient *client, const QString &projectId, const QString &userId, Role role);
};

class RemoveMemberJob : public NoContentJob
{
    Q_OBJECT
public:
    RemoveMemberJob(ApiClient *client, const QString &projectId, const QString &userId);
};

// POST /invitations/accept: sets the name and password and signs in, like a login (R32).
class AcceptInvitationJob : public ApiJob
{
    Q_OBJECT
public:
    AcceptInvitationJob(ApiClient *client, const QString &token, const QString &name, const QString &password);
signals:
    void finished(const ApiResult<LoginAnswer> &result);
protected:
    void complete(const ApiError &error, const QJsonDocument &document) override;
};

// R33: the current password is required; every other session of the user ends.
class ChangePasswordJob : public NoContentJob
{
    Q_OBJECT
public:
    ChangePasswordJob(ApiClient *client, const QString &current, const QString &newPassword);
};

class AuthSessionsJob : public ApiJob
{
    Q_OBJECT
public:
    explicit AuthSessionsJob(ApiClient *client);
signals:
    void finished(const ApiResult<ListPage<AuthSession>> &result);
protected:
    void complete(const ApiError &error, const QJsonDocument &document) override;
};

class EndSessionJob : public NoContentJob
{
    Q_OBJECT
public:
    EndSessionJob(ApiClient *client, const QString &sessionId);
};

// Server-side filters of the audit log (R34). Empty = no filter. `action` is a name or a prefix.
struct AuditFilter
{
    QString actorId;
    QString action;
    QDate from; // inclusive, local calendar day
    QDate to;   // inclusive, local calendar day
    bool operator==(const AuditFilter &) const = default;
};

class AuditPageJob : public ApiJob
{
    Q_OBJECT
public:
    AuditPageJob(ApiClient *client, const QString &projectId, const AuditFilter &filter, const QString &cursor,
                 int limit);
signals:
    void finished(const ApiResult<ListPage<AuditEntry>> &result);
protected:
    void complete(const ApiError &error, const QJsonDocument &document) override;
};

// v1.1 (R27-R31, issue 12) ------------------------------------------------------------------

class SavedCardJob : public ApiJob
{
    Q_OBJECT
public:
    SavedCardJob(ApiClient *client, const QString &projectId);
signals:
    // 404 not_found: no saved card (error.httpStatus == 404).
    void finished(const ApiResult<SavedCard> &result);
protected:
    void complete(const ApiError &error, const QJsonDocument &document) override;
};

// DELETE /saved-card: also disables auto top-up (R27).
class RemoveSavedCardJob : public NoContentJob
{
    Q_OBJECT
public:
    RemoveSavedCardJob(ApiClient *client, const QString &projectId);
};

// GET /auto-topup, or PUT it when settings are given (R28).
class AutoTopUpJob : public ApiJob
{
    Q_OBJECT
public:
    AutoTopUpJob(ApiClient *client, const QString &projectId, const std::optional<AutoTopUpSettings> &save = {});
signals:
    // PUT with enabled but no saved card: 422 no_saved_card.
    void finished(const ApiResult<AutoTopUpSettings> &result);
protected:
    void complete(const ApiError &error, const QJsonDocument &document) override;
};

class ForecastJob : public ApiJob
{
    Q_OBJECT
public:
    ForecastJob(ApiClient *client, const QString &projectId);
signals:
    void finished(const ApiResult<Forecast> &result);
protected:
    void complete(const ApiError &error, const QJsonDocument &document) override;
};

// R30: posts nothing, so it needs no Idempotency-Key.
class ChargePreviewJob : public ApiJob
{
    Q_OBJECT
public:
    ChargePreviewJob(ApiClient *client, const QString &projectId, const QString &category, qint64 amount);
signals:
    void finished(const ApiResult<ChargePreview> &result);
protected:
    void complete(const ApiError &error, const QJsonDocument &document) override;
};

// GET /alerts, or PUT it when settings are given (R31).
class AlertsJob : public ApiJob
{
    Q_OBJECT
public:
    AlertsJob(ApiClient *client, const QString &projectId, const std::optional<AlertSettings> &save = {});
signals:
    void finished(const ApiResult<AlertSettings> &result);
protected:
    void complete(const ApiError &error, const QJsonDocument &document) override;
};

// GET /events?after=&wait= (R31): a long poll when waitSeconds > 0. The transfer timeout is the
// wait plus a margin, so a held request is not cut short by the client's usual timeout.
class EventsJob : public ApiJob
{
    Q_OBJECT
public:
    static constexpr std::chrono::seconds TimeoutMargin{15};
    // limit 0: the server's default page (100); at most 1000.
    EventsJob(ApiClient *client, const QString &projectId, std::optional<qint64> after, int waitSeconds, int limit = 0);
signals:
    void finished(const ApiResult<EventPage> &result);
protected:
    void complete(const ApiError &error, const QJsonDocument &document) override;
};

class CreditRequestsPageJob : public ApiJob
{
    Q_OBJECT
public:
    CreditRequestsPageJob(ApiClient *client, const QString &projectId, const QString &cursor, int limit);
signals:
    void finished(const ApiResult<ListPage<CreditRequestItem>> &result);
protected:
    void complete(const ApiError &error, const QJsonDocument &document) override;
};

// POST /topups/{id}/cancel: the user's own pending invoice; 200 with the top-up as it is now.
class CancelTopUpJob : public ApiJob
{
    Q_OBJECT
public:
    CancelTopUpJob(ApiClient *client, const QString &projectId, const QString &topUpId);
signals:
    void finished(const ApiResult<TopUp> &result);
protected:
    void complete(const ApiError &error, const QJsonDocument &document) override;
};

// POST /credit/requests/{id}/cancel: the user's own pending credit request.
class CancelCreditRequestJob : public ApiJob
{
    Q_OBJECT
public:
    CancelCreditRequestJob(ApiClient *client, const QString &projectId, const QString &requestId);
signals:
    void finished(const ApiResult<CreditRequestItem> &result);
protected:
    void complete(const ApiError &error, const QJsonDocument &document) override;
};
