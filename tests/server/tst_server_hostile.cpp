// SPDX-License-Identifier: GPL-3.0-or-later
// R35: hostile clients against the real cabinet-server. Each attack runs while a probe from
// another address keeps asking for /health and a signed-in charge; the suite asserts that
// (1) the server's peak memory (VmHWM) grows by at most 64 MiB, (2) both answer within 1 s
// during the attack, and (3) the server still serves afterwards. Attackers connect from other
// loopback addresses (127.0.0.2 ...) the way real ones come from other hosts.
#include "ApiTestClient.h"
#include "HostileClient.h"
#include "ServerProcess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <sys/socket.h>

#include <zlib.h>

#include <algorithm>
#include <functional>
#include <map>
#include <memory>

using namespace std::chrono_literals;
using std::chrono::milliseconds;

namespace {

constexpr std::int64_t kMaxGrowthKiB = 64 * 1024;
constexpr milliseconds kPromptly = 1000ms;

// How the bytes after a request's head are made, so 256 MiB never sits in the test's memory.
enum class Filler { None, Letters, ChunkedZeros, GzipBomb };

// A gzip stream of `expandedBytes` zeros: one member for 1 MiB of zeros, repeated (a gzip file may
// hold many members; every decoder concatenates them). 512 MiB expand from about half a MiB.
QByteArray gzipBomb(qint64 expandedBytes)
{
    const QByteArray zeros(1024 * 1024, '\0');
    z_stream stream{};
    deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY);
    QByteArray member(int(deflateBound(&stream, uLong(zeros.size()))), '\0');
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(zeros.constData()));
    stream.avail_in = uInt(zeros.size());
    stream.next_out = reinterpret_cast<Bytef *>(member.data());
    stream.avail_out = uInt(member.size());
    deflate(&stream, Z_FINISH);
    member.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return member.repeated(qsizetype(expandedBytes / zeros.size()));
}

// Sends the head, then `fillerBytes` of filler, stopping when the server closes.
void sendAttack(int socket, const QByteArray &head, Filler filler, qint64 fillerBytes)
{
    if (!hostile::sendAll(socket, head))
        return;
    if (filler == Filler::GzipBomb) {
        hostile::sendAll(socket, gzipBomb(fillerBytes));
        return;
    }
    const QByteArray block = filler == Filler::ChunkedZeros
        ? QByteArray("10000\r\n") + QByteArray(0x10000, '0') + "\r\n"
        : QByteArray(0x10000, 'a');
    for (qint64 sent = 0; filler != Filler::None && sent < fillerBytes; sent += 0x10000) {
        if (!hostile::sendAll(socket, block))
            return;
    }
    if (filler == Filler::ChunkedZeros)
        hostile::sendAll(socket, "0\r\n\r\n");
}

} // namespace

class TstServerHostile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void r35_boundsAreAnswered_data();
    void r35_boundsAreAnswered();
    void r35_halfSentRequestsAreCheapAndTimedOut();
    void r35_connectionsPerAddressAreCapped();
    void r35_connectionsInTotalAreCapped();
    void r35_idleKeepAliveIsClosed();
    void r35_parallelWrongPasswordsCannotPassTheLimit();
    void r35_oneAccountIsThrottledFromManyAddresses();

private:
    // Runs `attack` with the probe going; asserts memory, promptness and service afterwards.
    void underAttack(const std::function<void()> &attack);
    [[nodiscard]] int port() const { return m_server->baseUrl().port(); }

    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<ApiTestClient> m_api;
    std::int64_t m_descriptorLimit = 1024;
    QByteArray m_chargeHead;
};

void TstServerHostile::initTestCase()
{
    m_descriptorLimit = hostile::raiseDescriptorLimit();
    ServerProcess::Options options;
    options.extraArguments = {QStringLiteral("--max-connections"), QStringLiteral("3000")};
    m_server = std::make_unique<ServerProcess>(options);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_api = std::make_unique<ApiTestClient>(m_server->baseUrl());
    const ApiTestClient::Project project = m_api->newProject(QStringLiteral("probe"), 1'000'000'000);
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    m_chargeHead = "POST /api/v1/staff/projects/" + project.id.toUtf8() + "/charges HTTP/1.1\r\nHost: probe\r\n"
        "Authorization: Bearer " + m_api->staffToken().toUtf8() + "\r\nContent-Type: application/json\r\n";
    // Warm up every lane once so the baseline holds the threads' ordinary memory.
    hostile::Probe warmUp(port(), m_chargeHead, R"({"category":"api_call","amount":1})");
    warmUp.start();
    QTRY_VERIFY_WITH_TIMEOUT(warmUp.rounds() >= 3, 10000);
    warmUp.stop();
    QVERIFY(warmUp.failures().empty());
}

void TstServerHostile::underAttack(const std::function<void()> &attack)
{
    const qint64 pid = m_server->processId();
    const std::int64_t peakBefore = hostile::peakResidentKiB(pid);
    QVERIFY(peakBefore > 0);
    hostile::Probe probe(port(), m_chargeHead, R"({"category":"api_call","amount":1})");
    probe.start();
    attack();
    QTRY_VERIFY_WITH_TIMEOUT(probe.rounds() >= 2, 10000);
    probe.stop();
    const std::int64_t growth = hostile::peakResidentKiB(pid) - peakBefore;
    qInfo("peak memory growth %lld KiB; slowest health %lld ms, charge %lld ms over %d rounds",
          static_cast<long long>(growth), static_cast<long long>(probe.slowestHealth().count()),
          static_cast<long long>(probe.slowestCharge().count()), probe.rounds());
    QVERIFY2(growth <= kMaxGrowthKiB, qPrintable(QStringLiteral("VmHWM grew by %1 KiB").arg(growth)));
    QVERIFY2(probe.slowestHealth() < kPromptly, qPrintable(QString::number(probe.slowestHealth().count())));
    QVERIFY2(probe.slowestCharge() < kPromptly, qPrintable(QString::number(probe.slowestCharge().count())));
    QVERIFY2(probe.failures().empty(), qPrintable(QStringLiteral("probe refused %1 times, first %2")
                                                       .arg(probe.failures().size())
                                                       .arg(probe.failures().empty() ? 0 : probe.failures().front())));
    const hostile::Exchange after =
        hostile::exchange(port(), "GET /api/v1/health HTTP/1.1\r\nHost: after\r\n\r\n", 5000ms);
    QCOMPARE(after.status, 200);
}

void TstServerHostile::r35_boundsAreAnswered_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<int>("filler");
    QTest::addColumn<qint64>("fillerBytes");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QByteArray>("allow");

    const QByteArray login = "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n";
    QTest::newRow("request line of 128 MiB without a newline: 414")
        << QByteArray("GET /") << int(Filler::Letters) << qint64(128) * 1024 * 1024 << 414
        << QStringLiteral("validation_failed") << QByteArray();
    QTest::newRow("one header of 64 KiB: 431")
        << QByteArray("GET /api/v1/health HTTP/1.1\r\nX-Big: " + QByteArray(64 * 1024, 'b') + "\r\n\r\n")
        << int(Filler::None) << qint64(0) << 431 << QStringLiteral("validation_failed") << QByteArray();
    QByteArray manyFields = "GET /api/v1/health HTTP/1.1\r\n";
    for (int i = 0; i < 200; ++i)
        manyFields += "X-" + QByteArray::number(i) + ": 1\r\n";
    QTest::newRow("200 header fields: 431")
        << QByteArray(manyFields + "\r\n") << int(Filler::None) << qint64(0) << 431
        << QStringLiteral("validation_failed") << QByteArray();
    QTest::newRow("chunked body of 256 MiB to login: 413")
        << QByteArray(login + "Transfer-Encoding: chunked\r\n\r\n") << int(Filler::ChunkedZeros)
        << qint64(256) * 1024 * 1024 << 413 << QStringLiteral("payload_too_large") << QByteArray();
    QTest::newRow("Content-Length of 10 MiB: 413")
        << QByteArray(login + "Content-Length: 10485760\r\n\r\n") << int(Filler::Letters) << qint64(10) * 1024 * 1024
        << 413 << QStringLiteral("payload_too_large") << QByteArray();
    QTest::newRow("gzip body of 0.5 MiB expanding to 512 MiB: 415")
        << QByteArray(login + "Content-Encoding: gzip\r\nContent-Length: " +
                      QByteArray::number(gzipBomb(512LL * 1024 * 1024).size()) + "\r\n\r\n")
        << int(Filler::GzipBomb) << qint64(512) * 1024 * 1024 << 415 << QStringLiteral("unsupported_media_type")
        << QByteArray();
    QTest::newRow("DELETE on health: 405 Allow GET")
        << QByteArray("DELETE /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n") << int(Filler::None) << qint64(0) << 405
        << QStringLiteral("method_not_allowed") << QByteArray("GET");
    QTest::newRow("PUT on top-ups: 405 Allow GET, POST")
        << QByteArray("PUT /api/v1/projects/1/topups HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n")
        << int(Filler::None) << qint64(0) << 405 << QStringLiteral("method_not_allowed") << QByteArray("GET, POST");
    QTest::newRow("not HTTP at all: 400")
        << QByteArray("HELLO THERE\r\n\r\n") << int(Filler::None) << qint64(0) << 400
        << QStringLiteral("validation_failed") << QByteArray();
}

void TstServerHostile::r35_boundsAreAnswered()
{
    QFETCH(QByteArray, head);
    QFETCH(int, filler);
    QFETCH(qint64, fillerBytes);
    QFETCH(int, status);
    QFETCH(QString, type);
    QFETCH(QByteArray, allow);
    QByteArray answer;
    underAttack([&] {
        const int socket = hostile::connectFrom("127.0.0.2", port());
        QVERIFY(socket >= 0);
        // The attacker writes while it reads, as a client that streams its body does.
        std::thread sender([&] { sendAttack(socket, head, Filler(filler), fillerBytes); });
        answer = hostile::readAnswer(socket, 10000ms);
        ::shutdown(socket, SHUT_RDWR);
        sender.join();
        hostile::closeSocket(socket);
    });
    QCOMPARE(hostile::statusOf(answer), status);
    QCOMPARE(hostile::headerOf(answer, "Content-Type"), QByteArray("application/problem+json"));
    const QJsonObject problem = QJsonDocument::fromJson(hostile::bodyOf(answer)).object();
    QCOMPARE(problem.value(QStringLiteral("type")).toString(), type);
    QCOMPARE(problem.value(QStringLiteral("status")).toInt(), status);
    QCOMPARE(hostile::headerOf(answer, "Allow"), allow);
}

void TstServerHostile::r35_halfSentRequestsAreCheapAndTimedOut()
{
    // 1,000 connections from ten addresses, each with half a request, held open.
    // (Fewer only where this process and the server may not hold a thousand sockets each.)
    const int kConnections = int(std::min<std::int64_t>(1000, m_descriptorLimit - 100));
    if (kConnections < 1000)
        qInfo("descriptor limit %lld: %d half-sent requests", static_cast<long long>(m_descriptorLimit), kConnections);
    std::vector<int> sockets;
    underAttack([&] {
        for (int i = 0; i < kConnections; ++i) {
            const QByteArray from = "127.0.1." + QByteArray::number(1 + i % 10);
            const int socket = hostile::connectFrom(from.constData(), port());
            QVERIFY2(socket >= 0, "connect failed");
            sockets.push_back(socket);
            hostile::sendAll(socket, "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{\"em");
        }
    });
    // Each is answered 408 once its request is not complete 5 s after its first byte, then closed.
    int timedOut = 0;
    for (int socket : sockets) {
        const QByteArray answer = hostile::readAnswer(socket, 10000ms);
        if (hostile::statusOf(answer) == 408)
            ++timedOut;
        hostile::closeSocket(socket);
    }
    QCOMPARE(timedOut, kConnections);
}

void TstServerHostile::r35_connectionsPerAddressAreCapped()
{
    // Beyond 256 open connections from one address, the next ones are told 429 at once.
    std::vector<int> sockets;
    int refused = 0;
    underAttack([&] {
        for (int i = 0; i < 300; ++i)
            sockets.push_back(hostile::connectFrom("127.0.0.3", port()));
        for (int i = 256; i < 300; ++i) {
            const QByteArray answer = hostile::readAnswer(sockets[size_t(i)], 2000ms);
            if (hostile::statusOf(answer) == 429 && answer.contains("rate_limited"))
                ++refused;
        }
    });
    for (int socket : sockets)
        hostile::closeSocket(socket);
    QCOMPARE(refused, 44);
}

void TstServerHostile::r35_connectionsInTotalAreCapped()
{
    // A server of its own with a small total cap: beyond it every address is told 503 at once.
    ServerProcess::Options options;
    options.extraArguments = {QStringLiteral("--max-connections"), QStringLiteral("100")};
    ServerProcess small(options);
    QVERIFY2(small.start(), qPrintable(small.errorString()));
    const int smallPort = small.baseUrl().port();
    std::vector<int> sockets;
    for (int i = 0; i < 100; ++i)
        sockets.push_back(hostile::connectFrom(QByteArray("127.0.2." + QByteArray::number(1 + i % 50)).constData(), smallPort));
    // The held ones occupy the cap; the next client, from any address, is refused promptly.
    QTRY_VERIFY_WITH_TIMEOUT(hostile::exchange(smallPort, "GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n", 2000ms)
                                     .status == 503, 5000);
    const hostile::Exchange refused =
        hostile::exchange(smallPort, "GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n", 2000ms);
    QCOMPARE(refused.status, 503);
    QVERIFY(refused.took < kPromptly);
    QVERIFY(refused.answer.contains("service_unavailable"));
    for (int socket : sockets)
        hostile::closeSocket(socket);
    QTRY_COMPARE_WITH_TIMEOUT(
        hostile::exchange(smallPort, "GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n", 2000ms).status, 200, 5000);
}

void TstServerHostile::r35_idleKeepAliveIsClosed()
{
    const int socket = hostile::connectFrom("127.0.0.4", port());
    QVERIFY(hostile::sendAll(socket, "GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n"));
    QCOMPARE(hostile::statusOf(hostile::readAnswer(socket, 5000ms)), 200);
    // Nothing more is asked: the server closes the connection after its 5 s keep-alive idle time.
    const auto quietSince = std::chrono::steady_clock::now();
    const QByteArray rest = hostile::readAnswer(socket, 15000ms);
    const auto closedAfter =
        std::chrono::duration_cast<milliseconds>(std::chrono::steady_clock::now() - quietSince);
    hostile::closeSocket(socket);
    QVERIFY(rest.isEmpty());
    QVERIFY2(closedAfter >= 4000ms && closedAfter < 10000ms, qPrintable(QString::number(closedAfter.count())));
}

void TstServerHostile::r35_parallelWrongPasswordsCannotPassTheLimit()
{
    // 300 wrong passwords at once from one address. Attempts are counted before the password is
    // checked, so at most the address's 30 are ever checked (401) although more than 30 reach the
    // hashing lane together; the rest are refused at once: 429 rate_limited (the login limit, or
    // the 44 connections beyond the address's 256), or 503 when the hashing lane's queue is full.
    std::map<int, int> statuses;
    underAttack([&] {
        std::vector<int> sockets;
        for (int i = 0; i < 300; ++i) {
            const int socket = hostile::connectFrom("127.0.0.5", port());
            const QByteArray body = R"({"email":"victim)" + QByteArray::number(i % 7) + R"(@test.local","password":"guess)" +
                QByteArray::number(i) + "\"}";
            hostile::sendAll(socket, "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                                     "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
            sockets.push_back(socket);
        }
        for (int socket : sockets) {
            ++statuses[hostile::statusOf(hostile::readAnswer(socket, 20000ms))];
            hostile::closeSocket(socket);
        }
    });
    qInfo("401: %d, 429: %d, 503: %d", statuses[401], statuses[429], statuses[503]);
    QCOMPARE(statuses[401] + statuses[429] + statuses[503], 300);
    QVERIFY2(statuses[401] >= 1 && statuses[401] <= 30, qPrintable(QString::number(statuses[401])));
    QVERIFY2(statuses[429] > 44, qPrintable(QString::number(statuses[429])));
}

void TstServerHostile::r35_oneAccountIsThrottledFromManyAddresses()
{
    // Guesses at one account from 20 addresses: 10 are checked, then the account is refused with
    // 429 whatever the address, for the rest of the minute.
    const ApiTestClient::Project project = m_api->newProject(QStringLiteral("throttled"));
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    const QByteArray email = project.ownerEmail.toUtf8();
    int checked = 0;
    int limited = 0;
    for (int i = 0; i < 20; ++i) {
        const int socket = hostile::connectFrom(QByteArray("127.0.3." + QByteArray::number(1 + i)).constData(), port());
        const QByteArray body = R"({"email":")" + email + R"(","password":"wrong-)" + QByteArray::number(i) + "\"}";
        hostile::sendAll(socket, "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                                 "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        const int status = hostile::statusOf(hostile::readAnswer(socket, 10000ms));
        hostile::closeSocket(socket);
        checked += status == 401;
        limited += status == 429;
    }
    QCOMPARE(checked, 10);
    QCOMPARE(limited, 10);
    // Another account still signs in.
    const ApiTestClient::Project other = m_api->newProject(QStringLiteral("unaffected"));
    QVERIFY2(other.isValid(), qPrintable(m_api->lastError()));
    const ApiTestClient::Reply signedIn = m_api->loginReply(other.ownerEmail, ApiTestClient::MemberPassword);
    API_REQUIRE_STATUS(signedIn, 200);
}

QTEST_GUILESS_MAIN(TstServerHostile)
#include "tst_server_hostile.moc"
