// SPDX-License-Identifier: GPL-3.0-or-later
#include "Seed.h"

#include "BulkHistory.h"
#include "Clock.h"
#include "Config.h"
#include "Crypto.h"
#include "MoneyOps.h"
#include "ProjectOps.h"
#include "Store.h"
#include "TopUpOps.h"
#include "UserOps.h"

#include "CivilTime.h"
#include "Money.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <random>
#include <string>
#include <vector>

namespace http {

namespace {

using ledger::Category;
using ledger::Money;

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
    };
    return users;
}

constexpr const char *kStaffEmail = "staff@demo.unitalk";
constexpr const char *kStaffPassword = "demo-staff";

// A year of a small call centre's life: a monthly invoice top-up, the service and number
// subscriptions on the 1st, calls and SMS notifications during the month (R7, R10, R11).
void writeYearOfHistory(store::Tx &tx, std::int64_t projectId, std::int64_t ownerId, std::int64_t staffId,
                        std::int64_t start, std::int64_t now, int referralRateBp, std::mt19937_64 &random)
{
    std::uniform_int_distribution<std::int64_t> callCost(120, 4800);
    std::uniform_int_distribution<std::int64_t> topUpAmount(250000, 450000);
    std::uniform_int_distribution<std::int64_t> minuteOfMonth(3 * 24 * 60, 27 * 24 * 60);
    ledger::YearMonth month = ledger::yearMonthOf(start);
    for (int index = 0; ledger::monthStart(month) < now; ++index, month = ledger::addMonths(month, 1)) {
        const std::int64_t first = std::max(ledger::monthStart(month), start);
        const auto at = [&](std::int64_t offset) { return std::min(first + offset, now - 60); };
        const auto topUp = store::topups::create(tx, projectId, "invoice", topUpAmount(random), ownerId, at(600));
        store::topups::markPaid(tx, topUp.id, staffId, at(3600));
        const auto charge = [&](std::int64_t when, Category category, std::int64_t amount, const char *text) {
            store::money::charge(tx, {staffId, when}, projectId, category, Money::fromMinor(amount), text, referralRateBp);
        };
        charge(at(7200), Category::ServiceSubscription, 59900, "UniTalk Business plan, monthly fee");
        charge(at(7260), Category::NumberSubscription, 15000, "Number +380 44 390 12 34, monthly fee");
        charge(at(7320), Category::NumberSubscription, 15000, "Number +380 67 555 01 02, monthly fee");
        std::vector<std::int64_t> minutes;
        for (int call = 0; call < 12; ++call)
            minutes.push_back(minuteOfMonth(random));
        std::sort(minutes.begin(), minutes.end());
        for (const std::int64_t minute : minutes) {
            if (first + minute * 60 >= now - 120)
                break;
            charge(at(minute * 60), Category::OutgoingCallRentedNumber, callCost(random), "Outgoing calls");
            charge(at(minute * 60 + 30), Category::SmsNotification, 150, "SMS notification");
        }
        if (index == 2)
            store::money::grantBonus(tx, {staffId, at(86400)}, projectId, Money::fromMinor(30000),
                                     "Beta testing of the autodialer");
        if (index == 6)
            store::money::adjust(tx, {staffId, at(2 * 86400)}, projectId, "compensation", Money::fromMinor(12000),
                                 "Compensation for the outage of the Kyiv node");
    }
}

} // namespace

void seedDemo(store::Store &store, const store::Clock &clock, const Config &config)
{
    const bool empty = store.read([](store::Tx &tx) {
        return !tx.queryInteger("SELECT 1 FROM projects LIMIT 1", {}).has_value();
    });
    if (!empty) {
        std::fputs("cabinet-server: --seed demo skipped: the database already has projects\n", stderr);
        return;
    }
    // Hash before the writer runs: argon2 is slow by design.
    std::map<std::string, std::string> hashes;
    for (const DemoUser &user : demoUsers())
        hashes[user.email] = crypto::hashPassword(user.password);
    const std::string staffHash = crypto::hashPassword(kStaffPassword);

    const std::int64_t now = clock.now();
    const std::int64_t yearAgo = ledger::monthStart(ledger::addMonths(ledger::yearMonthOf(now), -12));
    store.write([&](store::Tx &tx) {
        std::map<std::string, std::int64_t> ids;
        for (const DemoUser &user : demoUsers())
            ids[user.email] = store::users::create(tx, user.email, user.name, hashes[user.email], false, yearAgo);
        std::int64_t staffId = tx.queryInteger("SELECT id FROM users WHERE is_staff = 1 ORDER BY id LIMIT 1", {})
                                   .value_or(0);
        if (staffId == 0)
            staffId = store::users::create(tx, kStaffEmail, "UniTalk Support", staffHash, true, yearAgo);

        const auto main = store::projects::create(tx, "Demo Telecom", std::nullopt, yearAgo);
        const std::vector<std::pair<const char *, const char *>> roles = {
            {"owner@demo.unitalk", "owner"},           {"admin@demo.unitalk", "administrator"},
            {"admin2@demo.unitalk", "administrator"},  {"supervisor@demo.unitalk", "supervisor"},
            {"manager@demo.unitalk", "manager"},       {"operator@demo.unitalk", "operator"},
        };
        for (const auto &[email, role] : roles)
            store::users::addMember(tx, main.id, ids[email], role, yearAgo);

        // Signed up with Demo Telecom's referral code: its charges earn Demo Telecom commission (R19).
        const std::int64_t partnerStart = ledger::addMonthsClamped(yearAgo, 2);
        const auto partner = store::projects::create(tx, "Partner Logistics", main.id, partnerStart);
        store::users::addMember(tx, partner.id, ids["partner@demo.unitalk"], "owner", partnerStart);
        store::users::addMember(tx, partner.id, ids["admin@demo.unitalk"], "administrator", partnerStart);

        const auto busy = store::projects::create(tx, "Busy Call Center", std::nullopt, yearAgo);
        store::users::addMember(tx, busy.id, ids["busy@demo.unitalk"], "owner", yearAgo);
        store::users::addMember(tx, busy.id, ids["owner@demo.unitalk"], "administrator", yearAgo);

        std::mt19937_64 random(42);
        writeYearOfHistory(tx, main.id, ids["owner@demo.unitalk"], staffId, yearAgo, now, config.referralRateBp,
                           random);
        writeYearOfHistory(tx, partner.id, ids["partner@demo.unitalk"], staffId, partnerStart, now,
                           config.referralRateBp, random);
        store::appendBulkHistory(tx, busy.id, config.seedBusy, yearAgo, now);
    });
    std::fprintf(stderr, "cabinet-server: demo data seeded (busy project: %lld history rows)\n",
                 static_cast<long long>(config.seedBusy));
}

} // namespace http
