// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StoreError.h"
#include "Sql.h"

#include <memory>
#include <optional>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

struct pg_conn;
struct pg_result;

namespace store {

// PostgreSQL could not order this transaction serially with the others (SQLSTATE 40001) or broke
// a deadlock by aborting it (40P01). Nothing of it is committed; running it again is safe.
class SerializationFailure : public StoreError
{
public:
    using StoreError::StoreError;
};

// One libpq connection and the Tx of whatever transaction is open on it. Parameters are sent in
// text format with explicit types (int8 for integers, text for strings; a NULL's type is left
// to the server), statements are prepared once per connection under a name of their own.
// Not thread-safe: one thread uses it at a time.
class PostgresConnection final : public Tx
{
public:
    // `url` is a libpq connection string or URI (postgresql://user:pass@host:port/dbname).
    explicit PostgresConnection(const std::string &url);
    ~PostgresConnection() override;
    PostgresConnection(const PostgresConnection &) = delete;
    PostgresConnection &operator=(const PostgresConnection &) = delete;

    void query(std::string_view sql, Params params, const RowHandler &onRow) override;
    std::int64_t execute(std::string_view sql, Params params = {}) override;
    // Kept and sent in front of the next statement, in the same round trip (libpq's pipeline
    // mode, each statement prepared once per connection): BEGIN rides with the transaction's first
    // statement, a batch's writes with its COMMIT.
    void executeLater(std::string_view sql, Params params = {}) override;
    void lockNamed(std::string_view name) override;
    std::string_view rowLock() const override { return m_locksRows ? " FOR UPDATE" : ""; }
    Dialect dialect() const override { return Dialect::PostgreSql; }
    // The writer's connection locks the rows it reads to change (Tx::rowLock).
    void lockRowsOnRead() { m_locksRows = true; }

    // Runs SQL text without parameters or result rows (BEGIN, ROLLBACK, DDL).
    void exec(const std::string &sql);
    // Runs the queries in order in one round trip (with what executeLater kept), handing each
    // query's rows to its handler; throws the first failure.
    struct Query
    {
        std::string sql;
        std::vector<SqlValue> params;
        RowHandler onRow;
        // Planned at every run instead of once per connection: for a lookup in a table that
        // grows fast, where a plan made while it was small (a scan) would stay until ANALYZE.
        bool planEachRun = false;
    };
    void queryAll(const std::vector<Query> &queries);
    // COMMIT of a read-only transaction, sent without waiting for its answer (read before the
    // connection's next statement): what the read saw is already in hand.
    void commitWithoutWaiting();
    // ROLLBACK, dropping what executeLater kept.
    void rollback();
    // COMMIT; throws when PostgreSQL rolled back instead (a statement of the transaction had
    // failed and the operation went on regardless), or SerializationFailure at commit time.
    void commit();

    // False once the server went away: the connection must not go back to the pool.
    [[nodiscard]] bool isUsable() const;
    // Statements that succeeded on this connection (a read that failed before any may be retried).
    [[nodiscard]] std::int64_t statementsDone() const { return m_statementsDone; }
    // Whether a statement failed on a unique index since the last resetConflictSeen(): under
    // concurrency that is another server's row that this snapshot could not see.
    [[nodiscard]] bool conflictSeen() const { return m_conflictSeen; }
    void resetConflictSeen() { m_conflictSeen = false; }

private:
    struct ResultDeleter
    {
        void operator()(pg_result *result) const;
    };
    using ResultPtr = std::unique_ptr<pg_result, ResultDeleter>;

    // A statement and its parameters, owned: executeLater's wait for the next round trip.
    struct Statement
    {
        std::string sql;
        std::vector<std::optional<std::string>> values; // text format; nullopt is NULL
        std::vector<unsigned> types;                    // pg_type OIDs, 0 for NULL (inferred)
        bool planEachRun = false;
    };
    static Statement statementOf(std::string_view sql, std::span<const SqlValue> params);

    // Runs one statement (prepared and cached when it is plain DML) and returns its result,
    // or throws the error it ended with.
    ResultPtr run(std::string_view sql, Params params);
    // Sends the statements in one round trip (pipeline mode; a statement not yet prepared on
    // this connection is prepared in the same trip) and returns each one's result, in order;
    // throws the first failure after reading every result.
    std::vector<ResultPtr> runPipeline(const std::vector<Statement> &statements);
    void drainUnread();
    [[noreturn]] void fail(const pg_result *result, std::string_view sql);

    struct TransparentHash
    {
        using is_transparent = void;
        size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
    };

    pg_conn *m_connection = nullptr;
    std::unordered_map<std::string, std::string, TransparentHash, std::equal_to<>> m_prepared; // SQL -> name
    bool m_conflictSeen = false;
    bool m_locksRows = false;
    std::vector<Statement> m_later; // executeLater's statements
    bool m_unread = false; // commitWithoutWaiting's answer
    std::int64_t m_statementsDone = 0;
};

// The URL with its password replaced by "***", for messages and logs; the second form takes the
// URL's password out of any text (e.g. a libpq message quoting the URL).
std::string redactedDatabaseUrl(const std::string &url);
std::string redactedDatabaseUrl(const std::string &url, std::string text);

} // namespace store
