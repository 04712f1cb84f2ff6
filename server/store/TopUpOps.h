// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Records.h"
#include "Sql.h"

#include <optional>
#include <string_view>
#include <vector>

// Top-ups (R5): created pending by a member, paid by staff confirmation (invoice) or by the
// payment provider's signed callback (card), cancelled when the payment failed.
namespace store::topups {

// saveCard (card method only, R27): the paid callback's card token and mask become the saved card.
TopUp create(Tx &tx, std::int64_t projectId, std::string_view method, std::int64_t amount, std::int64_t userId,
             std::int64_t now, bool saveCard = false);
std::vector<TopUp> listOf(Tx &tx, std::int64_t projectId);
std::optional<TopUp> find(Tx &tx, std::int64_t topUpId);

// Pending -> paid: posts the money (R5) with the R17 credit repayment first, and a topup_paid event (R31). A top-up already
// paid is left as it is (a repeated confirmation or callback changes nothing); a cancelled one
// is domain::Error(Conflict). Returns the top-up as it is afterwards.
TopUp markPaid(Tx &tx, std::int64_t topUpId, std::optional<std::int64_t> confirmedBy, std::int64_t now);
// Pending -> cancelled (a failed payment); paid or cancelled ones stay as they are.
// An auto top-up's failure is an auto_topup_failed event (R31).
TopUp markFailed(Tx &tx, std::int64_t topUpId, std::int64_t now);
// A member withdraws a pending invoice: pending -> cancelled; a cancelled one stays as it is, a
// paid one, and a pending card or auto top-up (the provider's callback settles those, R5), is
// domain::Error(Conflict). Who may is the application's decision.
TopUp cancel(Tx &tx, std::int64_t topUpId, std::int64_t now);

} // namespace store::topups
