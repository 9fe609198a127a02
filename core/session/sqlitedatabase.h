#pragma once

#include <maxmon/maxmon_core_export.h>
#include <maxmon/result.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace maxmon {

class SqliteDatabase;

// One prepared statement of a SqliteDatabase: bind, step, read columns,
// reset. Owned by one thread at a time, like its connection.
class MAXMON_CORE_TEST_EXPORT SqliteStatement
{
public:
    SqliteStatement() = default;
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;
    ~SqliteStatement();

    bool isValid() const { return m_statement != nullptr; }

    // Parameters count from 1, as in SQLite.
    void bind(int index, qint64 value);
    void bind(int index, double value);
    void bindNull(int index);
    // The bytes must stay alive until the statement is reset (no copy).
    void bindBlob(int index, const char *data, qsizetype size);
    void bindText(int index, const QByteArray &utf8);

    // True while there is a row; false at the end or on an error (see error()).
    bool step();
    void reset();
    // SQLITE_OK, SQLITE_DONE or the error of the last step().
    int lastCode() const { return m_lastCode; }
    Error error() const;

    qint64 int64(int column) const;
    double real(int column) const;
    bool isNull(int column) const;
    // A copy of the column's bytes.
    QByteArray bytes(int column) const;
    QString text(int column) const;

private:
    friend class SqliteDatabase;
    SqliteStatement(SqliteDatabase *database, sqlite3_stmt *statement);

    SqliteDatabase *m_database = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    int m_lastCode = 0;
};

// A connection to one SQLite database file (the C API of Debian's
// libsqlite3), for the session files. Not shared between threads: the
// writer, each reader and each search have their own.
class MAXMON_CORE_TEST_EXPORT SqliteDatabase
{
    Q_DECLARE_TR_FUNCTIONS(maxmon::SqliteDatabase)

public:
    enum class Mode { ReadOnly, ReadWrite, Create };

    SqliteDatabase() = default;
    SqliteDatabase(const SqliteDatabase &) = delete;
    SqliteDatabase &operator=(const SqliteDatabase &) = delete;
    ~SqliteDatabase();

    Result<void> open(const QString &path, Mode mode);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    QString path() const { return m_path; }

    // Runs one or more statements that return no rows.
    Result<void> exec(const char *sql);
    Result<SqliteStatement> prepare(const char *sql);
    // The first column of the first row as an integer (fallback when none).
    Result<qint64> queryInt(const char *sql, qint64 fallback = 0);
    int changes() const;

    // A FileError naming the file, with SQLite's message as detail.
    Error error(const QString &what) const;
    Error errorFor(int code, const QString &what) const;
    // SQLITE_CORRUPT, SQLITE_NOTADB: the file is damaged or no database.
    static bool isDamage(int code);
    sqlite3 *handle() const { return m_db; }

private:
    sqlite3 *m_db = nullptr;
    QString m_path;
};

} // namespace maxmon
