// SPDX-License-Identifier: GPL-3.0-or-later
// The HTTP front's reading of raw bytes (issue 15). Beast's parser is a library's; what is ours is
// around it (server/http/front/RequestReading): the R35 bounds on the header, the answer to a read
// that fails, the percent-decoding of path and query into the routes' Request, keep-alive
// pipelining, and the refusal's bytes on the wire. This target runs the same steps as a connection
// (HttpFront.cpp: read header, check it, read body, make the Request, next request from the same
// buffer) over the input, delivered in chunks like a slow client's segments.
// Input: one byte choosing the chunk size (0: everything at once), then the bytes a client sends.
// Bounds are small so the fuzzer reaches each of them (header 512 B, 8 fields, body 1 KiB).
// Invariants: each request ends as a Request within every bound or as one refusal of R35's list
// (400, 413, 414, 415, 431), whose serialized answer parses back as that status with a problem
// body naming it; nothing throws.
#include "FuzzTarget.h"

#include "front/RequestReading.h"

#include <boost/asio/buffer.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/parser.hpp>

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace {

namespace beast = boost::beast;
namespace reading = http::front::reading;

http::front::Limits smallLimits()
{
    http::front::Limits limits;
    limits.maxRequestLineBytes = 256;
    limits.maxHeaderBytes = 512;
    limits.maxHeaderCount = 8;
    limits.maxBodyBytes = 1024;
    limits.largeBodyBytes = 256;
    return limits;
}

// The client's bytes, handed out in chunks as reads would return them.
class Wire
{
public:
    Wire(std::string_view bytes, size_t chunk) : m_bytes(bytes), m_chunk(chunk == 0 ? bytes.size() : chunk) {}
    bool readInto(beast::flat_buffer &buffer)
    {
        if (m_bytes.empty())
            return false;
        const size_t n = std::min(m_chunk, m_bytes.size());
        auto space = buffer.prepare(n);
        std::copy_n(m_bytes.data(), n, static_cast<char *>(space.data()));
        buffer.commit(n);
        m_bytes.remove_prefix(n);
        return true;
    }

private:
    std::string_view m_bytes;
    size_t m_chunk;
};

// Feeds the parser until `done` holds, exactly as Beast's read_some_op does (boost/beast/http/impl/
// read.hpp): after need_more it always reads more bytes before the next put (the parser's
// precondition: a put that follows need_more without new bytes trips Beast's own assertions);
// the error ends the request.
template <typename Done>
boost::system::error_code readUntil(reading::Parser &parser, beast::flat_buffer &buffer, Wire &wire, Done done)
{
    boost::system::error_code error;
    while (!done()) {
        if (buffer.size() > 0) {
            const size_t used = parser.put(buffer.data(), error);
            buffer.consume(used);
            if (error != beast::http::error::need_more) {
                if (error)
                    return error;
                continue;
            }
            error = {};
        }
        if (!wire.readInto(buffer)) {
            // The client closed: at a message's start that is a plain end, else a cut message.
            if (!parser.got_some())
                return beast::http::error::end_of_stream;
            parser.put_eof(error);
            if (!error && !done())
                error = beast::http::error::partial_message;
            return error;
        }
    }
    return error;
}

void checkRefusal(const http::front::Response &response)
{
    static const int allowed[] = {400, 413, 414, 415, 431};
    FUZZ_CHECK(std::find(std::begin(allowed), std::end(allowed), response.status) != std::end(allowed));
    FUZZ_CHECK(response.close);
    // The bytes on the wire parse back as this answer.
    const std::string wire = reading::serialize(response, false);
    beast::http::response_parser<beast::http::string_body> parser;
    parser.eager(true);
    boost::system::error_code error;
    const size_t used = parser.put(boost::asio::buffer(wire), error);
    FUZZ_CHECK(!error && used == wire.size() && parser.is_done());
    FUZZ_CHECK(parser.get().result_int() == static_cast<unsigned>(response.status));
    FUZZ_CHECK(parser.get().body() == response.body);
    const QJsonObject problem = QJsonDocument::fromJson(QByteArray::fromStdString(response.body)).object();
    FUZZ_CHECK(problem.value(QLatin1String("status")).toInt() == response.status);
}

} // namespace

CABINET_FUZZ_TARGET(http_front)
{
    if (size == 0)
        return 0;
    static const http::front::Limits limits = smallLimits();
    Wire wire(fuzz::asText(data + 1, size - 1), data[0]);
    beast::flat_buffer buffer;
    for (int requests = 0; requests < 16; ++requests) {
        reading::Parser parser;
        reading::configure(parser, limits);
        auto error = readUntil(parser, buffer, wire, [&] { return parser.is_header_done(); });
        if (error) {
            if (const auto refused = reading::readRefusal(limits, error, false, parser))
                checkRefusal(*refused);
            return 0;
        }
        if (const auto refused = reading::headerRefusal(limits, parser)) {
            FUZZ_CHECK(refused->status == 431 || refused->status == 415);
            checkRefusal(*refused);
            return 0;
        }
        reading::needsLargeBodySlot(limits, parser);
        error = readUntil(parser, buffer, wire, [&] { return parser.is_done(); });
        if (error) {
            if (const auto refused = reading::readRefusal(limits, error, false, parser))
                checkRefusal(*refused);
            return 0;
        }
        auto message = parser.release();
        const bool keepAlive = message.keep_alive();
        const std::string target(message.target());
        auto read = reading::requestOf(std::move(message), "192.0.2.1");
        if (const auto *refused = std::get_if<http::front::Response>(&read)) {
            FUZZ_CHECK(refused->status == 400);
            checkRefusal(*refused);
            return 0;
        }
        const http::Request &request = std::get<http::Request>(read);
        FUZZ_CHECK(!request.method.empty());
        FUZZ_CHECK(request.body.size() <= limits.maxBodyBytes);
        FUZZ_CHECK(request.headers.size() <= limits.maxHeaderCount);
        FUZZ_CHECK(request.path.size() <= target.size());
        if (target.find_first_of("%?") == std::string::npos)
            FUZZ_CHECK(request.path == target);
        FUZZ_CHECK(request.peer == "192.0.2.1");
        if (!keepAlive)
            return 0;
    }
    return 0;
}
