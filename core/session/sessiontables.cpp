#include "session/sessiontables.h"

#include "session/sessionformat.h"

#include <maxmon/messagerecord.h>
#include <maxmon/version.h>

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace maxmon {

Result<void> SessionTables::open(const QString &path, std::optional<LogExporter> redaction)
{
    m_redaction = std::move(redaction);
    Result<void> ready = m_db.open(path, SqliteDatabase::Mode::Create);
    // an empty file becomes a session; anything else must be one already
    // (never a newer format marked down, nor another program's database)
    const Result<qint64> objects = ready ? m_db.queryInt("SELECT count(*) FROM sqlite_master")
                                         : Result<qint64>(failure(ready.error()));
    if (!objects)
        return failure(objects.error());
    if (*objects == 0)
        ready = SessionFormat::create(m_db);
    if (ready)
        ready = SessionFormat::check(m_db);
    if (ready)
        ready = SessionFormat::configureWriter(m_db);
    if (!ready)
        return ready;
    const std::pair<SqliteStatement *, const char *> statements[] = {
        { &m_message,
          "INSERT INTO messages(id, time_us, direction, kind, msg_id, payload, meta) "
          "VALUES(?, ?, ?, ?, ?, ?, ?)" },
        { &m_event,
          "INSERT INTO events(position, time_us, type, text, data) VALUES(?, ?, ?, ?, ?)" },
        { &m_sample, "INSERT INTO samples(time_us, rtt_ms, p95_ms) VALUES(?, ?, ?)" },
        { &m_second,
          "INSERT INTO seconds VALUES(?, ?, ?, ?, ?) ON CONFLICT(second) DO UPDATE SET "
          "in_messages = in_messages + excluded.in_messages, "
          "out_messages = out_messages + excluded.out_messages, "
          "in_bytes = in_bytes + excluded.in_bytes, out_bytes = out_bytes + excluded.out_bytes" },
        { &m_meta, "INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)" },
        { &m_unindexed,
          "SELECT id, kind, payload FROM messages WHERE id > ? AND id <= ? ORDER BY id LIMIT 256" },
        { &m_index, "INSERT INTO search(rowid, body) VALUES(?, ?)" },
    };
    for (const auto &[statement, sql] : statements) {
        Result<SqliteStatement> prepared = m_db.prepare(sql);
        if (!prepared)
            return failure(prepared.error());
        *statement = std::move(*prepared);
    }
    m_indexed = m_db.queryInt("SELECT CAST(value AS INTEGER) FROM meta "
                              "WHERE key = 'search_indexed'")
                    .value_or(0);
    // a new file gets its facts; an existing one keeps them
    const Result<qint64> described =
        m_db.queryInt("SELECT count(*) FROM meta WHERE key = 'format'");
    if (!described)
        return failure(described.error());
    if (*described > 0)
        return {};
    Result<void> meta = begin();
    for (const auto &[key, value] :
         { std::pair { "format", QStringLiteral("maxmon-session") },
           std::pair { "created", MessageRecord::formatTime(Message::nowUs()) },
           std::pair { "app_version", QStringLiteral(MAXMON_VERSION) } }) {
        if (meta)
            meta = setMeta(QByteArray(key), value.toUtf8());
    }
    return meta ? commit() : meta;
}

void SessionTables::close()
{
    if (!m_db.isOpen())
        return;
    // one file again: what the WAL holds goes into the database
    static_cast<void>(m_db.exec("PRAGMA wal_checkpoint(TRUNCATE)"));
    for (SqliteStatement *statement :
         { &m_message, &m_event, &m_sample, &m_second, &m_meta, &m_unindexed, &m_index })
        *statement = SqliteStatement();
    m_db.close();
}

qint64 SessionTables::fileBytes() const
{
    return QFileInfo(path()).size() + QFileInfo(path() + QStringLiteral("-wal")).size();
}

Result<void> SessionTables::begin()
{
    m_seconds.clear();
    return m_db.exec("BEGIN IMMEDIATE");
}

Result<void> SessionTables::commit()
{
    for (const auto &[second, counts] : m_seconds) {
        m_second.bind(1, second);
        for (int i = 0; i < 4; ++i)
            m_second.bind(i + 2, counts[static_cast<std::size_t>(i)]);
        if (Result<void> done = run(m_second); !done) {
            rollback();
            return done;
        }
    }
    m_seconds.clear();
    if (Result<void> committed = m_db.exec("COMMIT"); !committed) {
        rollback();
        return committed;
    }
    return {};
}

void SessionTables::rollback()
{
    m_seconds.clear();
    static_cast<void>(m_db.exec("ROLLBACK"));
}

Result<void> SessionTables::run(SqliteStatement &statement)
{
    statement.step();
    const Error error = statement.error();
    statement.reset();
    if (error)
        return failure(error);
    return {};
}

Result<void> SessionTables::insertMessage(qint64 sequence, qint64 timeUs, int direction, int kind,
                                          const QByteArray &id, const QByteArray &payload,
                                          const QByteArray &meta)
{
    // Redacted here, by the exports' rules: the message is rebuilt only to
    // be checked, and most need no change.
    QByteArray stored = payload;
    QByteArray storedMeta = meta;
    const bool text = kind == SessionFormat::TextFrame || kind == SessionFormat::CloseFrame;
    if (m_redaction && m_redaction->mayNeedMasking(payload, text)) {
        const Message original =
            SessionFormat::toMessage(kind, direction, QString(), payload, meta, timeUs);
        const Message redacted = m_redaction->redact(original);
        if (!redacted.sharesPayloadWith(original)) {
            stored = redacted.payload();
            storedMeta = SessionFormat::jsonText(redacted.meta());
        }
    }
    m_message.bind(1, sequence);
    m_message.bind(2, timeUs);
    m_message.bind(3, static_cast<qint64>(direction));
    m_message.bind(4, static_cast<qint64>(kind));
    if (id.isEmpty())
        m_message.bindNull(5);
    else
        m_message.bindText(5, id);
    m_message.bindBlob(6, stored.constData(), stored.size());
    if (storedMeta.isEmpty())
        m_message.bindNull(7);
    else
        m_message.bindText(7, storedMeta);
    // the payload is bound without a copy: alive until the step
    if (Result<void> done = run(m_message); !done)
        return done;
    auto &counts = m_seconds[timeUs / 1000000];
    counts[direction == 0 ? 0 : 1] += 1;
    counts[direction == 0 ? 2 : 3] += stored.size();
    return {};
}

Result<void> SessionTables::insertMessage(qint64 sequence, const Message &message)
{
    const QJsonObject meta = message.meta();
    return insertMessage(sequence, message.timestampUs(),
                         SessionFormat::directionCode(message.direction()),
                         SessionFormat::wireKind(message), message.id().toUtf8(), message.payload(),
                         SessionFormat::jsonText(meta));
}

Result<void> SessionTables::insertEvent(qint64 position, qint64 timeUs, const QByteArray &type,
                                        const QByteArray &text, const QByteArray &data)
{
    m_event.bind(1, position);
    m_event.bind(2, timeUs);
    m_event.bindText(3, type);
    m_event.bindText(4, text);
    if (data.isEmpty())
        m_event.bindNull(5);
    else
        m_event.bindText(5, data);
    return run(m_event);
}

Result<void> SessionTables::insertEvent(qint64 position, const SessionEvent &event)
{
    return insertEvent(position, event.timestampUs(), SessionEvent::typeName(event.type()).toUtf8(),
                       event.text().toUtf8(), SessionFormat::jsonText(event.data()));
}

Result<void> SessionTables::insertSample(qint64 timeUs, double rttMs, double p95Ms)
{
    m_sample.bind(1, timeUs);
    if (rttMs < 0)
        m_sample.bindNull(2);
    else
        m_sample.bind(2, rttMs);
    if (p95Ms < 0)
        m_sample.bindNull(3);
    else
        m_sample.bind(3, p95Ms);
    return run(m_sample);
}

Result<void> SessionTables::setMeta(const QByteArray &key, const QByteArray &value)
{
    m_meta.bindText(1, key);
    m_meta.bindText(2, value);
    return run(m_meta);
}

Result<void> SessionTables::setMeta(const QString &key, const QJsonValue &value)
{
    return setMeta(key.toUtf8(), metaText(value));
}

QByteArray SessionTables::metaText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().toUtf8();
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    // a number or a boolean: its JSON text, without the array around it
    const QByteArray wrapped = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

Result<bool> SessionTables::indexMore(qint64 upTo, qint64 budgetNs)
{
    if (m_indexed >= upTo)
        return false;
    if (Result<void> begun = m_db.exec("BEGIN IMMEDIATE"); !begun)
        return failure(begun.error());
    QElapsedTimer timer;
    timer.start();
    qint64 last = m_indexed;
    int rows = 256;
    while (rows == 256 && (budgetNs <= 0 || timer.nsecsElapsed() < budgetNs)) {
        rows = 0;
        m_unindexed.bind(1, last);
        m_unindexed.bind(2, upTo);
        while (m_unindexed.step()) {
            ++rows;
            last = m_unindexed.int64(0);
            const QByteArray text = SessionFormat::searchText(
                static_cast<int>(m_unindexed.int64(1)), m_unindexed.bytes(2));
            if (text.isEmpty())
                continue;
            m_index.bind(1, last);
            m_index.bindText(2, text);
            if (Result<void> indexed = run(m_index); !indexed) {
                m_unindexed.reset();
                static_cast<void>(m_db.exec("ROLLBACK"));
                return failure(indexed.error());
            }
        }
        const Error error = m_unindexed.error();
        m_unindexed.reset();
        if (error) {
            static_cast<void>(m_db.exec("ROLLBACK"));
            return failure(error);
        }
    }
    Result<void> marked = setMeta(QByteArrayLiteral("search_indexed"), QByteArray::number(last));
    if (marked)
        marked = m_db.exec("COMMIT");
    if (!marked) {
        static_cast<void>(m_db.exec("ROLLBACK"));
        return failure(marked.error());
    }
    m_indexed = last;
    return m_indexed < upTo;
}

} // namespace maxmon
