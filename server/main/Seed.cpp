// SPDX-License-Identifier: GPL-3.0-or-later
#include "Seed.h"

#include "Backfill.h"
#include "Clock.h"
#include "Config.h"
#include "Crypto.h"

#include "CivilTime.h"
#include "Posting.h"
#include "Referral.h"

#include <algorithm>
#include <cstdio>
#include <stdexcept>
#include <functional>
#include <future>
#include <map>
#include <memory>
#include <random>
#include <string>
#include <vector>

namespace cabinet {

namespace {

using ledger::Category;
using application::PastWriter;

struct DemoUser
{
    const char *email;
    const char *password;
    const char *name;
};

// Documented in docs/readme/server.md.
const std::vector<DemoUser> &demoUsers()
{
    static const std::vector<DemoUser> users = {
        {"owner@demo.unitalk", "demo-owner", "Olena Kovalenko"},
        {"admin@demo.unitalk", "demo-admin", "Andrii Shevchenko"},
        {"admin2@demo.unitalk", "demo-admin2", "Iryna Bondarenko"},
        {"supervisor@demo.unitalk", "demo-supervisor", "Taras Melnyk"},
        {"manager@demo.unitalk", "demo-manager", "Oksana Tkachenko"},
        {"operator@demo.unitalk", "demo-operator", "Dmytro Kravchenko"},
        {"partner@demo.unitalk", "demo-partner", "Maksym Oliinyk"},
        {"busy@demo.unitalk", "demo-busy", "Nataliia Lysenko"},
        {"florist@demo.unitalk", "demo-florist", "Sofiia Hnatiuk"},
    };
    return users;
}

constexpr const char *kStaffEmail = "staff@demo.unitalk";
constexpr const char *kStaffPassword = "demo-staff";
constexpr std::int64_t kHour = 3600;
constexpr std::int64_t kDay = ledger::kSecondsPerDay;

// argon2 is slow by design: the hashes are computed on another thread while the writer
// inserts the busy project's history.
std::map<std::string, std::string> hashDemoPasswords()
{
    std::map<std::string, std::string> hashes;
    for (const DemoUser &user : demoUsers())
        hashes[user.email] = application::crypto::hashPassword(user.password);
    hashes[kStaffEmail] = application::crypto::hashPassword(kStaffPassword);
    return hashes;
}

// The demo's past as dated steps, applied in time order across projects: every balance_after
// chain, credit and referral balance is then exactly what the rules produce live. Before each
// step, credits due by then expire, as the server's timer would have done (R17).
class DemoPast
{
public:
    void at(std::int64_t when, std::function<void(PastWriter &)> step) { m_steps.push_back({when, std::move(step)}); }

    void apply(PastWriter &writer)
    {
        std::stable_sort(m_steps.begin(), m_steps.end(),
                         [](const Step &a, const Step &b) { return a.when < b.when; });
        for (const Step &step : m_steps) {
            writer.expireCreditsDue(step.when);
            step.apply(writer);
        }
    }

private:
    struct Step
    {
        std::int64_t when = 0;
        std::function<void(PastWriter &)> apply;
    };
    std::vector<Step> m_steps;
};

struct DemoContext
{
    std::int64_t staffId = 0;
    std::int64_t now = 0;
    int referralRateBp = ledger::kDefaultReferralRateBp;
};

void planInvoiceTopUp(DemoPast &past, std::int64_t projectId, std::int64_t ownerId, std::int64_t staffId,
                      std::int64_t createdAt, std::int64_t paidAt, std::int64_t amount)
{
    auto topUpId = std::make_shared<std::int64_t>(0);
    past.at(createdAt, [=](PastWriter &writer) {
        *topUpId = writer.createTopUp({ownerId, createdAt}, projectId, "invoice", amount);
    });
    // R17: a paid top-up first repays used credit.
    past.at(paidAt, [=](PastWriter &writer) { writer.markTopUpPaid({staffId, paidAt}, *topUpId); });
}

void planCharge(DemoPast &past, const DemoContext &context, std::int64_t projectId, std::int64_t when,
                Category category, std::int64_t amount, const char *text)
{
    past.at(when, [=](PastWriter &writer) {
        writer.charge({context.staffId, when}, projectId, category, amount, text, context.referralRateBp);
    });
}

// A small call centre's months: a monthly invoice top-up, the service and number
// subscriptions on the 1st, calls and SMS notifications during the month (R7, R10, R11), a
// bonus grant in month 3 and a compensation in month 7 (R6, R8).
void planMonthsOfHistory(DemoPast &past, const DemoContext &context, std::int64_t projectId, std::int64_t ownerId,
                         std::int64_t start, std::mt19937_64 &random)
{
    std::uniform_int_distribution<std::int64_t> callCost(120, 4800);
    std::uniform_int_distribution<std::int64_t> topUpAmount(250000, 450000);
    std::uniform_int_distribution<std::int64_t> minuteOfMonth(3 * 24 * 60, 27 * 24 * 60);
    const std::int64_t now = context.now;
    ledger::YearMonth month = ledger::yearMonthOf(start);
    for (int index = 0; ledger::monthStart(month) < now; ++index, month = ledger::addMonths(month, 1)) {
        const std::int64_t first = std::max(ledger::monthStart(month), start);
        const auto at = [&](std::int64_t offset) { return std::min(first + offset, now - 60); };
        planInvoiceTopUp(past, projectId, ownerId, context.staffId, at(600), at(kHour), topUpAmount(random));
        planCharge(past, context, projectId, at(2 * kHour), Category::ServiceSubscription, 59900,
                   "UniTalk Business plan, monthly fee");
        planCharge(past, context, projectId, at(2 * kHour + 60), Category::NumberSubscription, 15000,
                   "Number +380 44 390 12 34, monthly fee");
        planCharge(past, context, projectId, at(2 * kHour + 120), Category::NumberSubscription, 15000,
                   "Number +380 67 555 01 02, monthly fee");
        std::vector<std::int64_t> minutes;
        for (int call = 0; call < 12; ++call)
            minutes.push_back(minuteOfMonth(random));
        std::sort(minutes.begin(), minutes.end());
        for (const std::int64_t minute : minutes) {
            if (first + minute * 60 >= now - 120)
                break;
            planCharge(past, context, projectId, at(minute * 60), Category::OutgoingCallRentedNumber, callCost(random),
                       "Outgoing calls");
            planCharge(past, context, projectId, at(minute * 60 + 30), Category::SmsNotification, 150,
                       "SMS notification");
        }
        if (index == 2)
            past.at(at(kDay), [=, staffId = context.staffId, when = at(kDay)](PastWriter &writer) {
                writer.grantBonus({staffId, when}, projectId, 30000, "Beta testing of the autodialer");
            });
        if (index == 6)
            past.at(at(2 * kDay), [=, staffId = context.staffId, when = at(2 * kDay)](PastWriter &writer) {
                writer.adjust({staffId, when}, projectId, "compensation", 12000,
                              "Compensation for the outage of the Kyiv node");
            });
    }
}

// R12-R17 on the demo: on the 2nd of `month` the owner asks for the largest credit the rules
// allow (3 days), staff grant it, an autodialer campaign empties main and spends half of the
// credit, the next day's invoice repays it (credit_repayment), and at the due time the unspent
// rest is withdrawn (credit_expiry). The project stays eligible afterwards.
void planRepaidCredit(DemoPast &past, const DemoContext &context, std::int64_t projectId, std::int64_t ownerId,
                      ledger::YearMonth month)
{
    const std::int64_t asked = ledger::monthStart(month) + kDay + 9 * kHour;
    auto request = std::make_shared<store::CreditRequest>();
    past.at(asked, [=](PastWriter &writer) {
        const auto assessment = writer.assessCredit(projectId, asked);
        if (assessment.eligible)
            *request = writer.requestCredit({ownerId, asked}, projectId, assessment.maxAmount.minor(), 3);
    });
    const std::int64_t granted = asked + 2 * kHour;
    past.at(granted, [=, staffId = context.staffId](PastWriter &writer) {
        if (request->id != 0)
            writer.grantCredit({staffId, granted}, *request);
    });
    const std::int64_t campaign = granted + 3 * kHour;
    past.at(campaign, [=](PastWriter &writer) {
        if (request->id == 0)
            return;
        const std::int64_t main = writer.balanceOf(projectId, ledger::AccountKind::Main);
        writer.charge({context.staffId, campaign}, projectId, Category::Autodial, main + request->amount / 2,
                      "Autodialer campaign: customer survey", context.referralRateBp);
    });
    planInvoiceTopUp(past, projectId, ownerId, context.staffId, campaign + kHour, campaign + 20 * kHour, 300000);
}

// R20: the owner moves part of the referral earnings to the project's own main balance, and
// near today asks for a card payout that staff have not completed yet (pending, reserved).
void planReferralWithdrawals(DemoPast &past, const DemoContext &context, std::int64_t projectId,
                             std::int64_t ownerId, std::int64_t transferAt)
{
    const auto withdraw = [&past, projectId, ownerId](std::int64_t when, std::string destination,
                                                      std::optional<std::string> card) {
        past.at(when, [=](PastWriter &writer) {
            const std::int64_t balance = writer.balanceOf(projectId, ledger::AccountKind::Referral);
            if (balance < 2)
                return;
            application::WithdrawalOrder order;
            order.projectId = projectId;
            order.amount = balance / 2; // the rest stays on the referral balance
            order.destination = destination;
            order.cardMasked = card;
            writer.withdraw({ownerId, when}, order);
        });
    };
    withdraw(transferAt, "own_main", std::nullopt);
    withdraw(context.now - 3 * kHour, "card", ledger::maskCard("4111 1111 1111 1111"));
}

} // namespace

void seedDemo(store::Store &store, const store::Clock &clock, const Config &config)
{
    const bool sqlite = config.databaseUrl.rfind("sqlite:", 0) == 0;
    application::Backfill backfill(store, sqlite ? store::Dialect::Sqlite : store::Dialect::PostgreSql);
    // Demo users with published passwords must never land in a real ledger.
    if (!backfill.databaseIsEmpty())
        throw std::runtime_error("--seed demo refused: the database is not empty (it has projects or postings);"
                                 " seed a new database only");
    std::future<std::map<std::string, std::string>> hashes = std::async(std::launch::async, hashDemoPasswords);

    const std::int64_t now = clock.now();
    const std::int64_t yearAgo = ledger::monthStart(ledger::addMonths(ledger::yearMonthOf(now), -12));
    backfill.write([&](PastWriter &writer) {
        // The bulk history first, while the passwords are hashed.
        const std::int64_t busy = writer.createProject("Busy Call Center", std::nullopt, yearAgo);
        writer.appendBulkHistory(busy, config.seedBusy, yearAgo, now);

        const std::map<std::string, std::string> passwordHashes = hashes.get();
        std::map<std::string, std::int64_t> ids;
        for (const DemoUser &user : demoUsers())
            ids[user.email] =
                writer.createUser(user.email, user.name, passwordHashes.at(user.email), false, yearAgo);
        DemoContext context{0, now, config.referralRateBp};
        context.staffId = writer.firstStaffId().value_or(0);
        if (context.staffId == 0)
            context.staffId =
                writer.createUser(kStaffEmail, "UniTalk Support", passwordHashes.at(kStaffEmail), true, yearAgo);
        writer.addMember(busy, ids["busy@demo.unitalk"], "owner", yearAgo);
        writer.addMember(busy, ids["owner@demo.unitalk"], "administrator", yearAgo);

        const std::int64_t main = writer.createProject("Demo Telecom", std::nullopt, yearAgo);
        const std::vector<std::pair<const char *, const char *>> roles = {
            {"owner@demo.unitalk", "owner"},           {"admin@demo.unitalk", "administrator"},
            {"admin2@demo.unitalk", "administrator"},  {"supervisor@demo.unitalk", "supervisor"},
            {"manager@demo.unitalk", "manager"},       {"operator@demo.unitalk", "operator"},
        };
        for (const auto &[email, role] : roles)
            writer.addMember(main, ids[email], role, yearAgo);

        // Two referrals signed up with Demo Telecom's code: their charges earn it commission (R19).
        const std::int64_t partnerStart = ledger::addMonthsClamped(yearAgo, 2);
        const std::int64_t partner = writer.createProject("Partner Logistics", main, partnerStart);
        writer.addMember(partner, ids["partner@demo.unitalk"], "owner", partnerStart);
        writer.addMember(partner, ids["admin@demo.unitalk"], "administrator", partnerStart);
        const std::int64_t floristStart = ledger::addMonthsClamped(yearAgo, 7) + 9 * kDay;
        const std::int64_t florist = writer.createProject("Kyiv Flowers", main, floristStart);
        writer.addMember(florist, ids["florist@demo.unitalk"], "owner", floristStart);

        DemoPast past;
        std::mt19937_64 random(42);
        const std::int64_t owner = ids["owner@demo.unitalk"];
        planMonthsOfHistory(past, context, main, owner, yearAgo, random);
        planMonthsOfHistory(past, context, partner, ids["partner@demo.unitalk"], partnerStart, random);
        planMonthsOfHistory(past, context, florist, ids["florist@demo.unitalk"], floristStart, random);
        planRepaidCredit(past, context, main, owner, ledger::addMonths(ledger::yearMonthOf(yearAgo), 8));
        planReferralWithdrawals(past, context, main, owner,
                                ledger::monthStart(ledger::addMonths(ledger::yearMonthOf(yearAgo), 10)) + 4 * kDay);
        past.apply(writer);
        // Issue 12 (R27, R28, R31): Demo Telecom pays by a saved card, tops up automatically below
        // 500.00 UAH, is alerted below 1000.00 UAH, and has an invoice waiting to be paid.
        writer.saveCard(main, "tok_demo_telecom", "**** **** **** 4242", now - 20 * kDay);
        writer.setAutoTopUp(main, store::AutoTopUpSettings{true, 50000, 200000});
        writer.setAlertThreshold(main, 100000);
        writer.createTopUp(application::Actor{owner, now - 2 * kHour}, main, "invoice", 150000);
    });
    std::fprintf(stderr, "cabinet-server: demo data seeded (busy project: %lld history rows)\n",
                 static_cast<long long>(config.seedBusy));
}

} // namespace cabinet
