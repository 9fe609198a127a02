#pragma once

#include <maxmon/error.h>
#include <maxmon/maxmon_core_export.h>
#include <maxmon/message.h>
#include <maxmon/phoenix/serializer.h>
#include <maxmon/result.h>
#include <maxmon/sessionentry.h>

#include <QAbstractTableModel>

#include <memory>
#include <optional>

namespace maxmon {

class SessionStore;

/// The message log of one connection, as a table: one row per message (and,
/// with setEventsShown(), per event such as a state change), oldest first.
///
/// **Three ways to run.** On its own the log keeps the newest capacity()
/// messages (and at most byteCapacity() bytes of payload; the newest message
/// always stays) and evicts the oldest rows. Over a SessionStore
/// (setStore()) every message appended is also handed to the store, and the
/// log is a window over the whole session: rowCount() is the session's
/// message count, nothing is evicted, and rows older than the in-memory part
/// are read back from the file a page at a time as a view asks for them, so
/// row 1 of a ten-million-message session is as near as the last. Over a
/// session file (openSession()) the log is read-only and every row comes
/// from the file.
///
/// **Compact.** The in-memory part holds each message as a fixed-size index
/// record and its payload in a shared arena of large blocks (large payloads
/// by reference), not as a heap object per message; message() builds a
/// Message from it when asked.
///
/// **Batched.** Messages are appended one at a time but reach the table in
/// batches: they wait until the batch timer fires or the batch is full and
/// are then inserted with a single beginInsertRows(), so a view attached to
/// the model costs the same at 20,000 messages/s as at 20. When a batch does
/// not fit, the oldest rows are evicted first, with one beginRemoveRows().
///
/// **Phoenix.** Phoenix Channels frames are decoded into the topic, event,
/// ref and status columns lazily, once per row, when a view or a filter
/// first asks, and only where it can succeed: every text and binary message
/// once setPhoenixVersion() says the connection speaks Phoenix, otherwise
/// only JSON arrays (what a 2.0.0 text frame is).
class MAXMON_CORE_EXPORT MessageLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    /// The table's columns.
    enum Columns {
        TimeColumn, ///< local time of day, to the millisecond
        DirectionColumn, ///< in or out
        KindColumn, ///< Text, JSON, Binary, ...
        SizeColumn, ///< payload bytes
        TopicColumn, ///< Phoenix frames: topic
        EventColumn, ///< Phoenix frames: event
        RefColumn, ///< Phoenix frames: ref
        StatusColumn, ///< Phoenix replies: status ("ok", "error", ...)
        PreviewColumn, ///< the payload on one line
        ColumnCount
    };
    Q_ENUM(Columns)

    /// Data roles beyond Qt's.
    enum Roles {
        MessageRole = Qt::UserRole + 1, ///< maxmon::Message (null for an event row)
        PayloadRole, ///< QByteArray, the raw payload
        DirectionRole, ///< int, Message::Direction
        KindRole, ///< int, Message::Kind
        TimestampRole, ///< qint64, wall clock in microseconds since the epoch
        IdRole, ///< QString
        SizeRole, ///< qint64, payload bytes
        TopicRole, ///< QString, empty when the message is not a Phoenix frame
        EventRole, ///< QString, the Phoenix event
        RefRole, ///< QString, empty when null
        JoinRefRole, ///< QString, empty when null
        StatusRole, ///< QString, a phx_reply's status, empty otherwise
        IsSessionEventRole, ///< bool, true for an event row
        SessionEventRole, ///< maxmon::SessionEvent (null for a message row)
        SequenceRole, ///< qint64, the number in the session (0 without one)
    };
    Q_ENUM(Roles)

    /// The Phoenix fields of a message, empty strings (and isFrame false)
    /// when it is not a Phoenix frame.
    struct PhoenixFields
    {
        bool isFrame = false; ///< decoded as a Phoenix frame
        QString joinRef; ///< the join_ref, empty when null
        QString ref; ///< the ref, empty when null
        QString topic; ///< the topic
        QString event; ///< the event
        QString status; ///< phx_reply only
    };

    /// Messages kept without a store.
    static constexpr int DefaultCapacity = 100000;
    /// Messages in one insertion at most.
    static constexpr int DefaultBatchSize = 4096;
    /// The longest a message waits to become a row.
    static constexpr int DefaultBatchIntervalMs = 50;
    /// Payload bytes kept without a store (in memory with one).
    static constexpr qint64 DefaultByteCapacity = qint64(64) * 1024 * 1024;

    /// An empty log of DefaultCapacity messages.
    explicit MessageLogModel(QObject *parent = nullptr);
    /// An empty log of capacity messages.
    explicit MessageLogModel(int capacity, QObject *parent = nullptr);
    /// Lets go of the store or file.
    ~MessageLogModel() override;

    /// Messages kept in memory: rows without a store, the in-memory part
    /// with one.
    int capacity() const;
    /// At least 1. Shrinking below rowCount() evicts the oldest rows (without
    /// a store).
    void setCapacity(int capacity);
    /// Payload bytes kept in memory.
    qint64 byteCapacity() const;
    /// At least 1. Takes effect from the next flush.
    void setByteCapacity(qint64 bytes);
    /// Payload bytes of the messages in memory.
    qint64 byteCount() const;
    /// Messages inserted with one beginInsertRows() at most.
    int batchSize() const;
    /// At least 1.
    void setBatchSize(int size);
    /// The longest a message waits before it becomes a row.
    int batchIntervalMs() const;
    /// See batchIntervalMs().
    void setBatchIntervalMs(int ms);

    /// Queues the message; it becomes a row at the next flush. With a store
    /// the message is handed to it first; one the store cannot take does not
    /// become a row (notStoredCount()).
    void append(const Message &message);
    /// Queues an event: it goes to the store (if any) and becomes a row when
    /// events are shown.
    void appendEvent(const SessionEvent &event);
    /// Inserts every pending message now.
    void flush();
    /// Forgets every row, every pending message and the counters, and lets
    /// go of the store or file behind the log.
    void clear();

    /// Makes the log a window over a session being written: every message
    /// and event appended goes to store too, and no row is evicted. The
    /// store's earlier messages become the first rows. nullptr: back to a
    /// log of its own. Resets the model.
    void setStore(SessionStore *store);
    /// The store behind the log, or nullptr.
    SessionStore *store() const;
    /// Makes the log a read-only window over a session file (SessionReader):
    /// every row comes from the file. Resets the model. Fails for a file that
    /// cannot be read; a damaged one opens with sessionError() set.
    Result<void> openSession(const QString &path);
    /// Reads the counts of the file again and inserts the rows that were
    /// added since (for a file another process is writing).
    void refreshSession();
    /// True over a session file.
    bool isReadOnly() const;
    /// The file behind the log (a store's or an opened one); empty otherwise.
    QString sessionPath() const;
    /// Rows that are in the file already: what a SessionSearch over
    /// sessionPath() can find.
    qint64 storedRowCount() const;
    /// Messages the store could not take (see SessionStore).
    qint64 notStoredCount() const;
    /// What went wrong reading or writing the session file; empty when nothing.
    Error sessionError() const;

    /// Whether events are rows. Changing it resets the model.
    void setEventsShown(bool shown);
    /// See setEventsShown().
    bool eventsShown() const;

    /// The message in a row, a null Message when out of range or an event row.
    Message message(int row) const;
    /// The event in a row, a null event otherwise.
    SessionEvent event(int row) const;
    /// The row as an entry: message or event with its sequence number.
    SessionEntry entry(int row) const;
    /// True for an event row.
    bool isEvent(int row) const;
    /// The row's Phoenix fields, decoded on first use.
    PhoenixFields phoenixFields(int row) const;

    /// The protocol of a Phoenix connection: every message is then decoded
    /// with it. Unset (plain WebSocket): only JSON arrays, as 2.0.0.
    std::optional<phoenix::Serializer::Version> phoenixVersion() const;
    /// See phoenixVersion().
    void setPhoenixVersion(std::optional<phoenix::Serializer::Version> version);
    /// The fields of one message as this model would decode it.
    static PhoenixFields decodePhoenix(const Message &message,
                                       std::optional<phoenix::Serializer::Version> version);
    /// Messages appended that are not rows yet.
    int pendingCount() const;
    /// Messages appended since construction or clear(), evicted ones included.
    qint64 totalCount() const;
    /// Messages that were appended but are no longer in the log.
    qint64 evictedCount() const;
    /// Bytes the in-memory part holds (arena blocks and index records), for
    /// benchmarks.
    qint64 memoryBytes() const;

    /// The number of rows.
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    /// ColumnCount.
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    /// See Columns and Roles.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    /// Column titles and tooltips.
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    /// The roles by name (message, payload, direction, ...).
    QHash<int, QByteArray> roleNames() const override;

    /// "Text", "JSON", ...: translated, for people.
    static QString kindText(Message::Kind kind);
    /// One line, at most maxChars characters: text with line breaks folded,
    /// binary as hex bytes, close frames with their code and reason.
    static QString previewText(const Message &message, int maxChars = 200);
    /// The whole payload as text for people: text frames decoded, Ping/Pong
    /// payloads when they are UTF-8, Close frames as "1000 Normal closure:
    /// reason". A null string when the payload is binary (show it as hex).
    static QString readableText(const Message &message);
    /// A Close frame's payload as on the wire (2-byte big-endian code, then
    /// the UTF-8 reason) in words; "(no status)" when empty.
    static QString closeText(const QByteArray &payload);

Q_SIGNALS:
    /// After every flush, eviction, clear() and change of session.
    void countsChanged();

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace maxmon
