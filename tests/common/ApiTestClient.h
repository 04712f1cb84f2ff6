// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <vector>

class QNetworkAccessManager;

// A small synchronous JSON client for the server test suites. Every call runs a local
// event loop with a timeout, so a hung server fails one test instead of the whole suite.
// It talks only the contract (docs/api.md, docs/openapi.yaml): paths, fields, statuses.
class ApiTestClient
{
public:
    using Header = QPair<QByteArray, QByteArray>;
    using Headers = QList<Header>;

    static inline const QString MemberPassword = QStringLiteral("member-pass-123");

    struct Reply
    {
        int status = 0; // 0: no HTTP answer at all (see networkError)
        QJsonDocument json;
        QByteArray body;
        QByteArray contentType;
        Headers headers;
        QString networkError;

        bool ok() const { return status >= 200 && status < 300; }
        QJsonObject object() const { return json.object(); }
        QString problemType() const { return json.object().value(QStringLiteral("type")).toString(); }
        QByteArray header(const QByteArray &name) const;
        // "POST /path -> 402 {...}" for failure messages.
        QString describe() const;
        QString request; // method and path, filled by the client for describe()
    };

    struct Request
    {
        QByteArray method = "GET";
        QString path;
        QByteArray body;
        QString token;
        QByteArray idempotencyKey;
        Headers headers;
        QByteArray contentType = "application/json";
        bool offContract = false; // see OffContract
    };

    // While one lives, the client's requests are deliberate probes of what the contract does not
    // offer (an unknown path, a method a path does not serve). The contract oracle (tests/contract)
    // requires the server to refuse such a request with a problem, and every other recorded
    // answer to come from a documented route.
    class OffContract
    {
    public:
        explicit OffContract(const ApiTestClient &client) : m_client(client) { m_client.m_offContract = true; }
        ~OffContract() { m_client.m_offContract = false; }
        OffContract(const OffContract &) = delete;
        OffContract &operator=(const OffContract &) = delete;

    private:
        const ApiTestClient &m_client;
    };

    struct Project
    {
        QString id;         // for paths
        QJsonValue idValue; // as the server wrote it, for bodies that refer to the project
        QString referralCode;
        QString ownerEmail;
        bool isValid() const { return !id.isEmpty(); }
    };

    explicit ApiTestClient(QUrl baseUrl, int timeoutMs = 30000);
    ~ApiTestClient();
    ApiTestClient(const ApiTestClient &) = delete;
    ApiTestClient &operator=(const ApiTestClient &) = delete;

    void setBaseUrl(const QUrl &baseUrl) { m_baseUrl = baseUrl; } // after ServerProcess::restart
    QUrl baseUrl() const { return m_baseUrl; }

    Reply send(const Request &request) const;
    Reply get(const QString &path, const QString &token = {}, const Headers &headers = {}) const;
    Reply post(const QString &path, const QJsonObject &body, const QString &token = {},
               const QByteArray &idempotencyKey = {}, const Headers &headers = {}) const;
    Reply postRaw(const QString &path, const QByteArray &body, const QString &token = {},
                  const QByteArray &idempotencyKey = {}, const Headers &headers = {},
                  const QByteArray &contentType = "application/json") const;
    // PUT of a JSON body (settings: auto top-up, alerts; no Idempotency-Key, a PUT is repeatable).
    Reply put(const QString &path, const QJsonObject &body, const QString &token = {}, const Headers &headers = {}) const;
    Reply del(const QString &path, const QString &token = {}, const Headers &headers = {}) const;

    // Writes `head` (request line and headers, CRLF-separated, without the final empty line) and
    // `body` byte for byte on a fresh connection, for what QNetworkAccessManager will not send
    // (no Content-Length, odd framing). Adds "Host" and "Connection: close".
    Reply sendRawHttp(const QByteArray &head, const QByteArray &body = {}, int timeoutMs = 5000) const;

    // Sends every request at the same moment, each from its own thread with its own
    // connection (one QNetworkAccessManager opens only 6 connections per host).
    std::vector<Reply> sendParallel(const std::vector<Request> &requests) const;

    static QByteArray newIdempotencyKey();
    static QString uniqueEmail(const QString &prefix);
    // Project and entity ids may be JSON numbers or strings; paths need text.
    static QString idText(const QJsonValue &id);
    static qint64 money(const QJsonValue &value) { return value.toInteger(); }
    static qint64 money(const QJsonObject &object, const char *field) { return object.value(QLatin1String(field)).toInteger(); }
    // balance name -> amount it paid, from a charge answer's "parts".
    static QMap<QString, qint64> chargeParts(const Reply &charge);
    static QDateTime timeOf(const QJsonValue &value) { return QDateTime::fromString(value.toString(), Qt::ISODateWithMs); }
    // The nine charge categories of SPEC.md; only the first may be paid by bonus (R10, R11).
    static const QStringList &categories();
    static QString jsonText(const QJsonObject &object)
    {
        return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    }

    // Sessions: passwords are remembered per e-mail and tokens cached until the clock moves
    // past their lifetime, so a suite pays the argon2 login cost once per user and clock jump.
    QString login(const QString &email, const QString &password);
    Reply loginReply(const QString &email, const QString &password) const;
    void rememberUser(const QString &email, const QString &password);
    QString tokenFor(const QString &email);
    QString staffToken();
    void forgetTokens() { m_tokens.clear(); }

    // Fixtures through the staff routes. On failure the returned value is empty/invalid and
    // lastError() says why, so a test can QVERIFY2(result, qPrintable(client.lastError())).
    Project createProject(const QString &name, const QString &ownerEmail, const QString &referredBy = {});
    // A project with a fresh owner, its main balance topped up by mainFunds (paid invoice) when > 0.
    Project newProject(const QString &label, qint64 mainFunds = 0);
    bool addUser(const QString &projectId, const QString &email, const QString &role);
    // Invoice top-up created by the owner and confirmed by staff; returns the top-up id.
    QString topUpPaid(const Project &project, qint64 amount);
    Reply charge(const QString &projectId, const QString &category, qint64 amount,
                 const QString &description = {});
    Reply grantBonus(const QString &projectId, qint64 amount, const QString &reason = QStringLiteral("promotion"));
    Reply adjust(const QString &projectId, qint64 amount, const QString &kind, const QString &reason);

    // Fake clock (--fake-clock). The server's clock runs on at real speed from the time set,
    // so the client tracks it: serverNow() = last time set + real time elapsed since.
    Reply moveClock(const QDateTime &now);
    Reply advanceClock(qint64 seconds) { return moveClock(serverNow().addSecs(seconds)); }
    QDateTime serverNow() const;
    // Long polls waiting in the server now (R31), from GET /health: a test server (--fake-clock)
    // says it there, so tests wait until their polls are registered instead of sleeping. -1: not said.
    int waitingPolls() const;
    // Waits until waitingPolls() has said `count` (true), or timeoutMs passed (false; lastError()
    // says the last count seen). A count is read once per look: the server re-checks its polls
    // now and then and may say fewer while it does, so a later look must not overrule this one.
    bool awaitWaitingPolls(int count, int timeoutMs = 10000);

    // Reads as the project's owner.
    QJsonObject balances(const Project &project);
    // Every item of a paged list (all pages, following next_cursor).
    QList<QJsonObject> allItems(const QString &path, const QString &token, const QString &query = {});
    // Every transaction of a project (all pages), newest first, as the owner.
    QList<QJsonObject> allTransactions(const Project &project, const QString &query = {});

    QString lastError() const { return m_lastError; }

    // Why a reply is not the RFC 9457 answer expected (status, application/problem+json,
    // string type/title/detail, numeric status equal to the HTTP one); empty when it is.
    static QString problemMismatch(const Reply &reply, int status, const QString &type);

private:
    QUrl m_baseUrl;
    int m_timeoutMs;
    mutable std::unique_ptr<QNetworkAccessManager> m_network; // created on first use, in the caller's thread
    QHash<QString, QString> m_passwords;
    QHash<QString, QString> m_tokens;
    QDateTime m_clockBase;
    QElapsedTimer m_clockElapsed;
    QDateTime m_oldestTokenAt; // server time of the oldest cached login
    QString m_lastError;
    mutable bool m_offContract = false; // set by OffContract
};

// Fails the current test with the whole exchange in the message unless the status is 2xx.
#define API_REQUIRE_OK(reply)                                                                    \
    do {                                                                                         \
        const ApiTestClient::Reply reply_ = (reply);                                             \
        QVERIFY2(reply_.ok(), qPrintable(QStringLiteral("expected 2xx, got ") + reply_.describe())); \
    } while (false)

// QCOMPARE prints JSON objects it finds through ADL (global namespace, like QJsonObject).
inline char *toString(const QJsonObject &object)
{
    return qstrdup(QJsonDocument(object).toJson(QJsonDocument::Compact).constData());
}

// Fails the current test with the whole exchange in the message when the status differs.
// The reply expression is evaluated once: it is often the request itself.
#define API_REQUIRE_STATUS(reply, expected)                                                      \
    do {                                                                                         \
        const ApiTestClient::Reply reply_ = (reply);                                             \
        QVERIFY2(reply_.status == (expected),                                                    \
                 qPrintable(QStringLiteral("expected %1, got ").arg(expected) + reply_.describe())); \
    } while (false)

// Fails the current test unless the reply is a problem+json answer with this status and type.
#define API_REQUIRE_PROBLEM(reply, expectedStatus, expectedType)                                 \
    do {                                                                                         \
        const QString mismatch_ = ApiTestClient::problemMismatch((reply), (expectedStatus),      \
                                                                 QStringLiteral(expectedType)); \
        QVERIFY2(mismatch_.isEmpty(), qPrintable(mismatch_));                                    \
    } while (false)
