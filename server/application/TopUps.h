// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Idempotency.h"
#include "Records.h"
#include "UseCase.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace store {
class Store;
} // namespace store

namespace application {

struct TopUpOrder
{
    std::int64_t projectId = 0;
    std::string method; // invoice, card
    std::int64_t amount = 0;
    bool saveCard = false; // card only (R27)

    [[nodiscard]] NormalisedOrder normalised() const;
};

// The payment provider's signed word on a card top-up (docs/readme/payments.md).
struct ProviderCallback
{
    std::int64_t topUpId = 0;
    std::string status;                // paid, failed
    std::optional<std::int64_t> amount; // when sent, must equal the top-up's (API.md v1.1)
    // R27: the provider's token and the card's mask; with "paid" on a top-up that asked to save
    // the card, they become the project's saved card. Never the card number.
    std::optional<std::string> cardToken;
    std::optional<std::string> cardMask;
};

struct PaidTopUp
{
    store::TopUp topUp;
    store::Balances balances;
};

// Top-ups (R5): created by members; an invoice is paid when staff confirm it, a card payment
// when the provider's signed callback says so. Each path refuses the other's top-ups.
class TopUps
{
public:
    TopUps(store::Store &store, Idempotency &idempotency, std::string paymentSecret);

    RecordedAnswer create(const Actor &actor, const TopUpOrder &order, const IdempotentRequest &request,
                          const Encoder<store::TopUp> &encode);
    std::vector<store::TopUp> listOf(std::int64_t projectId);
    // Staff confirm an invoice payment (R5, R17 repayment first). A card top-up is Conflict:
    // only the provider settles it.
    RecordedAnswer confirm(const Actor &actor, std::int64_t topUpId, const IdempotentRequest &request,
                           const Encoder<PaidTopUp> &encode);

    // hex(HMAC-SHA256(payment secret, raw body)) in X-Signature; Unauthenticated otherwise, and
    // always without a payment secret.
    void authenticateCallback(std::string_view rawBody, std::string_view signature) const;
    // Deduplicated by top-up: a repeated "paid" finds it paid and changes nothing. An invoice
    // top-up is ValidationFailed (staff confirm those), so is an amount other than the top-up's;
    // nothing is credited then.
    store::TopUp settle(const ProviderCallback &callback, std::int64_t now);

    // Issue 12: a member cancels a pending top-up of the project: their own, or any when
    // mayCancelOthers (the owner); Forbidden otherwise, NotFound for another project's, Conflict
    // once paid. Cancelling a cancelled one changes nothing.
    store::TopUp cancel(const Actor &actor, std::int64_t projectId, std::int64_t topUpId, bool mayCancelOthers);

private:
    store::Store &m_store;
    Idempotency &m_idempotency;
    std::string m_paymentSecret;
};

} // namespace application
