// SPDX-License-Identifier: GPL-3.0-or-later
#include "Idempotency.h"

#include "Crypto.h"
#include "IdempotencyOps.h"
#include "Store.h"

#include "Money.h"

namespace application {

namespace {

constexpr size_t kCardShapedDigits = 12;
constexpr size_t kDigitsKept = 4;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Blanks all but the last four digits of [begin, end) when it holds a card number's count of digits.
void blankCardDigits(std::string &text, size_t begin, size_t end)
{
    size_t digits = 0;
    for (size_t i = begin; i < end; ++i)
        digits += isDigit(text[i]) ? 1U : 0U;
    if (digits < kCardShapedDigits)
        return;
    size_t toBlank = digits - kDigitsKept;
    for (size_t i = begin; i < end && toBlank > 0; ++i) {
        if (isDigit(text[i])) {
            text[i] = '#';
            --toBlank;
        }
    }
}

std::string withoutCardDigits(std::string_view body)
{
    std::string text(body);
    size_t stringStart = std::string::npos;
    for (size_t i = 0; i < text.size(); ++i) {
        if (stringStart != std::string::npos && text[i] == '\\') {
            ++i;
        } else if (text[i] == '"') {
            if (stringStart == std::string::npos) {
                stringStart = i + 1;
            } else {
                blankCardDigits(text, stringStart, i);
                stringStart = std::string::npos;
            }
        }
    }
    if (stringStart != std::string::npos) // an unterminated string runs to the end
        blankCardDigits(text, stringStart, text.size());
    return text;
}

} // namespace

NormalisedOrder &NormalisedOrder::field(std::string_view name, std::int64_t value)
{
    return field(name, std::string_view(std::to_string(value)));
}

NormalisedOrder &NormalisedOrder::field(std::string_view name, std::string_view value)
{
    m_text.append(name).append("=").append(std::to_string(value.size())).append(":").append(value).append(";");
    return *this;
}

std::string orderFingerprint(std::string_view method, std::string_view path, const NormalisedOrder &order)
{
    return crypto::sha256Hex("order " + std::string(method) + ' ' + std::string(path) + ' ' + order.text());
}

std::string refusedBodyFingerprint(std::string_view method, std::string_view path, std::string_view body)
{
    return crypto::sha256Hex("refused " + std::string(method) + ' ' + std::string(path) + ' '
                             + crypto::sha256Hex(withoutCardDigits(body)));
}

Idempotency::Idempotency(store::Store &store)
    : m_store(store)
{
}

RecordedAnswer Idempotency::run(const IdempotentRequest &request, const Operation &operation)
{
    return m_store.write([&](store::Tx &tx) -> RecordedAnswer {
        if (auto stored = store::idempotency::find(tx, request.callerId, request.key, request.fingerprint))
            return RecordedAnswer{stored->status, stored->body};
        RecordedAnswer answer;
        tx.execute("SAVEPOINT money_operation");
        try {
            answer = operation(tx);
            tx.execute("RELEASE money_operation");
        } catch (const domain::Error &error) {
            tx.execute("ROLLBACK TO money_operation");
            tx.execute("RELEASE money_operation");
            answer = request.refusal(error);
        } catch (const ledger::MoneyOverflow &error) {
            // An amount that would take a balance beyond int64 is a wrong value (R24).
            tx.execute("ROLLBACK TO money_operation");
            tx.execute("RELEASE money_operation");
            answer = request.refusal(domain::Error(domain::ErrorCode::ValidationFailed, error.what()));
        }
        store::idempotency::save(tx, request.callerId, request.key, request.fingerprint, {answer.status, answer.body},
                                 request.now);
        return answer;
    });
}

RecordedAnswer Idempotency::refuse(const IdempotentRequest &request, const domain::Error &error)
{
    return run(request, [&](store::Tx &) -> RecordedAnswer { throw error; });
}

} // namespace application
