// SPDX-License-Identifier: GPL-3.0-or-later
// R35: the failed-login table itself: limits per key, the window, refunds for right passwords,
// and a size that stays bounded however many keys an attacker invents.
#include "LoginThrottle.h"

#include <QTest>

#include <string>

class TstLoginThrottle : public QObject
{
    Q_OBJECT

private slots:
    void r35_limitPerKeyWithinTheWindow();
    void r35_rightPasswordGivesItsAttemptBack();
    void r35_accountAndAddressAreCountedApart();
    void r35_tableSizeIsBounded();
};

void TstLoginThrottle::r35_limitPerKeyWithinTheWindow()
{
    application::AttemptWindow window(3, 60, 100);
    QVERIFY(window.tryTake("a", 1000));
    QVERIFY(window.tryTake("a", 1001));
    QVERIFY(window.tryTake("a", 1002));
    QVERIFY(!window.tryTake("a", 1003));
    QVERIFY(!window.tryTake("a", 1059));
    QVERIFY(window.tryTake("b", 1003));
    // A new window starts a minute after the first attempt of the last one.
    QVERIFY(window.tryTake("a", 1060));
}

void TstLoginThrottle::r35_rightPasswordGivesItsAttemptBack()
{
    application::AttemptWindow window(2, 60, 100);
    QVERIFY(window.tryTake("a", 0));
    window.giveBack("a");
    QVERIFY(window.tryTake("a", 1));
    QVERIFY(window.tryTake("a", 2));
    QVERIFY(!window.tryTake("a", 3));
}

void TstLoginThrottle::r35_accountAndAddressAreCountedApart()
{
    application::LoginThrottle throttle;
    using Verdict = application::LoginThrottle::Verdict;
    for (int i = 0; i < application::LoginThrottle::kFailuresPerAccount; ++i)
        QCOMPARE(throttle.tryAttempt("victim@x", "10.0.0." + std::to_string(i), 0), Verdict::Allowed);
    QCOMPARE(throttle.tryAttempt("victim@x", "10.0.1.1", 0), Verdict::AccountLimited);
    // The refused attempt did not use the new address's allowance.
    for (int i = 0; i < application::LoginThrottle::kFailuresPerAddress; ++i)
        QCOMPARE(throttle.tryAttempt("user" + std::to_string(i) + "@x", "10.0.1.1", 0), Verdict::Allowed);
    QCOMPARE(throttle.tryAttempt("someone@x", "10.0.1.1", 0), Verdict::AddressLimited);
}

void TstLoginThrottle::r35_tableSizeIsBounded()
{
    application::AttemptWindow window(10, 60, 1000);
    for (int i = 0; i < 100000; ++i)
        QVERIFY(window.tryTake("invented" + std::to_string(i) + "@x", 0));
    QCOMPARE(window.trackedKeys(), size_t(1000));
    // The most recent keys are the ones kept.
    for (int i = 0; i < 9; ++i)
        QVERIFY(window.tryTake("invented99999@x", 0));
    QVERIFY(!window.tryTake("invented99999@x", 0));
}

QTEST_GUILESS_MAIN(TstLoginThrottle)
#include "tst_login_throttle.moc"
