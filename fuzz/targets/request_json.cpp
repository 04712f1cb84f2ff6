// SPDX-License-Identifier: GPL-3.0-or-later
// The server's JSON request bodies into typed orders (issue 15): every route decoder of
// server/http/Decoders.h on the same bytes, as a money-moving or staff request would meet them.
// Invariants: only domain::Error 400/404/422 ever leaves a decoder (anything else would be a 500);
// an accepted amount is the body's integer literal exactly, within the one-request bound, positive
// where the route says so, and prints back to the same value; enums are one of their words; texts
// are trimmed and within their lengths; a card number reaches the order masked only; decoding is
// deterministic (the same body gives the same idempotency fingerprint).
#include "FuzzTarget.h"

#include "Decoders.h"
#include "DomainError.h"
#include "Json.h"
#include "JsonViews.h"

#include "Category.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <set>

namespace {

using domain::Error;
using domain::ErrorCode;

constexpr std::int64_t kProjectId = 7;

bool refusalOfBadInput(const Error &error)
{
    return error.code() == ErrorCode::ValidationFailed || error.code() == ErrorCode::Malformed ||
           error.code() == ErrorCode::NotFound;
}

// Runs one decoder; true when it accepted. Any exception but a 400/404/422 refusal is a bug.
template <typename Decode>
bool accepts(Decode &&decode)
{
    return fuzz::accepts<Error>(decode, refusalOfBadInput);
}

// The field as the body holds it, read independently of JsonBody.
QJsonValue rawField(const QJsonObject &object, const char *field)
{
    return object.value(QLatin1String(field));
}

// An accepted amount: the body's integer exactly, within the bound, and it prints back the same.
void checkAmount(const QJsonObject &raw, const char *field, std::int64_t amount)
{
    FUZZ_CHECK(amount <= http::kMaxMoneyAmount && amount >= -http::kMaxMoneyAmount);
    const QJsonValue value = rawField(raw, field);
    FUZZ_CHECK(value.isDouble());
    FUZZ_CHECK(value.toInteger() == amount);
    const QByteArray printed =
        QJsonDocument(QJsonObject{{QStringLiteral("amount"), http::views::integer(amount)}}).toJson(QJsonDocument::Compact);
    FUZZ_CHECK(http::JsonBody::parse(printed.toStdString()).amount("amount") == amount);
}

void checkText(const std::string &text, qsizetype maxLength)
{
    const QString decoded = QString::fromStdString(text);
    FUZZ_CHECK(!decoded.isEmpty());
    FUZZ_CHECK(decoded.trimmed() == decoded);
    FUZZ_CHECK(decoded.size() <= maxLength);
}

// The digits of a string, to look for a card number in what is kept.
std::string digitsOf(const QString &text)
{
    std::string digits;
    for (const QChar c : text) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            digits += static_cast<char>(c.unicode());
    }
    return digits;
}

void decodeAll(const http::Call &call, const QJsonObject &raw)
{
    application::TopUpOrder topUp;
    if (accepts([&] { topUp = http::decode::topUpOrder(call); })) {
        checkAmount(raw, "amount", topUp.amount);
        FUZZ_CHECK(topUp.amount > 0);
        FUZZ_CHECK(fuzz::oneOf(topUp.method, {"invoice", "card"}));
        FUZZ_CHECK(http::decode::topUpOrder(call).normalised().text() == topUp.normalised().text());
    }

    application::ChargeOrder charge;
    if (accepts([&] { charge = http::decode::chargeOrder(call); })) {
        checkAmount(raw, "amount", charge.amount);
        FUZZ_CHECK(charge.amount > 0);
        FUZZ_CHECK(charge.projectId == kProjectId);
        FUZZ_CHECK(ledger::categoryFromString(ledger::toString(charge.category)) == charge.category);
        if (!charge.description.empty())
            checkText(charge.description, 500);
        FUZZ_CHECK(http::decode::chargeOrder(call).normalised().text() == charge.normalised().text());
    }

    application::BonusOrder bonus;
    if (accepts([&] { bonus = http::decode::bonusOrder(call); })) {
        checkAmount(raw, "amount", bonus.amount);
        FUZZ_CHECK(bonus.amount > 0);
        checkText(bonus.reason, 500);
    }

    application::AdjustmentOrder adjustment;
    if (accepts([&] { adjustment = http::decode::adjustmentOrder(call); })) {
        checkAmount(raw, "amount", adjustment.amount);
        FUZZ_CHECK(adjustment.amount != 0);
        FUZZ_CHECK(fuzz::oneOf(adjustment.kind, {"compensation", "correction"}));
        FUZZ_CHECK(adjustment.kind != "compensation" || adjustment.amount > 0);
        checkText(adjustment.reason, 500);
    }

    for (const bool grant : {false, true}) {
        application::CreditOrder credit;
        if (accepts([&] { credit = http::decode::creditOrder(call, kProjectId, grant); })) {
            checkAmount(raw, "amount", credit.amount);
            FUZZ_CHECK(rawField(raw, "term_days").toInteger() == credit.termDays);
            FUZZ_CHECK(grant || !credit.requestId);
        }
    }

    application::ProviderCallback callback;
    if (accepts([&] { callback = http::decode::providerCallback(call); })) {
        FUZZ_CHECK(fuzz::oneOf(callback.status, {"paid", "failed"}));
        FUZZ_CHECK(rawField(raw, "topup_id").toInteger() == callback.topUpId);
        FUZZ_CHECK(!callback.amount || rawField(raw, "amount").toInteger() == *callback.amount);
    }

    accepts([&] {
        const http::JsonBody body = call.body();
        const application::WithdrawalOrder order =
            http::decode::withdrawalOrder(kProjectId, body, [](const std::string &code) -> std::int64_t {
                if (code.empty())
                    throw Error(ErrorCode::NotFound, "no project has this referral code");
                return 42;
            });
        checkAmount(raw, "amount", order.amount);
        FUZZ_CHECK(order.amount > 0);
        FUZZ_CHECK(fuzz::oneOf(order.destination, {"card", "own_main", "project"}));
        FUZZ_CHECK((order.destination == "card") == order.cardMasked.has_value());
        FUZZ_CHECK((order.destination == "project") == order.targetProjectId.has_value());
        if (order.cardMasked) {
            // Only the mask reaches the order, and so the idempotency store (issue 11).
            FUZZ_CHECK(order.cardMasked->rfind("**** **** **** ", 0) == 0 && order.cardMasked->size() == 19);
            const std::string cardDigits = digitsOf(rawField(raw, "card_number").toString());
            FUZZ_CHECK(cardDigits.size() >= 12);
            FUZZ_CHECK(order.normalised().text().find(cardDigits) == std::string::npos);
        }
    });

    accepts([&] {
        const application::NewUser user = http::decode::newUser(call.body());
        FUZZ_CHECK(user.email.find('@') != std::string::npos);
        FUZZ_CHECK(QString::fromStdString(user.email) == QString::fromStdString(user.email).toLower());
    });
    accepts([&] { FUZZ_CHECK(http::decode::memberEmail(call.body()).find('@') != std::string::npos); });
    accepts([&] {
        const std::string role = http::decode::memberRole(call.body());
        FUZZ_CHECK(fuzz::oneOf(role, {"owner", "administrator", "supervisor", "manager", "operator"}));
    });
    accepts([&] {
        const std::string password = http::decode::password(call.body(), "password");
        FUZZ_CHECK(QString::fromStdString(password).size() <= 1024);
    });
}

} // namespace

CABINET_FUZZ_TARGET(request_json)
{
    http::Request request;
    request.method = "POST";
    request.path = "/api/v1/projects/7/fuzz";
    request.pathParams = {std::to_string(kProjectId)};
    request.body.assign(reinterpret_cast<const char *>(data), size);
    const http::Call call{request, std::nullopt, kProjectId, "owner", 1'800'000'000, 0};

    // The body as a whole: a JSON object, or refused as malformed (400) / not an object (422).
    try {
        http::JsonBody::parse(request.body);
    } catch (const Error &error) {
        FUZZ_CHECK(error.code() == ErrorCode::Malformed || error.code() == ErrorCode::ValidationFailed);
        return 0;
    } catch (...) {
        FUZZ_FAIL("JsonBody::parse threw something other than domain::Error");
    }
    const QJsonObject raw = QJsonDocument::fromJson(QByteArray::fromStdString(request.body)).object();
    decodeAll(call, raw);
    return 0;
}
