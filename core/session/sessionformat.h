#pragma once

#include "session/sqlitedatabase.h"

#include <maxmon/message.h>
#include <maxmon/result.h>

#include <QCoreApplication>
#include <QJsonObject>

namespace maxmon {

// The layout of a session file (.maxmon): a SQLite database in WAL mode.
//
//   messages  id (1, 2, 3, ...: a message's sequence number, no gaps), time_us,
//             direction (0 in, 1 out), kind (WireKind), msg_id (NULL: none),
//             payload (the bytes, redacted), meta (JSON text, NULL: none)
//   events    id, position (messages stored before it), time_us, type
//             (SessionEvent::typeName), text, data (JSON text, NULL: none)
//   samples   time_us, rtt_ms (NULL: a lost probe), p95_ms (NULL: none)
//   seconds   second (time_us / 10^6), in/out message and byte counts
//   search    FTS5 over the text of text frames and close reasons (contentless,
//             rowid = messages.id, unicode61, detail=none); indexed up to
//             meta "search_indexed", the rest is searched by scanning
//   meta      key, value: format, created, app version, url, profile, ...
//
// PRAGMA application_id marks the file as maxmon's; PRAGMA user_version is
// the format version. A file of a newer version is refused.
class MAXMON_CORE_TEST_EXPORT SessionFormat
{
    Q_DECLARE_TR_FUNCTIONS(maxmon::SessionFormat)

public:
    static constexpr int Version = 1;
    static constexpr int ApplicationId = 0x6d786d6e; // "mxmn"

    // The frame as sent; a Text frame is reported as Json when its bytes parse.
    enum WireKind { TextFrame = 0, BinaryFrame = 1, PingFrame = 2, PongFrame = 3, CloseFrame = 4 };

    static int wireKind(const Message &message);
    static int directionCode(Message::Direction direction);
    // A message from the columns of a messages row.
    static Message toMessage(int kind, int direction, const QString &id, const QByteArray &payload,
                             const QByteArray &meta, qint64 timeUs);
    // The text the search index holds for a message: text frames as they
    // are, close frames their reason, nothing for binary and other control
    // frames.
    static QByteArray searchText(int wireKind, const QByteArray &payload);

    // Makes the tables of a new file and marks it.
    static Result<void> create(SqliteDatabase &db);
    // The settings of the one connection that writes (WAL, batched commits).
    static Result<void> configureWriter(SqliteDatabase &db);
    // Checks that an opened file is a session this maxmon can read: not
    // another SQLite file, not a newer format.
    static Result<void> check(SqliteDatabase &db);

    static QByteArray jsonText(const QJsonObject &object);
    static QJsonObject jsonObject(const QByteArray &text);
};

} // namespace maxmon
