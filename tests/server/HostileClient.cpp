// SPDX-License-Identifier: GPL-3.0-or-later
#include "HostileClient.h"

#include <QFile>
#include <QUuid>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>

namespace hostile {

using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;

int connectFrom(const char *fromAddress, int port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    sockaddr_in local{};
    local.sin_family = AF_INET;
    inet_pton(AF_INET, fromAddress, &local.sin_addr);
    sockaddr_in remote{};
    remote.sin_family = AF_INET;
    remote.sin_port = htons(static_cast<uint16_t>(port));
    inet_pton(AF_INET, "127.0.0.1", &remote.sin_addr);
    const int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    if (::bind(fd, reinterpret_cast<sockaddr *>(&local), sizeof local) != 0
        || ::connect(fd, reinterpret_cast<sockaddr *>(&remote), sizeof remote) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

bool sendAll(int socket, const char *data, size_t size)
{
    while (size > 0) {
        const ssize_t sent = ::send(socket, data, size, MSG_NOSIGNAL);
        if (sent < 0 && errno == EINTR)
            continue;
        if (sent <= 0)
            return false;
        data += sent;
        size -= static_cast<size_t>(sent);
    }
    return true;
}

namespace {

bool isComplete(const QByteArray &answer)
{
    const qsizetype headerEnd = answer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return false;
    const QByteArray length = headerOf(answer, "Content-Length");
    if (length.isEmpty())
        return statusOf(answer) == 204 || statusOf(answer) == 100;
    return answer.size() - (headerEnd + 4) >= length.toLongLong();
}

} // namespace

QByteArray readAnswer(int socket, milliseconds deadline)
{
    QByteArray answer;
    const auto until = Clock::now() + deadline;
    char chunk[16384];
    while (!isComplete(answer)) {
        const auto left = std::chrono::duration_cast<milliseconds>(until - Clock::now());
        if (left.count() <= 0)
            break;
        pollfd waiting{socket, POLLIN, 0};
        if (::poll(&waiting, 1, static_cast<int>(left.count())) <= 0)
            break;
        const ssize_t got = ::recv(socket, chunk, sizeof chunk, 0);
        if (got <= 0)
            break;
        answer.append(chunk, got);
        // A 100 Continue is not the answer.
        if (answer.startsWith("HTTP/1.1 100") && answer.contains("\r\n\r\n"))
            answer.remove(0, answer.indexOf("\r\n\r\n") + 4);
    }
    return answer;
}

int statusOf(const QByteArray &answer)
{
    if (!answer.startsWith("HTTP/1."))
        return 0;
    return answer.mid(9, 3).toInt();
}

QByteArray bodyOf(const QByteArray &answer)
{
    const qsizetype headerEnd = answer.indexOf("\r\n\r\n");
    return headerEnd < 0 ? QByteArray() : answer.mid(headerEnd + 4);
}

QByteArray headerOf(const QByteArray &answer, const QByteArray &name)
{
    const qsizetype headerEnd = answer.indexOf("\r\n\r\n");
    for (const QByteArray &line : answer.left(headerEnd).split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

void closeSocket(int socket)
{
    if (socket >= 0)
        ::close(socket);
}

Exchange exchange(int port, const QByteArray &request, milliseconds deadline)
{
    Exchange result;
    const auto started = Clock::now();
    const int fd = connectFrom("127.0.0.1", port);
    if (fd >= 0 && sendAll(fd, request))
        result.answer = readAnswer(fd, deadline);
    closeSocket(fd);
    result.status = statusOf(result.answer);
    result.took = std::chrono::duration_cast<milliseconds>(Clock::now() - started);
    return result;
}

std::int64_t peakResidentKiB(std::int64_t pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

std::int64_t raiseDescriptorLimit()
{
    rlimit files{};
    if (getrlimit(RLIMIT_NOFILE, &files) != 0)
        return 1024;
    if (files.rlim_cur < files.rlim_max) {
        files.rlim_cur = files.rlim_max;
        setrlimit(RLIMIT_NOFILE, &files);
        getrlimit(RLIMIT_NOFILE, &files);
    }
    return files.rlim_cur == RLIM_INFINITY ? std::int64_t(1) << 20 : std::int64_t(files.rlim_cur);
}

Probe::Probe(int port, QByteArray chargeRequestHead, QByteArray chargeBody)
    : m_port(port)
    , m_chargeHead(std::move(chargeRequestHead))
    , m_chargeBody(std::move(chargeBody))
{
}

Probe::~Probe()
{
    stop();
}

void Probe::start()
{
    m_running = true;
    m_thread = std::thread([this] { run(); });
}

void Probe::stop()
{
    m_running = false;
    if (m_thread.joinable())
        m_thread.join();
}

void Probe::run()
{
    // Each answer may take up to 5 s before it counts as lost: a slow answer is measured, not cut.
    constexpr milliseconds kPatience{5000};
    while (m_running) {
        const Exchange health = exchange(m_port, "GET /api/v1/health HTTP/1.1\r\nHost: probe\r\n\r\n", kPatience);
        m_slowestHealth = std::max(m_slowestHealth, health.took);
        if (health.status != 200)
            m_failures.push_back(health.status);
        const QByteArray key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        const QByteArray charge = m_chargeHead + "Idempotency-Key: " + key + "\r\nContent-Length: " +
            QByteArray::number(m_chargeBody.size()) + "\r\n\r\n" + m_chargeBody;
        const Exchange charged = exchange(m_port, charge, kPatience);
        m_slowestCharge = std::max(m_slowestCharge, charged.took);
        if (charged.status != 201)
            m_failures.push_back(charged.status);
        ++m_rounds;
        std::this_thread::sleep_for(milliseconds(50));
    }
}

} // namespace hostile
