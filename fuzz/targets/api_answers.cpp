// SPDX-License-Identifier: GPL-3.0-or-later
// The client's decoding of the server's answers (app/ApiTypes, issue 15): balances, every list page,
// the referral program, the charts' series, and problem+json errors (app/ApiError). Input: an answer
// body; the status of the problem is taken from its length.
// Invariants: every money figure the client accepts is the answer's JSON integer exactly (never a
// floating-point number rounded on the way); a page holds exactly the items of the answer; an error
// answer always gets a message a user can read; nothing crashes, whatever the server sends.
#include "FuzzTarget.h"

#include "ApiError.h"
#include "ApiTypes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>

namespace {

// The JSON integer the server sent, when it sent one (Qt keeps integer literals as qint64).
std::optional<qint64> jsonInteger(const QJsonValue &value)
{
    if (!value.isDouble() || value.toVariant().typeId() != QMetaType::LongLong)
        return std::nullopt;
    return value.toInteger();
}

void checkMoney(const QJsonObject &object, const char *field, qint64 decoded)
{
    FUZZ_CHECK(jsonInteger(object.value(QLatin1String(field))) == decoded);
}

template<typename Item, typename Check>
void checkPage(const QJsonDocument &document, Check check)
{
    const std::optional<ListPage<Item>> page = parsePage<Item>(document);
    if (!page)
        return;
    const QJsonArray items = document.object().value(QLatin1String("items")).toArray();
    FUZZ_CHECK(page->items.size() == items.size());
    for (qsizetype i = 0; i < items.size(); ++i)
        check(items.at(i).toObject(), page->items.at(i));
}

void decodeEverything(const QJsonDocument &document)
{
    const QJsonObject json = document.object();
    UserInfo::fromJson(json);
    ProjectMembership::fromJson(json);
    LoginAnswer::fromJson(json);
    MeAnswer::fromJson(json);
    CreditRequestAnswer::fromJson(json);
    ReferralTarget::fromJson(json);
    AddMemberAnswer::fromJson(json);
    DailyBalances::fromJson(json);
    MonthlySpend::fromJson(json);
    MonthlyReferral::fromJson(json);

    if (const auto balances = Balances::fromJson(json)) {
        checkMoney(json, "main", balances->main);
        checkMoney(json, "bonus", balances->bonus);
        const QJsonObject credit = json.value(QLatin1String("credit")).toObject();
        checkMoney(credit, "granted", balances->credit.granted);
        checkMoney(credit, "available", balances->credit.available);
        checkMoney(credit, "used", balances->credit.used);
    }
    if (const auto eligibility = CreditEligibility::fromJson(json))
        checkMoney(json, "max_amount", eligibility->maxAmount);
    if (const auto referral = Referral::fromJson(json)) {
        checkMoney(json, "balance", referral->balance);
        const QJsonArray referees = json.value(QLatin1String("referrals")).toArray();
        FUZZ_CHECK(referral->referrals.size() == referees.size());
        for (qsizetype i = 0; i < referees.size(); ++i)
            checkMoney(referees.at(i).toObject(), "earned_total", referral->referrals.at(i).earnedTotal);
    }
    if (const auto withdrawal = Withdrawal::fromJson(json))
        checkMoney(json, "amount", withdrawal->amount);

    checkPage<Transaction>(document, [](const QJsonObject &item, const Transaction &entry) {
        checkMoney(item, "amount", entry.amount);
        checkMoney(item, "balance_after", entry.balanceAfter);
        FUZZ_CHECK(entry.at.isValid());
    });
    checkPage<TopUp>(document, [](const QJsonObject &item, const TopUp &topUp) { checkMoney(item, "amount", topUp.amount); });
    checkPage<ReferralEntry>(document, [](const QJsonObject &item, const ReferralEntry &entry) {
        checkMoney(item, "amount", entry.amount);
        checkMoney(item, "balance_after", entry.balanceAfter);
    });
    checkPage<Member>(document, [](const QJsonObject &, const Member &) {});
    checkPage<AuthSession>(document, [](const QJsonObject &, const AuthSession &) {});
    checkPage<AuditEntry>(document, [](const QJsonObject &, const AuditEntry &) {});
}

} // namespace

CABINET_FUZZ_TARGET(api_answers)
{
    const QByteArray body(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError && document.isObject())
        decodeEverything(document);

    // The same bytes as an error answer (ApiJob reads the problem exactly so).
    const QJsonObject problem = QJsonDocument::fromJson(body).object();
    const int status = 400 + static_cast<int>(size % 200);
    for (const ErrorContext context : {ErrorContext::General, ErrorContext::SignIn}) {
        const ApiError apiError =
            makeApiError(ApiError::Kind::Http, QNetworkReply::NoError, status,
                         problem.value(QLatin1String("type")).toString(), problem.value(QLatin1String("detail")).toString(),
                         context);
        FUZZ_CHECK(apiError.isError() && apiError.httpStatus == status);
        FUZZ_CHECK(!apiError.message.isEmpty());
    }
    return 0;
}
