// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Jobs.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <chrono>

// The client's single door to cabinet-server: one QNetworkAccessManager, asynchronous only,
// every request with a transfer timeout and the bearer token. The factory functions create
// and start one job per request; connect to the job's finished() right after the call
// (it never finishes synchronously).
class ApiClient : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds DefaultTimeout{15000};

    explicit ApiClient(QObject *parent = nullptr);

    // https anywhere; plain http only to this computer (127.0.0.0/8, ::1, localhost), where nobody
    // else can read the password and the token on the wire. send() refuses any other address.
    static bool isAllowedServerUrl(const QUrl &url);
    static bool isLoopbackHost(const QString &host);

    void setBaseUrl(const QUrl &url);
    QUrl baseUrl() const { return m_baseUrl; }
    void setToken(const QString &token) { m_token = token; }
    QString token() const { return m_token; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    // Every request sent, as "GET /api/v1/me?..." (method, path and query), oldest first.
    // Tests use it to prove that some requests are never made (R3: no /referral for an Administrator).
    QStringList requestLog() const { return m_requestLog; }
    void clearRequestLog() { m_requestLog.clear(); }

    LoginJob *login(const QString &email, const QString &password);
    LogoutJob *logout();
    MeJob *me();
    BalancesJob *balances(const QString &projectId);
    TransactionsPageJob *transactions(const QString &projectId, const TransactionFilter &filter,
                                      const QString &cursor, int limit);
    UsersJob *users(const QString &projectId, const QString &cursor = {});
    CreateTopUpJob *createTopUp(const QString &projectId, qint64 amount, const QString &method,
                                const QString &idempotencyKey, bool saveCard = false);
    TopUpsJob *topUps(const QString &projectId, const QString &cursor = {}, int limit = 0);
    CreditEligibilityJob *creditEligibility(const QString &projectId);
    CreditRequestJob *requestCredit(const QString &projectId, qint64 amount, int termDays,
                                    const QString &idempotencyKey);
    ReferralJob *referral(const QString &projectId);
    ReferralTransactionsPageJob *referralTransactions(const QString &projectId, const QString &cursor, int limit);
    ReferralWithdrawalJob *withdrawReferral(const QString &projectId, const WithdrawalOrder &order,
                                            const QString &idempotencyKey);
    // R20: the name of the project whose referral code the owner typed (issue 11: never by id).
    ReferralTargetJob *referralTarget(const QString &projectId, const QString &targetCode);
    DailyBalancesJob *dailyBalances(const QString &projectId, const QDate &from, const QDate &to);
    MonthlySpendJob *monthlySpend(const QString &projectId, const QDate &fromMonth, const QDate &toMonth);
    MonthlyReferralJob *monthlyReferral(const QString &projectId, const QDate &fromMonth, const QDate &toMonth);
    // Team (R32, Owner only), invitations, the account (R33) and the audit log (R34).
    AddMemberJob *addMember(const QString &projectId, const NewMember &member);
    ChangeMemberRoleJob *changeMemberRole(const QString &projectId, const QString &userId, Role role);
    RemoveMemberJob *removeMember(const QString &projectId, const QString &userId);
    AcceptInvitationJob *acceptInvitation(const QString &token, const QString &name, const QString &password);
    ChangePasswordJob *changePassword(const QString &current, const QString &newPassword);
    AuthSessionsJob *authSessions();
    EndSessionJob *endSession(const QString &sessionId);
    AuditPageJob *audit(const QString &projectId, const AuditFilter &filter, const QString &cursor, int limit);
    // v1.1 (R27-R31, issue 12): saved card, auto top-up, forecast, preview, alerts, events, pending items.
    SavedCardJob *savedCard(const QString &projectId);
    RemoveSavedCardJob *removeSavedCard(const QString &projectId);
    AutoTopUpJob *autoTopUp(const QString &projectId);
    AutoTopUpJob *saveAutoTopUp(const QString &projectId, const AutoTopUpSettings &settings);
    ForecastJob *forecast(const QString &projectId);
    ChargePreviewJob *previewCharge(const QString &projectId, const QString &category, qint64 amount);
    AlertsJob *alerts(const QString &projectId);
    AlertsJob *saveAlerts(const QString &projectId, const AlertSettings &settings);
    EventsJob *events(const QString &projectId, std::optional<qint64> after, int waitSeconds, int limit = 0);
    CreditRequestsPageJob *creditRequests(const QString &projectId, const QString &cursor, int limit);
    CancelTopUpJob *cancelTopUp(const QString &projectId, const QString &topUpId);
    CancelCreditRequestJob *cancelCreditRequest(const QString &projectId, const QString &requestId);

    // Used by ApiJob: sends one request; nullptr when there is no usable server address.
    QNetworkReply *send(const QByteArray &verb, const QString &path, const QUrlQuery &query,
                        const QByteArray &jsonBody, const QString &idempotencyKey,
                        std::chrono::milliseconds timeout = std::chrono::milliseconds(0));
    // Used by ApiJob when an authenticated request answers 401.
    void reportAuthenticationRequired();
    // Used by ApiJob when a project route answers 403 or 404.
    void reportProjectAccessRefused(const QString &path);

    static QString newIdempotencyKey();
    // When a reply was sent (QElapsedTimer::msecsSinceReference()): a reply cancelled after a
    // whole transfer timeout without any answer is a silent server (ConnectivityMonitor, R25).
    static constexpr const char *SentAtProperty = "cabinetSentAtMs";

signals:
    // The token is no longer valid: the UI returns to sign-in.
    void authenticationRequired();
    // A project route answered 403 or 404: the role may have changed (Session reads /me again).
    void projectAccessRefused(const QString &path);
    void requestSent(const QString &entry);
    // Every reply as it finishes, answered or not (ConnectivityMonitor tells offline from it, R25).
    void replyFinished(QNetworkReply *reply);

private:
    template<typename Job, typename... Args>
    Job *startJob(Args &&...args)
    {
        auto *job = new Job(this, std::forward<Args>(args)...);
        job->start();
        return job;
    }

    QNetworkAccessManager m_network;
    QUrl m_baseUrl;
    QString m_token;
    std::chrono::milliseconds m_timeout = DefaultTimeout;
    QStringList m_requestLog;
};
