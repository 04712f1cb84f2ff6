// SPDX-License-Identifier: GPL-3.0-or-later
// The event feed (R31) against a fake network layer whose answers come late, broken or never:
// the request rate stays bounded, errors back off exponentially with jitter, it pauses offline,
// restarts on a project switch, and drops withdrawal_* events for anyone but the Owner (R3).
// Also the notification list model under QAbstractItemModelTester.
#include "ApiClient.h"
#include "EventFeed.h"
#include "EventText.h"
#include "NotificationCenter.h"
#include "NotificationsModel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {

// A network layer that answers as told: never, with an error, or with a page, after a delay.
class FakeSource : public EventSource
{
    Q_OBJECT
public:
    enum class Mode { Never, Broken, Http, Empty, Events };

    struct Request
    {
        QString projectId;
        std::optional<qint64> after;
        int wait = 0;
        qint64 atMs = 0;
        int limit = 0;
    };

    explicit FakeSource(QObject *parent = nullptr)
        : EventSource(parent)
    {
        m_clock.start();
        m_reply.setSingleShot(true);
        connect(&m_reply, &QTimer::timeout, this, &FakeSource::answer);
    }

    Mode mode = Mode::Empty;
    int delayMs = 0;
    int httpStatus = 500;
    QList<ProjectEvent> nextEvents; // Mode::Events: sent once, then empty pages
    QList<Request> requests;
    int cancels = 0;

    void fetch(const QString &projectId, std::optional<qint64> after, int waitSeconds, int limit) override
    {
        requests.append({projectId, after, waitSeconds, m_clock.elapsed(), limit});
        m_after = after;
        if (mode != Mode::Never)
            m_reply.start(delayMs);
    }
    void cancel() override
    {
        ++cancels;
        m_reply.stop();
    }
    bool inFlight() const { return m_reply.isActive(); }

private:
    void answer()
    {
        ApiResult<EventPage> result;
        switch (mode) {
        case Mode::Never:
            return;
        case Mode::Broken:
            result.error.kind = ApiError::Kind::Network;
            result.error.message = QStringLiteral("connection dropped");
            break;
        case Mode::Http:
            result.error.kind = ApiError::Kind::Http;
            result.error.httpStatus = httpStatus;
            result.error.message = QStringLiteral("HTTP %1").arg(httpStatus);
            break;
        case Mode::Empty:
            result.value = EventPage{{}, m_after};
            break;
        case Mode::Events: {
            EventPage page;
            page.items = std::exchange(nextEvents, {});
            page.lastId = page.items.isEmpty() ? m_after : std::optional<qint64>(page.items.last().id);
            result.value = page;
            break;
        }
        }
        emit answered(result);
    }

    QElapsedTimer m_clock;
    QTimer m_reply;
    std::optional<qint64> m_after;
};

ProjectEvent makeEvent(qint64 id, const QString &type, qint64 amount = 0)
{
    ProjectEvent e;
    e.id = id;
    e.at = QDateTime::currentDateTimeUtc();
    e.type = type;
    if (amount != 0)
        e.data.insert(QStringLiteral("amount"), amount);
    return e;
}

EventFeed::Timing fastTiming()
{
    EventFeed::Timing timing;
    timing.waitSeconds = 1;
    timing.firstRetry = 100ms;
    timing.longestRetry = 800ms;
    timing.watchdogMargin = 200ms;
    timing.quietPause = 400ms;
    timing.minimumGap = 50ms;
    return timing;
}

} // namespace

class TestEventFeed : public QObject
{
    Q_OBJECT

private slots:
    void r31_catchUpThenLongPollsAfterTheLastId();
    void r31_brokenLayerBacksOffWithJitterAndBoundedRate();
    void r31_neverAnsweringLayerIsCutByTheWatchdog();
    void r31_layerIgnoringWaitIsNotPolledBusily();
    void r31_eventsFlowingKeepTheMinimumGap();
    void r31_pausesOfflineAndResumesAtOnce();
    void r31_projectSwitchDropsTheOldPoll();
    void r31_refusalStopsTheFeed_data();
    void r31_refusalStopsTheFeed();
    void r3_withdrawalEventsOnlyForTheOwner_data();
    void r3_withdrawalEventsOnlyForTheOwner();
    void r31_realNetworkBrokenOrSilentServerStaysBounded_data();
    void r31_realNetworkBrokenOrSilentServerStaysBounded();
    void r31_notificationsModel();
    void r31_eventTextsCarryMoney();
    void r31_centerResumesAfterTheLastSeenEvent();
    void r31_markAllReadWritesOnlyWhenSomethingBecameRead();
    void r31_eventEffectsReloadOnlyWhatChanged_data();
    void r31_eventEffectsReloadOnlyWhatChanged();
};

void TestEventFeed::r31_catchUpThenLongPollsAfterTheLastId()
{
    FakeSource source;
    source.mode = FakeSource::Mode::Events;
    source.nextEvents = {makeEvent(3, QStringLiteral("topup_paid"), 150000), makeEvent(5, QStringLiteral("low_balance"))};
    EventFeed feed(&source);
    feed.setTiming(fastTiming());
    QSignalSpy arrived(&feed, &EventFeed::eventsArrived);
    feed.start(QStringLiteral("7"), Role::Administrator);

    QTRY_COMPARE(arrived.count(), 1);
    QCOMPARE(arrived.at(0).at(1).toBool(), false); // the catch-up is not "live"
    QCOMPARE(arrived.at(0).at(0).value<QList<ProjectEvent>>().size(), 2);
    QCOMPARE(source.requests.first().wait, 0);
    QCOMPARE(source.requests.first().limit, EventFeed::CatchUpLimit); // the catch-up reads big pages
    QVERIFY(!source.requests.first().after.has_value());

    QTRY_VERIFY(source.requests.size() >= 3);
    QCOMPARE(source.requests.at(1).wait, 0); // the catch-up goes on until an answer has nothing new
    QCOMPARE(source.requests.at(1).after, std::optional<qint64>(5)); // after the newest event
    QCOMPARE(source.requests.at(2).wait, 1); // then long polls
    QCOMPARE(source.requests.at(2).limit, 0); // with the server's default page
    QCOMPARE(source.requests.at(2).after, std::optional<qint64>(5));
    source.nextEvents = {makeEvent(6, QStringLiteral("auto_topup_opened"), 50000)};
    QTRY_COMPARE(arrived.count(), 2);
    QCOMPARE(arrived.at(1).at(1).toBool(), true);
    QCOMPARE(arrived.at(1).at(0).value<QList<ProjectEvent>>().first().id, 6);
    QCOMPARE(feed.lastEventId(), std::optional<qint64>(6));
}

void TestEventFeed::r31_brokenLayerBacksOffWithJitterAndBoundedRate()
{
    FakeSource source;
    source.mode = FakeSource::Mode::Broken; // every request fails at once
    EventFeed feed(&source);
    EventFeed::Timing timing = fastTiming();
    timing.longestRetry = 400ms; // the ceiling is reached by the fourth retry: 100, 200, 400, 400 ...
    feed.setTiming(timing);
    QSignalSpy failed(&feed, &EventFeed::pollFailed);
    feed.start(QStringLiteral("7"), Role::Owner);
    // Enough failures for the backoff to double twice and then stay at its ceiling twice. Without
    // backoff (minimum gap 50 ms) they would all be there within ~300 ms; with it each gap is at
    // least half its ceiling (checked below), at most all of it: 100+200+400+400+400 ms at most.
    constexpr int failures = 6;
    QTRY_VERIFY_WITH_TIMEOUT(failed.count() >= failures, 4 * 1500);
    feed.stop();

    const qsizetype count = source.requests.size();
    QVERIFY(count >= failures);
    QCOMPARE(failed.count(), count);
    // Each gap lies within [ceiling/2, ceiling] of its backoff (plus timer slack): the rate is bounded.
    for (qsizetype i = 1; i < count; ++i) {
        const qint64 gap = source.requests.at(i).atMs - source.requests.at(i - 1).atMs;
        const qint64 ceiling = feed.backoffCeiling(int(i)).count();
        // A coarse QTimer may fire up to 5 % early; a loaded machine fires late.
        QVERIFY2(gap >= ceiling / 2 * 94 / 100 - 5, qPrintable(QStringLiteral("gap %1 < %2/2 at %3").arg(gap).arg(ceiling).arg(i)));
        QVERIFY2(gap <= ceiling + 500, qPrintable(QStringLiteral("gap %1 > %2 at %3").arg(gap).arg(ceiling).arg(i)));
    }
    QCOMPARE(feed.backoffCeiling(1), timing.firstRetry);
    QCOMPARE(feed.backoffCeiling(2), 2 * timing.firstRetry);
    QCOMPARE(feed.backoffCeiling(50), timing.longestRetry); // no overflow, a ceiling
}

void TestEventFeed::r31_neverAnsweringLayerIsCutByTheWatchdog()
{
    FakeSource source;
    source.mode = FakeSource::Mode::Never;
    EventFeed feed(&source);
    EventFeed::Timing timing = fastTiming();
    timing.waitSeconds = 0; // the watchdog then fires after the margin alone
    feed.setTiming(timing);
    QSignalSpy failed(&feed, &EventFeed::pollFailed);
    feed.start(QStringLiteral("7"), Role::Owner);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 3, 5000);
    QVERIFY(source.cancels >= 3); // each lost request was ended before the next one
    QVERIFY(feed.failureCount() >= 3);
    // Never more than one request at a time, and far fewer than a busy loop would send.
    QVERIFY2(source.requests.size() <= 4, qPrintable(QString::number(source.requests.size())));
    // Each request was given the watchdog's margin before it was cut, then the backoff (at least
    // half its ceiling) before the next: a feed that skipped either would ask sooner.
    for (qsizetype i = 1; i < source.requests.size(); ++i) {
        const qint64 gap = source.requests.at(i).atMs - source.requests.at(i - 1).atMs;
        const qint64 least = timing.watchdogMargin.count() + feed.backoffCeiling(int(i)).count() / 2;
        // A coarse QTimer may fire up to 5 % early.
        QVERIFY2(gap >= least * 94 / 100 - 5, qPrintable(QStringLiteral("gap %1 < %2 at %3").arg(gap).arg(least).arg(i)));
    }
}

void TestEventFeed::r31_layerIgnoringWaitIsNotPolledBusily()
{
    FakeSource source;
    source.mode = FakeSource::Mode::Empty; // answers at once, empty, although asked to hold 1 s
    EventFeed feed(&source);
    const EventFeed::Timing timing = fastTiming();
    feed.setTiming(timing);
    feed.start(QStringLiteral("7"), Role::Owner);
    // The catch-up (wait=0) is answered empty and the long polls begin; each of them comes back
    // empty at once, so the next one waits the quiet pause (400 ms): a busy loop would send thousands.
    QTRY_VERIFY_WITH_TIMEOUT(source.requests.size() >= 4, 4 * 4 * int(timing.quietPause.count()));
    feed.stop();
    QCOMPARE(source.requests.at(0).wait, 0);
    for (qsizetype i = 1; i < source.requests.size(); ++i)
        QCOMPARE(source.requests.at(i).wait, timing.waitSeconds);
    for (qsizetype i = 2; i < source.requests.size(); ++i) {
        const qint64 gap = source.requests.at(i).atMs - source.requests.at(i - 1).atMs;
        // A coarse QTimer may fire up to 5 % early.
        QVERIFY2(gap >= timing.quietPause.count() * 94 / 100, qPrintable(QStringLiteral("gap %1 at %2").arg(gap).arg(i)));
    }
}

void TestEventFeed::r31_eventsFlowingKeepTheMinimumGap()
{
    FakeSource source;
    source.mode = FakeSource::Mode::Events;
    EventFeed feed(&source);
    const EventFeed::Timing timing = fastTiming();
    feed.setTiming(timing);
    qint64 next = 1;
    connect(&source, &EventSource::answered, this, [&] { source.nextEvents = {makeEvent(++next, QStringLiteral("topup_paid"))}; });
    source.nextEvents = {makeEvent(1, QStringLiteral("topup_paid"))};
    feed.start(QStringLiteral("7"), Role::Owner);
    // A server with news on every answer is asked again at once (every minimum gap, 50 ms): ten
    // requests come well within four times that, while a feed that paused (quiet pause, 400 ms)
    // or stalled after an answer would not get there.
    constexpr int requests = 10;
    const auto budget = 4 * requests * timing.minimumGap;
    static_assert(4 * requests * 50 < (requests - 1) * 400, "the budget must tell the gap from the quiet pause");
    QTRY_VERIFY_WITH_TIMEOUT(source.requests.size() >= requests, int(budget.count()));
    feed.stop();
    // ... but never more often than every 50 ms.
    for (qsizetype i = 1; i < source.requests.size(); ++i) {
        const qint64 gap = source.requests.at(i).atMs - source.requests.at(i - 1).atMs;
        // A coarse QTimer may fire up to 5 % early.
        QVERIFY2(gap >= timing.minimumGap.count() * 90 / 100, qPrintable(QStringLiteral("gap %1 at %2").arg(gap).arg(i)));
    }
}

void TestEventFeed::r31_pausesOfflineAndResumesAtOnce()
{
    FakeSource source;
    source.mode = FakeSource::Mode::Never;
    EventFeed feed(&source);
    EventFeed::Timing timing = fastTiming();
    timing.watchdogMargin = 10s;
    feed.setTiming(timing);
    feed.start(QStringLiteral("7"), Role::Owner);
    QTRY_COMPARE(source.requests.size(), 1);
    QVERIFY(feed.isPolling());

    feed.setOffline(true);
    QVERIFY(feed.isPaused());
    QVERIFY(!feed.isPolling());
    QCOMPARE(source.cancels, 1);
    // Nothing goes out offline: longer than any pause after which the feed would ask on its own
    // (a retry's backoff, the quiet pause, the minimum gap), with a first retry's worth of slack.
    QTest::qWait(int((std::max({timing.firstRetry, timing.quietPause, timing.minimumGap}) + timing.firstRetry).count()));
    QCOMPARE(source.requests.size(), 1);

    source.mode = FakeSource::Mode::Empty;
    feed.setOffline(false);
    QVERIFY(feed.isRunning() && !feed.isPaused());
    QCOMPARE(feed.scheduledDelay(), 0ms); // at once, not after a backoff
    QTRY_COMPARE_WITH_TIMEOUT(source.requests.size(), 2, 2000);
    QCOMPARE(source.requests.at(1).wait, 0); // still catching up: the first request was never answered
}

void TestEventFeed::r31_projectSwitchDropsTheOldPoll()
{
    FakeSource source;
    source.mode = FakeSource::Mode::Events;
    source.delayMs = 300;
    source.nextEvents = {makeEvent(9, QStringLiteral("topup_paid"))};
    EventFeed feed(&source);
    feed.setTiming(fastTiming());
    QSignalSpy arrived(&feed, &EventFeed::eventsArrived);
    feed.start(QStringLiteral("7"), Role::Owner, 4);
    QTRY_COMPARE(source.requests.size(), 1);
    feed.start(QStringLiteral("8"), Role::Administrator); // before project 7's answer
    QCOMPARE(source.cancels, 1);
    QTRY_COMPARE(source.requests.size(), 2);
    QCOMPARE(source.requests.at(1).projectId, QStringLiteral("8"));
    QVERIFY(!source.requests.at(1).after.has_value()); // project 8 starts from its own beginning
    QCOMPARE(feed.projectId(), QStringLiteral("8"));
}

void TestEventFeed::r31_refusalStopsTheFeed_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("stops");
    QTest::newRow("401 session ended") << 401 << true;
    QTest::newRow("403 role changed") << 403 << true;
    QTest::newRow("404 not a member") << 404 << true;
    QTest::newRow("500 retried") << 500 << false;
    QTest::newRow("503 retried") << 503 << false;
}

void TestEventFeed::r31_refusalStopsTheFeed()
{
    QFETCH(int, status);
    QFETCH(bool, stops);
    FakeSource source;
    source.mode = FakeSource::Mode::Http;
    source.httpStatus = status;
    EventFeed feed(&source);
    const EventFeed::Timing timing = fastTiming();
    feed.setTiming(timing);
    QSignalSpy stopped(&feed, &EventFeed::stopped);
    QSignalSpy failed(&feed, &EventFeed::pollFailed);
    feed.start(QStringLiteral("7"), Role::Owner);
    if (stops) {
        QTRY_COMPARE(stopped.count(), 1);
        // A feed that went on would retry after the first backoff (at most firstRetry): wait twice that.
        QTest::qWait(int(2 * timing.firstRetry.count()));
        QCOMPARE(source.requests.size(), 1);
        QCOMPARE(failed.count(), 0);
    } else {
        QTRY_VERIFY(source.requests.size() >= 2); // retried after the backoff
        QVERIFY(failed.count() >= 1);
    }
    QCOMPARE(stopped.count(), stops ? 1 : 0);
    QCOMPARE(feed.isRunning(), !stops);
}

void TestEventFeed::r3_withdrawalEventsOnlyForTheOwner_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<int>("expected");
    QTest::newRow("owner") << int(Role::Owner) << 4;
    QTest::newRow("administrator") << int(Role::Administrator) << 2;
}

void TestEventFeed::r3_withdrawalEventsOnlyForTheOwner()
{
    QFETCH(int, role);
    QFETCH(int, expected);
    FakeSource source;
    source.mode = FakeSource::Mode::Events;
    // A server that wrongly sends referral events to an Administrator: the client still drops them.
    source.nextEvents = {makeEvent(1, QStringLiteral("topup_paid"), 1000), makeEvent(2, QStringLiteral("withdrawal_completed"), 500),
                         makeEvent(3, QStringLiteral("withdrawal_rejected"), 700), makeEvent(4, QStringLiteral("credit_expired"))};
    EventFeed feed(&source);
    feed.setTiming(fastTiming());
    NotificationsModel model;
    model.reset(Role(role), QStringLiteral("UAH"), 0);
    QList<ProjectEvent> seen;
    connect(&feed, &EventFeed::eventsArrived, this, [&](const QList<ProjectEvent> &events) {
        seen += events;
        model.addEvents(events);
    });
    feed.start(QStringLiteral("7"), Role(role));
    QTRY_VERIFY(source.requests.size() >= 3);
    QCOMPARE(seen.size(), expected);
    QCOMPARE(model.rowCount(), expected);
    for (const ProjectEvent &e : std::as_const(seen))
        QVERIFY(Role(role) == Role::Owner || !e.isReferralEvent());
    QCOMPARE(feed.lastEventId(), std::optional<qint64>(4)); // dropped events are still passed over

    // Defence in depth: the model refuses them too, whoever hands them over.
    NotificationsModel adminModel;
    adminModel.reset(Role::Administrator, QStringLiteral("UAH"), 0);
    QCOMPARE(adminModel.addEvents({makeEvent(10, QStringLiteral("withdrawal_completed"), 5)}).size(), 0);
    QCOMPARE(adminModel.rowCount(), 0);
}

void TestEventFeed::r31_realNetworkBrokenOrSilentServerStaysBounded_data()
{
    QTest::addColumn<bool>("silent");
    QTest::newRow("closes every connection at once") << false;
    QTest::newRow("accepts and never answers") << true;
}

// The same through the real network layer (ApiClient, QNetworkAccessManager) against a local
// responder that drops every connection or never answers: the request rate stays bounded.
void TestEventFeed::r31_realNetworkBrokenOrSilentServerStaysBounded()
{
    QFETCH(bool, silent);
    QTcpServer responder;
    QVERIFY(responder.listen(QHostAddress::LocalHost));
    QList<QTcpSocket *> held;
    int connections = 0;
    connect(&responder, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *socket = responder.nextPendingConnection()) {
            ++connections;
            if (silent) {
                held.append(socket); // reads nothing, answers nothing
            } else {
                socket->close();
                socket->deleteLater();
            }
        }
    });
    ApiClient api;
    api.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(responder.serverPort())));
    api.setToken(QStringLiteral("token"));
    EventFeed feed(&api);
    EventFeed::Timing timing = fastTiming();
    timing.waitSeconds = 0;
    feed.setTiming(timing);
    QElapsedTimer clock;
    QList<qint64> failedAt;
    connect(&feed, &EventFeed::pollFailed, this, [&] { failedAt.append(clock.elapsed()); });
    clock.start();
    feed.start(QStringLiteral("7"), Role::Owner);
    // Broken: backoff 100, 200, 400 ms (each at least half) between the failures.
    // Silent: each request is ended by the watchdog after 200 ms, then the backoff: slower still.
    constexpr int failures = 4;
    QTRY_VERIFY_WITH_TIMEOUT(failedAt.size() >= failures, 4 * 2000);
    feed.stop();
    const qsizetype requests = api.requestLog().filter(QStringLiteral("/events")).size();
    // Never more than one request at a time: each but the last one in flight ended in a failure.
    QVERIFY2(requests >= 2 && failedAt.size() >= requests - 1,
             qPrintable(QStringLiteral("%1 requests, %2 failures").arg(requests).arg(failedAt.size())));
    // The rate is bounded: between two failures lies at least half the backoff of the first.
    for (qsizetype i = 1; i < failedAt.size(); ++i) {
        const qint64 gap = failedAt.at(i) - failedAt.at(i - 1);
        const qint64 ceiling = feed.backoffCeiling(int(i)).count();
        QVERIFY2(gap >= ceiling / 2 * 94 / 100 - 5, qPrintable(QStringLiteral("gap %1 < %2/2 at %3").arg(gap).arg(ceiling).arg(i)));
    }
    QVERIFY(connections >= 1);
    qDeleteAll(held);
}

void TestEventFeed::r31_notificationsModel()
{
    NotificationsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reset(Role::Owner, QStringLiteral("UAH"), 2);
    QSignalSpy unread(&model, &NotificationsModel::unreadCountChanged);
    model.addEvents({makeEvent(1, QStringLiteral("low_balance")), makeEvent(2, QStringLiteral("topup_paid"), 1500),
                     makeEvent(3, QStringLiteral("auto_topup_opened"), 50000)});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.data(model.index(0), NotificationsModel::IdRole).toLongLong(), 3); // newest first
    QCOMPARE(model.unreadCount(), 1); // 1 and 2 were read before
    QCOMPARE(unread.last().at(0).toInt(), 1);
    // A repeat is not listed twice.
    QCOMPARE(model.addEvents({makeEvent(3, QStringLiteral("auto_topup_opened"), 50000)}).size(), 0);
    QCOMPARE(model.rowCount(), 3);
    model.markAllRead();
    QCOMPARE(model.unreadCount(), 0);
    QCOMPARE(model.lastReadId(), 3);
    QCOMPARE(model.data(model.index(0), NotificationsModel::UnreadRole).toBool(), false);

    QList<ProjectEvent> many;
    for (int id = 4; id < 4 + NotificationsModel::Capacity + 10; ++id)
        many.append(makeEvent(id, QStringLiteral("topup_paid"), id));
    model.addEvents(many);
    QCOMPARE(model.rowCount(), NotificationsModel::Capacity);
    QCOMPARE(model.unreadCount(), NotificationsModel::Capacity);
}

void TestEventFeed::r31_eventTextsCarryMoney()
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const QString paid = EventText::message(makeEvent(1, QStringLiteral("topup_paid"), 150000), QStringLiteral("UAH"), english);
    QVERIFY2(paid.contains(QStringLiteral("1,500.00")), qPrintable(paid));
    ProjectEvent low = makeEvent(2, QStringLiteral("low_balance"));
    low.data.insert(QStringLiteral("main"), 9999);
    low.data.insert(QStringLiteral("threshold"), 10000);
    const QString lowText = EventText::message(low, QStringLiteral("UAH"), english);
    QVERIFY2(lowText.contains(QStringLiteral("99.99")) && lowText.contains(QStringLiteral("100.00")), qPrintable(lowText));
    for (const char *type : {"low_balance", "credit_due", "credit_expired", "topup_paid", "auto_topup_opened",
                             "auto_topup_failed", "withdrawal_completed", "withdrawal_rejected"}) {
        const ProjectEvent e = makeEvent(1, QString::fromLatin1(type));
        QVERIFY(!EventText::title(e).contains(QLatin1Char('_')));
        QVERIFY(!EventText::message(e, QStringLiteral("UAH"), english).isEmpty());
    }
}

// A reopen asks only for what came after the last event seen (persisted per server, user and
// project, like the last read one); the currency of the list's amounts is the one set, not "UAH".
void TestEventFeed::r31_centerResumesAfterTheLastSeenEvent()
{
    const QUrl server(u"http://feed.test:8443"_s);
    const ProjectMembership project{u"7"_s, u"Seven"_s, Role::Owner};
    const QString seenKey = NotificationCenter::lastSeenSetting(server, u"u1"_s, project.id);
    const QString readKey = NotificationCenter::lastReadSetting(server, u"u1"_s, project.id);
    QSettings().remove(seenKey);
    QSettings().remove(readKey);
    FakeSource source;
    source.mode = FakeSource::Mode::Events;
    source.nextEvents = {makeEvent(3, u"topup_paid"_s, 150000), makeEvent(5, u"low_balance"_s)};
    {
        NotificationCenter center(&source);
        center.feed()->setTiming(fastTiming());
        center.open(server, u"u1"_s, project, u"EUR"_s);
        QTRY_VERIFY(center.feed()->isLive());
        QCOMPARE(center.model()->rowCount(), 2);
        QCOMPARE(QSettings().value(seenKey).toLongLong(), 5);
        QVERIFY2(center.model()->data(center.model()->index(1), NotificationsModel::MessageRole).toString().contains(u"EUR"_s),
                 qPrintable(center.model()->data(center.model()->index(1), NotificationsModel::MessageRole).toString()));
        center.setCurrency(u"USD"_s); // an answer said otherwise: the list follows in place
        QCOMPARE(center.currency(), u"USD"_s);
        QVERIFY(center.model()->data(center.model()->index(1), NotificationsModel::MessageRole).toString().contains(u"USD"_s));
        center.close();
    }
    source.requests.clear();
    NotificationCenter again(&source);
    again.feed()->setTiming(fastTiming());
    again.open(server, u"u1"_s, project);
    QTRY_VERIFY(again.feed()->isLive());
    QCOMPARE(source.requests.first().after, std::optional<qint64>(5)); // only what is new
    QCOMPARE(source.requests.first().limit, EventFeed::CatchUpLimit);
    QCOMPARE(again.model()->rowCount(), 0);
    source.nextEvents = {makeEvent(6, u"credit_due"_s)};
    QTRY_COMPARE(again.model()->rowCount(), 1);
    QTRY_COMPARE(QSettings().value(seenKey).toLongLong(), 6);
    again.close();
    QSettings().remove(seenKey);
    QSettings().remove(readKey);
}

// Closing the bell's list marks all read: the setting is written only when that changed something.
void TestEventFeed::r31_markAllReadWritesOnlyWhenSomethingBecameRead()
{
    const QUrl server(u"http://read.test:8443"_s);
    const ProjectMembership project{u"9"_s, u"Nine"_s, Role::Administrator};
    const QString readKey = NotificationCenter::lastReadSetting(server, u"u2"_s, project.id);
    const QString seenKey = NotificationCenter::lastSeenSetting(server, u"u2"_s, project.id);
    QSettings().remove(readKey);
    QSettings().remove(seenKey);
    FakeSource source;
    source.mode = FakeSource::Mode::Empty;
    NotificationCenter center(&source);
    center.feed()->setTiming(fastTiming());
    center.open(server, u"u2"_s, project);
    QTRY_VERIFY(center.feed()->isLive());
    center.markAllRead(); // nothing to read
    QVERIFY(!QSettings().contains(readKey));
    source.mode = FakeSource::Mode::Events;
    source.nextEvents = {makeEvent(4, u"topup_paid"_s, 100)};
    QTRY_COMPARE(center.model()->rowCount(), 1);
    center.markAllRead();
    QCOMPARE(QSettings().value(readKey).toLongLong(), 4);
    QSettings().setValue(readKey, 999); // stands for "written again": it must stay as it is
    center.markAllRead();
    QCOMPARE(QSettings().value(readKey).toLongLong(), 999);
    center.close();
    QSettings().remove(readKey);
    QSettings().remove(seenKey);
}

void TestEventFeed::r31_eventEffectsReloadOnlyWhatChanged_data()
{
    using E = EventEffect;
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("destination");
    QTest::addColumn<int>("effects");
    QTest::newRow("topup_paid") << u"topup_paid"_s << QString() << int(E::Balances | E::History | E::TopUps);
    QTest::newRow("credit_expired") << u"credit_expired"_s << QString() << int(E::Balances | E::History);
    // The alert changes the cards' low state; the charge behind it is not an event.
    QTest::newRow("low_balance") << u"low_balance"_s << QString() << int(EventEffects(E::Balances));
    // No money moved: a pending auto top-up appeared or ended unpaid.
    QTest::newRow("auto_topup_opened") << u"auto_topup_opened"_s << QString() << int(EventEffects(E::TopUps));
    QTest::newRow("auto_topup_failed") << u"auto_topup_failed"_s << QString() << int(EventEffects(E::TopUps));
    QTest::newRow("credit_due") << u"credit_due"_s << QString() << 0;
    QTest::newRow("withdrawal to main") << u"withdrawal_completed"_s << u"own_main"_s
                                        << int(E::Referral | E::Balances | E::History);
    QTest::newRow("withdrawal to card") << u"withdrawal_completed"_s << u"card"_s << int(EventEffects(E::Referral));
    QTest::newRow("withdrawal rejected") << u"withdrawal_rejected"_s << u"card"_s << int(EventEffects(E::Referral));
    QTest::newRow("unknown") << u"something_new"_s << QString() << 0;
}

void TestEventFeed::r31_eventEffectsReloadOnlyWhatChanged()
{
    QFETCH(QString, type);
    QFETCH(QString, destination);
    QFETCH(int, effects);
    ProjectEvent event = makeEvent(1, type, 1000);
    if (!destination.isEmpty())
        event.data.insert(u"destination"_s, destination);
    QCOMPARE(int(event.effects()), effects);
}

QTEST_GUILESS_MAIN(TestEventFeed)
#include "tst_eventfeed.moc"
