// SPDX-License-Identifier: GPL-3.0-or-later
// R23 after a refusal, and what the idempotency records keep (issue 11): every completed answer
// of a money-moving request, success or refusal, stays bound to its key (a different body is
// 409 idempotency_conflict, the same body replays it) while a refused operation changes nothing
// (R24); no stored fingerprint lets a card number be recovered (R20); old records and expired
// tokens are purged. The suite reads the server's SQLite file where no route shows the facts.
#include "ApiTestClient.h"
#include "LedgerFile.h"
#include "ServerProcess.h"

#include <QCryptographicHash>
#include <QTest>

#include <memory>

using Reply = ApiTestClient::Reply;
using Project = ApiTestClient::Project;

namespace {

constexpr qint64 kDay = 24 * 3600;
const QByteArray kCardNumber = "4012888888881881";

QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

// How fingerprints were computed before issue 11: sha256(method path sha256(raw body)). Anyone
// with the database and the mask could try every middle digit against it.
QByteArray oldFingerprint(const QString &path, const QByteArray &body)
{
    return sha256Hex("POST " + path.toUtf8() + ' ' + sha256Hex(body));
}

QByteArray withdrawalBody(qint64 amount, const QByteArray &card)
{
    return R"({"amount":)" + QByteArray::number(amount) + R"(,"destination":"card","card_number":")" + card + R"("})";
}

} // namespace

class TstServerIdempotency : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void r23_refusalIsKeptUnderItsKey_data();
    void r23_refusalIsKeptUnderItsKey();
    void r23_guardRefusalsAndMissingKeysAreNotRecorded();
    void r20_r23_storedFingerprintsHoldNoCardNumber();
    void r23_purgeForgetsOldRecordsAndExpiredTokens();

private:
    // A project whose referral balance holds `commission` (10% of its referee's charge, R19).
    Project referrerWith(qint64 commission);

    ServerProcess m_server;
    std::unique_ptr<ApiTestClient> m_api;
};

void TstServerIdempotency::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_api = std::make_unique<ApiTestClient>(m_server.baseUrl());
    QVERIFY2(!m_api->staffToken().isEmpty(), qPrintable(m_api->lastError()));
}

Project TstServerIdempotency::referrerWith(qint64 commission)
{
    const Project referrer = m_api->newProject(QStringLiteral("referrer"));
    const Project referee = m_api->createProject(QStringLiteral("referee"), ApiTestClient::uniqueEmail(QStringLiteral("referee")),
                                                 referrer.referralCode);
    if (!referrer.isValid() || !referee.isValid() || m_api->topUpPaid(referee, commission * 10).isEmpty()
        || m_api->charge(referee.id, QStringLiteral("api_call"), commission * 10).status != 201)
        return {};
    return referrer;
}

void TstServerIdempotency::r23_refusalIsKeptUnderItsKey_data()
{
    QTest::addColumn<QByteArray>("refusedBody");
    QTest::addColumn<int>("refusedStatus");
    QTest::addColumn<QByteArray>("otherBody");
    // 422: a wrong value; 400: not JSON; 402: a charge main cannot cover (the project holds 1000).
    QTest::newRow("422 amount zero") << QByteArray(R"({"category":"api_call","amount":0})") << 422
                                     << QByteArray(R"({"category":"api_call","amount":100})");
    QTest::newRow("422 unknown category") << QByteArray(R"({"category":"pizza","amount":100})") << 422
                                          << QByteArray(R"({"category":"api_call","amount":100})");
    QTest::newRow("400 not json") << QByteArray(R"({"category":"api_call",)") << 400
                                  << QByteArray(R"({"category":"api_call","amount":100})");
    QTest::newRow("402 insufficient") << QByteArray(R"({"category":"api_call","amount":5000})") << 402
                                      << QByteArray(R"({"category":"api_call","amount":100})");
}

void TstServerIdempotency::r23_refusalIsKeptUnderItsKey()
{
    QFETCH(QByteArray, refusedBody);
    QFETCH(int, refusedStatus);
    QFETCH(QByteArray, otherBody);
    const Project project = m_api->newProject(QStringLiteral("refused"), 1000);
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    const QString path = QStringLiteral("/api/v1/staff/projects/%1/charges").arg(project.id);
    const QByteArray key = ApiTestClient::newIdempotencyKey();
    const QJsonObject before = m_api->balances(project);
    const qsizetype rowsBefore = m_api->allTransactions(project).size();

    const Reply refused = m_api->postRaw(path, refusedBody, m_api->staffToken(), key);
    QCOMPARE(refused.status, refusedStatus);
    // R23: the corrected body under the same key is another request, every time.
    for (int attempt = 0; attempt < 2; ++attempt)
        API_REQUIRE_PROBLEM(m_api->postRaw(path, otherBody, m_api->staffToken(), key), 409, "idempotency_conflict");
    // The same body replays the first answer byte for byte.
    const Reply replayed = m_api->postRaw(path, refusedBody, m_api->staffToken(), key);
    QCOMPARE(replayed.status, refused.status);
    QCOMPARE(replayed.body, refused.body);
    // R24: nothing changed, and the conflicts did not run the other body either.
    QCOMPARE(m_api->balances(project), before);
    QCOMPARE(m_api->allTransactions(project).size(), rowsBefore);
    // A fresh key runs the corrected body.
    API_REQUIRE_STATUS(m_api->postRaw(path, otherBody, m_api->staffToken(), ApiTestClient::newIdempotencyKey()), 201);
}

void TstServerIdempotency::r23_guardRefusalsAndMissingKeysAreNotRecorded()
{
    const Project project = m_api->newProject(QStringLiteral("guarded"), 1000);
    QVERIFY2(project.isValid(), qPrintable(m_api->lastError()));
    const QString owner = m_api->tokenFor(project.ownerEmail);
    const QByteArray key = ApiTestClient::newIdempotencyKey();
    // 403: the owner is no staff; the request never reached its use case.
    API_REQUIRE_PROBLEM(m_api->postRaw(QStringLiteral("/api/v1/staff/projects/%1/bonus").arg(project.id),
                                       R"({"amount":100,"reason":"x"})", owner, key),
                        403, "forbidden");
    // 401: nobody known.
    API_REQUIRE_PROBLEM(m_api->postRaw(QStringLiteral("/api/v1/projects/%1/topups").arg(project.id),
                                       R"({"amount":100,"method":"invoice"})", QStringLiteral("not-a-token"), key),
                        401, "unauthorized");
    // The key is still free for the owner's own request.
    API_REQUIRE_STATUS(m_api->postRaw(QStringLiteral("/api/v1/projects/%1/topups").arg(project.id),
                                      R"({"amount":100,"method":"invoice"})", owner, key),
                       201);
    // 400 without a key: nothing to record under; the request with a key then runs.
    const QString charges = QStringLiteral("/api/v1/staff/projects/%1/charges").arg(project.id);
    API_REQUIRE_PROBLEM(m_api->postRaw(charges, R"({"category":"api_call","amount":100})", m_api->staffToken()), 400,
                        "validation_failed");
    API_REQUIRE_STATUS(m_api->postRaw(charges, R"({"category":"api_call","amount":100})", m_api->staffToken(),
                                      ApiTestClient::newIdempotencyKey()),
                       201);
}

void TstServerIdempotency::r20_r23_storedFingerprintsHoldNoCardNumber()
{
    const Project referrer = referrerWith(5000);
    QVERIFY2(referrer.isValid(), qPrintable(m_api->lastError()));
    const QString path = QStringLiteral("/api/v1/projects/%1/referral/withdrawals").arg(referrer.id);
    const QString owner = m_api->tokenFor(referrer.ownerEmail);
    const QByteArray body = withdrawalBody(1000, kCardNumber);
    const QByteArray key = ApiTestClient::newIdempotencyKey();
    const Reply first = m_api->postRaw(path, body, owner, key);
    API_REQUIRE_STATUS(first, 201);
    // A refused body with the card in it (amount above the balance) is recorded too.
    const QByteArray refusedBody = withdrawalBody(999999, kCardNumber);
    API_REQUIRE_PROBLEM(m_api->postRaw(path, refusedBody, owner, ApiTestClient::newIdempotencyKey()), 422,
                        "insufficient_funds");
    // So is a body that never decoded (amount 0), card and all.
    const QByteArray invalidBody = withdrawalBody(0, kCardNumber);
    API_REQUIRE_PROBLEM(m_api->postRaw(path, invalidBody, owner, ApiTestClient::newIdempotencyKey()), 422,
                        "validation_failed");
    // R23 still holds on the normalised order: the same order replays, another card is another order.
    const Reply again = m_api->postRaw(path, body, owner, key);
    QCOMPARE(again.status, 201);
    QCOMPARE(again.body, first.body);
    API_REQUIRE_PROBLEM(m_api->postRaw(path, withdrawalBody(1000, "5555555555554444"), owner, key), 409,
                        "idempotency_conflict");

    LedgerFile ledger(m_server.databasePath());
    QVERIFY(ledger.isOpen());
    const QStringList fingerprints = ledger.texts(QStringLiteral("SELECT fingerprint FROM idempotency"));
    QVERIFY(fingerprints.size() >= 3);
    for (const QByteArray &sent : {body, refusedBody, invalidBody})
        QVERIFY2(!fingerprints.contains(QString::fromLatin1(oldFingerprint(path, sent))),
                 "a stored fingerprint is the old sha256 of a body holding the card number");
    for (const QString &value : ledger.allValues()) {
        QVERIFY2(!value.contains(QString::fromLatin1(kCardNumber)), qPrintable(value));
        QVERIFY2(!value.contains(QStringLiteral("4012 8888 8888 1881")), qPrintable(value));
    }
}

void TstServerIdempotency::r23_purgeForgetsOldRecordsAndExpiredTokens()
{
    // A server of its own: three days of retention, and its clock jumps do not disturb the others.
    ServerProcess::Options options;
    options.extraArguments = {QStringLiteral("--idempotency-retention-days"), QStringLiteral("3")};
    ServerProcess server(options);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    ApiTestClient api(server.baseUrl());
    const Project project = api.newProject(QStringLiteral("purge"), 100000);
    QVERIFY2(project.isValid(), qPrintable(api.lastError()));
    const QString path = QStringLiteral("/api/v1/staff/projects/%1/charges").arg(project.id);
    const QByteArray oldKey = ApiTestClient::newIdempotencyKey();
    const QByteArray newKey = ApiTestClient::newIdempotencyKey();
    LedgerFile ledger(server.databasePath());
    QVERIFY(ledger.isOpen());
    const auto recorded = [&](const QByteArray &key) {
        return ledger.integer(QStringLiteral("SELECT COUNT(*) FROM idempotency WHERE key = ?"), {QString::fromLatin1(key)});
    };
    const auto tokensExpiredBy = [&](const QDateTime &at) {
        return ledger.integer(QStringLiteral("SELECT COUNT(*) FROM tokens WHERE expires_at <= ?"), {at.toSecsSinceEpoch()});
    };

    API_REQUIRE_STATUS(api.postRaw(path, R"({"category":"api_call","amount":100})", api.staffToken(), oldKey), 201);
    // The logins so far (staff, owner) end 12 hours in: two days on, housekeeping removes them.
    QVERIFY(tokensExpiredBy(api.serverNow().addSecs(2 * kDay)).value_or(0) >= 2);
    API_REQUIRE_STATUS(api.advanceClock(2 * kDay), 200);
    QCOMPARE(tokensExpiredBy(api.serverNow()), std::optional<qint64>(0));
    API_REQUIRE_STATUS(api.postRaw(path, R"({"category":"api_call","amount":200})", api.staffToken(), newKey), 201);
    QCOMPARE(recorded(oldKey), std::optional<qint64>(1));
    QCOMPARE(recorded(newKey), std::optional<qint64>(1));

    // Three days and an hour after the first request: it is older than the retention, the second is not.
    QVERIFY(tokensExpiredBy(api.serverNow().addSecs(kDay + 3600)).value_or(0) >= 1); // the staff's new login
    API_REQUIRE_STATUS(api.advanceClock(kDay + 3600), 200);
    QCOMPARE(recorded(oldKey), std::optional<qint64>(0));
    QCOMPARE(recorded(newKey), std::optional<qint64>(1));
    QCOMPARE(tokensExpiredBy(api.serverNow()), std::optional<qint64>(0));
    // The forgotten key is free again; the kept one still guards its request (R23).
    API_REQUIRE_STATUS(api.postRaw(path, R"({"category":"api_call","amount":300})", api.staffToken(), oldKey), 201);
    API_REQUIRE_PROBLEM(api.postRaw(path, R"({"category":"api_call","amount":300})", api.staffToken(), newKey), 409,
                        "idempotency_conflict");
}

QTEST_GUILESS_MAIN(TstServerIdempotency)
#include "tst_server_idempotency.moc"
