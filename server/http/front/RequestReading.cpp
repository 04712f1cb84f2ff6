// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestReading.h"

#include "Problem.h"
#include "UrlText.h"

#include <boost/asio/error.hpp>
#include <boost/asio/ssl/error.hpp>
#include <boost/beast/core/string.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/status.hpp>

#include <iterator>

namespace http::front::reading {

namespace asio = boost::asio;
namespace beast = boost::beast;

void configure(Parser &parser, const Limits &limits)
{
    parser.header_limit(static_cast<std::uint32_t>(limits.maxHeaderBytes));
    parser.body_limit(limits.maxBodyBytes);
}

Response refusal(int status, const char *type, const char *title, const std::string &detail)
{
    Response response;
    response.status = status;
    response.contentType = kProblemContentType;
    response.body = problemBody(ProblemKind{status, type, title}, detail);
    response.close = true;
    return response;
}

Response busy(const std::string &detail)
{
    Response response = refusal(503, "service_unavailable", "Server busy", detail);
    response.headers.emplace_back("Retry-After", "1");
    return response;
}

std::string serialize(const Response &response, bool keepAlive)
{
    std::string out;
    out.reserve(160 + response.body.size());
    out += "HTTP/1.1 ";
    out += std::to_string(response.status);
    out += ' ';
    out += beast::http::obsolete_reason(static_cast<beast::http::status>(response.status));
    out += "\r\n";
    if (response.status != 204 && response.status != 100) {
        if (!response.contentType.empty()) {
            out += "Content-Type: ";
            out += response.contentType;
            out += "\r\n";
        }
        out += "Content-Length: ";
        out += std::to_string(response.body.size());
        out += "\r\n";
    }
    for (const auto &[name, value] : response.headers) {
        out += name;
        out += ": ";
        out += value;
        out += "\r\n";
    }
    out += keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
    if (response.status != 204)
        out += response.body;
    return out;
}

std::optional<Response> headerRefusal(const Limits &limits, const Parser &parser)
{
    const auto &header = parser.get();
    if (static_cast<size_t>(std::distance(header.begin(), header.end())) > limits.maxHeaderCount)
        return refusal(431, "validation_failed", "Request header fields too large",
                       "more than " + std::to_string(limits.maxHeaderCount) + " header fields");
    const auto encoding = header[beast::http::field::content_encoding];
    if (!encoding.empty() && !beast::iequals(encoding, "identity"))
        return refusal(415, "unsupported_media_type", "Unsupported media type",
                       "Content-Encoding '" + std::string(encoding) + "' is not accepted; send the body as is");
    return std::nullopt;
}

bool needsLargeBodySlot(const Limits &limits, const Parser &parser)
{
    const auto length = parser.content_length();
    return parser.chunked() || (length && *length > limits.largeBodyBytes);
}

std::optional<Response> readRefusal(const Limits &limits, const boost::system::error_code &error, bool deadlineHit,
                                    const Parser &parser)
{
    namespace errors = beast::http;
    if (deadlineHit)
        return refusal(408, "validation_failed", "Request timeout",
                       "the request was not complete within " + std::to_string(limits.requestDeadline.count()) +
                           " ms of its first byte");
    if (error == errors::error::header_limit || error == errors::error::buffer_overflow) {
        // The parser consumes the request line once it is whole and sets the target: a
        // header that outgrew the limit before that was one long request line.
        if (parser.get().target().empty())
            return refusal(414, "validation_failed", "URI too long",
                           "the request line is longer than " + std::to_string(limits.maxRequestLineBytes) + " bytes");
        return refusal(431, "validation_failed", "Request header fields too large",
                       "the header is larger than " + std::to_string(limits.maxHeaderBytes) + " bytes");
    }
    if (error == errors::error::body_limit)
        return refusal(413, "payload_too_large", "Request body too large",
                       "the request body is larger than " + std::to_string(limits.maxBodyBytes) + " bytes");
    if (error == errors::error::end_of_stream || error == errors::error::partial_message || error == asio::error::eof ||
        error == asio::error::connection_reset || error == asio::error::operation_aborted ||
        error.category() == asio::error::get_ssl_category())
        return std::nullopt;
    return refusal(400, "validation_failed", "Malformed request", "the request could not be read: " + error.message());
}

std::variant<Request, Response> requestOf(Message &&message, const std::string &peer)
{
    Request request;
    request.method = std::string(message.method_string());
    const std::string_view target = message.target();
    const size_t question = target.find('?');
    const auto path = url::decode(target.substr(0, question), false);
    if (!path)
        return refusal(400, "validation_failed", "Malformed request", "the path is not valid percent-encoding");
    request.path = *path;
    if (question != std::string_view::npos && !url::parseQuery(target.substr(question + 1), request.query))
        return refusal(400, "validation_failed", "Malformed request", "the query is not valid percent-encoding");
    request.headers.reserve(static_cast<size_t>(std::distance(message.begin(), message.end())));
    for (const auto &field : message)
        request.headers.emplace_back(std::string(field.name_string()), std::string(field.value()));
    request.body = std::move(message.body());
    request.peer = peer;
    return request;
}

} // namespace http::front::reading
