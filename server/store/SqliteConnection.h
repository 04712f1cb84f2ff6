// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Sql.h"

#include <memory>
#include <string>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace store {

// One SQLite connection with the durability settings of the ledger (WAL, synchronous=FULL,
// foreign keys, busy timeout) and a cache of prepared statements. It is also the Tx of
// whatever transaction is open on it. Not thread-safe: one thread uses it at a time.
class SqliteConnection final : public Tx
{
public:
    explicit SqliteConnection(const std::string &path);
    ~SqliteConnection() override;
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    void query(std::string_view sql, Params params, const RowHandler &onRow) override;
    std::int64_t execute(std::string_view sql, Params params = {}) override;
    Dialect dialect() const override { return Dialect::Sqlite; }

    // Runs SQL text with any number of statements and no parameters (BEGIN, pragmas, DDL).
    void exec(const std::string &sql);

    [[nodiscard]] sqlite3 *handle() const { return m_db; }

private:
    struct StatementDeleter
    {
        void operator()(sqlite3_stmt *statement) const;
    };
    using StatementPtr = std::unique_ptr<sqlite3_stmt, StatementDeleter>;
    struct TransparentHash
    {
        using is_transparent = void;
        size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
    };

    // A statement ready to step: the cached one, or a fresh one when the cached one is busy
    // (a query nested inside another query's row handler).
    sqlite3_stmt *prepare(std::string_view sql, Params params, StatementPtr &owned);
    [[noreturn]] void fail(const char *what) const;

    sqlite3 *m_db = nullptr;
    std::unordered_map<std::string, StatementPtr, TransparentHash, std::equal_to<>> m_statements;
};

} // namespace store
