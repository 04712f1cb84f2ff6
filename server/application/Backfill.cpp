// SPDX-License-Identifier: GPL-3.0-or-later
#include "Backfill.h"

#include "AutoTopUpOps.h"
#include "BulkHistory.h"
#include "CreditOps.h"
#include "LedgerOps.h"
#include "MoneyOps.h"
#include "ProjectOps.h"
#include "ReferralOps.h"
#include "Store.h"
#include "TopUpOps.h"
#include "UserOps.h"

#include "Money.h"

namespace application {

namespace {
store::money::Actor storeActor(const Actor &actor)
{
    return store::money::Actor{actor.userId, actor.now};
}
} // namespace

PastWriter::PastWriter(store::Tx &tx, store::Dialect dialect)
    : m_tx(tx)
    , m_dialect(dialect)
{
}

std::int64_t PastWriter::createUser(const std::string &email, const std::string &name,
                                    const std::string &passwordHash, bool isStaff, std::int64_t at)
{
    return store::users::create(m_tx, email, name, passwordHash, isStaff, at);
}

std::optional<std::int64_t> PastWriter::firstStaffId()
{
    return m_tx.queryInteger("SELECT id FROM users WHERE is_staff = 1 ORDER BY id LIMIT 1", {});
}

std::int64_t PastWriter::createProject(const std::string &name, std::optional<std::int64_t> referredBy,
                                       std::int64_t at)
{
    return store::projects::create(m_tx, name, referredBy, at).id;
}

void PastWriter::addMember(std::int64_t projectId, std::int64_t userId, const std::string &role, std::int64_t at)
{
    store::users::addMember(m_tx, projectId, userId, role, at);
}

void PastWriter::appendBulkHistory(std::int64_t projectId, std::int64_t count, std::int64_t from, std::int64_t to)
{
    store::appendBulkHistory(m_tx, m_dialect, projectId, count, from, to);
}

void PastWriter::expireCreditsDue(std::int64_t at)
{
    store::credits::expireDue(m_tx, at);
}

std::int64_t PastWriter::createTopUp(const Actor &actor, std::int64_t projectId, const std::string &method,
                                     std::int64_t amount)
{
    return store::topups::create(m_tx, projectId, method, amount, actor.userId, actor.now).id;
}

void PastWriter::saveCard(std::int64_t projectId, const std::string &token, const std::string &mask, std::int64_t at)
{
    store::autotopup::saveCard(m_tx, projectId, token, mask, at);
}

void PastWriter::setAutoTopUp(std::int64_t projectId, const store::AutoTopUpSettings &settings)
{
    store::autotopup::setSettings(m_tx, projectId, settings);
}

void PastWriter::setAlertThreshold(std::int64_t projectId, std::int64_t threshold)
{
    store::autotopup::setAlertThreshold(m_tx, projectId, threshold);
}

void PastWriter::markTopUpPaid(const Actor &staff, std::int64_t topUpId)
{
    store::topups::markPaid(m_tx, topUpId, staff.userId, staff.now);
}

void PastWriter::charge(const Actor &actor, std::int64_t projectId, ledger::Category category, std::int64_t amount,
                        const std::string &description, int referralRateBp)
{
    store::money::charge(m_tx, storeActor(actor), projectId, category, ledger::Money::fromMinor(amount), description,
                         referralRateBp);
}

void PastWriter::grantBonus(const Actor &staff, std::int64_t projectId, std::int64_t amount,
                            const std::string &reason)
{
    store::money::grantBonus(m_tx, storeActor(staff), projectId, ledger::Money::fromMinor(amount), reason);
}

void PastWriter::adjust(const Actor &staff, std::int64_t projectId, const std::string &kind, std::int64_t amount,
                        const std::string &reason)
{
    store::money::adjust(m_tx, storeActor(staff), projectId, kind, ledger::Money::fromMinor(amount), reason);
}

ledger::CreditAssessment PastWriter::assessCredit(std::int64_t projectId, std::int64_t at)
{
    return store::credits::assess(m_tx, projectId, at);
}

store::CreditRequest PastWriter::requestCredit(const Actor &actor, std::int64_t projectId, std::int64_t amount,
                                               std::int64_t termDays)
{
    return store::credits::request(m_tx, storeActor(actor), projectId, amount, termDays);
}

void PastWriter::grantCredit(const Actor &staff, const store::CreditRequest &request)
{
    store::credits::grant(m_tx, storeActor(staff), request.projectId, request.amount, request.termDays, request.id);
}

std::int64_t PastWriter::balanceOf(std::int64_t projectId, ledger::AccountKind kind)
{
    return store::ledgerops::balanceOf(m_tx, ledger::projectAccount(projectId, kind));
}

void PastWriter::withdraw(const Actor &actor, const WithdrawalOrder &order)
{
    store::referrals::withdraw(m_tx, storeActor(actor), order.projectId,
                               {order.amount, order.destination, order.cardMasked, order.targetProjectId});
}

Backfill::Backfill(store::Store &store, store::Dialect dialect)
    : m_store(store)
    , m_dialect(dialect)
{
}

bool Backfill::databaseIsEmpty()
{
    return m_store.read([](store::Tx &tx) {
        return !tx.queryInteger("SELECT 1 FROM projects LIMIT 1", {}).has_value()
            && !tx.queryInteger("SELECT 1 FROM postings LIMIT 1", {}).has_value();
    });
}

void Backfill::write(const std::function<void(PastWriter &)> &past)
{
    m_store.write([&](store::Tx &tx) {
        PastWriter writer(tx, m_dialect);
        past(writer);
    });
}

} // namespace application
