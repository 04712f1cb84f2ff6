// SPDX-License-Identifier: GPL-3.0-or-later
#include "TopUpOps.h"

#include "CreditOps.h"
#include "DomainError.h"
#include "EventOps.h"
#include "LedgerOps.h"

#include "CivilTime.h"
#include "CreditMechanics.h"
#include "Posting.h"

#include <cstdio>

namespace store::topups {

namespace {

constexpr std::string_view kColumns =
    "SELECT id, project_id, method, status, amount, invoice_number, payment_url, created_at, created_by, save_card,"
    " settled_at FROM topups";

TopUp topUpFrom(const SqlRow &row)
{
    return TopUp{row.integer(0),         row.integer(1),         row.text(2),
                 row.text(3),            row.integer(4),         row.optionalText(5),
                 row.optionalText(6),    row.integer(7),         row.optionalInteger(8),
                 row.integer(9) != 0,    row.optionalInteger(10)};
}

TopUp require(Tx &tx, std::int64_t topUpId)
{
    auto topUp = find(tx, topUpId);
    if (!topUp)
        throw domain::Error(domain::ErrorCode::NotFound, "no such top-up");
    return *topUp;
}

} // namespace

TopUp create(Tx &tx, std::int64_t projectId, std::string_view method, std::int64_t amount, std::int64_t userId,
             std::int64_t now, bool saveCard)
{
    const std::int64_t id = tx.queryInteger("INSERT INTO topups (project_id, method, amount, status, created_by,"
                                            " created_at, save_card) VALUES ($1, $2, $3, 'pending', $4, $5, $6) RETURNING id",
                                            {projectId, method, amount, userId, now, std::int64_t{saveCard ? 1 : 0}})
                                .value();
    // The invoice number names the year and the top-up: "UT-2026-000042".
    char text[64];
    if (method == "invoice") {
        std::snprintf(text, sizeof text, "UT-%04d-%06lld", ledger::civilDateOf(now).year, static_cast<long long>(id));
        tx.execute("UPDATE topups SET invoice_number = $1 WHERE id = $2", {std::string_view(text), id});
    } else {
        std::snprintf(text, sizeof text, "https://pay.unitalk.cloud/checkout/%lld", static_cast<long long>(id));
        tx.execute("UPDATE topups SET payment_url = $1 WHERE id = $2", {std::string_view(text), id});
    }
    return require(tx, id);
}

std::vector<TopUp> listOf(Tx &tx, std::int64_t projectId)
{
    std::vector<TopUp> result;
    tx.query(std::string(kColumns) + " WHERE project_id = $1 ORDER BY id DESC", {projectId},
             [&](const SqlRow &row) { result.push_back(topUpFrom(row)); });
    return result;
}

std::optional<TopUp> find(Tx &tx, std::int64_t topUpId)
{
    std::optional<TopUp> found;
    tx.query(std::string(kColumns) + " WHERE id = $1", {topUpId}, [&](const SqlRow &row) { found = topUpFrom(row); });
    return found;
}

TopUp markPaid(Tx &tx, std::int64_t topUpId, std::optional<std::int64_t> confirmedBy, std::int64_t now)
{
    TopUp topUp = require(tx, topUpId);
    if (topUp.status == "paid")
        return topUp;
    if (topUp.status == "cancelled")
        throw domain::Error(domain::ErrorCode::Conflict, "the top-up was cancelled");
    const ledger::Money paid = ledger::Money::fromMinor(topUp.amount);
    const ledger::Money outstanding = ledger::Money::fromMinor(ledgerops::creditSummary(tx, topUp.projectId).used);
    const ledger::TopUpSplit split = ledger::splitTopUp(paid, outstanding);
    ledgerops::PostingInfo info;
    info.kind = "topup";
    info.at = now;
    info.projectId = topUp.projectId;
    info.createdBy = confirmedBy;
    const std::string description = topUp.method == "invoice" ? "Invoice " + topUp.invoiceNumber.value_or("")
        : topUp.method == "auto"                                ? std::string("Auto top-up from the saved card")
                                                                : std::string("Card payment");
    info.description = description;
    const std::int64_t postingId =
        ledgerops::applyPosting(tx, ledger::postTopUp(topUp.projectId, paid, split.repay), info);
    credits::recordRepayment(tx, topUp.projectId, split.repay);
    tx.execute("UPDATE topups SET status = 'paid', settled_at = $1, posting_id = $2 WHERE id = $3 AND status = 'pending'",
               {now, postingId, topUpId});
    events::append(tx, topUp.projectId, now, "topup_paid",
                   audit::Details().add("topup_id", topUp.id).add("method", topUp.method).add("amount", topUp.amount));
    topUp.status = "paid";
    topUp.settledAt = now;
    return topUp;
}

TopUp markFailed(Tx &tx, std::int64_t topUpId, std::int64_t now)
{
    TopUp topUp = require(tx, topUpId);
    if (topUp.status != "pending")
        return topUp;
    tx.execute("UPDATE topups SET status = 'cancelled', settled_at = $1 WHERE id = $2", {now, topUpId});
    if (topUp.method == "auto")
        events::append(tx, topUp.projectId, now, "auto_topup_failed",
                       audit::Details().add("topup_id", topUp.id).add("amount", topUp.amount));
    topUp.status = "cancelled";
    topUp.settledAt = now;
    return topUp;
}

TopUp cancel(Tx &tx, std::int64_t topUpId, std::int64_t now)
{
    TopUp topUp = require(tx, topUpId);
    if (topUp.status == "cancelled")
        return topUp;
    if (topUp.status != "pending")
        throw domain::Error(domain::ErrorCode::Conflict, "the top-up is already " + topUp.status + "; only a pending one can be cancelled");
    // R5: a card or auto top-up is with the payment provider, which may still take the money; only
    // its signed callback settles it (paid: credited; failed: cancelled). Cancelling it here could
    // leave money taken and never credited.
    if (topUp.method != "invoice")
        throw domain::Error(domain::ErrorCode::Conflict,
                            "a " + topUp.method + " top-up is settled by the payment provider's callback;"
                            " only an invoice can be cancelled");
    tx.execute("UPDATE topups SET status = 'cancelled', settled_at = $1 WHERE id = $2 AND status = 'pending'",
               {now, topUpId});
    topUp.status = "cancelled";
    topUp.settledAt = now;
    return topUp;
}

} // namespace store::topups
