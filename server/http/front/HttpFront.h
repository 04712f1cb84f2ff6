// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Request.h"

#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace http::front {

// The bounds the front holds for every client, signed in or not (R35). Each bound is answered
// with its status (API.md v1.1) and the connection is closed, so a hostile client costs a few
// kilobytes and a timer, never a thread.
struct Limits
{
    size_t maxRequestLineBytes = 8 * 1024;   // 414 beyond
    size_t maxHeaderBytes = 16 * 1024;       // request line + fields; 431 beyond
    size_t maxHeaderCount = 100;             // 431 beyond
    size_t maxBodyBytes = 1024 * 1024;       // 413 beyond, however the body is framed
    size_t largeBodyBytes = 64 * 1024;       // bodies above this (or chunked) need one of...
    size_t maxLargeBodies = 32;              // ...these slots, so bodies in memory stay bounded; 503 beyond
    std::chrono::milliseconds requestDeadline{5000}; // first byte to last byte of a request; 408 beyond
    std::chrono::milliseconds keepAliveIdle{5000};   // a quiet keep-alive connection is closed after this
    std::chrono::milliseconds writeTimeout{10000};   // a client that does not read its answer is dropped
    size_t maxConnections = 4096;            // 503 beyond
    size_t maxConnectionsPerAddress = 256;   // 429 beyond (an office behind one NAT address)
    unsigned ioThreads = 2;
};

// An answer as the front writes it.
struct Response
{
    int status = 200;
    std::string contentType;
    std::string body;
    std::vector<std::pair<std::string, std::string>> headers; // extra fields: Allow, Retry-After
    bool close = false; // close the connection after this answer
};

// Hands one answer back to the connection that asked; callable from any thread, once. An answer
// to a client that has gone is dropped.
class Responder
{
public:
    explicit Responder(std::function<void(Response &&)> deliver)
        : m_deliver(std::move(deliver))
    {
    }
    void operator()(Response &&response) const { m_deliver(std::move(response)); }

private:
    std::function<void(Response &&)> m_deliver;
};

// Called on an event-loop thread for every complete request within the limits; it must not block
// (post slow work elsewhere and answer through the Responder later).
using Handler = std::function<void(Request &&, Responder)>;

// An event-driven HTTP/1.1 server over Boost.Beast and Asio: a few threads serve every connection;
// optional TLS (OpenSSL).
class HttpFront
{
public:
    HttpFront(Limits limits, Handler handler);
    ~HttpFront();
    HttpFront(const HttpFront &) = delete;
    HttpFront &operator=(const HttpFront &) = delete;

    // PEM files; false when they cannot be loaded. Call before listen().
    bool enableTls(const std::string &certificateFile, const std::string &keyFile);
    // Binds and starts listening; returns the port (port 0 picks a free one), -1 on failure.
    int listen(const std::string &host, int port);
    // Starts the event-loop threads.
    void start();
    // Stops accepting new connections; open ones are served until stop().
    void stopAccepting();
    void stop();

    [[nodiscard]] size_t openConnections() const;
    // Requests handed to the handler whose answer has not gone to the socket yet (waiting long
    // polls among them): shutdown waits for none before stop().
    [[nodiscard]] size_t unansweredRequests() const;

    class State; // shared with the connections (HttpFront.cpp)

private:
    std::shared_ptr<State> m_state;
};

} // namespace http::front
