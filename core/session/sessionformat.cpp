#include "session/sessionformat.h"

#include <QJsonDocument>

namespace maxmon {

int SessionFormat::wireKind(const Message &message)
{
    if (message.isTextFrame())
        return TextFrame;
    switch (message.kind()) {
    case Message::Kind::Binary:
        return BinaryFrame;
    case Message::Kind::Ping:
        return PingFrame;
    case Message::Kind::Pong:
        return PongFrame;
    case Message::Kind::Close:
        return CloseFrame;
    case Message::Kind::Text:
    case Message::Kind::Json:
        break;
    }
    return TextFrame;
}

int SessionFormat::directionCode(Message::Direction direction)
{
    return direction == Message::Direction::Incoming ? 0 : 1;
}

Message SessionFormat::toMessage(int kind, int direction, const QString &id,
                                 const QByteArray &payload, const QByteArray &meta, qint64 timeUs)
{
    const auto dir = direction == 0 ? Message::Direction::Incoming : Message::Direction::Outgoing;
    Message message;
    switch (kind) {
    case BinaryFrame:
        message = Message::fromBinary(dir, payload);
        break;
    case PingFrame:
        message = Message::control(Message::Kind::Ping, dir, payload);
        break;
    case PongFrame:
        message = Message::control(Message::Kind::Pong, dir, payload);
        break;
    case CloseFrame:
        message = Message::control(Message::Kind::Close, dir, payload);
        break;
    default: // a newer kind would have come with a newer format version
        message = Message::fromText(dir, payload);
        break;
    }
    message = message.withTimestamps(timeUs, 0);
    if (!id.isEmpty())
        message = message.withId(id);
    if (!meta.isEmpty())
        message = message.withMeta(jsonObject(meta));
    return message;
}

QByteArray SessionFormat::searchText(int wireKind, const QByteArray &payload)
{
    if (wireKind == TextFrame)
        return payload;
    if (wireKind == CloseFrame)
        return payload.mid(2);
    return {};
}

Result<void> SessionFormat::create(SqliteDatabase &db)
{
    static const QByteArray schema = QByteArrayLiteral("PRAGMA application_id = ")
        + QByteArray::number(ApplicationId)
        + "; PRAGMA user_version = " + QByteArray::number(Version) + ";"
        + "PRAGMA journal_mode = WAL;"
          "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT);"
          "CREATE TABLE IF NOT EXISTS messages(id INTEGER PRIMARY KEY, time_us INTEGER NOT NULL,"
          " direction INTEGER NOT NULL, kind INTEGER NOT NULL, msg_id TEXT,"
          " payload BLOB NOT NULL, meta TEXT);"
          "CREATE TABLE IF NOT EXISTS events(id INTEGER PRIMARY KEY, position INTEGER NOT NULL,"
          " time_us INTEGER NOT NULL, type TEXT NOT NULL, text TEXT NOT NULL, data TEXT);"
          "CREATE TABLE IF NOT EXISTS samples(time_us INTEGER NOT NULL, rtt_ms REAL,"
          " p95_ms REAL);"
          "CREATE TABLE IF NOT EXISTS seconds(second INTEGER PRIMARY KEY,"
          " in_messages INTEGER NOT NULL, out_messages INTEGER NOT NULL,"
          " in_bytes INTEGER NOT NULL, out_bytes INTEGER NOT NULL);"
          "CREATE VIRTUAL TABLE IF NOT EXISTS search USING fts5(body, content='',"
          " detail=none, tokenize='unicode61 remove_diacritics 2');";
    return db.exec(schema.constData());
}

Result<void> SessionFormat::configureWriter(SqliteDatabase &db)
{
    // NORMAL: a commit is in the WAL, and so in the operating system's hands,
    // when it returns; only a power loss could take the last commits back.
    // Checkpoints every 16 MiB of WAL, and the WAL cut back to 64 MiB after.
    return db.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"
                   "PRAGMA wal_autocheckpoint = 4096; PRAGMA journal_size_limit = 67108864;"
                   "PRAGMA cache_size = -8192; PRAGMA temp_store = MEMORY;");
}

Result<void> SessionFormat::check(SqliteDatabase &db)
{
    const Result<qint64> application = db.queryInt("PRAGMA application_id");
    if (!application)
        return failure(application.error());
    const Result<qint64> version = db.queryInt("PRAGMA user_version");
    if (!version)
        return failure(version.error());
    if (*application != ApplicationId) {
        Error error(
            Error::Code::FileError,
            tr("%1 is no maxmon session: it is a database of another program.").arg(db.path()));
        error.withContext(QStringLiteral("reason"), QStringLiteral("not_a_session"));
        return failure(error);
    }
    if (*version > Version) {
        Error error(Error::Code::FileError,
                    tr("%1 was written by a newer maxmon (session format %2); this maxmon reads "
                       "format %3 and older.")
                        .arg(db.path())
                        .arg(*version)
                        .arg(Version),
                    QString(), tr("Open it with a newer maxmon."));
        error.withContext(QStringLiteral("reason"), QStringLiteral("newer_version"));
        error.withContext(QStringLiteral("formatVersion"), *version);
        return failure(error);
    }
    if (*version < 1) {
        Error error(Error::Code::FileError,
                    tr("%1 is no maxmon session: it has no format version.").arg(db.path()));
        error.withContext(QStringLiteral("reason"), QStringLiteral("not_a_session"));
        return failure(error);
    }
    return {};
}

QByteArray SessionFormat::jsonText(const QJsonObject &object)
{
    if (object.isEmpty())
        return {};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject SessionFormat::jsonObject(const QByteArray &text)
{
    return text.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(text).object();
}

} // namespace maxmon
