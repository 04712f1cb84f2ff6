// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiTypes.h"

#include <QJsonArray>

#include <algorithm>
#include <limits>

namespace {

// Small strict readers: each returns false when the field is absent or of the wrong type.
bool readString(const QJsonObject &json, QLatin1String key, QString *out)
{
    const QJsonValue value = json.value(key);
    if (value.isString()) {
        *out = value.toString();
        return true;
    }
    // Ids may be numbers on the wire; keep them as text, the client never computes with them.
    if (value.isDouble() && value.toInteger(0) == value.toInteger(1)) {
        *out = QString::number(value.toInteger());
        return true;
    }
    return false;
}

bool readOptionalString(const QJsonObject &json, QLatin1String key, QString *out)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined() || value.isNull()) {
        out->clear();
        return true;
    }
    return readString(json, key, out);
}

// Integers only: QJsonValue keeps integer literals as qint64, so no double is involved.
// A fractional number gives different answers for the two defaults and is refused.
bool readInteger(const QJsonObject &json, QLatin1String key, qint64 *out)
{
    const QJsonValue value = json.value(key);
    if (!value.isDouble() || value.toInteger(0) != value.toInteger(1))
        return false;
    *out = value.toInteger();
    return true;
}

bool readInt(const QJsonObject &json, QLatin1String key, int *out)
{
    qint64 wide = 0;
    if (!readInteger(json, key, &wide) || wide < 0 || wide > std::numeric_limits<int>::max())
        return false;
    *out = static_cast<int>(wide);
    return true;
}

bool readTime(const QJsonObject &json, QLatin1String key, QDateTime *out, bool nullable)
{
    const QJsonValue value = json.value(key);
    if (nullable && (value.isNull() || value.isUndefined())) {
        *out = QDateTime();
        return true;
    }
    if (!value.isString())
        return false;
    *out = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return out->isValid();
}

bool readBool(const QJsonObject &json, QLatin1String key, bool *out)
{
    const QJsonValue value = json.value(key);
    if (!value.isBool())
        return false;
    *out = value.toBool();
    return true;
}

} // namespace

std::optional<UserInfo> UserInfo::fromJson(const QJsonObject &json)
{
    UserInfo user;
    if (!readString(json, QLatin1String("id"), &user.id) || !readString(json, QLatin1String("email"), &user.email))
        return std::nullopt;
    readOptionalString(json, QLatin1String("name"), &user.name);
    readBool(json, QLatin1String("is_staff"), &user.isStaff);
    return user;
}

std::optional<ProjectMembership> ProjectMembership::fromJson(const QJsonObject &json)
{
    ProjectMembership project;
    QString role;
    if (!readString(json, QLatin1String("id"), &project.id) || !readString(json, QLatin1String("name"), &project.name)
        || !readString(json, QLatin1String("role"), &role))
        return std::nullopt;
    project.role = roleFromApi(role);
    return project;
}

std::optional<LoginAnswer> LoginAnswer::fromJson(const QJsonObject &json)
{
    LoginAnswer answer;
    if (!readString(json, QLatin1String("token"), &answer.token) || answer.token.isEmpty())
        return std::nullopt;
    readTime(json, QLatin1String("expires_at"), &answer.expiresAt, true);
    const auto user = UserInfo::fromJson(json.value(QLatin1String("user")).toObject());
    if (!user)
        return std::nullopt;
    answer.user = *user;
    return answer;
}

std::optional<MeAnswer> MeAnswer::fromJson(const QJsonObject &json)
{
    const auto user = UserInfo::fromJson(json.value(QLatin1String("user")).toObject());
    const QJsonValue projects = json.value(QLatin1String("projects"));
    if (!user || !projects.isArray())
        return std::nullopt;
    MeAnswer answer{*user, {}};
    for (const QJsonValue &item : projects.toArray()) {
        const auto project = ProjectMembership::fromJson(item.toObject());
        if (!project)
            return std::nullopt;
        answer.projects.append(*project);
    }
    return answer;
}

std::optional<Balances> Balances::fromJson(const QJsonObject &json)
{
    Balances balances;
    const QJsonObject credit = json.value(QLatin1String("credit")).toObject();
    if (!readString(json, QLatin1String("currency"), &balances.currency)
        || !readInteger(json, QLatin1String("main"), &balances.main)
        || !readInteger(json, QLatin1String("bonus"), &balances.bonus)
        || !readInteger(credit, QLatin1String("granted"), &balances.credit.granted)
        || !readInteger(credit, QLatin1String("available"), &balances.credit.available)
        || !readInteger(credit, QLatin1String("used"), &balances.credit.used)
        || !readTime(credit, QLatin1String("due_at"), &balances.credit.dueAt, true))
        return std::nullopt;
    return balances;
}

std::optional<Transaction> Transaction::fromJson(const QJsonObject &json)
{
    Transaction entry;
    if (!readString(json, QLatin1String("id"), &entry.id) || !readTime(json, QLatin1String("at"), &entry.at, false)
        || !readString(json, QLatin1String("kind"), &entry.kind)
        || !readOptionalString(json, QLatin1String("category"), &entry.category)
        || !readString(json, QLatin1String("balance"), &entry.balance)
        || !readInteger(json, QLatin1String("amount"), &entry.amount)
        || !readInteger(json, QLatin1String("balance_after"), &entry.balanceAfter)
        || !readOptionalString(json, QLatin1String("description"), &entry.description))
        return std::nullopt;
    return entry;
}

std::optional<Member> Member::fromJson(const QJsonObject &json)
{
    Member member;
    QString role;
    if (!readString(json, QLatin1String("id"), &member.id) || !readString(json, QLatin1String("email"), &member.email)
        || !readString(json, QLatin1String("role"), &role))
        return std::nullopt;
    readOptionalString(json, QLatin1String("name"), &member.name);
    member.role = roleFromApi(role);
    return member;
}

std::optional<TopUp> TopUp::fromJson(const QJsonObject &json)
{
    TopUp topUp;
    QString paymentUrl;
    if (!readString(json, QLatin1String("id"), &topUp.id) || !readString(json, QLatin1String("status"), &topUp.status)
        || !readString(json, QLatin1String("method"), &topUp.method)
        || !readInteger(json, QLatin1String("amount"), &topUp.amount)
        || !readOptionalString(json, QLatin1String("invoice_number"), &topUp.invoiceNumber)
        || !readOptionalString(json, QLatin1String("payment_url"), &paymentUrl))
        return std::nullopt;
    topUp.paymentUrl = QUrl(paymentUrl, QUrl::StrictMode);
    readTime(json, QLatin1String("created_at"), &topUp.createdAt, true);
    readOptionalString(json, QLatin1String("created_by"), &topUp.createdBy);
    readOptionalString(json, QLatin1String("currency"), &topUp.currency);
    return topUp;
}

std::optional<CreditEligibility> CreditEligibility::fromJson(const QJsonObject &json)
{
    CreditEligibility answer;
    const QJsonValue reasons = json.value(QLatin1String("reasons"));
    if (!readBool(json, QLatin1String("eligible"), &answer.eligible) || !reasons.isArray()
        || !readInteger(json, QLatin1String("max_amount"), &answer.maxAmount)
        || !readInt(json, QLatin1String("max_term_days"), &answer.maxTermDays))
        return std::nullopt;
    for (const QJsonValue &reason : reasons.toArray())
        answer.reasons.append(reason.toString());
    // Informative figures: shown when present.
    readInt(json, QLatin1String("tenure_days"), &answer.tenureDays);
    readInt(json, QLatin1String("topups_count"), &answer.topupsCount);
    readInteger(json, QLatin1String("topups_total"), &answer.topupsTotal);
    readInteger(json, QLatin1String("monthly_spend"), &answer.monthlySpend);
    return answer;
}

std::optional<CreditRequestAnswer> CreditRequestAnswer::fromJson(const QJsonObject &json)
{
    CreditRequestAnswer answer;
    if (!readString(json, QLatin1String("id"), &answer.id) || !readString(json, QLatin1String("status"), &answer.status))
        return std::nullopt;
    return answer;
}

std::optional<Referral> Referral::fromJson(const QJsonObject &json)
{
    Referral referral;
    const QJsonValue referrals = json.value(QLatin1String("referrals"));
    if (!readInteger(json, QLatin1String("balance"), &referral.balance)
        || !readString(json, QLatin1String("currency"), &referral.currency)
        || !readString(json, QLatin1String("code"), &referral.code)
        || !readInt(json, QLatin1String("rate_bp"), &referral.rateBasisPoints))
        return std::nullopt;
    for (const QJsonValue &item : referrals.toArray()) {
        const QJsonObject object = item.toObject();
        Referral::Referee referee;
        if (!readString(object, QLatin1String("project_id"), &referee.projectId)
            || !readInteger(object, QLatin1String("earned_total"), &referee.earnedTotal))
            return std::nullopt;
        readOptionalString(object, QLatin1String("name"), &referee.name);
        readTime(object, QLatin1String("joined_at"), &referee.joinedAt, true);
        referral.referrals.append(referee);
    }
    return referral;
}

std::optional<ReferralEntry> ReferralEntry::fromJson(const QJsonObject &json)
{
    ReferralEntry entry;
    if (!readString(json, QLatin1String("id"), &entry.id) || !readTime(json, QLatin1String("at"), &entry.at, false)
        || !readString(json, QLatin1String("kind"), &entry.kind)
        || !readInteger(json, QLatin1String("amount"), &entry.amount)
        || !readInteger(json, QLatin1String("balance_after"), &entry.balanceAfter)
        || !readOptionalString(json, QLatin1String("source_project_id"), &entry.sourceProjectId)
        || !readOptionalString(json, QLatin1String("destination"), &entry.destination))
        return std::nullopt;
    readOptionalString(json, QLatin1String("source_project_name"), &entry.sourceProjectName);
    readOptionalString(json, QLatin1String("withdrawal_status"), &entry.withdrawalStatus);
    readOptionalString(json, QLatin1String("card_masked"), &entry.cardMasked);
    readOptionalString(json, QLatin1String("target_project_id"), &entry.targetProjectId);
    return entry;
}

std::optional<Withdrawal> Withdrawal::fromJson(const QJsonObject &json)
{
    Withdrawal withdrawal;
    if (!readString(json, QLatin1String("id"), &withdrawal.id)
        || !readString(json, QLatin1String("status"), &withdrawal.status)
        || !readInteger(json, QLatin1String("amount"), &withdrawal.amount)
        || !readString(json, QLatin1String("destination"), &withdrawal.destination))
        return std::nullopt;
    readOptionalString(json, QLatin1String("card_masked"), &withdrawal.cardMasked);
    return withdrawal;
}

std::optional<ReferralTarget> ReferralTarget::fromJson(const QJsonObject &json)
{
    ReferralTarget target;
    if (!readString(json, QLatin1String("name"), &target.name))
        return std::nullopt;
    return target;
}

namespace {

// "2026-01" -> 2026-01-01; anything else -> invalid date.
QDate monthOf(const QJsonObject &json)
{
    return QDate::fromString(json.value(QLatin1String("month")).toString() + QLatin1String("-01"), Qt::ISODate);
}

// Reads {"currency", "<key>": [...]} into answer.*list, one parseItem() per item.
template<typename Answer, typename Item, typename Parse>
std::optional<Answer> readSeries(const QJsonObject &json, QLatin1String key, QList<Item> Answer::*list, Parse parseItem)
{
    Answer answer;
    const QJsonValue items = json.value(key);
    if (!readString(json, QLatin1String("currency"), &answer.currency) || !items.isArray())
        return std::nullopt;
    for (const QJsonValue &value : items.toArray()) {
        std::optional<Item> item = parseItem(value.toObject());
        if (!item)
            return std::nullopt;
        (answer.*list).append(std::move(*item));
    }
    return answer;
}

} // namespace

std::optional<DailyBalances> DailyBalances::fromJson(const QJsonObject &json)
{
    return readSeries(json, QLatin1String("days"), &DailyBalances::days, [](const QJsonObject &item) -> std::optional<Day> {
        Day day;
        day.date = QDate::fromString(item.value(QLatin1String("date")).toString(), Qt::ISODate);
        if (!day.date.isValid() || !readInteger(item, QLatin1String("main"), &day.main)
            || !readInteger(item, QLatin1String("bonus"), &day.bonus)
            || !readInteger(item, QLatin1String("credit"), &day.credit))
            return std::nullopt;
        return day;
    });
}

std::optional<MonthlySpend> MonthlySpend::fromJson(const QJsonObject &json)
{
    return readSeries(json, QLatin1String("months"), &MonthlySpend::months, [](const QJsonObject &item) -> std::optional<Month> {
        Month month;
        month.month = monthOf(item);
        const QJsonValue categories = item.value(QLatin1String("categories"));
        if (!month.month.isValid() || !readInteger(item, QLatin1String("total"), &month.total) || !categories.isArray())
            return std::nullopt;
        for (const QJsonValue &value : categories.toArray()) {
            QString category;
            qint64 amount = 0;
            if (!readString(value.toObject(), QLatin1String("category"), &category)
                || !readInteger(value.toObject(), QLatin1String("amount"), &amount))
                return std::nullopt;
            month.categories.append({category, amount});
        }
        return month;
    });
}

std::optional<MonthlyReferral> MonthlyReferral::fromJson(const QJsonObject &json)
{
    return readSeries(json, QLatin1String("months"), &MonthlyReferral::months,
                      [](const QJsonObject &item) -> std::optional<Month> {
                          Month month;
                          month.month = monthOf(item);
                          if (!month.month.isValid() || !readInteger(item, QLatin1String("accrued"), &month.accrued)
                              || !readInteger(item, QLatin1String("withdrawn"), &month.withdrawn))
                              return std::nullopt;
                          return month;
                      });
}

std::optional<AddMemberAnswer> AddMemberAnswer::fromJson(const QJsonObject &json)
{
    AddMemberAnswer answer;
    if (!readString(json, QLatin1String("user_id"), &answer.userId)
        || !readOptionalString(json, QLatin1String("invitation_token"), &answer.invitationToken))
        return std::nullopt;
    return answer;
}

std::optional<AuthSession> AuthSession::fromJson(const QJsonObject &json)
{
    AuthSession session;
    if (!readString(json, QLatin1String("id"), &session.id)
        || !readTime(json, QLatin1String("created_at"), &session.createdAt, false)
        || !readTime(json, QLatin1String("last_seen_at"), &session.lastSeenAt, true)
        || !readBool(json, QLatin1String("current"), &session.current))
        return std::nullopt;
    return session;
}

std::optional<AuditEntry> AuditEntry::fromJson(const QJsonObject &json)
{
    AuditEntry entry;
    const QJsonObject actor = json.value(QLatin1String("actor")).toObject();
    if (!readString(json, QLatin1String("id"), &entry.id) || !readTime(json, QLatin1String("at"), &entry.at, false)
        || !readString(json, QLatin1String("action"), &entry.action)
        || !readString(actor, QLatin1String("kind"), &entry.actorKind)
        || !readOptionalString(actor, QLatin1String("id"), &entry.actorId)
        || !readOptionalString(actor, QLatin1String("email"), &entry.actorEmail))
        return std::nullopt;
    entry.details = json.value(QLatin1String("details")).toObject();
    return entry;
}

std::optional<SavedCard> SavedCard::fromJson(const QJsonObject &json)
{
    SavedCard card;
    if (!readString(json, QLatin1String("card_mask"), &card.mask))
        return std::nullopt;
    return card;
}

QJsonObject AutoTopUpSettings::toJson() const
{
    return {{QStringLiteral("enabled"), enabled},
            {QStringLiteral("threshold"), threshold},
            {QStringLiteral("amount"), amount}};
}

std::optional<AutoTopUpSettings> AutoTopUpSettings::fromJson(const QJsonObject &json)
{
    AutoTopUpSettings settings;
    if (!readBool(json, QLatin1String("enabled"), &settings.enabled)
        || !readInteger(json, QLatin1String("threshold"), &settings.threshold)
        || !readInteger(json, QLatin1String("amount"), &settings.amount))
        return std::nullopt;
    return settings;
}

std::optional<Forecast> Forecast::fromJson(const QJsonObject &json)
{
    Forecast forecast;
    qint64 basis = 30;
    if (!readInteger(json, QLatin1String("daily_spend"), &forecast.dailySpend)
        || !readInteger(json, QLatin1String("funds"), &forecast.funds))
        return std::nullopt;
    if (readInteger(json, QLatin1String("basis_days"), &basis) && basis > 0 && basis < 10000)
        forecast.basisDays = int(basis);
    const QJsonValue daysLeft = json.value(QLatin1String("days_left"));
    if (!daysLeft.isNull() && !daysLeft.isUndefined()) {
        qint64 days = 0;
        if (!readInteger(json, QLatin1String("days_left"), &days) || days < 0)
            return std::nullopt;
        forecast.daysLeft = days;
    }
    return forecast;
}

std::optional<ChargePreview> ChargePreview::fromJson(const QJsonObject &json)
{
    ChargePreview preview;
    const QJsonValue parts = json.value(QLatin1String("parts"));
    if (!parts.isArray() || !readBool(json, QLatin1String("sufficient"), &preview.sufficient))
        return std::nullopt;
    for (const QJsonValue &value : parts.toArray()) {
        QString balance;
        qint64 amount = 0;
        if (!readString(value.toObject(), QLatin1String("balance"), &balance)
            || !readInteger(value.toObject(), QLatin1String("amount"), &amount))
            return std::nullopt;
        preview.parts.append({balance, amount});
    }
    // v1.1 server's own fields (docs/api.md): optional, so an older answer still reads.
    const QJsonValue shortfall = json.value(QLatin1String("shortfall"));
    if (!shortfall.isUndefined() && !shortfall.isNull() && !readInteger(json, QLatin1String("shortfall"), &preview.shortfall))
        return std::nullopt;
    readOptionalString(json, QLatin1String("currency"), &preview.currency);
    return preview;
}

QJsonObject AlertSettings::toJson() const
{
    return {{QStringLiteral("low_balance_threshold"),
             lowBalanceThreshold ? QJsonValue(*lowBalanceThreshold) : QJsonValue(QJsonValue::Null)}};
}

std::optional<AlertSettings> AlertSettings::fromJson(const QJsonObject &json)
{
    AlertSettings settings;
    const QJsonValue threshold = json.value(QLatin1String("low_balance_threshold"));
    if (threshold.isUndefined())
        return std::nullopt;
    if (!threshold.isNull()) {
        qint64 value = 0;
        if (!readInteger(json, QLatin1String("low_balance_threshold"), &value))
            return std::nullopt;
        settings.lowBalanceThreshold = value;
    }
    return settings;
}

EventEffects ProjectEvent::effects() const
{
    using E = EventEffect;
    if (type == QLatin1String("topup_paid")) // credited to main: a posting, and the pending row is paid
        return E::Balances | E::History | E::TopUps;
    if (type == QLatin1String("credit_expired")) // unspent credit withdrawn, a debt to main (R17)
        return E::Balances | E::History;
    if (type == QLatin1String("low_balance")) // main crossed the threshold: the cards' low state
        return E::Balances;
    if (type == QLatin1String("auto_topup_opened") || type == QLatin1String("auto_topup_failed"))
        return E::TopUps; // a pending auto top-up appeared or ended unpaid: no money moved
    if (type == QLatin1String("withdrawal_completed")) {
        // Moved to this project's main (R20): main and its history change too.
        if (data.value(QLatin1String("destination")).toString() == QLatin1String("own_main"))
            return E::Referral | E::Balances | E::History;
        return E::Referral;
    }
    if (type == QLatin1String("withdrawal_rejected")) // the amount is back on the referral balance
        return E::Referral;
    return {};
}

std::optional<ProjectEvent> ProjectEvent::fromJson(const QJsonObject &json)
{
    ProjectEvent event;
    if (!readInteger(json, QLatin1String("id"), &event.id) || !readTime(json, QLatin1String("at"), &event.at, false)
        || !readString(json, QLatin1String("type"), &event.type))
        return std::nullopt;
    const QJsonValue data = json.value(QLatin1String("data"));
    if (!data.isObject() && !data.isNull() && !data.isUndefined())
        return std::nullopt;
    event.data = data.toObject();
    return event;
}

std::optional<EventPage> EventPage::fromJson(const QJsonObject &json)
{
    EventPage page;
    const QJsonValue items = json.value(QLatin1String("items"));
    if (!items.isArray())
        return std::nullopt;
    for (const QJsonValue &value : items.toArray()) {
        std::optional<ProjectEvent> event = ProjectEvent::fromJson(value.toObject());
        if (!event)
            return std::nullopt;
        page.items.append(std::move(*event));
    }
    const QJsonValue last = json.value(QLatin1String("last_id"));
    if (!last.isNull() && !last.isUndefined()) {
        qint64 id = 0;
        if (!readInteger(json, QLatin1String("last_id"), &id))
            return std::nullopt;
        page.lastId = id;
    }
    return page;
}

std::optional<CreditRequestItem> CreditRequestItem::fromJson(const QJsonObject &json)
{
    CreditRequestItem item;
    qint64 term = 0;
    if (!readString(json, QLatin1String("id"), &item.id) || !readString(json, QLatin1String("status"), &item.status)
        || !readInteger(json, QLatin1String("amount"), &item.amount)
        || !readInteger(json, QLatin1String("term_days"), &term)
        || !readTime(json, QLatin1String("created_at"), &item.createdAt, false)
        || !readTime(json, QLatin1String("decided_at"), &item.decidedAt, true)
        || !readOptionalString(json, QLatin1String("note"), &item.note))
        return std::nullopt;
    item.termDays = int(std::clamp<qint64>(term, 0, 1000));
    readOptionalString(json, QLatin1String("requested_by"), &item.requestedBy);
    readOptionalString(json, QLatin1String("currency"), &item.currency);
    return item;
}
