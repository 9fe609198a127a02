#include "session/sessionformat.h"
#include "session/sqlitedatabase.h"

#include <maxmon/sessionreader.h>

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <vector>

namespace maxmon {

namespace {

const char *const messageColumns = "SELECT id, time_us, direction, kind, msg_id, payload, meta "
                                   "FROM messages WHERE id >= ? AND id <= ? ORDER BY id";

SessionEntry messageEntry(const SqliteStatement &row)
{
    const Message message =
        SessionFormat::toMessage(static_cast<int>(row.int64(3)), static_cast<int>(row.int64(2)),
                                 row.isNull(4) ? QString() : row.text(4), row.bytes(5),
                                 row.isNull(6) ? QByteArray() : row.bytes(6), row.int64(1));
    return SessionEntry(message, row.int64(0));
}

SessionEntry eventEntry(const SqliteStatement &row)
{
    SessionEvent::Type type = SessionEvent::Type::Note;
    SessionEvent::typeFromName(row.text(3), &type);
    const SessionEvent event(
        type, row.text(4), row.isNull(5) ? QJsonObject() : SessionFormat::jsonObject(row.bytes(5)),
        row.int64(2));
    return SessionEntry(event, row.int64(0));
}

} // namespace

class SessionReader::Private
{
public:
    Result<void> countMessages();
    Result<void> loadPositions();
    Result<QList<SessionEntry>> readMessages(qint64 first, qint64 last);
    Result<QList<SessionEntry>> readEvents(qint64 first, qint64 last);
    Result<QList<SessionEntry>> readMerged(qint64 firstRow, qint64 count);

    SqliteDatabase db;
    SqliteStatement messages;
    SqliteStatement eventRows;
    int version = 0;
    qint64 messageCount = 0;
    qint64 indexed = 0;
    std::vector<qint64> positions; // of each event, by event number - 1
    Error damage;
};

Result<void> SessionReader::Private::countMessages()
{
    const Result<qint64> highest = db.queryInt("SELECT max(id) FROM messages");
    if (highest) {
        messageCount = *highest;
        return {};
    }
    if (!SqliteDatabase::isDamage(
            highest.error().context().value(QStringLiteral("sqliteCode")).toInt()))
        return failure(highest.error());
    // damaged: count what can be read, in order, up to the first bad page
    damage = highest.error();
    Result<SqliteStatement> ids = db.prepare("SELECT id FROM messages ORDER BY id");
    if (!ids)
        return failure(ids.error());
    qint64 last = 0;
    while (ids->step() && ids->int64(0) == last + 1)
        last = ids->int64(0);
    messageCount = last;
    return {};
}

Result<void> SessionReader::Private::loadPositions()
{
    positions.clear();
    Result<SqliteStatement> rows = db.prepare("SELECT id, position FROM events ORDER BY id");
    if (!rows)
        return failure(rows.error());
    qint64 previous = 0;
    while (rows->step()) {
        // numbered 1, 2, ...; positions never go back
        if (rows->int64(0) != static_cast<qint64>(positions.size()) + 1)
            break;
        previous = std::max(previous, std::min(rows->int64(1), messageCount));
        positions.push_back(previous);
    }
    if (const Error error = rows->error(); error) {
        if (!damage)
            damage = error;
    }
    return {};
}

Result<QList<SessionEntry>> SessionReader::Private::readMessages(qint64 first, qint64 last)
{
    QList<SessionEntry> entries;
    if (first > last)
        return entries;
    entries.reserve(static_cast<qsizetype>(last - first + 1));
    messages.bind(1, first);
    messages.bind(2, last);
    while (messages.step())
        entries.append(messageEntry(messages));
    const Error error = messages.error();
    messages.reset();
    if (error)
        return failure(error);
    return entries;
}

Result<QList<SessionEntry>> SessionReader::Private::readEvents(qint64 first, qint64 last)
{
    QList<SessionEntry> entries;
    if (first > last)
        return entries;
    eventRows.bind(1, first);
    eventRows.bind(2, last);
    while (eventRows.step())
        entries.append(eventEntry(eventRows));
    const Error error = eventRows.error();
    eventRows.reset();
    if (error)
        return failure(error);
    return entries;
}

Result<QList<SessionEntry>> SessionReader::Private::readMerged(qint64 firstRow, qint64 count)
{
    // event k (from 0) is row positions[k] + k: the first event at or after firstRow
    const auto rowOf = [this](std::size_t k) {
        return positions[k] + static_cast<qint64>(k);
    };
    std::size_t lo = 0;
    std::size_t hi = positions.size();
    while (lo < hi) {
        const std::size_t mid = lo + (hi - lo) / 2;
        if (rowOf(mid) < firstRow)
            lo = mid + 1;
        else
            hi = mid;
    }
    std::size_t event = lo;
    qint64 message = firstRow - static_cast<qint64>(lo) + 1; // the next message's number
    const qint64 total = messageCount + static_cast<qint64>(positions.size());
    const qint64 end = std::min(total, firstRow + count);
    // which messages and events the rows take
    std::size_t lastEvent = event;
    qint64 lastMessage = message - 1;
    for (qint64 row = firstRow; row < end; ++row) {
        if (lastEvent < positions.size() && rowOf(lastEvent) == row)
            ++lastEvent;
        else
            ++lastMessage;
    }
    Result<QList<SessionEntry>> messageRows = readMessages(message, lastMessage);
    if (!messageRows)
        return messageRows;
    Result<QList<SessionEntry>> eventRowsRead =
        readEvents(static_cast<qint64>(event) + 1, static_cast<qint64>(lastEvent));
    if (!eventRowsRead)
        return eventRowsRead;
    QList<SessionEntry> merged;
    merged.reserve(messageRows->size() + eventRowsRead->size());
    qsizetype m = 0;
    qsizetype e = 0;
    for (qint64 row = firstRow; row < end; ++row) {
        if (event < lastEvent && rowOf(event) == row) {
            if (e < eventRowsRead->size())
                merged.append(eventRowsRead->at(e++));
            ++event;
        } else if (m < messageRows->size()) {
            merged.append(messageRows->at(m++));
        }
    }
    return merged;
}

SessionReader::SessionReader()
    : d(std::make_unique<Private>())
{ }

SessionReader::~SessionReader() = default;

Result<void> SessionReader::open(const QString &path)
{
    close();
    // Read-write when allowed (never writing: query_only), so that the last
    // connection to close takes the -wal and -shm files away again.
    Result<void> opened = d->db.open(path, SqliteDatabase::Mode::ReadWrite);
    if (!opened)
        opened = d->db.open(path, SqliteDatabase::Mode::ReadOnly);
    if (opened)
        opened = SessionFormat::check(d->db);
    if (opened)
        opened = d->db.exec("PRAGMA query_only = 1; PRAGMA mmap_size = 268435456;");
    Result<SqliteStatement> messages =
        opened ? d->db.prepare(messageColumns) : Result<SqliteStatement>(failure(opened.error()));
    Result<SqliteStatement> events = messages
        ? d->db.prepare("SELECT id, position, time_us, type, text, data FROM events "
                        "WHERE id >= ? AND id <= ? ORDER BY id")
        : Result<SqliteStatement>(failure(messages.error()));
    if (!events) {
        close();
        return failure(events.error());
    }
    d->messages = std::move(*messages);
    d->eventRows = std::move(*events);
    d->version = static_cast<int>(d->db.queryInt("PRAGMA user_version").value_or(0));
    if (Result<void> counted = refresh(); !counted) {
        close();
        return counted;
    }
    return {};
}

void SessionReader::close()
{
    d->messages = SqliteStatement();
    d->eventRows = SqliteStatement();
    d->db.close();
    d->messageCount = 0;
    d->positions.clear();
    d->damage = Error();
}

bool SessionReader::isOpen() const
{
    return d->db.isOpen();
}

QString SessionReader::path() const
{
    return d->db.path();
}

int SessionReader::formatVersion() const
{
    return d->version;
}

Error SessionReader::damage() const
{
    return d->damage;
}

Result<void> SessionReader::refresh()
{
    if (Result<void> counted = d->countMessages(); !counted)
        return counted;
    if (Result<void> loaded = d->loadPositions(); !loaded)
        return loaded;
    d->indexed = std::min(
        d->messageCount,
        d->db.queryInt("SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'search_indexed'")
            .value_or(0));
    return {};
}

qint64 SessionReader::messageCount() const
{
    return d->messageCount;
}

qint64 SessionReader::eventCount() const
{
    return static_cast<qint64>(d->positions.size());
}

qint64 SessionReader::rowCount(Rows rows) const
{
    return rows == Rows::Messages ? d->messageCount : d->messageCount + eventCount();
}

qint64 SessionReader::indexedCount() const
{
    return d->indexed;
}

Result<QList<SessionEntry>> SessionReader::read(qint64 firstRow, int count, Rows rows)
{
    if (!isOpen() || firstRow < 0 || count <= 0)
        return QList<SessionEntry>();
    if (rows == Rows::Messages)
        return d->readMessages(firstRow + 1, std::min(d->messageCount, firstRow + count));
    return d->readMerged(firstRow, count);
}

qint64 SessionReader::mergedRowOfMessage(qint64 sequence) const
{
    const auto before = std::lower_bound(d->positions.cbegin(), d->positions.cend(), sequence);
    return sequence - 1 + (before - d->positions.cbegin());
}

QList<qint64> SessionReader::eventRows() const
{
    QList<qint64> rows;
    rows.reserve(static_cast<qsizetype>(d->positions.size()));
    for (std::size_t k = 0; k < d->positions.size(); ++k)
        rows.append(d->positions[k] + static_cast<qint64>(k));
    return rows;
}

Result<void> SessionReader::scan(qint64 first, qint64 last,
                                 const std::function<bool(const SessionEntry &)> &visit)
{
    Result<SqliteStatement> rows = d->db.prepare(messageColumns);
    if (!rows)
        return failure(rows.error());
    rows->bind(1, first);
    rows->bind(2, last);
    while (rows->step()) {
        if (!visit(messageEntry(*rows)))
            return {};
    }
    if (const Error error = rows->error(); error)
        return failure(error);
    return {};
}

Result<QList<qint64>> SessionReader::search(const QString &ftsQuery, qint64 afterSequence,
                                            int limit)
{
    Result<SqliteStatement> rows = d->db.prepare(
        "SELECT rowid FROM search WHERE search MATCH ? AND rowid > ? ORDER BY rowid LIMIT ?");
    if (!rows)
        return failure(rows.error());
    rows->bindText(1, ftsQuery.toUtf8());
    rows->bind(2, afterSequence);
    rows->bind(3, static_cast<qint64>(limit));
    QList<qint64> found;
    while (rows->step())
        found.append(rows->int64(0));
    if (const Error error = rows->error(); error)
        return failure(error);
    return found;
}

Result<QList<SessionEvent>> SessionReader::events()
{
    Result<QList<SessionEntry>> rows = d->readEvents(1, eventCount());
    if (!rows)
        return failure(rows.error());
    QList<SessionEvent> events;
    events.reserve(rows->size());
    for (const SessionEntry &entry : std::as_const(*rows))
        events.append(entry.event());
    return events;
}

Result<QList<SessionReader::Sample>> SessionReader::samples()
{
    Result<SqliteStatement> rows =
        d->db.prepare("SELECT time_us, rtt_ms, p95_ms FROM samples ORDER BY time_us, rowid");
    if (!rows)
        return failure(rows.error());
    QList<Sample> samples;
    while (rows->step()) {
        samples.append({ rows->int64(0), rows->isNull(1) ? -1.0 : rows->real(1),
                         rows->isNull(2) ? -1.0 : rows->real(2) });
    }
    if (const Error error = rows->error(); error)
        return failure(error);
    return samples;
}

Result<QList<SessionReader::Second>> SessionReader::seconds()
{
    Result<SqliteStatement> rows =
        d->db.prepare("SELECT second, in_messages, out_messages, in_bytes, out_bytes FROM seconds "
                      "ORDER BY second");
    if (!rows)
        return failure(rows.error());
    QList<Second> seconds;
    while (rows->step()) {
        seconds.append(
            { rows->int64(0), rows->int64(1), rows->int64(2), rows->int64(3), rows->int64(4) });
    }
    if (const Error error = rows->error(); error)
        return failure(error);
    return seconds;
}

Result<QJsonObject> SessionReader::meta()
{
    Result<SqliteStatement> rows = d->db.prepare("SELECT key, value FROM meta ORDER BY key");
    if (!rows)
        return failure(rows.error());
    QJsonObject meta;
    while (rows->step()) {
        const QByteArray value = rows->bytes(1);
        const QJsonDocument document = QJsonDocument::fromJson(value);
        if (document.isObject())
            meta.insert(rows->text(0), document.object());
        else if (document.isArray())
            meta.insert(rows->text(0), document.array());
        else
            meta.insert(rows->text(0), QString::fromUtf8(value));
    }
    if (const Error error = rows->error(); error)
        return failure(error);
    return meta;
}

} // namespace maxmon
