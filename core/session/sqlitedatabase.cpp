#include "session/sqlitedatabase.h"

#include <QFile>

#include <sqlite3.h>
#include <utility>

namespace maxmon {

SqliteStatement::SqliteStatement(SqliteDatabase *database, sqlite3_stmt *statement)
    : m_database(database)
    , m_statement(statement)
{ }

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_database(std::exchange(other.m_database, nullptr))
    , m_statement(std::exchange(other.m_statement, nullptr))
    , m_lastCode(other.m_lastCode)
{ }

SqliteStatement &SqliteStatement::operator=(SqliteStatement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_statement);
        m_database = std::exchange(other.m_database, nullptr);
        m_statement = std::exchange(other.m_statement, nullptr);
        m_lastCode = other.m_lastCode;
    }
    return *this;
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bind(int index, double value)
{
    sqlite3_bind_double(m_statement, index, value);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

void SqliteStatement::bindBlob(int index, const char *data, qsizetype size)
{
    // a zero-length blob, not NULL, for an empty payload
    sqlite3_bind_blob64(m_statement, index, data ? data : "", static_cast<sqlite3_uint64>(size),
                        SQLITE_STATIC);
}

void SqliteStatement::bindText(int index, const QByteArray &utf8)
{
    sqlite3_bind_text64(m_statement, index, utf8.constData(),
                        static_cast<sqlite3_uint64>(utf8.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
}

bool SqliteStatement::step()
{
    m_lastCode = sqlite3_step(m_statement);
    return m_lastCode == SQLITE_ROW;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

Error SqliteStatement::error() const
{
    if (m_lastCode == SQLITE_ROW || m_lastCode == SQLITE_DONE || m_lastCode == SQLITE_OK)
        return Error();
    return m_database->errorFor(m_lastCode, SqliteDatabase::tr("Cannot read or write %1."));
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double SqliteStatement::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

QByteArray SqliteStatement::bytes(int column) const
{
    const void *data = sqlite3_column_blob(m_statement, column);
    const int size = sqlite3_column_bytes(m_statement, column);
    return data ? QByteArray(static_cast<const char *>(data), size) : QByteArray("");
}

QString SqliteStatement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column)) : QString();
}

SqliteDatabase::~SqliteDatabase()
{
    close();
}

Result<void> SqliteDatabase::open(const QString &path, Mode mode)
{
    close();
    m_path = path;
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::Create:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    const int code = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr);
    if (code != SQLITE_OK) {
        const Error failed = errorFor(code, tr("Cannot open %1."));
        close();
        return failure(failed);
    }
    sqlite3_extended_result_codes(m_db, 1);
    // a writer holds its lock only for a commit: wait for it rather than fail
    sqlite3_busy_timeout(m_db, 5000);
    return {};
}

void SqliteDatabase::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

Result<void> SqliteDatabase::exec(const char *sql)
{
    char *message = nullptr;
    const int code = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    sqlite3_free(message);
    if (code != SQLITE_OK)
        return failure(errorFor(code, tr("Cannot read or write %1.")));
    return {};
}

Result<SqliteStatement> SqliteDatabase::prepare(const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    const int code =
        sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
    if (code != SQLITE_OK) {
        sqlite3_finalize(statement);
        return failure(errorFor(code, tr("Cannot read %1.")));
    }
    return SqliteStatement(this, statement);
}

Result<qint64> SqliteDatabase::queryInt(const char *sql, qint64 fallback)
{
    Result<SqliteStatement> statement = prepare(sql);
    if (!statement)
        return failure(statement.error());
    if (statement->step())
        return statement->isNull(0) ? fallback : statement->int64(0);
    if (statement->lastCode() != SQLITE_DONE)
        return failure(statement->error());
    return fallback;
}

int SqliteDatabase::changes() const
{
    return sqlite3_changes(m_db);
}

Error SqliteDatabase::error(const QString &what) const
{
    return errorFor(m_db ? sqlite3_extended_errcode(m_db) : SQLITE_CANTOPEN, what);
}

Error SqliteDatabase::errorFor(int code, const QString &what) const
{
    const QString detail = m_db && sqlite3_errcode(m_db) != SQLITE_OK
        ? QString::fromUtf8(sqlite3_errmsg(m_db))
        : QString::fromUtf8(sqlite3_errstr(code));
    Error error(Error::Code::FileError, what.arg(m_path), detail);
    error.withContext(QStringLiteral("sqliteCode"), code);
    if (isDamage(code)) {
        error.withContext(QStringLiteral("reason"), QStringLiteral("damaged"));
        error.withHint(tr("The file is damaged or is no maxmon session; what could be read "
                          "is shown."));
    } else if ((code & 0xff) == SQLITE_FULL) {
        error.withHint(tr("The disk is full: free some space, or lower the size kept for "
                          "sessions."));
    }
    return error;
}

bool SqliteDatabase::isDamage(int code)
{
    const int primary = code & 0xff;
    return primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB;
}

} // namespace maxmon
