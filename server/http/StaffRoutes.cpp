// SPDX-License-Identifier: GPL-3.0-or-later
// Staff and platform routes (API.md "Platform and staff"): projects, members, charges, bonus,
// adjustments; and the fake clock of the tests.
#include "Api.h"
#include "ChargeBatch.h"
#include "Clock.h"
#include "CreditExpiryTimer.h"
#include "Crypto.h"
#include "DomainError.h"
#include "JsonViews.h"
#include "LedgerOps.h"
#include "MoneyOps.h"
#include "ProjectOps.h"
#include "Routes.h"
#include "Store.h"
#include "TimeText.h"
#include "UserOps.h"

#include "Category.h"
#include "Money.h"

#include <QJsonArray>
#include <QString>

namespace http {

namespace {

using domain::Error;
using domain::ErrorCode;

constexpr int kMaxReasonLength = 500;

[[noreturn]] void invalid(const std::string &what)
{
    throw Error(ErrorCode::ValidationFailed, what);
}

std::string normalizedEmail(const std::string &email)
{
    const std::string lower = QString::fromStdString(email).toLower().toStdString();
    const size_t at = lower.find('@');
    if (at == std::string::npos || at == 0 || at + 1 == lower.size() || lower.find(' ') != std::string::npos)
        invalid("'email' is not an e-mail address");
    return lower;
}

// A new user's password is hashed before the writer runs (argon2 is slow by design);
// an existing user keeps theirs.
struct NewUser
{
    std::string email;
    std::string name;
    std::optional<std::string> passwordHash;
};

NewUser newUserFrom(const JsonBody &body)
{
    NewUser user;
    user.email = normalizedEmail(body.text("email", 254));
    user.name = body.optionalText("name", 200).value_or(user.email);
    if (auto password = body.optionalText("password", 1024))
        user.passwordHash = crypto::hashPassword(*password);
    return user;
}

// The user with this e-mail, created when new.
std::int64_t userIdFor(store::Tx &tx, const NewUser &user, std::int64_t now)
{
    if (const auto existing = store::users::findByEmail(tx, user.email))
        return existing->user.id;
    if (!user.passwordHash)
        invalid("'password' is required for a new user");
    return store::users::create(tx, user.email, user.name, *user.passwordHash, false, now);
}

std::int64_t positiveAmount(const JsonBody &body)
{
    const std::int64_t amount = body.amount("amount");
    if (amount <= 0)
        invalid("'amount' must be greater than zero (minor units)");
    return amount;
}

store::money::Actor actorOf(const Call &call)
{
    return store::money::Actor{call.caller().id, call.now};
}

QJsonObject withBalances(QJsonObject object, store::Tx &tx, std::int64_t projectId)
{
    object.insert(QStringLiteral("balances"), views::balances(store::ledgerops::balancesOf(tx, projectId)));
    return object;
}

void registerProjectAdministration(Api &api)
{
    api.post("/api/v1/staff/projects", Guard::staff(), [&api](Call &call) {
        const JsonBody body = call.body();
        const std::string name = body.text("name", 200);
        const NewUser owner = newUserFrom(body.object("owner"));
        const auto referredBy = body.optionalText("referred_by", 64);
        const std::int64_t now = call.now;
        const auto project = api.services().store.write([&](store::Tx &tx) {
            std::optional<std::int64_t> referrer;
            if (referredBy) {
                referrer = store::projects::idByReferralCode(tx, *referredBy);
                if (!referrer)
                    invalid("'referred_by' is not the referral code of any project");
            }
            const auto created = store::projects::create(tx, name, referrer, now);
            store::users::addMember(tx, created.id, userIdFor(tx, owner, now), "owner", now);
            return created;
        });
        return Answer::json(201, QJsonObject{
                                     {QStringLiteral("id"), views::integer(project.id)},
                                     {QStringLiteral("name"), QString::fromStdString(project.name)},
                                     {QStringLiteral("referral_code"), QString::fromStdString(project.referralCode)},
                                 });
    });

    api.post(R"(/api/v1/staff/projects/(\d+)/users)", Guard::staff(), [&api](Call &call) {
        const std::int64_t projectId = call.pathId(1);
        const JsonBody body = call.body();
        const std::string role = body.text("role", 32);
        if (role == "owner")
            invalid("a project has exactly one owner (R1); add administrators instead");
        if (!isKnownRole(role))
            invalid("'role' must be administrator, supervisor, manager or operator");
        const NewUser user = newUserFrom(body);
        const std::int64_t now = call.now;
        const std::int64_t userId = api.services().store.write([&](store::Tx &tx) {
            if (!store::projects::find(tx, projectId))
                throw Error(ErrorCode::NotFound, "no such project");
            const std::int64_t id = userIdFor(tx, user, now);
            store::users::addMember(tx, projectId, id, role, now);
            return id;
        });
        return Answer::json(201, QJsonObject{
                                     {QStringLiteral("id"), views::integer(userId)},
                                     {QStringLiteral("project_id"), views::integer(projectId)},
                                     {QStringLiteral("email"), QString::fromStdString(user.email)},
                                     {QStringLiteral("role"), QString::fromStdString(role)},
                                 });
    });
}

void registerMoneyRoutes(Api &api)
{
    // Charges are the platform's hot path: the store runs those of a group-commit batch together
    // (store::Store::runCharge), with the same idempotency (R23) as postMoney.
    api.post(R"(/api/v1/staff/projects/(\d+)/charges)", Guard::staff(), [&api](Call &call) {
        const IdempotentRequest idempotent = idempotentRequest(call);
        const JsonBody body = call.body();
        const auto category = ledger::categoryFromString(body.text("category", 64));
        if (!category)
            invalid("'category' is not a known category of charges");
        store::charges::ChargeCommand command;
        command.actor = actorOf(call);
        command.key = idempotent.key;
        command.fingerprint = idempotent.fingerprint;
        command.projectId = call.pathId(1);
        command.category = *category;
        command.amount = ledger::Money::fromMinor(positiveAmount(body));
        command.description = body.optionalText("description", kMaxReasonLength).value_or(std::string());
        command.referralRateBp = api.services().config.referralRateBp;
        command.charged = [](const store::charges::ChargeOutcome &outcome) {
            QJsonArray parts;
            for (const ledger::ChargePart &part : outcome.parts)
                parts.append(QJsonObject{
                    {QStringLiteral("balance"), QString::fromUtf8(ledger::toString(part.balance))},
                    {QStringLiteral("amount"), views::integer(part.amount.minor())},
                });
            const Answer answer = Answer::json(201, QJsonObject{{QStringLiteral("id"), views::integer(outcome.postingId)},
                                                                {QStringLiteral("parts"), parts},
                                                                {QStringLiteral("balances"), views::balances(outcome.balances)}});
            return store::idempotency::StoredAnswer{answer.status, answer.body};
        };
        command.refused = [](const domain::Error &error) {
            const Answer answer = problemAnswer(error.code(), error.what());
            return store::idempotency::StoredAnswer{answer.status, answer.body};
        };
        store::idempotency::StoredAnswer answer = api.services().store.runCharge(command);
        return storedAnswer(answer.status, std::move(answer.body));
    });

    api.postMoney(R"(/api/v1/staff/projects/(\d+)/bonus)", Guard::staff(), [](Call &call) -> Api::TxOperation {
        const std::int64_t projectId = call.pathId(1);
        const JsonBody body = call.body();
        const ledger::Money amount = ledger::Money::fromMinor(positiveAmount(body));
        const std::string reason = body.text("reason", kMaxReasonLength);
        return [=, actor = actorOf(call)](store::Tx &tx) {
            const std::int64_t id = store::money::grantBonus(tx, actor, projectId, amount, reason);
            return Answer::json(201, withBalances(QJsonObject{{QStringLiteral("id"), views::integer(id)},
                                                              {QStringLiteral("amount"), views::integer(amount.minor())}},
                                                  tx, projectId));
        };
    });

    api.postMoney(R"(/api/v1/staff/projects/(\d+)/adjustments)", Guard::staff(), [](Call &call) -> Api::TxOperation {
        const std::int64_t projectId = call.pathId(1);
        const JsonBody body = call.body();
        const std::int64_t amount = body.amount("amount");
        const std::string kind = body.text("kind", 32);
        const std::string reason = body.text("reason", kMaxReasonLength);
        if (kind != "compensation" && kind != "correction")
            invalid("'kind' must be compensation or correction");
        if (kind == "compensation" && amount <= 0)
            invalid("a compensation credits main: 'amount' must be greater than zero");
        if (amount == 0)
            invalid("'amount' must not be zero");
        return [=, actor = actorOf(call)](store::Tx &tx) {
            const std::int64_t id =
                store::money::adjust(tx, actor, projectId, kind, ledger::Money::fromMinor(amount), reason);
            return Answer::json(201, withBalances(QJsonObject{{QStringLiteral("id"), views::integer(id)},
                                                              {QStringLiteral("kind"), QString::fromStdString(kind)},
                                                              {QStringLiteral("amount"), views::integer(amount)}},
                                                  tx, projectId));
        };
    });
}

} // namespace

void registerStaffRoutes(Api &api)
{
    registerProjectAdministration(api);
    registerMoneyRoutes(api);
}

void registerTestClockRoutes(Api &api)
{
    // Only with --fake-clock; otherwise the route does not exist (404).
    if (!api.services().clock.isFake())
        return;
    api.post("/api/v1/test/clock", Guard::staff(), [&api](Call &call) {
        const JsonBody body = call.body();
        const auto now = parseTime(body.text("now", 64));
        if (!now)
            invalid("'now' must be an RFC 3339 time such as 2026-11-25T10:00:00Z");
        if (!api.services().clock.moveTo(*now))
            invalid("the clock moves forward only");
        // R17: the very next answer already shows credits that fell due on the way.
        api.services().creditExpiry.clockMoved();
        return Answer::json(200, QJsonObject{{QStringLiteral("now"), QString::fromStdString(formatTime(*now))}});
    });
}

} // namespace http
