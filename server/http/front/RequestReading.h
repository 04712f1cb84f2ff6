// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpFront.h"
#include "Request.h"

#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/system/error_code.hpp>

#include <optional>
#include <string>
#include <variant>

// What the front decides about the bytes a client sent, apart from the socket: the bounds of R35
// on a parsed header, the answer to a failed read, and the routes' Request of a complete message.
// The connection (HttpFront.cpp) calls exactly these; the http_front fuzz target (fuzz/, issue 15)
// feeds raw bytes through Beast's parser and these functions without a socket.
namespace http::front::reading {

using Parser = boost::beast::http::request_parser<boost::beast::http::string_body>;
using Message = boost::beast::http::request<boost::beast::http::string_body>;

// A fresh parser holding the header and body bounds.
void configure(Parser &parser, const Limits &limits);

// The answer to a request the front refuses itself: problem+json, then the connection closes.
Response refusal(int status, const char *type, const char *title, const std::string &detail);
Response busy(const std::string &detail);
// The bytes of an answer on the wire.
std::string serialize(const Response &response, bool keepAlive);

// After the header: 431 for too many fields, 415 for a Content-Encoding; nothing when it may go on.
std::optional<Response> headerRefusal(const Limits &limits, const Parser &parser);
// Chunked or above Limits::largeBodyBytes: the body needs one of the large-body slots.
bool needsLargeBodySlot(const Limits &limits, const Parser &parser);
// A read that failed: the answer to a crossed bound (408, 414, 431, 413, 400), or nothing when
// the client went away and the connection just closes.
std::optional<Response> readRefusal(const Limits &limits, const boost::system::error_code &error, bool deadlineHit,
                                    const Parser &parser);
// A complete message as the routes see it (path and query percent-decoded), or a 400.
std::variant<Request, Response> requestOf(Message &&message, const std::string &peer);

} // namespace http::front::reading
