// SPDX-License-Identifier: GPL-3.0-or-later
// The HTTP front's reading of raw bytes (issue 15). Beast's parser is a library's; what is ours is
// around it (server/http/front/RequestReading): the R35 bounds on the header, the answer to a read
// that fails, the percent-decoding of path and query into the routes' Request, keep-alive
// pipelining, and the refusal's bytes on the wire. This target runs the same steps as a connection
// (HttpFront.cpp: async_read_header, check it, async_read the body, make the Request, next request
// from the same buffer) with the same Beast calls, over Beast's test stream, which delivers the input
// in chunks like a slow client's segments and then the client's close.
// Input: one byte choosing the chunk size (0: everything at once), then the bytes a client sends.
// Bounds are small so the fuzzer reaches each of them (header 512 B, 8 fields, body 1 KiB).
// Invariants: each request ends as a Request within every bound or as one refusal of R35's list
// (400, 413, 414, 415, 431), whose serialized answer parses back as that status with a problem
// body naming it; nothing throws.
#include "FuzzTarget.h"

#include "front/RequestReading.h"

#include <boost/asio/buffer.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/beast/_experimental/test/stream.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/read.hpp>

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

// One of the connection's reads (HttpFront.cpp: async_read_header, then async_read) run to its end
// on the test stream: Beast's own read loop, not a copy of it.
template <typename Read>
boost::system::error_code run(boost::asio::io_context &context, Read read)
{
    boost::system::error_code result;
    bool finished = false;
    read([&](const boost::system::error_code &error, size_t) {
        result = error;
        finished = true;
    });
    context.restart();
    context.run();
    FUZZ_CHECK(finished); // the client's bytes end in EOF: every read completes
    return result;
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
    static boost::asio::io_context context;
    // The client's bytes, handed out in chunks of this size (Beast's test stream), then EOF.
    beast::test::stream client(context, fuzz::asText(data + 1, size - 1));
    if (data[0] != 0)
        client.read_size(data[0]);
    client.close_remote();
    beast::flat_buffer buffer;
    for (int requests = 0; requests < 16; ++requests) {
        reading::Parser parser;
        reading::configure(parser, limits);
        auto error = run(context, [&](auto handler) { beast::http::async_read_header(client, buffer, parser, handler); });
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
        // A body that takes no large-body slot stays within largeBodyBytes (R35: their memory is bounded).
        const bool largeBody = reading::needsLargeBodySlot(limits, parser);
        if (!parser.is_done())
            error = run(context, [&](auto handler) { beast::http::async_read(client, buffer, parser, handler); });
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
        FUZZ_CHECK(largeBody || request.body.size() <= limits.largeBodyBytes);
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
