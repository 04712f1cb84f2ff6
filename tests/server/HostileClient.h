// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <string>
#include <thread>
#include <vector>

// Raw sockets for the hostile-client suite (R35): connections from a chosen loopback address
// (all of 127.0.0.0/8 reaches the server, so attackers and the probing "honest" client differ in
// address the way they would on the internet), bytes sent exactly as written, answers read
// with a deadline.
namespace hostile {

// A connected socket from `fromAddress` to 127.0.0.1:port, or -1.
int connectFrom(const char *fromAddress, int port);
// Sends all of `data` (false when the peer closed or reset the connection).
bool sendAll(int socket, const char *data, size_t size);
inline bool sendAll(int socket, const QByteArray &data) { return sendAll(socket, data.constData(), size_t(data.size())); }
// Reads until the peer closes, a whole answer with its Content-Length body has arrived, or the
// deadline passes; returns what arrived.
QByteArray readAnswer(int socket, std::chrono::milliseconds deadline);
// "HTTP/1.1 413 ..." -> 413; 0 when nothing parseable arrived.
int statusOf(const QByteArray &answer);
QByteArray bodyOf(const QByteArray &answer);
QByteArray headerOf(const QByteArray &answer, const QByteArray &name);
void closeSocket(int socket);

// One request on a fresh connection from 127.0.0.1; status and how long the answer took.
struct Exchange
{
    int status = 0;
    std::chrono::milliseconds took{0};
    QByteArray answer;
};
Exchange exchange(int port, const QByteArray &request, std::chrono::milliseconds deadline);

// The peak resident memory of a process so far (VmHWM), in KiB; -1 when unreadable.
std::int64_t peakResidentKiB(std::int64_t pid);

// Raises this process's descriptor limit to its hard limit (a thousand sockets are opened) and
// returns it.
std::int64_t raiseDescriptorLimit();

// While an attack runs: health and a signed-in charge, again and again from 127.0.0.1, each
// timed. The slowest of each is what the suite asserts.
class Probe
{
public:
    Probe(int port, QByteArray chargeRequestHead, QByteArray chargeBody);
    ~Probe();
    void start();
    void stop();
    [[nodiscard]] std::chrono::milliseconds slowestHealth() const { return m_slowestHealth; }
    [[nodiscard]] std::chrono::milliseconds slowestCharge() const { return m_slowestCharge; }
    [[nodiscard]] int rounds() const { return m_rounds; }
    // Statuses other than 200 / 201 that the probe saw (a probe must never be refused).
    [[nodiscard]] const std::vector<int> &failures() const { return m_failures; }

private:
    void run();

    int m_port;
    QByteArray m_chargeHead;
    QByteArray m_chargeBody;
    std::atomic<bool> m_running{false};
    std::thread m_thread;
    std::chrono::milliseconds m_slowestHealth{0};
    std::chrono::milliseconds m_slowestCharge{0};
    int m_rounds = 0;
    std::vector<int> m_failures;
};

} // namespace hostile
