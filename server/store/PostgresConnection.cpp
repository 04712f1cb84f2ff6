// SPDX-License-Identifier: GPL-3.0-or-later
#include "PostgresConnection.h"

#include "DomainError.h"

#include <libpq-fe.h>

#include <array>
#include <utility>
#include <cctype>
#include <charconv>
#include <span>
#include <vector>

namespace store {

namespace {

// Type OIDs of pg_type: the parameters' types are declared, never guessed from text.
constexpr Oid kInt8Oid = 20;
constexpr Oid kTextOid = 25;
constexpr Oid kUnspecifiedOid = 0; // NULL: the server infers the type from where it is used

constexpr const char *kSerializationFailure = "40001";
constexpr const char *kDeadlockDetected = "40P01";
constexpr const char *kUniqueViolation = "23505";

class PostgresRow final : public SqlRow
{
public:
    PostgresRow(const PGresult *result, int row)
        : m_result(result)
        , m_row(row)
    {
    }
    std::int64_t integer(int column) const override
    {
        if (isNull(column))
            return 0; // as SQLite reads a NULL
        const char *text = PQgetvalue(m_result, m_row, column);
        const char *end = text + PQgetlength(m_result, m_row, column);
        std::int64_t value = 0;
        const auto [stop, error] = std::from_chars(text, end, value);
        if (error != std::errc() || stop != end)
            throw StoreError("PostgreSQL returned '" + std::string(text, end) + "' where an integer was expected");
        return value;
    }
    std::string text(int column) const override
    {
        return std::string(PQgetvalue(m_result, m_row, column),
                           static_cast<size_t>(PQgetlength(m_result, m_row, column)));
    }
    bool isNull(int column) const override { return PQgetisnull(m_result, m_row, column) != 0; }

private:
    const PGresult *m_result;
    int m_row;
};

// Plain DML is prepared once and cached; transaction control and DDL run as simple queries.
bool isCacheable(std::string_view sql, size_t parameterCount)
{
    if (parameterCount > 0)
        return true;
    size_t start = 0;
    while (start < sql.size() && std::isspace(static_cast<unsigned char>(sql[start])))
        ++start;
    std::string word;
    for (size_t i = start; i < sql.size() && std::isalpha(static_cast<unsigned char>(sql[i])); ++i)
        word += static_cast<char>(std::toupper(static_cast<unsigned char>(sql[i])));
    return word == "SELECT" || word == "INSERT" || word == "UPDATE" || word == "DELETE" || word == "WITH";
}

// Text-format parameter values, NUL-terminated as libpq wants them, and their types.
class BoundParameters
{
public:
    explicit BoundParameters(Tx::Params params)
    {
        m_texts.reserve(params.size());
        for (const SqlValue &value : params) {
            if (const auto *number = std::get_if<std::int64_t>(&value)) {
                std::array<char, 24> digits{};
                const auto end = std::to_chars(digits.data(), digits.data() + digits.size(), *number).ptr;
                m_texts.emplace_back(digits.data(), end);
                m_types.push_back(kInt8Oid);
                m_isNull.push_back(false);
            } else if (const auto *text = std::get_if<std::string_view>(&value)) {
                m_texts.emplace_back(*text);
                m_types.push_back(kTextOid);
                m_isNull.push_back(false);
            } else {
                m_texts.emplace_back();
                m_types.push_back(kUnspecifiedOid);
                m_isNull.push_back(true);
            }
        }
        for (size_t i = 0; i < m_texts.size(); ++i)
            m_values.push_back(m_isNull[i] ? nullptr : m_texts[i].c_str());
    }
    int count() const { return static_cast<int>(m_values.size()); }
    const char *const *values() const { return m_values.data(); }
    const Oid *types() const { return m_types.data(); }

private:
    std::vector<std::string> m_texts;
    std::vector<Oid> m_types;
    std::vector<bool> m_isNull;
    std::vector<const char *> m_values;
};

// Where the password of postgresql://user:password@host... is: between the first ':' after the
// scheme and the '@'. {npos, 0} when the URL has none.
std::pair<size_t, size_t> passwordSpan(const std::string &url)
{
    const size_t scheme = url.find("://");
    if (scheme == std::string::npos)
        return {std::string::npos, 0};
    const size_t at = url.find('@', scheme + 3);
    const size_t colon = url.find(':', scheme + 3);
    if (at == std::string::npos || colon == std::string::npos || colon > at || colon + 1 == at)
        return {std::string::npos, 0};
    return {colon + 1, at - colon - 1};
}

} // namespace

void PostgresConnection::ResultDeleter::operator()(PGresult *result) const
{
    PQclear(result);
}

PostgresConnection::PostgresConnection(const std::string &url)
{
    // Keywords before "dbname" are defaults the URL may override: a server that does not answer
    // fails within 10 s instead of the TCP timeout, and shows up as cabinet-server in pg_stat_activity.
    const std::array<const char *, 4> keywords{"connect_timeout", "application_name", "dbname", nullptr};
    const std::array<const char *, 4> values{"10", "cabinet-server", url.c_str(), nullptr};
    m_connection = PQconnectdbParams(keywords.data(), values.data(), 1);
    if (!m_connection)
        throw StoreError("cannot connect to PostgreSQL: out of memory");
    if (PQstatus(m_connection) != CONNECTION_OK) {
        std::string message = PQerrorMessage(m_connection);
        while (!message.empty() && std::isspace(static_cast<unsigned char>(message.back())))
            message.pop_back();
        PQfinish(m_connection);
        m_connection = nullptr;
        throw StoreError("cannot connect to PostgreSQL at " + redactedDatabaseUrl(url) + ": "
                         + redactedDatabaseUrl(url, message));
    }
    // "relation already exists, skipping" and the like are not for the server's log.
    PQsetNoticeProcessor(m_connection, [](void *, const char *) {}, nullptr);
}

PostgresConnection::~PostgresConnection()
{
    PQfinish(m_connection);
}

bool PostgresConnection::isUsable() const
{
    return PQstatus(m_connection) == CONNECTION_OK;
}

void PostgresConnection::fail(const PGresult *result, std::string_view sql)
{
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const std::string sqlState = state ? state : "";
    std::string message = result ? PQresultErrorMessage(result) : PQerrorMessage(m_connection);
    while (!message.empty() && std::isspace(static_cast<unsigned char>(message.back())))
        message.pop_back();
    if (sqlState == kSerializationFailure || sqlState == kDeadlockDetected)
        throw SerializationFailure("PostgreSQL could not serialise the transaction: " + message);
    if (sqlState == kUniqueViolation) {
        // The same answer as SQLite gives, so operations behave alike on both engines.
        m_conflictSeen = true;
        throw domain::Error(domain::ErrorCode::Conflict, "already exists");
    }
    throw StoreError("PostgreSQL: " + message + " in: " + std::string(sql));
}

const std::string &PostgresConnection::preparedName(std::string_view sql, Params params)
{
    const auto cached = m_prepared.find(sql);
    if (cached != m_prepared.end())
        return cached->second;
    const BoundParameters bound(params);
    std::string name = "cabinet_" + std::to_string(m_prepared.size() + 1);
    const std::string text(sql);
    const ResultPtr result(PQprepare(m_connection, name.c_str(), text.c_str(), bound.count(), bound.types()));
    if (!result || PQresultStatus(result.get()) != PGRES_COMMAND_OK)
        fail(result.get(), sql);
    return m_prepared.emplace(text, std::move(name)).first->second;
}

std::string PostgresConnection::inlined(std::string_view sql, const SqlValue *values, size_t count) const
{
    std::vector<std::string> literals;
    for (const SqlValue &value : std::span<const SqlValue>(values, count)) {
        if (const auto *number = std::get_if<std::int64_t>(&value)) {
            // Quoted: -9223372036854775808::int8 would negate a value beyond int8.
            literals.push_back("'" + std::to_string(*number) + "'::int8");
        } else if (const auto *text = std::get_if<std::string_view>(&value)) {
            char *quoted = PQescapeLiteral(m_connection, text->data(), text->size());
            if (!quoted)
                throw StoreError(std::string("PostgreSQL: cannot quote a parameter: ") + PQerrorMessage(m_connection));
            literals.push_back(std::string(quoted) + "::text");
            PQfreemem(quoted);
        } else {
            literals.emplace_back("NULL");
        }
    }
    std::string out;
    out.reserve(sql.size() + 64);
    for (size_t i = 0; i < sql.size(); ++i) {
        size_t digits = i + 1;
        while (sql[i] == '$' && digits < sql.size() && std::isdigit(static_cast<unsigned char>(sql[digits])))
            ++digits;
        if (digits == i + 1) {
            out += sql[i];
            continue;
        }
        size_t number = 0;
        std::from_chars(sql.data() + i + 1, sql.data() + digits, number);
        if (number == 0 || number > literals.size())
            throw StoreError("a statement names a parameter it was not given: " + std::string(sql));
        out += literals[number - 1];
        i = digits - 1;
    }
    return out;
}

void PostgresConnection::executeLater(std::string_view sql, Params params)
{
    m_later += inlined(sql, params.begin(), params.size());
    m_later += ";\n";
    ++m_laterCount;
}

void PostgresConnection::drainUnread()
{
    if (!m_unread)
        return;
    m_unread = false;
    while (PGresult *result = PQgetResult(m_connection))
        PQclear(result);
}

void PostgresConnection::commitWithoutWaiting()
{
    drainUnread();
    m_later.clear();
    m_laterCount = 0;
    m_unread = PQsendQuery(m_connection, "COMMIT") == 1;
}

void PostgresConnection::queryAll(const std::vector<Query> &queries)
{
    drainUnread();
    std::string script = std::move(m_later);
    int skip = m_laterCount;
    m_later.clear();
    m_laterCount = 0;
    for (const Query &query : queries)
        script += inlined(query.sql, query.params.data(), query.params.size()) + ";\n";
    if (PQsendQuery(m_connection, script.c_str()) != 1)
        fail(nullptr, script);
    // Every result is read, also after a failure: the connection is ready for the next statement.
    ResultPtr failure;
    size_t next = 0;
    while (PGresult *raw = PQgetResult(m_connection)) {
        ResultPtr result(raw);
        const ExecStatusType status = PQresultStatus(raw);
        if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
            if (!failure)
                failure = std::move(result);
            continue;
        }
        if (failure || skip-- > 0 || next >= queries.size())
            continue;
        const Query &query = queries[next++];
        for (int row = 0; row < PQntuples(raw); ++row)
            query.onRow(PostgresRow(raw, row));
    }
    if (failure)
        fail(failure.get(), script);
    m_statementsDone += static_cast<std::int64_t>(queries.size());
}

PostgresConnection::ResultPtr PostgresConnection::run(std::string_view sql, Params params)
{
    drainUnread();
    ResultPtr result;
    if (!m_later.empty()) {
        // One round trip for what waited and this statement; PostgreSQL stops at the first error.
        std::string script = std::move(m_later);
        m_later.clear();
        m_laterCount = 0;
        script += inlined(sql, params.begin(), params.size());
        result.reset(PQexec(m_connection, script.c_str()));
    } else if (isCacheable(sql, params.size())) {
        const std::string &name = preparedName(sql, params);
        const BoundParameters bound(params);
        result.reset(PQexecPrepared(m_connection, name.c_str(), bound.count(), bound.values(), nullptr, nullptr, 0));
    } else {
        result.reset(PQexec(m_connection, std::string(sql).c_str()));
    }
    const ExecStatusType status = result ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        fail(result.get(), sql);
    ++m_statementsDone;
    return result;
}

void PostgresConnection::query(std::string_view sql, Params params, const RowHandler &onRow)
{
    // The whole result is in memory, so a handler may run further statements on this connection.
    const ResultPtr result = run(sql, params);
    const int rows = PQntuples(result.get());
    for (int row = 0; row < rows; ++row)
        onRow(PostgresRow(result.get(), row));
}

std::int64_t PostgresConnection::execute(std::string_view sql, Params params)
{
    const ResultPtr result = run(sql, params);
    const std::string_view changed = PQcmdTuples(result.get());
    std::int64_t count = 0;
    std::from_chars(changed.data(), changed.data() + changed.size(), count);
    return count;
}

void PostgresConnection::exec(const std::string &sql)
{
    run(sql, {});
}

void PostgresConnection::lockNamed(std::string_view name)
{
    query("SELECT pg_advisory_xact_lock(hashtext('cabinet-job:' || $1))", {name}, [](const SqlRow &) {});
}

void PostgresConnection::rollback()
{
    m_later.clear();
    m_laterCount = 0;
    run("ROLLBACK", {});
}

void PostgresConnection::commit()
{
    const ResultPtr result = run("COMMIT", {});
    if (std::string_view(PQcmdStatus(result.get())) != "COMMIT")
        throw StoreError("PostgreSQL rolled the transaction back: one of its statements had failed");
}

std::string redactedDatabaseUrl(const std::string &url)
{
    const auto [start, size] = passwordSpan(url);
    return start == std::string::npos ? url : url.substr(0, start) + "***" + url.substr(start + size);
}

std::string redactedDatabaseUrl(const std::string &url, std::string text)
{
    const auto [start, size] = passwordSpan(url);
    // Replacing a password of one or two characters everywhere would garble the text and hide nothing.
    if (start == std::string::npos || size < 3)
        return text;
    const std::string password = url.substr(start, size);
    for (size_t found = text.find(password); found != std::string::npos; found = text.find(password, found + 3))
        text.replace(found, password.size(), "***");
    return text;
}

} // namespace store
