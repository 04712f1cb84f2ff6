// SPDX-License-Identifier: GPL-3.0-or-later
#include "LedgerSimulation.h"

#include "Category.h"
#include "ChargeRouter.h"
#include "CreditMechanics.h"
#include "Referral.h"

#include <QStringList>

using namespace ledger;

namespace {
constexpr std::int64_t kProjectCount = 5;
constexpr int kRateBp = 1000;
constexpr std::array<AccountKind, 5> kProjectKinds = {AccountKind::Main, AccountKind::Bonus, AccountKind::Credit,
                                                      AccountKind::Referral, AccountKind::ReferralReserved};
const char *const kOperationNames[] = {"top-up", "charge", "refused charge", "bonus grant", "compensation",
                                       "correction", "credit grant", "credit expiry", "referral transfer",
                                       "card payout reserve", "card payout complete", "card payout reject"};

QString money(Money amount)
{
    return QString::fromStdString(formatUah(amount));
}
} // namespace

LedgerSimulation::LedgerSimulation(std::uint64_t seed)
    : m_random(seed)
{
    // Referral tree: 1 referred 2 and 3, 2 referred 4; 1 and 5 have no referrer.
    for (std::int64_t id = 1; id <= kProjectCount; ++id)
        m_projects[id] = ProjectState{};
    m_projects[2].referrerProjectId = 1;
    m_projects[3].referrerProjectId = 1;
    m_projects[4].referrerProjectId = 2;
}

std::int64_t LedgerSimulation::randomIn(std::int64_t low, std::int64_t high)
{
    // Modulo keeps the sequence identical on every standard library (distributions may differ).
    const auto span = static_cast<std::uint64_t>(high - low) + 1;
    return low + static_cast<std::int64_t>(m_random() % span);
}

Money LedgerSimulation::balance(std::int64_t projectId, AccountKind kind) const
{
    const auto found = m_balances.find(projectAccount(projectId, kind));
    return found == m_balances.end() ? Money() : found->second;
}

Money LedgerSimulation::serviceBalance(AccountKind kind) const
{
    const auto found = m_balances.find(serviceAccount(kind));
    return found == m_balances.end() ? Money() : found->second;
}

QString LedgerSimulation::step()
{
    for (;;) {
        // Charges are the most frequent operation, as on the real platform.
        const std::int64_t pick = randomIn(0, OperationCount + 4);
        const auto operation = pick >= OperationCount || pick == ChargeRefused ? Charge : static_cast<Operation>(pick);
        const std::int64_t projectId = randomIn(1, kProjectCount);
        Posting posting;
        Operation applied = operation;
        const bool applies = operation == Charge ? buildCharge(projectId, posting, applied)
                                                 : buildOperation(operation, projectId, posting);
        if (!applies)
            continue;
        if (applied == ChargeRefused) {
            ++m_applied[static_cast<std::size_t>(ChargeRefused)];
            return {}; // nothing posted: the balances cannot have changed
        }
        return applyAndCheck(posting, applied);
    }
}

bool LedgerSimulation::buildCharge(std::int64_t projectId, Posting &posting, Operation &applied)
{
    const auto &categories = allCategories();
    const Category category = categories[static_cast<std::size_t>(randomIn(0, std::ssize(categories) - 1))];
    const Money amount = Money::fromMinor(randomIn(1, 60000));
    ProjectState &project = m_projects[projectId];
    const Pots pots{balance(projectId, AccountKind::Bonus), balance(projectId, AccountKind::Main),
                    balance(projectId, AccountKind::Credit)};
    const ChargeRouting routing = routeCharge(category, amount, pots);
    if (!routing.covered) {
        applied = ChargeRefused;
        return true;
    }
    std::optional<ReferralAccrual> accrual;
    if (project.referrerProjectId != 0) {
        accrual = ReferralAccrual{project.referrerProjectId, commission(realMoneyOf(routing), kRateBp)};
        m_accrued += accrual->amount;
    }
    for (const ChargePart &part : routing.parts) {
        if (part.balance == Balance::Credit) {
            project.creditSpent += part.amount;
            project.creditOutstanding += part.amount;
        }
    }
    m_charged += amount;
    posting = postCharge(projectId, routing, accrual);
    return true;
}

bool LedgerSimulation::buildOperation(Operation operation, std::int64_t projectId, Posting &posting)
{
    ProjectState &project = m_projects[projectId];
    const Money referral = balance(projectId, AccountKind::Referral);
    switch (operation) {
    case TopUp: {
        const Money paid = Money::fromMinor(randomIn(1, 100000));
        const TopUpSplit split = splitTopUp(paid, project.creditActive ? project.creditOutstanding : Money());
        project.creditOutstanding -= split.repay;
        m_paidIn += paid;
        posting = postTopUp(projectId, paid, split.repay);
        return true;
    }
    case BonusGrant:
        posting = postBonusGrant(projectId, Money::fromMinor(randomIn(1, 30000)));
        return true;
    case Compensation:
        posting = postAdjustment(projectId, Money::fromMinor(randomIn(1, 20000)));
        return true;
    case Correction:
        posting = postAdjustment(projectId, Money::fromMinor(-randomIn(1, 20000)));
        return true;
    case CreditGrant: {
        if (project.creditActive)
            return false; // one active credit at a time (R17)
        const Money granted = Money::fromMinor(randomIn(1, 50000));
        project = ProjectState{project.referrerProjectId, true, granted, Money(), Money()};
        posting = postCreditGrant(projectId, granted);
        return true;
    }
    case CreditExpiry: {
        if (!project.creditActive)
            return false;
        const ledger::CreditExpiry expiry = expiryOf(balance(projectId, AccountKind::Credit), project.creditOutstanding);
        project.creditActive = false;
        project.creditOutstanding = Money();
        posting = postCreditExpiry(projectId, expiry.unspentWithdrawn, expiry.debtToMain);
        return true;
    }
    case ReferralTransfer:
    case CardPayoutReserve: {
        if (!referral.isPositive())
            return false;
        const Money amount = Money::fromMinor(randomIn(1, referral.minor()));
        if (!canWithdraw(referral, amount))
            return false;
        if (operation == ReferralTransfer) {
            posting = postReferralTransfer(projectId, randomIn(1, kProjectCount), amount);
        } else {
            m_pendingPayouts.push_back({projectId, amount});
            posting = postCardPayoutReserve(projectId, amount);
        }
        return true;
    }
    case CardPayoutComplete:
    case CardPayoutReject: {
        if (m_pendingPayouts.empty())
            return false;
        const auto index = static_cast<std::size_t>(randomIn(0, std::ssize(m_pendingPayouts) - 1));
        const PendingPayout payout = m_pendingPayouts[index];
        m_pendingPayouts.erase(m_pendingPayouts.begin() + static_cast<std::ptrdiff_t>(index));
        if (operation == CardPayoutComplete) {
            m_paidOut += payout.amount;
            posting = postCardPayoutComplete(payout.projectId, payout.amount);
        } else {
            posting = postCardPayoutReject(payout.projectId, payout.amount);
        }
        return true;
    }
    case Charge:
    case ChargeRefused:
    case OperationCount:
        break;
    }
    return false;
}

QString LedgerSimulation::applyAndCheck(const Posting &posting, Operation operation)
{
    if (!posting.isBalanced())
        return QStringLiteral("%1 posting is not balanced").arg(QString::fromLatin1(kOperationNames[operation]));
    std::map<std::int64_t, Money> mainBefore;
    for (std::int64_t id = 1; id <= kProjectCount; ++id)
        mainBefore[id] = balance(id, AccountKind::Main);
    for (const Entry &entry : posting.entries())
        m_balances[entry.account] += entry.amount;
    ++m_applied[static_cast<std::size_t>(operation)];
    return checkInvariants(operation, mainBefore);
}

QString LedgerSimulation::checkInvariants(Operation operation, const std::map<std::int64_t, Money> &mainBefore) const
{
    const QString name = QString::fromLatin1(kOperationNames[operation]);
    Money globalSum;
    for (const auto &[account, amount] : m_balances)
        globalSum += amount;
    if (!globalSum.isZero())
        return QStringLiteral("after %1 the global sum is %2, not zero").arg(name, money(globalSum));

    std::map<std::int64_t, Money> reservedByProject;
    for (const PendingPayout &payout : m_pendingPayouts)
        reservedByProject[payout.projectId] += payout.amount;

    for (const auto &[id, project] : m_projects) {
        for (const AccountKind kind : kProjectKinds) {
            const Money value = balance(id, kind);
            const bool mayBeNegative = kind == AccountKind::Main;
            if (value.isNegative() && !mayBeNegative)
                return QStringLiteral("after %1 project %2 %3 is negative (%4)")
                    .arg(name).arg(id).arg(QString::fromLatin1(toString(kind).data()), money(value));
        }
        const Money main = balance(id, AccountKind::Main);
        const bool debtAllowed = operation == Correction || operation == CreditExpiry;
        if (main.isNegative() && main < mainBefore.at(id) && !debtAllowed)
            return QStringLiteral("%1 took project %2 main below zero (%3)").arg(name).arg(id).arg(money(main));
        const Money expectedCredit = project.creditActive ? project.creditGranted - project.creditSpent : Money();
        if (balance(id, AccountKind::Credit) != expectedCredit)
            return QStringLiteral("after %1 project %2 credit is %3, expected %4")
                .arg(name).arg(id).arg(money(balance(id, AccountKind::Credit)), money(expectedCredit));
        if (project.creditOutstanding > project.creditSpent)
            return QStringLiteral("project %1 owes more credit than it spent").arg(id);
        const auto reserved = reservedByProject.find(id);
        const Money expectedReserved = reserved == reservedByProject.end() ? Money() : reserved->second;
        if (balance(id, AccountKind::ReferralReserved) != expectedReserved)
            return QStringLiteral("after %1 project %2 referral_reserved differs from its pending payouts").arg(name).arg(id);
    }

    if (serviceBalance(AccountKind::Payments) != -m_paidIn || serviceBalance(AccountKind::Revenue) != m_charged
        || serviceBalance(AccountKind::ReferralCommission) != -m_accrued || serviceBalance(AccountKind::Payouts) != m_paidOut)
        return QStringLiteral("after %1 a service account disagrees with the running totals").arg(name);
    return {};
}

QString LedgerSimulation::unexercisedOperations() const
{
    QStringList missing;
    for (int operation = 0; operation < OperationCount; ++operation) {
        if (m_applied[static_cast<std::size_t>(operation)] == 0)
            missing << QString::fromLatin1(kOperationNames[operation]);
    }
    return missing.isEmpty() ? QString() : QStringLiteral("never applied: ") + missing.join(QStringLiteral(", "));
}
