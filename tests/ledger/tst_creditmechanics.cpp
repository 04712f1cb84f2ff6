// SPDX-License-Identifier: GPL-3.0-or-later
// R17 mechanics: a top-up repays used credit first; at the due time unspent credit is withdrawn and
// unrepaid used credit becomes a debt on main.
#include "LedgerTestSupport.h"

#include "CreditMechanics.h"

#include <limits>

using namespace ledger;

class CreditMechanicsTest : public QObject
{
    Q_OBJECT

private slots:
    void r17_topUpRepaysUsedCreditFirst_data();
    void r17_topUpRepaysUsedCreditFirst();
    void r17_expiryWithdrawsUnspentAndMovesDebtToMain_data();
    void r17_expiryWithdrawsUnspentAndMovesDebtToMain();
    void r24_creditMechanicsRejectBadFigures();
};

void CreditMechanicsTest::r17_topUpRepaysUsedCreditFirst_data()
{
    QTest::addColumn<qint64>("paid");
    QTest::addColumn<qint64>("outstanding");
    QTest::addColumn<qint64>("repay");
    QTest::addColumn<qint64>("toMain");

    const qint64 max = std::numeric_limits<qint64>::max();
    QTest::newRow("no credit used") << qint64(1000) << qint64(0) << qint64(0) << qint64(1000);
    QTest::newRow("partly repays") << qint64(1000) << qint64(300) << qint64(300) << qint64(700);
    QTest::newRow("exactly repays") << qint64(1000) << qint64(1000) << qint64(1000) << qint64(0);
    QTest::newRow("all goes to repayment") << qint64(1000) << qint64(5000) << qint64(1000) << qint64(0);
    QTest::newRow("one kopeck") << qint64(1) << qint64(1) << qint64(1) << qint64(0);
    QTest::newRow("near INT64_MAX") << max << max - 1 << max - 1 << qint64(1);
}

void CreditMechanicsTest::r17_topUpRepaysUsedCreditFirst()
{
    QFETCH(qint64, paid);
    QFETCH(qint64, outstanding);
    QFETCH(qint64, repay);
    QFETCH(qint64, toMain);

    const TopUpSplit split = splitTopUp(kop(paid), kop(outstanding));
    QCOMPARE(split.repay, kop(repay));
    QCOMPARE(split.toMain, kop(toMain));
}

void CreditMechanicsTest::r17_expiryWithdrawsUnspentAndMovesDebtToMain_data()
{
    QTest::addColumn<qint64>("available");
    QTest::addColumn<qint64>("outstanding");

    QTest::newRow("unused credit") << qint64(30000) << qint64(0);
    QTest::newRow("partly used, partly repaid") << qint64(12000) << qint64(8000);
    QTest::newRow("fully used, unrepaid") << qint64(0) << qint64(30000);
    QTest::newRow("fully used and repaid") << qint64(0) << qint64(0);
}

void CreditMechanicsTest::r17_expiryWithdrawsUnspentAndMovesDebtToMain()
{
    QFETCH(qint64, available);
    QFETCH(qint64, outstanding);

    const CreditExpiry expiry = expiryOf(kop(available), kop(outstanding));
    QCOMPARE(expiry.unspentWithdrawn, kop(available));
    QCOMPARE(expiry.debtToMain, kop(outstanding));
}

void CreditMechanicsTest::r24_creditMechanicsRejectBadFigures()
{
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, std::ignore = splitTopUp(kop(0), kop(0)));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, std::ignore = splitTopUp(kop(-1), kop(0)));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, std::ignore = splitTopUp(kop(100), kop(-1)));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, std::ignore = expiryOf(kop(-1), kop(0)));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, std::ignore = expiryOf(kop(0), kop(-1)));
}

QTEST_APPLESS_MAIN(CreditMechanicsTest)
#include "tst_creditmechanics.moc"
