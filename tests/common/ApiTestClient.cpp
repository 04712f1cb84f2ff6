// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiTestClient.h"

#include "ApiRecorder.h"
#include "ServerProcess.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QStringList>
#include <QTcpSocket>
#include <QTest>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

#include <atomic>
#include <latch>
#include <thread>

namespace {

QUrl urlFor(const QUrl &base, const QString &path)
{
    QUrl url = base;
    const qsizetype query = path.indexOf(QLatin1Char('?'));
    url.setPath(query < 0 ? path : path.left(query));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    return url;
}

ApiTestClient::Reply perform(QNetworkAccessManager &network, const QUrl &base,
                             const ApiTestClient::Request &request, int timeoutMs)
{
    QNetworkRequest netRequest(urlFor(base, request.path));
    netRequest.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    netRequest.setTransferTimeout(timeoutMs);
    if (!request.token.isEmpty())
        netRequest.setRawHeader("Authorization", "Bearer " + request.token.toUtf8());
    if (!request.idempotencyKey.isEmpty())
        netRequest.setRawHeader("Idempotency-Key", request.idempotencyKey);
    if (request.method != "GET" && request.method != "DELETE" && !request.contentType.isEmpty())
        netRequest.setRawHeader("Content-Type", request.contentType);
    for (const auto &[name, value] : request.headers)
        netRequest.setRawHeader(name, value);

    QNetworkReply *netReply = nullptr;
    if (request.method == "GET")
        netReply = network.get(netRequest);
    else if (request.method == "DELETE")
        netReply = network.deleteResource(netRequest);
    else
        netReply = network.sendCustomRequest(netRequest, request.method, request.body);

    QEventLoop loop;
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(netReply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
    guard.start(timeoutMs + 1000);
    if (netReply->isRunning())
        loop.exec();

    ApiTestClient::Reply reply;
    reply.request = QString::fromLatin1(request.method) + QLatin1Char(' ') + request.path;
    if (netReply->isRunning()) {
        netReply->abort();
        reply.networkError = QStringLiteral("timed out after %1 ms").arg(timeoutMs);
    }
    reply.status = netReply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply.body = netReply->readAll();
    reply.headers = netReply->rawHeaderPairs();
    reply.contentType = netReply->rawHeader("Content-Type");
    if (netReply->error() != QNetworkReply::NoError && reply.networkError.isEmpty())
        reply.networkError = netReply->errorString();
    reply.json = QJsonDocument::fromJson(reply.body);
    netReply->deleteLater();
    ApiRecorder::record(
        {request.method, request.path, reply.status, reply.contentType, reply.body, request.offContract, request.body, {}});
    return reply;
}

} // namespace

QByteArray ApiTestClient::Reply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString ApiTestClient::Reply::describe() const
{
    QString text = request + QStringLiteral(" -> ") + QString::number(status) + QLatin1Char(' ')
        + QString::fromUtf8(body.left(600));
    if (!networkError.isEmpty())
        text += QStringLiteral(" [") + networkError + QLatin1Char(']');
    return text;
}

QString ApiTestClient::problemMismatch(const Reply &reply, int status, const QString &type)
{
    QStringList wrong;
    if (reply.status != status)
        wrong << QStringLiteral("status %1 instead of %2").arg(reply.status).arg(status);
    if (!reply.contentType.startsWith("application/problem+json"))
        wrong << QStringLiteral("content type '%1'").arg(QString::fromLatin1(reply.contentType));
    const QJsonObject problem = reply.object();
    if (problem.value(QStringLiteral("type")).toString() != type)
        wrong << QStringLiteral("type '%1' instead of '%2'").arg(problem.value(QStringLiteral("type")).toString(), type);
    if (!problem.value(QStringLiteral("title")).isString())
        wrong << QStringLiteral("no title");
    if (!problem.value(QStringLiteral("detail")).isString())
        wrong << QStringLiteral("no detail");
    if (problem.value(QStringLiteral("status")).toInteger(-1) != reply.status)
        wrong << QStringLiteral("body status differs from HTTP status");
    if (wrong.isEmpty())
        return {};
    return wrong.join(QStringLiteral("; ")) + QStringLiteral(" in ") + reply.describe();
}

ApiTestClient::ApiTestClient(QUrl baseUrl, int timeoutMs)
    : m_baseUrl(std::move(baseUrl))
    , m_timeoutMs(timeoutMs)
    , m_clockBase(QDateTime::currentDateTimeUtc())
{
    m_clockElapsed.start();
}

ApiTestClient::~ApiTestClient() = default;

ApiTestClient::Reply ApiTestClient::send(const Request &request) const
{
    if (!m_network)
        m_network = std::make_unique<QNetworkAccessManager>();
    if (m_offContract) {
        Request probe = request;
        probe.offContract = true;
        return perform(*m_network, m_baseUrl, probe, m_timeoutMs);
    }
    return perform(*m_network, m_baseUrl, request, m_timeoutMs);
}

ApiTestClient::Reply ApiTestClient::get(const QString &path, const QString &token, const Headers &headers) const
{
    Request request;
    request.path = path;
    request.token = token;
    request.headers = headers;
    return send(request);
}

ApiTestClient::Reply ApiTestClient::post(const QString &path, const QJsonObject &body, const QString &token,
                                         const QByteArray &idempotencyKey, const Headers &headers) const
{
    return postRaw(path, QJsonDocument(body).toJson(QJsonDocument::Compact), token, idempotencyKey, headers);
}

ApiTestClient::Reply ApiTestClient::postRaw(const QString &path, const QByteArray &body, const QString &token,
                                            const QByteArray &idempotencyKey, const Headers &headers,
                                            const QByteArray &contentType) const
{
    Request request;
    request.method = "POST";
    request.path = path;
    request.body = body;
    request.token = token;
    request.idempotencyKey = idempotencyKey;
    request.headers = headers;
    request.contentType = contentType;
    return send(request);
}

ApiTestClient::Reply ApiTestClient::put(const QString &path, const QJsonObject &body, const QString &token,
                                        const Headers &headers) const
{
    Request request;
    request.method = "PUT";
    request.path = path;
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    request.token = token;
    request.headers = headers;
    return send(request);
}

ApiTestClient::Reply ApiTestClient::del(const QString &path, const QString &token, const Headers &headers) const
{
    Request request;
    request.method = "DELETE";
    request.path = path;
    request.token = token;
    request.headers = headers;
    return send(request);
}

int ApiTestClient::waitingPolls() const
{
    const QJsonValue waiting = get(QStringLiteral("/api/v1/health")).object().value(QStringLiteral("waiting_polls"));
    return waiting.isDouble() ? waiting.toInt() : -1;
}

bool ApiTestClient::awaitWaitingPolls(int count, int timeoutMs)
{
    int seen = -1;
    if (QTest::qWaitFor([&] { return (seen = waitingPolls()) == count; }, timeoutMs))
        return true;
    m_lastError = QStringLiteral("expected %1 waiting polls, the server said %2").arg(count).arg(seen);
    return false;
}

ApiTestClient::Reply ApiTestClient::sendRawHttp(const QByteArray &head, const QByteArray &body, int timeoutMs) const
{
    Reply reply;
    reply.request = QString::fromLatin1(head.left(head.indexOf('\r')));
    QTcpSocket socket;
    socket.connectToHost(m_baseUrl.host(), quint16(m_baseUrl.port()));
    if (!socket.waitForConnected(timeoutMs)) {
        reply.networkError = socket.errorString();
        return reply;
    }
    const QByteArray sent = head + "\r\nHost: " + m_baseUrl.authority().toLatin1() + "\r\nConnection: close\r\n\r\n" + body;
    socket.write(sent);
    QByteArray raw;
    QElapsedTimer waited;
    waited.start();
    // Read until the server closes or the answer is complete by its Content-Length.
    const auto complete = [&raw] {
        const qsizetype end = raw.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        const QByteArray lowerHead = raw.left(end).toLower();
        const qsizetype field = lowerHead.indexOf("\ncontent-length:");
        if (field < 0)
            return false;
        const qsizetype lineEnd = lowerHead.indexOf('\r', field + 1);
        const qsizetype length = lowerHead.mid(field + 16, lineEnd < 0 ? -1 : lineEnd - field - 16).trimmed().toLongLong();
        return raw.size() - end - 4 >= length;
    };
    while (socket.state() == QAbstractSocket::ConnectedState && waited.elapsed() < timeoutMs && !complete()) {
        if (socket.waitForReadyRead(200))
            raw += socket.readAll();
    }
    raw += socket.readAll();
    const qsizetype headerEnd = raw.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        reply.networkError = QStringLiteral("no complete HTTP answer within %1 ms: ").arg(timeoutMs) + QString::fromLatin1(raw.left(200));
        return reply;
    }
    const QList<QByteArray> lines = raw.left(headerEnd).split('\n');
    const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
    reply.status = statusLine.size() > 1 ? statusLine[1].toInt() : 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            reply.headers.append({lines[i].left(colon).trimmed(), lines[i].mid(colon + 1).trimmed()});
    }
    reply.contentType = reply.header("Content-Type");
    reply.body = raw.mid(headerEnd + 4);
    reply.json = QJsonDocument::fromJson(reply.body);
    // "METHOD /target HTTP/1.x": recorded like any other answer; an odd request line is not.
    if (const QList<QByteArray> requestLine = head.left(head.indexOf('\r')).split(' ');
        requestLine.size() == 3 && requestLine[1].startsWith('/'))
        ApiRecorder::record({requestLine[0], QString::fromLatin1(requestLine[1]), reply.status, reply.contentType,
                             reply.body, m_offContract, body, sent});
    return reply;
}

std::vector<ApiTestClient::Reply> ApiTestClient::sendParallel(const std::vector<Request> &requests) const
{
    std::vector<Reply> replies(requests.size());
    std::vector<std::thread> threads;
    threads.reserve(requests.size());
    // Every thread connects first and then waits, so the requests leave together.
    std::latch ready(static_cast<std::ptrdiff_t>(requests.size()));
    for (std::size_t i = 0; i < requests.size(); ++i) {
        threads.emplace_back([&, i] {
            QNetworkAccessManager network;
            ready.arrive_and_wait();
            replies[i] = perform(network, m_baseUrl, requests[i], m_timeoutMs);
        });
    }
    for (auto &thread : threads)
        thread.join();
    return replies;
}

QMap<QString, qint64> ApiTestClient::chargeParts(const Reply &charge)
{
    QMap<QString, qint64> parts;
    for (const QJsonValue &part : charge.object().value(QStringLiteral("parts")).toArray())
        parts[part[QStringLiteral("balance")].toString()] += money(part[QStringLiteral("amount")]);
    return parts;
}

const QStringList &ApiTestClient::categories()
{
    static const QStringList all{
        QStringLiteral("service_subscription"), QStringLiteral("number_subscription"), QStringLiteral("number_connection"),
        QStringLiteral("outgoing_call_rented_number"), QStringLiteral("guaranteed_dial"), QStringLiteral("autodial"),
        QStringLiteral("api_call"), QStringLiteral("answering_machine_detection"), QStringLiteral("sms_notification")};
    return all;
}

QByteArray ApiTestClient::newIdempotencyKey()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

QString ApiTestClient::uniqueEmail(const QString &prefix)
{
    static std::atomic<int> counter{0};
    return QStringLiteral("%1.%2@example.test").arg(prefix).arg(++counter);
}

QString ApiTestClient::idText(const QJsonValue &id)
{
    if (id.isString())
        return id.toString();
    if (id.isDouble())
        return QString::number(id.toInteger());
    return {};
}

ApiTestClient::Reply ApiTestClient::loginReply(const QString &email, const QString &password) const
{
    return post(QStringLiteral("/api/v1/auth/login"),
                QJsonObject{{QStringLiteral("email"), email}, {QStringLiteral("password"), password}});
}

QString ApiTestClient::login(const QString &email, const QString &password)
{
    const Reply reply = loginReply(email, password);
    if (reply.status != 200) {
        m_lastError = QStringLiteral("login failed: ") + reply.describe();
        return {};
    }
    rememberUser(email, password);
    const QString token = reply.object().value(QStringLiteral("token")).toString();
    if (m_tokens.isEmpty())
        m_oldestTokenAt = serverNow();
    m_tokens.insert(email, token);
    return token;
}

void ApiTestClient::rememberUser(const QString &email, const QString &password)
{
    m_passwords.insert(email, password);
}

QString ApiTestClient::tokenFor(const QString &email)
{
    const auto cached = m_tokens.constFind(email);
    if (cached != m_tokens.constEnd())
        return *cached;
    const auto password = m_passwords.constFind(email);
    if (password == m_passwords.constEnd()) {
        m_lastError = QStringLiteral("no password known for ") + email;
        return {};
    }
    return login(email, *password);
}

QString ApiTestClient::staffToken()
{
    if (!m_passwords.contains(ServerProcess::StaffEmail))
        rememberUser(ServerProcess::StaffEmail, ServerProcess::StaffPassword);
    return tokenFor(ServerProcess::StaffEmail);
}

ApiTestClient::Project ApiTestClient::createProject(const QString &name, const QString &ownerEmail,
                                                    const QString &referredBy)
{
    QJsonObject body{{QStringLiteral("name"), name},
                     {QStringLiteral("owner"), QJsonObject{{QStringLiteral("email"), ownerEmail},
                                                           {QStringLiteral("password"), MemberPassword},
                                                           {QStringLiteral("name"), QString(name + QStringLiteral(" owner"))}}}};
    if (!referredBy.isEmpty())
        body.insert(QStringLiteral("referred_by"), referredBy);
    const Reply reply = post(QStringLiteral("/api/v1/staff/projects"), body, staffToken());
    if (reply.status != 201) {
        m_lastError = QStringLiteral("create project failed: ") + reply.describe();
        return {};
    }
    rememberUser(ownerEmail, MemberPassword);
    Project project;
    project.idValue = reply.object().value(QStringLiteral("id"));
    project.id = idText(project.idValue);
    project.referralCode = reply.object().value(QStringLiteral("referral_code")).toString();
    project.ownerEmail = ownerEmail;
    if (project.id.isEmpty())
        m_lastError = QStringLiteral("create project answered no id: ") + reply.describe();
    return project;
}

ApiTestClient::Project ApiTestClient::newProject(const QString &label, qint64 mainFunds)
{
    Project project = createProject(label, uniqueEmail(label.toLower().remove(QLatin1Char(' '))));
    if (project.isValid() && mainFunds > 0 && topUpPaid(project, mainFunds).isEmpty())
        return {};
    return project;
}

bool ApiTestClient::addUser(const QString &projectId, const QString &email, const QString &role)
{
    const Reply reply = post(QStringLiteral("/api/v1/staff/projects/%1/users").arg(projectId),
                             QJsonObject{{QStringLiteral("email"), email},
                                         {QStringLiteral("password"), MemberPassword},
                                         {QStringLiteral("name"), QString(role + QStringLiteral(" member"))},
                                         {QStringLiteral("role"), role}},
                             staffToken());
    if (reply.status != 201) {
        m_lastError = QStringLiteral("add user failed: ") + reply.describe();
        return false;
    }
    rememberUser(email, MemberPassword);
    return true;
}

QString ApiTestClient::topUpPaid(const Project &project, qint64 amount)
{
    const Reply created = post(QStringLiteral("/api/v1/projects/%1/topups").arg(project.id),
                               QJsonObject{{QStringLiteral("amount"), amount},
                                           {QStringLiteral("method"), QStringLiteral("invoice")}},
                               tokenFor(project.ownerEmail), newIdempotencyKey());
    if (created.status != 201) {
        m_lastError = QStringLiteral("top-up failed: ") + created.describe();
        return {};
    }
    const QString topupId = idText(created.object().value(QStringLiteral("id")));
    const Reply confirmed = post(QStringLiteral("/api/v1/staff/topups/%1/confirm").arg(topupId), QJsonObject{},
                                 staffToken(), newIdempotencyKey());
    if (confirmed.status != 200) {
        m_lastError = QStringLiteral("top-up confirm failed: ") + confirmed.describe();
        return {};
    }
    return topupId;
}

ApiTestClient::Reply ApiTestClient::charge(const QString &projectId, const QString &category, qint64 amount,
                                           const QString &description)
{
    QJsonObject body{{QStringLiteral("category"), category}, {QStringLiteral("amount"), amount}};
    if (!description.isEmpty())
        body.insert(QStringLiteral("description"), description);
    return post(QStringLiteral("/api/v1/staff/projects/%1/charges").arg(projectId), body, staffToken(),
                newIdempotencyKey());
}

ApiTestClient::Reply ApiTestClient::grantBonus(const QString &projectId, qint64 amount, const QString &reason)
{
    return post(QStringLiteral("/api/v1/staff/projects/%1/bonus").arg(projectId),
                QJsonObject{{QStringLiteral("amount"), amount}, {QStringLiteral("reason"), reason}},
                staffToken(), newIdempotencyKey());
}

ApiTestClient::Reply ApiTestClient::adjust(const QString &projectId, qint64 amount, const QString &kind,
                                           const QString &reason)
{
    return post(QStringLiteral("/api/v1/staff/projects/%1/adjustments").arg(projectId),
                QJsonObject{{QStringLiteral("amount"), amount},
                            {QStringLiteral("kind"), kind},
                            {QStringLiteral("reason"), reason}},
                staffToken(), newIdempotencyKey());
}

ApiTestClient::Reply ApiTestClient::moveClock(const QDateTime &now)
{
    const QDateTime target = now.toUTC();
    const Reply reply = post(QStringLiteral("/api/v1/test/clock"),
                             QJsonObject{{QStringLiteral("now"), target.toString(Qt::ISODate)}}, staffToken());
    if (reply.status >= 200 && reply.status < 300) {
        // Tokens live 12 h of server time: a jump that far past the oldest login ends them.
        if (!m_tokens.isEmpty() && m_oldestTokenAt.secsTo(target) > 11 * 3600)
            forgetTokens();
        m_clockBase = target;
        m_clockElapsed.restart();
    } else {
        m_lastError = QStringLiteral("clock move failed: ") + reply.describe();
    }
    return reply;
}

QDateTime ApiTestClient::serverNow() const
{
    return m_clockBase.addMSecs(m_clockElapsed.elapsed());
}

QJsonObject ApiTestClient::balances(const Project &project)
{
    const Reply reply = get(QStringLiteral("/api/v1/projects/%1/balances").arg(project.id),
                            tokenFor(project.ownerEmail));
    if (reply.status != 200) {
        m_lastError = QStringLiteral("balances failed: ") + reply.describe();
        return {};
    }
    return reply.object();
}

QList<QJsonObject> ApiTestClient::allItems(const QString &path, const QString &token, const QString &query)
{
    QList<QJsonObject> rows;
    QString cursor;
    for (int page = 0; page < 10000; ++page) {
        QUrlQuery params(query);
        params.addQueryItem(QStringLiteral("limit"), QStringLiteral("1000"));
        if (!cursor.isEmpty())
            params.addQueryItem(QStringLiteral("cursor"), cursor);
        const Reply reply = get(path + QLatin1Char('?') + params.toString(QUrl::FullyEncoded), token);
        if (reply.status != 200) {
            m_lastError = QStringLiteral("list failed: ") + reply.describe();
            return rows;
        }
        const QJsonArray items = reply.object().value(QStringLiteral("items")).toArray();
        for (const QJsonValue &item : items)
            rows.append(item.toObject());
        const QJsonValue next = reply.object().value(QStringLiteral("next_cursor"));
        if (!next.isString() || next.toString().isEmpty())
            break;
        cursor = next.toString();
    }
    return rows;
}

QList<QJsonObject> ApiTestClient::allTransactions(const Project &project, const QString &query)
{
    return allItems(QStringLiteral("/api/v1/projects/%1/transactions").arg(project.id), tokenFor(project.ownerEmail), query);
}
