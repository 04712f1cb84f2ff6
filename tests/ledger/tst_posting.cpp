// SPDX-License-Identifier: GPL-3.0-or-later
// Double entry (R22): every operation's posting sums to zero, balances are sums of entries, and a
// long seeded random run across several projects keeps the global sum at zero and no project
// balance below zero except where SPEC allows it (corrections, credit-expiry debt; R6, R17).
#include "LedgerSimulation.h"
#include "LedgerTestSupport.h"

#include "ChargeRouter.h"
#include "CreditMechanics.h"
#include "Posting.h"
#include "Referral.h"


using namespace ledger;

namespace {
constexpr std::int64_t kProjectA = 1;
constexpr std::int64_t kProjectB = 2;

// A compact expected entry: (project, kind, amount).
struct E
{
    std::int64_t projectId;
    AccountKind kind;
    qint64 amount;
};

void compareEntries(const Posting &posting, const std::vector<E> &expected)
{
    QVERIFY(posting.isBalanced());
    QCOMPARE(posting.entries().size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const Entry &entry = posting.entries()[i];
        QCOMPARE(entry.account.projectId, expected[i].projectId);
        QCOMPARE(qs(toString(entry.account.kind)), qs(toString(expected[i].kind)));
        QCOMPARE(entry.amount, kop(expected[i].amount));
    }
}
} // namespace

class PostingTest : public QObject
{
    Q_OBJECT

private slots:
    void r22_accountNamesRoundTrip();
    void r22_accountRefsMustMatchTheirKind();
    void r22_unbalancedPostingIsDetected();
    void r22_chargePostsPartsToRevenueAndAccruesCommission();
    void r17_topUpRepaysUsedCreditFirst();
    void r12_r17_creditGrantAndExpiry();
    void r8_r6_bonusGrantAndAdjustments();
    void r20_referralWithdrawals();
    void r24_buildersRejectBadAmounts();
    void r22_randomOperationsKeepTheLedgerBalanced_data();
    void r22_randomOperationsKeepTheLedgerBalanced();
};

void PostingTest::r22_accountNamesRoundTrip()
{
    const std::pair<AccountKind, const char *> names[] = {
        {AccountKind::Main, "main"},
        {AccountKind::Bonus, "bonus"},
        {AccountKind::Credit, "credit"},
        {AccountKind::Referral, "referral"},
        {AccountKind::ReferralReserved, "referral_reserved"},
        {AccountKind::Payments, "payments"},
        {AccountKind::Revenue, "revenue"},
        {AccountKind::Staff, "staff"},
        {AccountKind::CreditLine, "credit_line"},
        {AccountKind::ReferralCommission, "referral_commission"},
        {AccountKind::Payouts, "payouts"},
    };
    int projectKinds = 0;
    for (const auto &[kind, name] : names) {
        QCOMPARE(qs(toString(kind)), QString::fromLatin1(name));
        QVERIFY(accountKindFromString(name) == kind);
        projectKinds += isProjectAccount(kind) ? 1 : 0;
    }
    QCOMPARE(projectKinds, 5);
    QVERIFY(isProjectAccount(AccountKind::ReferralReserved));
    QVERIFY(!isProjectAccount(AccountKind::CreditLine));
    QVERIFY(!accountKindFromString("Main"));
    QVERIFY(!accountKindFromString(""));
}

void PostingTest::r22_accountRefsMustMatchTheirKind()
{
    Posting posting;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, posting.add({0, AccountKind::Main}, kop(1)));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, posting.add({-3, AccountKind::Bonus}, kop(1)));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, posting.add({kProjectA, AccountKind::Revenue}, kop(1)));
    posting.add(projectAccount(kProjectA, AccountKind::Main), kop(0)); // zero adds nothing
    QVERIFY(posting.entries().empty());
    QVERIFY(posting.isBalanced());
}

void PostingTest::r22_unbalancedPostingIsDetected()
{
    Posting posting;
    posting.add(projectAccount(kProjectA, AccountKind::Main), kop(100));
    QVERIFY(!posting.isBalanced());
    posting.add(serviceAccount(AccountKind::Payments), kop(-99));
    QVERIFY(!posting.isBalanced());
    posting.add(serviceAccount(AccountKind::Payments), kop(-1));
    QVERIFY(posting.isBalanced());
    QCOMPARE(posting.netChange(serviceAccount(AccountKind::Payments)), kop(-100));

    // Two entries of INT64_MAX and two of -INT64_MAX: a wrapping sum would still say zero, the
    // exact sum must too; one more kopeck must not be hidden by wrap-around.
    const qint64 max = std::numeric_limits<qint64>::max();
    Posting huge;
    huge.add(projectAccount(kProjectA, AccountKind::Main), kop(max));
    huge.add(projectAccount(kProjectB, AccountKind::Main), kop(max));
    huge.add(serviceAccount(AccountKind::Payments), kop(-max));
    huge.add(serviceAccount(AccountKind::Staff), kop(-max));
    QVERIFY(huge.isBalanced());
    huge.add(serviceAccount(AccountKind::Revenue), kop(2));
    huge.add(serviceAccount(AccountKind::Revenue), kop(std::numeric_limits<qint64>::min()));
    huge.add(serviceAccount(AccountKind::Revenue), kop(max)); // wraps to zero in 64 bits, +1 exactly
    QVERIFY(!huge.isBalanced());
}

void PostingTest::r22_chargePostsPartsToRevenueAndAccruesCommission()
{
    const ChargeRouting routing = routeCharge(Category::ServiceSubscription, kop(1000), Pots{kop(200), kop(300), kop(900)});
    const Money accrued = commission(realMoneyOf(routing), 1000);
    QCOMPARE(accrued, kop(80)); // 10% of main 300 + credit 500, bonus excluded (R19)
    const Posting posting = postCharge(kProjectA, routing, ReferralAccrual{kProjectB, accrued});
    compareEntries(posting, {
        {kProjectA, AccountKind::Bonus, -200}, {0, AccountKind::Revenue, 200},
        {kProjectA, AccountKind::Main, -300},  {0, AccountKind::Revenue, 300},
        {kProjectA, AccountKind::Credit, -500}, {0, AccountKind::Revenue, 500},
        {0, AccountKind::ReferralCommission, -80}, {kProjectB, AccountKind::Referral, 80},
    });
    QCOMPARE(posting.netChange(serviceAccount(AccountKind::Revenue)), kop(1000));

    // No referrer, or a zero commission: no accrual entries.
    compareEntries(postCharge(kProjectA, routing, std::nullopt), {
        {kProjectA, AccountKind::Bonus, -200}, {0, AccountKind::Revenue, 200},
        {kProjectA, AccountKind::Main, -300},  {0, AccountKind::Revenue, 300},
        {kProjectA, AccountKind::Credit, -500}, {0, AccountKind::Revenue, 500},
    });
    const ChargeRouting bonusOnly = routeCharge(Category::ServiceSubscription, kop(5), Pots{kop(5), {}, {}});
    compareEntries(postCharge(kProjectA, bonusOnly, ReferralAccrual{kProjectB, commission(realMoneyOf(bonusOnly), 1000)}),
                   {{kProjectA, AccountKind::Bonus, -5}, {0, AccountKind::Revenue, 5}});

    const ChargeRouting refused = routeCharge(Category::ApiCall, kop(1000), Pots{kop(5000), kop(1), {}});
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, std::ignore = postCharge(kProjectA, refused, std::nullopt));
}

void PostingTest::r17_topUpRepaysUsedCreditFirst()
{
    const TopUpSplit split = splitTopUp(kop(1000), kop(300));
    compareEntries(postTopUp(kProjectA, kop(1000), split.repay), {
        {0, AccountKind::Payments, -1000}, {kProjectA, AccountKind::Main, 1000},
        {kProjectA, AccountKind::Main, -300}, {0, AccountKind::CreditLine, 300},
    });
    compareEntries(postTopUp(kProjectA, kop(1000), kop(0)),
                   {{0, AccountKind::Payments, -1000}, {kProjectA, AccountKind::Main, 1000}});
    QCOMPARE(postTopUp(kProjectA, kop(1000), kop(1000)).netChange(projectAccount(kProjectA, AccountKind::Main)), kop(0));
}

void PostingTest::r12_r17_creditGrantAndExpiry()
{
    compareEntries(postCreditGrant(kProjectA, kop(30000)),
                   {{0, AccountKind::CreditLine, -30000}, {kProjectA, AccountKind::Credit, 30000}});
    const CreditExpiry expiry = expiryOf(kop(12000), kop(18000));
    compareEntries(postCreditExpiry(kProjectA, expiry.unspentWithdrawn, expiry.debtToMain), {
        {kProjectA, AccountKind::Credit, -12000}, {0, AccountKind::CreditLine, 12000},
        {kProjectA, AccountKind::Main, -18000}, {0, AccountKind::CreditLine, 18000},
    });
    QVERIFY(postCreditExpiry(kProjectA, kop(0), kop(0)).entries().empty());
}

void PostingTest::r8_r6_bonusGrantAndAdjustments()
{
    compareEntries(postBonusGrant(kProjectA, kop(5000)),
                   {{0, AccountKind::Staff, -5000}, {kProjectA, AccountKind::Bonus, 5000}});
    compareEntries(postAdjustment(kProjectA, kop(700)),
                   {{0, AccountKind::Staff, -700}, {kProjectA, AccountKind::Main, 700}});
    compareEntries(postAdjustment(kProjectA, kop(-700)),
                   {{0, AccountKind::Staff, 700}, {kProjectA, AccountKind::Main, -700}});
}

void PostingTest::r20_referralWithdrawals()
{
    compareEntries(postReferralTransfer(kProjectA, kProjectB, kop(250)),
                   {{kProjectA, AccountKind::Referral, -250}, {kProjectB, AccountKind::Main, 250}});
    compareEntries(postReferralTransfer(kProjectA, kProjectA, kop(250)),
                   {{kProjectA, AccountKind::Referral, -250}, {kProjectA, AccountKind::Main, 250}});
    compareEntries(postCardPayoutReserve(kProjectA, kop(400)),
                   {{kProjectA, AccountKind::Referral, -400}, {kProjectA, AccountKind::ReferralReserved, 400}});
    compareEntries(postCardPayoutComplete(kProjectA, kop(400)),
                   {{kProjectA, AccountKind::ReferralReserved, -400}, {0, AccountKind::Payouts, 400}});
    compareEntries(postCardPayoutReject(kProjectA, kop(400)),
                   {{kProjectA, AccountKind::ReferralReserved, -400}, {kProjectA, AccountKind::Referral, 400}});
}

void PostingTest::r24_buildersRejectBadAmounts()
{
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, std::ignore = postTopUp(kProjectA, kop(0), kop(0)));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, std::ignore = postTopUp(kProjectA, kop(100), kop(101)));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, std::ignore = postTopUp(kProjectA, kop(100), kop(-1)));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, std::ignore = postCreditGrant(kProjectA, kop(0)));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, std::ignore = postCreditExpiry(kProjectA, kop(-1), kop(0)));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, std::ignore = postCreditExpiry(kProjectA, kop(0), kop(-1)));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, std::ignore = postBonusGrant(kProjectA, kop(-5)));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, std::ignore = postAdjustment(kProjectA, kop(0)));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, std::ignore = postReferralTransfer(kProjectA, kProjectB, kop(0)));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, std::ignore = postCardPayoutReserve(kProjectA, kop(-1)));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, std::ignore = postCardPayoutComplete(kProjectA, kop(0)));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, std::ignore = postCardPayoutReject(kProjectA, kop(0)));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, std::ignore = postBonusGrant(0, kop(5))); // no project 0
}

void PostingTest::r22_randomOperationsKeepTheLedgerBalanced_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<int>("steps");
    QTest::newRow("seed 1") << quint64(1) << 5000;
    QTest::newRow("seed 20261126") << quint64(20261126) << 5000;
    QTest::newRow("seed 0xC0FFEE") << quint64(0xC0FFEE) << 5000;
}

void PostingTest::r22_randomOperationsKeepTheLedgerBalanced()
{
    QFETCH(quint64, seed);
    QFETCH(int, steps);

    LedgerSimulation simulation(seed);
    for (int step = 0; step < steps; ++step) {
        const QString failure = simulation.step();
        if (!failure.isEmpty())
            QFAIL(qPrintable(QStringLiteral("seed %1, step %2: %3").arg(seed).arg(step).arg(failure)));
    }
    // The run must have exercised every kind of operation, else it proves less than it claims.
    const QString missing = simulation.unexercisedOperations();
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
}

QTEST_APPLESS_MAIN(PostingTest)
#include "tst_posting.moc"
