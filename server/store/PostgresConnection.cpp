// SPDX-License-Identifier: GPL-3.0-or-later
#include "PostgresConnection.h"

#include "DomainError.h"

#include <libpq-fe.h>

#include <array>
#include <utility>
#include <cctype>
#include <charconv>
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

// The NUL-terminated values of a statement as libpq takes them (nullptr for NULL).
std::vector<const char *> valuePointers(const std::vector<std::optional<std::string>> &values)
{
    std::vector<const char *> pointers;
    pointers.reserve(values.size());
    for (const std::optional<std::string> &value : values)
        pointers.push_back(value ? value->c_str() : nullptr);
    return pointers;
}

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

PostgresConnection::Statement PostgresConnection::statementOf(std::string_view sql, std::span<const SqlValue> params)
{
    Statement statement{std::string(sql), {}, {}};
    statement.values.reserve(params.size());
    statement.types.reserve(params.size());
    for (const SqlValue &value : params) {
        if (const auto *number = std::get_if<std::int64_t>(&value)) {
            statement.values.emplace_back(std::to_string(*number));
            statement.types.push_back(kInt8Oid);
        } else if (const auto *text = std::get_if<std::string_view>(&value)) {
            statement.values.emplace_back(std::string(*text));
            statement.types.push_back(kTextOid);
        } else {
            statement.values.emplace_back(std::nullopt);
            statement.types.push_back(kUnspecifiedOid);
        }
    }
    return statement;
}

std::vector<PostgresConnection::ResultPtr> PostgresConnection::runPipeline(const std::vector<Statement> &statements)
{
    drainUnread();
    if (PQenterPipelineMode(m_connection) != 1)
        fail(nullptr, "(entering pipeline mode)");
    // What was sent, in order: a statement's Parse (prepared here the first time) and its run.
    struct Sent
    {
        const Statement *statement;
        std::string preparing; // the name a Parse gives it; empty for the run itself
    };
    std::vector<Sent> sent;
    std::unordered_map<std::string_view, std::string> preparingNow; // SQL -> name, Parse sent in this trip
    bool sendFailed = false;
    for (const Statement &statement : statements) {
        const int count = static_cast<int>(statement.values.size());
        const std::vector<const char *> values = valuePointers(statement.values);
        int ok = 0;
        if (!statement.planEachRun && isCacheable(statement.sql, statement.values.size())) {
            const std::string *name = nullptr;
            if (const auto cached = m_prepared.find(statement.sql); cached != m_prepared.end()) {
                name = &cached->second;
            } else if (const auto preparing = preparingNow.find(statement.sql); preparing != preparingNow.end()) {
                name = &preparing->second;
            } else {
                std::string fresh = "cabinet_" + std::to_string(m_prepared.size() + preparingNow.size() + 1);
                if (PQsendPrepare(m_connection, fresh.c_str(), statement.sql.c_str(), count, statement.types.data()) != 1) {
                    sendFailed = true;
                    break;
                }
                sent.push_back({&statement, fresh});
                name = &preparingNow.emplace(statement.sql, std::move(fresh)).first->second;
            }
            ok = PQsendQueryPrepared(m_connection, name->c_str(), count, values.data(), nullptr, nullptr, 0);
        } else {
            ok = PQsendQueryParams(m_connection, statement.sql.c_str(), count, statement.types.data(), values.data(),
                                   nullptr, nullptr, 0);
        }
        if (ok != 1) {
            sendFailed = true;
            break;
        }
        sent.push_back({&statement, {}});
    }
    if (sendFailed || PQpipelineSync(m_connection) != 1) {
        // The connection broke while sending: nothing more can be read from it.
        const std::string message = PQerrorMessage(m_connection);
        PQexitPipelineMode(m_connection);
        throw StoreError("PostgreSQL: " + message);
    }
    // Every result is read, also after a failure (the statements after it come back aborted),
    // so the connection is ready for the next statement.
    std::vector<ResultPtr> results;
    results.reserve(statements.size());
    ResultPtr failure;
    std::string_view failedSql;
    for (const Sent &command : sent) {
        ResultPtr last;
        while (PGresult *raw = PQgetResult(m_connection))
            last.reset(raw);
        const ExecStatusType status = last ? PQresultStatus(last.get()) : PGRES_FATAL_ERROR;
        const bool succeeded = status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
        if (!succeeded && !failure && status != PGRES_PIPELINE_ABORTED) {
            failure = std::move(last);
            failedSql = command.statement->sql;
        }
        if (!command.preparing.empty()) {
            if (succeeded) // a named statement outlives the transaction, whatever becomes of it
                m_prepared.emplace(command.statement->sql, command.preparing);
        } else if (succeeded) {
            results.push_back(std::move(last));
            ++m_statementsDone;
        }
    }
    bool synced = false;
    while (PGresult *raw = PQgetResult(m_connection)) {
        synced = synced || PQresultStatus(raw) == PGRES_PIPELINE_SYNC;
        PQclear(raw);
        if (synced)
            break;
    }
    PQexitPipelineMode(m_connection);
    if (failure || !synced)
        fail(failure.get(), failedSql);
    if (results.size() != statements.size())
        fail(nullptr, "(a pipelined statement was aborted)");
    return results;
}

void PostgresConnection::executeLater(std::string_view sql, Params params)
{
    m_later.push_back(statementOf(sql, {params.begin(), params.size()}));
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
    m_unread = PQsendQuery(m_connection, "COMMIT") == 1;
}

void PostgresConnection::queryAll(const std::vector<Query> &queries)
{
    std::vector<Statement> statements = std::move(m_later);
    m_later.clear();
    const size_t skip = statements.size();
    for (const Query &query : queries) {
        statements.push_back(statementOf(query.sql, query.params));
        statements.back().planEachRun = query.planEachRun;
    }
    const std::vector<ResultPtr> results = runPipeline(statements);
    for (size_t i = 0; i < queries.size(); ++i) {
        const PGresult *result = results[skip + i].get();
        for (int row = 0; row < PQntuples(result); ++row)
            queries[i].onRow(PostgresRow(result, row));
    }
}

PostgresConnection::ResultPtr PostgresConnection::run(std::string_view sql, Params params)
{
    if (!m_later.empty() || isCacheable(sql, params.size())) {
        // One round trip for what waited and this statement (PostgreSQL skips what follows an
        // error); a statement not yet prepared is prepared in the same trip.
        std::vector<Statement> statements = std::move(m_later);
        m_later.clear();
        statements.push_back(statementOf(sql, {params.begin(), params.size()}));
        return std::move(runPipeline(statements).back());
    }
    // Transaction control and DDL alone: the simple protocol, which takes any statement.
    drainUnread();
    ResultPtr result(PQexec(m_connection, std::string(sql).c_str()));
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
