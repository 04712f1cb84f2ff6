// SPDX-License-Identifier: GPL-3.0-or-later
#include "AutoTopUpOps.h"

#include "AuditOps.h"
#include "DomainError.h"
#include "EventOps.h"

namespace store::autotopup {

namespace {

SqlValue optionalValue(const std::optional<std::int64_t> &value)
{
    return value ? SqlValue(*value) : SqlValue(nullptr);
}

// Every project gets its row on first use; the defaults are "off".
void ensureRow(Tx &tx, std::int64_t projectId)
{
    tx.execute("INSERT INTO balance_watch (project_id) VALUES ($1) ON CONFLICT (project_id) DO NOTHING", {projectId});
}

std::int64_t mainOf(Tx &tx, std::int64_t projectId)
{
    return tx.queryInteger("SELECT balance FROM accounts WHERE project_id = $1 AND kind = 'main'", {projectId})
        .value_or(0);
}

// R28: opens the auto top-up; none when one is pending already (the partial unique index
// topups_one_pending_auto makes the INSERT do nothing, across servers too). Returns its id.
std::optional<std::int64_t> openAutoTopUp(Tx &tx, const Watch &watch, std::int64_t at)
{
    if (!savedCardMask(tx, watch.projectId))
        return std::nullopt;
    const auto id = tx.queryInteger(
        "INSERT INTO topups (project_id, method, amount, status, created_at) VALUES ($1, 'auto', $2, 'pending', $3)"
        " ON CONFLICT (project_id) WHERE method = 'auto' AND status = 'pending' DO NOTHING RETURNING id",
        {watch.projectId, watch.autoAmount, at});
    if (!id)
        return std::nullopt;
    const audit::Details details = audit::Details().add("topup_id", *id).add("method", "auto").add("amount", watch.autoAmount);
    // Nobody signed in opened it: the platform's own action (R34).
    audit::record(tx, {watch.projectId, at, std::nullopt, "topup.auto_opened", details});
    events::append(tx, watch.projectId, at, "auto_topup_opened",
                   audit::Details().add("topup_id", *id).add("amount", watch.autoAmount).add("threshold", watch.autoThreshold));
    return id;
}

} // namespace

void saveCard(Tx &tx, std::int64_t projectId, std::string_view token, std::string_view mask, std::int64_t now)
{
    tx.execute("INSERT INTO saved_cards (project_id, token, mask, saved_at) VALUES ($1, $2, $3, $4)"
               " ON CONFLICT (project_id) DO UPDATE SET token = excluded.token, mask = excluded.mask,"
               " saved_at = excluded.saved_at",
               {projectId, token, mask, now});
}

std::optional<std::string> savedCardMask(Tx &tx, std::int64_t projectId)
{
    return tx.queryText("SELECT mask FROM saved_cards WHERE project_id = $1", {projectId});
}

bool removeCard(Tx &tx, std::int64_t projectId)
{
    tx.knownWatches().erase(projectId);
    const bool removed = tx.execute("DELETE FROM saved_cards WHERE project_id = $1", {projectId}) > 0;
    tx.execute("UPDATE balance_watch SET auto_enabled = 0 WHERE project_id = $1", {projectId});
    return removed;
}

AutoTopUpSettings settings(Tx &tx, std::int64_t projectId)
{
    AutoTopUpSettings result;
    tx.query("SELECT auto_enabled, auto_threshold, auto_amount FROM balance_watch WHERE project_id = $1", {projectId},
             [&](const SqlRow &row) {
                 result.enabled = row.integer(0) != 0;
                 result.threshold = row.integer(1);
                 result.amount = row.integer(2);
             });
    return result;
}

void setSettings(Tx &tx, std::int64_t projectId, const AutoTopUpSettings &settings)
{
    if (settings.enabled && !savedCardMask(tx, projectId))
        throw domain::Error(domain::ErrorCode::NoSavedCard,
                            "auto top-up pays from the project's saved card, and it has none: pay a card top-up "
                            "with save_card first");
    ensureRow(tx, projectId);
    tx.knownWatches().erase(projectId);
    tx.execute("UPDATE balance_watch SET auto_enabled = $1, auto_threshold = $2, auto_amount = $3, auto_armed = 1"
               " WHERE project_id = $4",
               {std::int64_t{settings.enabled ? 1 : 0}, settings.threshold, settings.amount, projectId});
}

std::optional<std::int64_t> alertThreshold(Tx &tx, std::int64_t projectId)
{
    std::optional<std::int64_t> threshold;
    tx.query("SELECT alert_threshold FROM balance_watch WHERE project_id = $1", {projectId},
             [&](const SqlRow &row) { threshold = row.optionalInteger(0); });
    return threshold;
}

void setAlertThreshold(Tx &tx, std::int64_t projectId, std::optional<std::int64_t> threshold)
{
    ensureRow(tx, projectId);
    tx.knownWatches().erase(projectId);
    const bool armed = !threshold || mainOf(tx, projectId) >= *threshold;
    tx.execute("UPDATE balance_watch SET alert_threshold = $1, alert_armed = $2 WHERE project_id = $3",
               {optionalValue(threshold), std::int64_t{armed ? 1 : 0}, projectId});
}

Watch watchFrom(const SqlRow &row)
{
    Watch watch;
    watch.projectId = row.integer(0);
    watch.autoEnabled = row.integer(1) != 0;
    watch.autoThreshold = row.integer(2);
    watch.autoAmount = row.integer(3);
    watch.autoArmed = row.integer(4) != 0;
    watch.alertThreshold = row.optionalInteger(5);
    watch.alertArmed = row.integer(6) != 0;
    return watch;
}

namespace {

// The row, locked for the transaction (FOR UPDATE on PostgreSQL); none when never configured.
std::optional<Watch> loadWatch(Tx &tx, std::int64_t projectId)
{
    static constexpr std::string_view kSelect =
        "SELECT " CABINET_WATCH_COLUMNS " FROM balance_watch WHERE project_id = $1";
    static constexpr std::string_view kSelectLocked =
        "SELECT " CABINET_WATCH_COLUMNS " FROM balance_watch WHERE project_id = $1 FOR UPDATE";
    std::optional<Watch> watch;
    tx.query(tx.rowLock().empty() ? kSelect : kSelectLocked, {projectId},
             [&](const SqlRow &row) { watch = watchFrom(row); });
    return watch;
}

// The known row (Tx::knownWatches) changes after the write: it stays what the database holds.
void setAlertArmed(Tx &tx, Watch &watch, bool armed)
{
    tx.execute("UPDATE balance_watch SET alert_armed = $1 WHERE project_id = $2",
               {std::int64_t{armed ? 1 : 0}, watch.projectId});
    watch.alertArmed = armed;
}

void setAutoArmed(Tx &tx, Watch &watch, bool armed)
{
    tx.execute("UPDATE balance_watch SET auto_armed = $1 WHERE project_id = $2",
               {std::int64_t{armed ? 1 : 0}, watch.projectId});
    watch.autoArmed = armed;
}

} // namespace

void afterMainMoved(Tx &tx, std::int64_t projectId, std::int64_t mainAfter, std::int64_t at)
{
    auto known = tx.knownWatches().find(projectId);
    if (known == tx.knownWatches().end())
        known = tx.knownWatches().emplace(projectId, loadWatch(tx, projectId)).first;
    if (!known->second)
        return;
    Watch &watch = *known->second;
    if (watch.alertThreshold) {
        if (mainAfter >= *watch.alertThreshold) {
            if (!watch.alertArmed)
                setAlertArmed(tx, watch, true);
        } else if (watch.alertArmed) {
            setAlertArmed(tx, watch, false);
            events::append(tx, watch.projectId, at, "low_balance",
                           audit::Details().add("main", mainAfter).add("threshold", *watch.alertThreshold));
        }
    }
    if (mainAfter >= watch.autoThreshold) {
        if (!watch.autoArmed)
            setAutoArmed(tx, watch, true);
    } else if (watch.autoArmed && watch.autoEnabled && watch.autoAmount > 0) {
        // Stays armed when it cannot open one (a top-up still pending): the next movement tries again.
        if (openAutoTopUp(tx, watch, at))
            setAutoArmed(tx, watch, false);
    }
}

} // namespace store::autotopup
