// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteConnection.h"

#include "DomainError.h"
#include "StoreError.h"

#include <sqlite3.h>

namespace store {

namespace {

class SqliteRow final : public SqlRow
{
public:
    explicit SqliteRow(sqlite3_stmt *statement)
        : m_statement(statement)
    {
    }
    std::int64_t integer(int column) const override { return sqlite3_column_int64(m_statement, column); }
    std::string text(int column) const override
    {
        const auto *bytes = sqlite3_column_text(m_statement, column);
        const int size = sqlite3_column_bytes(m_statement, column);
        return bytes ? std::string(reinterpret_cast<const char *>(bytes), static_cast<size_t>(size)) : std::string();
    }
    bool isNull(int column) const override { return sqlite3_column_type(m_statement, column) == SQLITE_NULL; }

private:
    sqlite3_stmt *m_statement;
};

// PostgreSQL numbers parameters $1, $2; SQLite's $NAME parameters are numbered by first
// appearance instead, so "$2 ... $1" would bind wrongly. ?NNN is SQLite's explicit numbering.
std::string toSqliteParameters(std::string_view sql)
{
    std::string result(sql);
    bool inLiteral = false;
    for (size_t i = 0; i + 1 < result.size(); ++i) {
        if (result[i] == '\'')
            inLiteral = !inLiteral;
        else if (!inLiteral && result[i] == '$' && result[i + 1] >= '0' && result[i + 1] <= '9')
            result[i] = '?';
    }
    return result;
}

} // namespace

void SqliteConnection::StatementDeleter::operator()(sqlite3_stmt *statement) const
{
    sqlite3_finalize(statement);
}

SqliteConnection::SqliteConnection(const std::string &path)
{
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
    if (sqlite3_open_v2(path.c_str(), &m_db, flags, nullptr) != SQLITE_OK) {
        const std::string message = m_db ? sqlite3_errmsg(m_db) : "out of memory";
        sqlite3_close(m_db);
        m_db = nullptr;
        throw StoreError("cannot open SQLite database " + path + ": " + message);
    }
    sqlite3_busy_timeout(m_db, 10000);
    // WAL: readers never block the writer; FULL: a commit is on disk before the answer (R22).
    exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;");
    // 64 MiB of page cache at most: history pages of busy projects stay in memory.
    exec("PRAGMA cache_size=-65536;");
    // Every write runs in a SAVEPOINT (group commit); its sub-journal and the sorters stay in
    // memory instead of temp files written page by page (that cost a bulk seed more than the
    // inserts themselves).
    exec("PRAGMA temp_store=MEMORY;");
}

SqliteConnection::~SqliteConnection()
{
    m_statements.clear();
    sqlite3_close_v2(m_db);
}

void SqliteConnection::fail(const char *what) const
{
    throw StoreError(std::string(what) + ": " + sqlite3_errmsg(m_db));
}

void SqliteConnection::exec(const std::string &sql)
{
    char *error = nullptr;
    if (sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
        const std::string message = error ? error : "unknown error";
        sqlite3_free(error);
        throw StoreError("SQL failed: " + message + " in: " + sql);
    }
}

sqlite3_stmt *SqliteConnection::prepare(std::string_view sql, Params params, StatementPtr &owned)
{
    sqlite3_stmt *statement = nullptr;
    auto cached = m_statements.find(sql);
    if (cached != m_statements.end() && !sqlite3_stmt_busy(cached->second.get())) {
        statement = cached->second.get();
    } else {
        const std::string text = toSqliteParameters(sql);
        if (sqlite3_prepare_v3(m_db, text.c_str(), static_cast<int>(text.size()), SQLITE_PREPARE_PERSISTENT,
                               &statement, nullptr)
            != SQLITE_OK)
            throw StoreError(std::string("cannot prepare: ") + sqlite3_errmsg(m_db) + " in: " + std::string(sql));
        if (cached == m_statements.end())
            m_statements.emplace(std::string(sql), StatementPtr(statement));
        else
            owned.reset(statement);
    }
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    int index = 1;
    for (const SqlValue &value : params) {
        int rc = SQLITE_OK;
        if (const auto *number = std::get_if<std::int64_t>(&value))
            rc = sqlite3_bind_int64(statement, index, *number);
        else if (const auto *text = std::get_if<std::string_view>(&value))
            rc = sqlite3_bind_text(statement, index, text->data(), static_cast<int>(text->size()), SQLITE_TRANSIENT);
        else
            rc = sqlite3_bind_null(statement, index);
        if (rc != SQLITE_OK)
            fail("cannot bind a parameter");
        ++index;
    }
    return statement;
}

void SqliteConnection::query(std::string_view sql, Params params, const RowHandler &onRow)
{
    StatementPtr owned;
    sqlite3_stmt *statement = prepare(sql, params, owned);
    const SqliteRow row(statement);
    try {
        for (;;) {
            const int rc = sqlite3_step(statement);
            if (rc == SQLITE_DONE)
                break;
            if (rc != SQLITE_ROW)
                fail("query failed");
            onRow(row);
        }
    } catch (...) {
        sqlite3_reset(statement);
        throw;
    }
    sqlite3_reset(statement);
}

std::int64_t SqliteConnection::execute(std::string_view sql, Params params)
{
    StatementPtr owned;
    sqlite3_stmt *statement = prepare(sql, params, owned);
    int rc = sqlite3_step(statement);
    while (rc == SQLITE_ROW)
        rc = sqlite3_step(statement);
    if (rc != SQLITE_DONE) {
        const bool duplicate = sqlite3_extended_errcode(m_db) == SQLITE_CONSTRAINT_UNIQUE
            || sqlite3_extended_errcode(m_db) == SQLITE_CONSTRAINT_PRIMARYKEY;
        const std::string message = sqlite3_errmsg(m_db);
        sqlite3_reset(statement);
        if (duplicate)
            throw domain::Error(domain::ErrorCode::Conflict, "already exists");
        throw StoreError("statement failed: " + message);
    }
    sqlite3_reset(statement);
    return sqlite3_changes64(m_db);
}

} // namespace store
