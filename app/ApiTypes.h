// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Permissions.h"

#include <QDateTime>
#include <QFlags>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// Plain value objects for the answers of docs/api.md. Each fromJson() is strict:
// a missing or mistyped field makes it return std::nullopt, which the job reports as a bad
// answer instead of showing made-up figures. Money fields are int64 minor units.

struct UserInfo
{
    QString id;
    QString email;
    QString name;
    bool isStaff = false;
    static std::optional<UserInfo> fromJson(const QJsonObject &json);
};

struct ProjectMembership
{
    QString id;
    QString name;
    Role role = Role::Unknown;
    static std::optional<ProjectMembership> fromJson(const QJsonObject &json);
};

struct LoginAnswer
{
    QString token;
    QDateTime expiresAt;
    UserInfo user;
    static std::optional<LoginAnswer> fromJson(const QJsonObject &json);
};

struct MeAnswer
{
    UserInfo user;
    QList<ProjectMembership> projects;
    static std::optional<MeAnswer> fromJson(const QJsonObject &json);
};

struct CreditFigures
{
    qint64 granted = 0;
    qint64 available = 0;
    qint64 used = 0;
    QDateTime dueAt; // invalid when no credit is active
    bool operator==(const CreditFigures &) const = default;
};

struct Balances
{
    QString currency;
    qint64 main = 0;
    qint64 bonus = 0;
    CreditFigures credit;
    // The same figures: nothing moved between two reads (the forecast need not be read again).
    bool operator==(const Balances &) const = default;
    static std::optional<Balances> fromJson(const QJsonObject &json);
};

struct Transaction
{
    QString id;
    QDateTime at;
    QString kind;
    QString category; // empty for entries that are not charges
    QString balance;  // main | bonus | credit: which balance paid (R26)
    qint64 amount = 0;
    qint64 balanceAfter = 0;
    QString description;
    static std::optional<Transaction> fromJson(const QJsonObject &json);
};

struct Member
{
    QString id;
    QString email;
    QString name;
    Role role = Role::Unknown;
    static std::optional<Member> fromJson(const QJsonObject &json);
};

struct TopUp
{
    QString id;
    QString status; // pending | paid | cancelled
    QString method; // invoice | card | auto (R28)
    qint64 amount = 0;
    QString currency; // of the amount, as the server says it; empty when it does not
    QString invoiceNumber;
    QUrl paymentUrl;
    QDateTime createdAt; // invalid when the server does not say
    QString createdBy;   // the member who asked for it; empty for an auto top-up (v1.1)
    static std::optional<TopUp> fromJson(const QJsonObject &json);
};

struct CreditEligibility
{
    bool eligible = false;
    QStringList reasons;
    qint64 maxAmount = 0;
    int maxTermDays = 5;
    int tenureDays = 0;
    int topupsCount = 0;
    qint64 topupsTotal = 0;
    qint64 monthlySpend = 0;
    static std::optional<CreditEligibility> fromJson(const QJsonObject &json);
};

struct CreditRequestAnswer
{
    QString id;
    QString status;
    static std::optional<CreditRequestAnswer> fromJson(const QJsonObject &json);
};

struct Referral
{
    struct Referee
    {
        QString projectId;
        QString name;
        QDateTime joinedAt;
        qint64 earnedTotal = 0;
    };
    qint64 balance = 0;
    QString currency;
    QString code;
    int rateBasisPoints = 0;
    QList<Referee> referrals;
    static std::optional<Referral> fromJson(const QJsonObject &json);
};

// One page of a cursor-paged list: {"items": [...], "next_cursor": null|string}.
template<typename Item>
struct ListPage
{
    QList<Item> items;
    QString nextCursor; // empty on the last page
};

// {"items": [...], "next_cursor": null|string} of any list: std::nullopt unless every item decodes.
template<typename Item>
std::optional<ListPage<Item>> parsePage(const QJsonDocument &document)
{
    const QJsonValue items = document.object().value(QLatin1String("items"));
    const QJsonValue next = document.object().value(QLatin1String("next_cursor"));
    if (!items.isArray() || !(next.isString() || next.isNull() || next.isUndefined()))
        return std::nullopt;
    ListPage<Item> page;
    page.items.reserve(items.toArray().size());
    for (const QJsonValue &value : items.toArray()) {
        std::optional<Item> item = Item::fromJson(value.toObject());
        if (!item)
            return std::nullopt;
        page.items.append(std::move(*item));
    }
    page.nextCursor = next.toString();
    return page;
}

// Referral program (owner only, R18-R21). One row of GET /referral/transactions; the fields after
// `destination` are the server's extras (absent in older servers: left empty).
struct ReferralEntry
{
    QString id;
    QDateTime at;
    QString kind; // accrual | withdrawal | withdrawal_reversal
    qint64 amount = 0;
    qint64 balanceAfter = 0;
    QString sourceProjectId;   // accrual: the referred project whose charge earned it
    QString sourceProjectName;
    QString destination;       // withdrawal: card | own_main | project
    QString withdrawalStatus;  // pending | completed | rejected
    QString cardMasked;        // "**** **** **** 1234"
    QString targetProjectId;
    static std::optional<ReferralEntry> fromJson(const QJsonObject &json);
};

// The answer of POST /referral/withdrawals (R20).
struct Withdrawal
{
    QString id;
    QString status; // completed | pending
    qint64 amount = 0;
    QString destination;
    QString cardMasked;
    static std::optional<Withdrawal> fromJson(const QJsonObject &json);
};

// GET /referral/recipient?code=: the name of the project a transfer would go to, known only for a
// valid referral code (issue 11).
struct ReferralTarget
{
    QString name;
    static std::optional<ReferralTarget> fromJson(const QJsonObject &json);
};

// Chart aggregates (GET /stats/daily, /stats/monthly-spend, /referral/stats/monthly). Days and
// months are UTC calendar days and months, as the server's ledger counts them.
struct DailyBalances
{
    struct Day
    {
        QDate date;
        qint64 main = 0;
        qint64 bonus = 0;
        qint64 credit = 0; // available credit at the end of the day
    };
    QString currency;
    QList<Day> days;
    static std::optional<DailyBalances> fromJson(const QJsonObject &json);
};

struct MonthlySpend
{
    struct Month
    {
        QDate month; // the first day of the month
        qint64 total = 0;
        QList<QPair<QString, qint64>> categories; // category -> spent (positive)
    };
    QString currency;
    QList<Month> months;
    static std::optional<MonthlySpend> fromJson(const QJsonObject &json);
};

struct MonthlyReferral
{
    struct Month
    {
        QDate month; // the first day of the month
        qint64 accrued = 0;
        qint64 withdrawn = 0;
    };
    QString currency;
    QList<Month> months;
    static std::optional<MonthlyReferral> fromJson(const QJsonObject &json);
};

// POST /members (R32): the new member's id, and a one-time invitation token when the e-mail was
// unknown (empty otherwise). The token is shown to the Owner once, never stored.
struct AddMemberAnswer
{
    QString userId;
    QString invitationToken;
    static std::optional<AddMemberAnswer> fromJson(const QJsonObject &json);
};

// One of the signed-in user's sessions (GET /auth/sessions, R33).
struct AuthSession
{
    QString id;
    QDateTime createdAt;
    QDateTime lastSeenAt;
    bool current = false; // the session of this device
    static std::optional<AuthSession> fromJson(const QJsonObject &json);
};

// One row of the project's audit log (GET /audit, R34), newest first.
struct AuditEntry
{
    QString id;
    QDateTime at;
    QString actorKind; // user | staff | platform
    QString actorId;
    QString actorEmail;
    QString action;
    QJsonObject details;
    static std::optional<AuditEntry> fromJson(const QJsonObject &json);
};

// v1.1 (R27-R31, issue 12) ------------------------------------------------------------------

// GET /saved-card (R27): the provider's mask only; the client never sees a card number.
struct SavedCard
{
    QString mask; // "**** **** **** 1111"
    static std::optional<SavedCard> fromJson(const QJsonObject &json);
};

// GET/PUT /auto-topup (R28): threshold and amount in minor units.
struct AutoTopUpSettings
{
    bool enabled = false;
    qint64 threshold = 0;
    qint64 amount = 0;
    bool operator==(const AutoTopUpSettings &) const = default;
    QJsonObject toJson() const;
    static std::optional<AutoTopUpSettings> fromJson(const QJsonObject &json);
};

// GET /forecast (R29): days left is absent when nothing was spent in the basis period.
struct Forecast
{
    qint64 dailySpend = 0;
    int basisDays = 30;
    std::optional<qint64> daysLeft;
    qint64 funds = 0;
    static std::optional<Forecast> fromJson(const QJsonObject &json);
};

// POST /charges/preview (R30): which balance would pay how much; nothing is posted.
struct ChargePreview
{
    QList<QPair<QString, qint64>> parts; // balance (bonus | main | credit) -> amount
    bool sufficient = false;
    qint64 shortfall = 0; // what is missing when not sufficient (the server's figure)
    QString currency;     // empty when the server does not say
    static std::optional<ChargePreview> fromJson(const QJsonObject &json);
};

// GET/PUT /alerts (R31): the low-balance threshold of main, none when off.
struct AlertSettings
{
    std::optional<qint64> lowBalanceThreshold;
    bool operator==(const AlertSettings &) const = default;
    QJsonObject toJson() const;
    static std::optional<AlertSettings> fromJson(const QJsonObject &json);
};

// One event of GET /events (R31). `data` carries the type's figures (amount, ...).
// What an event changes on screen (R31): the client reads again only these figures.
enum class EventEffect : unsigned {
    Balances = 0x1, // the balance cards (and the forecast, R29)
    History = 0x2,  // the balance history and charts: a movement was posted
    TopUps = 0x4,   // the top-ups list: a top-up appeared or changed status
    Referral = 0x8, // the referral balance and its history (Owner only, R3)
};
Q_DECLARE_FLAGS(EventEffects, EventEffect)
Q_DECLARE_OPERATORS_FOR_FLAGS(EventEffects)

struct ProjectEvent
{
    qint64 id = 0;
    QDateTime at;
    QString type; // low_balance, credit_due, credit_expired, topup_paid, auto_topup_opened, ...
    QJsonObject data;
    // withdrawal_* events concern the referral balance: only an Owner may ever hold them (R3).
    bool isReferralEvent() const { return type.startsWith(QLatin1String("withdrawal_")); }
    // What is read again when it arrives; nothing for a reminder (credit_due) or an unknown type.
    EventEffects effects() const;
    static std::optional<ProjectEvent> fromJson(const QJsonObject &json);
};

struct EventPage
{
    QList<ProjectEvent> items;
    std::optional<qint64> lastId; // the newest event id the server knows, none when the feed is empty
    static std::optional<EventPage> fromJson(const QJsonObject &json);
};

// One row of GET /credit/requests (R12): the project's requests and what staff decided.
struct CreditRequestItem
{
    QString id;
    QString status; // pending | granted | rejected | cancelled
    qint64 amount = 0;
    int termDays = 0;
    QString currency; // of the amount, as the server says it; empty when it does not
    QDateTime createdAt;
    QDateTime decidedAt; // invalid while pending
    QString note;        // why staff rejected it
    QString requestedBy; // the member who asked (v1.1); empty when the server does not say
    static std::optional<CreditRequestItem> fromJson(const QJsonObject &json);
};
