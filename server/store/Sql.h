// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Records.h"

#include <cstdint>
#include <functional>
#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

namespace store {

enum class Dialect { Sqlite, PostgreSql };

// A list as one text parameter, so that one prepared statement serves any number of elements: a
// PostgreSQL array literal (`{1,2}`, for `= ANY($1::bigint[])`) or a JSON array (`[1,2]`, for
// SQLite's `json_each($1)`). Texts must need no escaping in either (e.g. hex digests).
template <typename Element>
std::string listParameter(Dialect dialect, const std::vector<Element> &elements)
{
    const bool postgres = dialect == Dialect::PostgreSql;
    std::string list(1, postgres ? '{' : '[');
    for (const Element &element : elements) {
        if (list.size() > 1)
            list += ',';
        if constexpr (std::is_same_v<Element, std::string>)
            list += postgres ? element : '"' + element + '"';
        else
            list += std::to_string(element);
    }
    list += postgres ? '}' : ']';
    return list;
}

// A bound parameter. SQL uses PostgreSQL-style $1, $2 placeholders, which SQLite accepts too,
// so every statement of the store is written once for both backends.
using SqlValue = std::variant<std::nullptr_t, std::int64_t, std::string_view>;

// One result row; columns are 0-based.
class SqlRow
{
public:
    virtual ~SqlRow() = default;
    [[nodiscard]] virtual std::int64_t integer(int column) const = 0;
    [[nodiscard]] virtual std::string text(int column) const = 0;
    [[nodiscard]] virtual bool isNull(int column) const = 0;
    [[nodiscard]] std::optional<std::int64_t> optionalInteger(int column) const
    {
        return isNull(column) ? std::nullopt : std::optional<std::int64_t>(integer(column));
    }
    [[nodiscard]] std::optional<std::string> optionalText(int column) const
    {
        return isNull(column) ? std::nullopt : std::optional<std::string>(text(column));
    }
};

// An open transaction: the writer's (inside the operation's SAVEPOINT) or a read snapshot.
// Store operations are free functions over Tx, written in portable SQL, so a PostgreSQL
// backend only has to implement this interface and its connection handling.
class Tx
{
public:
    using Params = std::initializer_list<SqlValue>;
    using RowHandler = std::function<void(const SqlRow &)>;

    virtual ~Tx() = default;

    // Runs one statement and calls onRow for every result row. Statements are prepared once
    // per connection and reused.
    virtual void query(std::string_view sql, Params params, const RowHandler &onRow) = 0;
    // Runs one statement without result rows; returns the number of rows changed.
    virtual std::int64_t execute(std::string_view sql, Params params = {}) = 0;
    // Runs a statement whose result nobody waits for: a PostgreSQL connection sends it with the
    // next statement or the COMMIT, in one round trip; its failure surfaces there.
    virtual void executeLater(std::string_view sql, Params params = {}) { execute(sql, params); }
    // Holds a lock named `name` until the transaction ends, waiting while another transaction
    // (of any server) holds it: PostgreSQL's advisory transaction lock. Nothing where one writer
    // owns the database (SQLite).
    virtual void lockNamed(std::string_view /*name*/) {}
    // Appended to a SELECT of rows the transaction goes on to change (account balances): " FOR
    // UPDATE" in a PostgreSQL writer's transaction, so what it read stays true until its commit
    // also against charge batches of other servers, which lock instead of relying on SERIALIZABLE
    // (ChargeBatch.h); empty where one writer owns the database (SQLite) and in read snapshots.
    [[nodiscard]] virtual std::string_view rowLock() const { return {}; }
    [[nodiscard]] virtual Dialect dialect() const = 0;

    // R31: events::append notes here the projects whose feed the writer's transaction appended
    // to; the store hands them to its commit listener after the COMMIT (Store::onCommitted), so
    // only those projects' waiting long polls re-check, and a batch without events (most charge
    // batches) costs the waiting polls nothing. A note of an operation rolled back to its savepoint
    // stays: it costs one needless re-check, never a missed one.
    void noteEvent(std::int64_t projectId) { m_eventProjects.push_back(projectId); }
    std::vector<std::int64_t> takeEventProjects() { return std::exchange(m_eventProjects, {}); }

    // R28, R31: the balance_watch rows this write transaction already read (the hook reads a
    // project's row once per transaction, not once per posting; the charge batch hands over the rows
    // it read with its accounts), none for a project known to have no row. Kept equal to the
    // database: the hook updates the row it changes, a writer of balance_watch forgets the
    // project's row, and the store forgets them all when an operation rolls back to its savepoint.
    std::map<std::int64_t, std::optional<BalanceWatch>> &knownWatches() { return m_knownWatches; }
    // Forgets everything noted (a new transaction, or a failed one).
    void clearNotes()
    {
        m_eventProjects.clear();
        m_knownWatches.clear();
    }

    // The first column of the first row, if any row.
    std::optional<std::int64_t> queryInteger(std::string_view sql, Params params)
    {
        std::optional<std::int64_t> value;
        query(sql, params, [&](const SqlRow &row) {
            if (!value)
                value = row.integer(0);
        });
        return value;
    }
    std::optional<std::string> queryText(std::string_view sql, Params params)
    {
        std::optional<std::string> value;
        query(sql, params, [&](const SqlRow &row) {
            if (!value)
                value = row.text(0);
        });
        return value;
    }

private:
    std::vector<std::int64_t> m_eventProjects;
    std::map<std::int64_t, std::optional<BalanceWatch>> m_knownWatches;
};

} // namespace store
