#pragma once

#include "session/sqlitedatabase.h"

#include <maxmon/logexporter.h>
#include <maxmon/message.h>
#include <maxmon/result.h>
#include <maxmon/sessionevent.h>

#include <QJsonValue>

#include <array>
#include <map>
#include <optional>

namespace maxmon {

// The writing side of a session file, on the thread that owns it: creates
// the tables and inserts rows in transactions. SessionWriter runs it on its
// own thread behind a queue; imports and conversions call it directly.
class MAXMON_CORE_TEST_EXPORT SessionTables
{
public:
    SessionTables() = default;
    SessionTables(const SessionTables &) = delete;
    SessionTables &operator=(const SessionTables &) = delete;

    // Creates or opens the file for writing and prepares the statements.
    // redaction: the exports' rules every message goes through; none for a
    // copy of a file that exists already.
    Result<void> open(const QString &path, std::optional<LogExporter> redaction);
    // Folds the WAL into the file and closes it.
    void close();
    QString path() const { return m_db.path(); }
    // Bytes on disk, the WAL included.
    qint64 fileBytes() const;

    Result<void> begin();
    // Also writes the per-second counts of the messages since begin().
    Result<void> commit();
    void rollback();

    Result<void> insertMessage(qint64 sequence, qint64 timeUs, int direction, int kind,
                               const QByteArray &id, const QByteArray &payload,
                               const QByteArray &meta);
    Result<void> insertMessage(qint64 sequence, const Message &message);
    Result<void> insertEvent(qint64 position, qint64 timeUs, const QByteArray &type,
                             const QByteArray &text, const QByteArray &data);
    Result<void> insertEvent(qint64 position, const SessionEvent &event);
    Result<void> insertSample(qint64 timeUs, double rttMs, double p95Ms);
    Result<void> setMeta(const QByteArray &key, const QByteArray &value);
    Result<void> setMeta(const QString &key, const QJsonValue &value);

    // Indexes stored messages after indexedUpTo() for the text search, for at
    // most budgetNs (0: all of them), in its own transaction. Returns whether
    // some are left.
    Result<bool> indexMore(qint64 upTo, qint64 budgetNs);
    qint64 indexedUpTo() const { return m_indexed; }

    static QByteArray metaText(const QJsonValue &value);

private:
    Result<void> run(SqliteStatement &statement);

    SqliteDatabase m_db;
    std::optional<LogExporter> m_redaction;
    SqliteStatement m_message;
    SqliteStatement m_event;
    SqliteStatement m_sample;
    SqliteStatement m_second;
    SqliteStatement m_meta;
    SqliteStatement m_unindexed;
    SqliteStatement m_index;
    qint64 m_indexed = 0;
    // messages and bytes per second, in and out, since begin()
    std::map<qint64, std::array<qint64, 4>> m_seconds;
};

} // namespace maxmon
