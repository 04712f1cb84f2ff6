// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpFront.h"

#include "RequestReading.h"

#include <boost/asio/dispatch.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/string.hpp>
#include <boost/beast/core/stream_traits.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/status.hpp>
#include <boost/beast/http/string_body.hpp>

#include <atomic>
#include <mutex>
#include <optional>
#include <thread>
#include <variant>
#include <unordered_map>

namespace http::front {

namespace asio = boost::asio;
namespace beast = boost::beast;
using tcp = asio::ip::tcp;
using boost::system::error_code;

namespace {

constexpr size_t kFirstReadBytes = 4096;
constexpr size_t kDrainBytes = 16 * 1024 * 1024;
constexpr std::chrono::milliseconds kDrainTime{2000};
constexpr std::chrono::milliseconds kRefusalTime{1000};

} // namespace

// Everything the acceptor and the connections share.
class HttpFront::State : public std::enable_shared_from_this<HttpFront::State>
{
public:
    State(Limits bounds, Handler onRequest)
        : limits(std::move(bounds))
        , handler(std::move(onRequest))
        , acceptor(io)
    {
    }

    // Counts a connection of this address; false when a cap is reached (status says which).
    bool admit(const std::string &address, int &status)
    {
        const std::lock_guard lock(addressesMutex);
        if (connections >= limits.maxConnections) {
            status = 503;
            return false;
        }
        auto found = addresses.find(address);
        if (found != addresses.end() && found->second >= limits.maxConnectionsPerAddress) {
            status = 429;
            return false;
        }
        if (found == addresses.end())
            addresses.emplace(address, 1);
        else
            ++found->second;
        ++connections;
        return true;
    }

    void release(const std::string &address)
    {
        const std::lock_guard lock(addressesMutex);
        auto found = addresses.find(address);
        if (found != addresses.end() && --found->second == 0)
            addresses.erase(found);
        --connections;
    }

    bool takeLargeBodySlot()
    {
        size_t taken = largeBodies.load();
        do {
            if (taken >= limits.maxLargeBodies)
                return false;
        } while (!largeBodies.compare_exchange_weak(taken, taken + 1));
        return true;
    }
    void returnLargeBodySlot() { --largeBodies; }

    void accept();

    Limits limits;
    Handler handler;
    asio::io_context io;
    tcp::acceptor acceptor;
    std::optional<asio::ssl::context> tls;
    std::vector<std::thread> threads;
    std::atomic<size_t> largeBodies{0};
    std::atomic<size_t> unanswered{0}; // requests handed to the handler whose answer is not written yet
    std::mutex addressesMutex;
    std::unordered_map<std::string, size_t> addresses;
    size_t connections = 0;
    std::optional<asio::executor_work_guard<asio::io_context::executor_type>> keepRunning;
};

namespace {

// One client connection: reads one request at a time within the limits, hands it to the handler,
// writes the answer, and waits for the next one while the connection is kept alive.
template<typename Stream>
class Connection : public std::enable_shared_from_this<Connection<Stream>>
{
public:
    Connection(std::shared_ptr<HttpFront::State> state, Stream stream, std::string peer)
        : m_state(std::move(state))
        , m_stream(std::move(stream))
        , m_timer(m_stream.get_executor())
        , m_buffer(m_state->limits.maxHeaderBytes)
        , m_peer(std::move(peer))
    {
    }

    ~Connection()
    {
        releaseLargeBody();
        m_state->release(m_peer);
    }

    void start()
    {
        if constexpr (std::is_same_v<Stream, tcp::socket>) {
            waitForRequest();
        } else {
            armDeadline(m_state->limits.requestDeadline);
            m_stream.async_handshake(asio::ssl::stream_base::server,
                                     [self = this->shared_from_this()](const error_code &error) {
                                         self->disarmDeadline();
                                         if (error)
                                             return self->closeNow();
                                         self->waitForRequest();
                                     });
        }
    }

private:
    tcp::socket &socket() { return beast::get_lowest_layer(m_stream); }

    // Times out the current read: the pending operation completes with operation_aborted. The
    // generation tells an expiry already queued when the timer was re-armed from the current one.
    void armDeadline(std::chrono::milliseconds after)
    {
        m_deadlineHit = false;
        const std::uint64_t generation = ++m_deadlineGeneration;
        m_timer.expires_after(after);
        m_timer.async_wait([weak = this->weak_from_this(), generation](const error_code &error) {
            auto self = weak.lock();
            if (error || !self || generation != self->m_deadlineGeneration)
                return;
            self->m_deadlineHit = true;
            error_code ignored;
            self->socket().cancel(ignored);
        });
    }

    void disarmDeadline()
    {
        ++m_deadlineGeneration;
        m_timer.cancel();
    }

    void waitForRequest()
    {
        m_parser.emplace();
        reading::configure(*m_parser, m_state->limits);
        if (m_buffer.size() > 0)
            return readHeader(); // the next request arrived with the previous one
        // Idle until the first byte; a quiet connection is simply closed.
        armDeadline(m_state->limits.keepAliveIdle);
        m_stream.async_read_some(m_buffer.prepare(kFirstReadBytes),
                                 [self = this->shared_from_this()](const error_code &error, size_t bytes) {
                                     if (error)
                                         return self->closeNow();
                                     self->m_buffer.commit(bytes);
                                     self->readHeader();
                                 });
    }

    void readHeader()
    {
        armDeadline(m_state->limits.requestDeadline);
        beast::http::async_read_header(m_stream, m_buffer, *m_parser,
                                       [self = this->shared_from_this()](const error_code &error, size_t) {
                                           if (error)
                                               return self->refuseRead(error);
                                           self->onHeader();
                                       });
    }

    void onHeader()
    {
        const auto &header = m_parser->get();
        const Limits &limits = m_state->limits;
        if (auto refused = reading::headerRefusal(limits, *m_parser))
            return reply(std::move(*refused));
        if (reading::needsLargeBodySlot(limits, *m_parser)) {
            if (!m_state->takeLargeBodySlot())
                return reply(reading::busy("too many large request bodies are being received; try again shortly"));
            m_holdsLargeBody = true;
        }
        if (m_parser->is_done())
            return onRequest();
        if (beast::iequals(header[beast::http::field::expect], "100-continue")) {
            // curl waits a second for this before sending a large body.
            static constexpr std::string_view kContinue = "HTTP/1.1 100 Continue\r\n\r\n";
            asio::async_write(m_stream, asio::buffer(kContinue.data(), kContinue.size()),
                              [self = this->shared_from_this()](const error_code &error, size_t) {
                                  if (error)
                                      return self->closeNow();
                                  self->readBody();
                              });
            return;
        }
        readBody();
    }

    void readBody()
    {
        beast::http::async_read(m_stream, m_buffer, *m_parser,
                                [self = this->shared_from_this()](const error_code &error, size_t) {
                                    if (error)
                                        return self->refuseRead(error);
                                    self->onRequest();
                                });
    }

    // A read that failed: a bound was crossed (answered), or the client went away (closed).
    void refuseRead(const error_code &error)
    {
        if (auto refused = reading::readRefusal(m_state->limits, error, m_deadlineHit, *m_parser))
            return reply(std::move(*refused));
        closeNow();
    }

    void onRequest()
    {
        disarmDeadline();
        auto message = m_parser->release();
        m_keepAlive = message.keep_alive();
        auto read = reading::requestOf(std::move(message), m_peer);
        if (auto *refused = std::get_if<Response>(&read))
            return reply(std::move(*refused));
        Request request = std::move(std::get<Request>(read));
        // The responder holds the connection until the answer is written. Called on this
        // connection's strand (an answer from the event loop) it writes at once, else it is queued.
        auto executor = m_stream.get_executor();
        ++m_state->unanswered;
        m_state->handler(std::move(request),
                         Responder([self = this->shared_from_this(), executor](Response &&response) {
                             asio::dispatch(executor, [self, response = std::move(response)]() mutable {
                                 self->reply(std::move(response)); // the write starts here, on the loop
                                 --self->m_state->unanswered;
                             });
                         }));
    }

    void reply(Response &&response)
    {
        releaseLargeBody();
        // A refused request may still be arriving: its rest is drained, not read (closeGracefully).
        m_drainAfterReply = response.close;
        const bool keepAlive = m_keepAlive && !response.close;
        m_keepAlive = false;
        m_out = reading::serialize(response, keepAlive);
        armDeadline(m_state->limits.writeTimeout);
        asio::async_write(m_stream, asio::buffer(m_out),
                          [self = this->shared_from_this(), keepAlive](const error_code &error, size_t) {
                              self->disarmDeadline();
                              self->m_out = {};
                              if (error)
                                  return self->closeNow();
                              if (keepAlive)
                                  return self->waitForRequest();
                              self->closeGracefully();
                          });
    }

    // After a refusal the rest of the request is never kept. The connection closes with a FIN
    // first, and what the client still sends is discarded through one small buffer for a moment
    // (at most kDrainBytes within kDrainTime): a client that reads its answer only after sending
    // (Qt, curl) then sees the 413 instead of a connection reset.
    void closeGracefully()
    {
        error_code ignored;
        if constexpr (std::is_same_v<Stream, tcp::socket>)
            socket().shutdown(tcp::socket::shutdown_send, ignored);
        if (!m_drainAfterReply)
            return closeNow();
        m_drainAfterReply = false;
        armDeadline(kDrainTime);
        drain(kDrainBytes);
    }

    void drain(size_t budget)
    {
        m_buffer.consume(m_buffer.size());
        socket().async_read_some(m_buffer.prepare(std::min(budget, m_buffer.max_size())),
                                 [self = this->shared_from_this(), budget](const error_code &error, size_t bytes) {
                                     if (error || bytes >= budget)
                                         return self->closeNow();
                                     self->m_buffer.commit(bytes);
                                     self->drain(budget - bytes);
                                 });
    }

    void closeNow()
    {
        disarmDeadline();
        error_code ignored;
        socket().close(ignored);
    }

    void releaseLargeBody()
    {
        if (m_holdsLargeBody) {
            m_holdsLargeBody = false;
            m_state->returnLargeBodySlot();
        }
    }

    std::shared_ptr<HttpFront::State> m_state;
    Stream m_stream;
    asio::steady_timer m_timer;
    beast::flat_buffer m_buffer;
    std::optional<beast::http::request_parser<beast::http::string_body>> m_parser;
    std::string m_peer;
    std::string m_out;
    std::uint64_t m_deadlineGeneration = 0;
    bool m_deadlineHit = false;
    bool m_keepAlive = false;
    bool m_holdsLargeBody = false;
    bool m_drainAfterReply = false;
};

// A connection beyond a cap gets its status and is closed; it never reaches a Connection.
void refuseConnection(tcp::socket socket, int status)
{
    auto held = std::make_shared<tcp::socket>(std::move(socket));
    auto timer = std::make_shared<asio::steady_timer>(held->get_executor());
    const Response response = status == 503
        ? reading::refusal(503, "service_unavailable", "Server busy", "the server has too many open connections; try again shortly")
        : reading::refusal(429, "rate_limited", "Too many connections", "too many open connections from your address");
    auto out = std::make_shared<std::string>(reading::serialize(response, false));
    timer->expires_after(kRefusalTime);
    timer->async_wait([held](const error_code &) {
        error_code ignored;
        held->close(ignored);
    });
    asio::async_write(*held, asio::buffer(*out), [held, timer, out](const error_code &, size_t) {
        error_code ignored;
        held->shutdown(tcp::socket::shutdown_send, ignored);
        held->close(ignored);
        timer->cancel();
    });
}

} // namespace

void HttpFront::State::accept()
{
    acceptor.async_accept(asio::make_strand(io), [self = shared_from_this()](const error_code &error, tcp::socket socket) {
        if (error == asio::error::operation_aborted || !self->acceptor.is_open())
            return;
        if (error) {
            // Out of descriptors or similar: pause instead of spinning, then accept again.
            auto timer = std::make_shared<asio::steady_timer>(self->io, std::chrono::milliseconds(50));
            timer->async_wait([self, timer](const error_code &) { self->accept(); });
            return;
        }
        error_code addressError;
        const auto endpoint = socket.remote_endpoint(addressError);
        const std::string peer = addressError ? std::string() : endpoint.address().to_string();
        int status = 0;
        if (addressError || !self->admit(peer, status)) {
            refuseConnection(std::move(socket), status == 0 ? 503 : status);
        } else {
            socket.set_option(tcp::no_delay(true), addressError);
            if (self->tls) {
                using TlsStream = asio::ssl::stream<tcp::socket>;
                std::make_shared<Connection<TlsStream>>(self, TlsStream(std::move(socket), *self->tls), peer)->start();
            } else {
                std::make_shared<Connection<tcp::socket>>(self, std::move(socket), peer)->start();
            }
        }
        self->accept();
    });
}

HttpFront::HttpFront(Limits limits, Handler handler)
    : m_state(std::make_shared<State>(std::move(limits), std::move(handler)))
{
}

HttpFront::~HttpFront()
{
    stop();
}

bool HttpFront::enableTls(const std::string &certificateFile, const std::string &keyFile)
{
    try {
        asio::ssl::context context(asio::ssl::context::tls_server);
        context.set_options(asio::ssl::context::default_workarounds | asio::ssl::context::no_sslv2 |
                            asio::ssl::context::no_sslv3 | asio::ssl::context::no_tlsv1 |
                            asio::ssl::context::no_tlsv1_1);
        context.use_certificate_chain_file(certificateFile);
        context.use_private_key_file(keyFile, asio::ssl::context::pem);
        m_state->tls.emplace(std::move(context));
        return true;
    } catch (const boost::system::system_error &) {
        return false;
    }
}

int HttpFront::listen(const std::string &host, int port)
{
    error_code error;
    const auto address = asio::ip::make_address(host, error);
    if (error || port < 0 || port > 65535)
        return -1;
    const tcp::endpoint endpoint(address, static_cast<unsigned short>(port));
    tcp::acceptor &acceptor = m_state->acceptor;
    acceptor.open(endpoint.protocol(), error);
    if (!error)
        acceptor.set_option(asio::socket_base::reuse_address(true), error);
    if (!error)
        acceptor.bind(endpoint, error);
    if (!error)
        acceptor.listen(asio::socket_base::max_listen_connections, error);
    if (error)
        return -1;
    return acceptor.local_endpoint().port();
}

void HttpFront::start()
{
    m_state->keepRunning.emplace(m_state->io.get_executor());
    m_state->accept();
    for (unsigned i = 0; i < std::max(1U, m_state->limits.ioThreads); ++i)
        m_state->threads.emplace_back([state = m_state] { state->io.run(); });
}

void HttpFront::stopAccepting()
{
    asio::post(m_state->io, [state = m_state] {
        error_code ignored;
        state->acceptor.close(ignored);
    });
}

void HttpFront::stop()
{
    if (m_state->threads.empty())
        return;
    m_state->keepRunning.reset();
    m_state->io.stop();
    for (std::thread &thread : m_state->threads)
        thread.join();
    m_state->threads.clear();
}

size_t HttpFront::unansweredRequests() const
{
    return m_state->unanswered.load();
}

size_t HttpFront::openConnections() const
{
    const std::lock_guard lock(m_state->addressesMutex);
    return m_state->connections;
}

} // namespace http::front
