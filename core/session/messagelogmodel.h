#pragma once

#include <maxmon/maxmon_core_export.h>
#include <maxmon/message.h>
#include <maxmon/phoenix/serializer.h>

#include <QAbstractTableModel>
#include <QList>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

namespace maxmon {

// The message log of one connection: a table over a ring buffer of the last
// capacity() messages, oldest first.
//
// Messages are appended one at a time but reach the model in batches: they
// wait in a pending list that is inserted with a single beginInsertRows()
// when the batch timer fires or the batch is full, so a view attached to the
// model costs the same at 20,000 messages/s as at 20. When a batch does not
// fit, the oldest rows are evicted first, with one beginRemoveRows().
//
// Phoenix Channels frames are decoded into the topic, event, ref and status
// columns. Decoding is lazy, once per row, when a view or a filter first
// asks (so 20,000 messages/s that nobody looks at cost nothing), and only
// where it can succeed: every text and binary message once
// setPhoenixVersion() says the connection speaks Phoenix, otherwise only
// JSON arrays (what a 2.0.0 text frame is).
//
// The log is bounded twice: by capacity() messages and by byteCapacity()
// bytes of payload, whichever is reached first (100,000 messages of a few
// hundred bytes, or 64 MiB: 64 messages of 1 MiB, not 100 GB). The newest
// message always stays, however large.
class MAXMON_CORE_EXPORT MessageLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Columns {
        TimeColumn,
        DirectionColumn,
        KindColumn,
        SizeColumn,
        TopicColumn, // Phoenix frames: topic
        EventColumn, // event
        RefColumn, // ref
        StatusColumn, // the status of a phx_reply ("ok", "error", ...)
        PreviewColumn,
        ColumnCount
    };
    Q_ENUM(Columns)

    enum Roles {
        MessageRole = Qt::UserRole + 1, // maxmon::Message
        PayloadRole, // QByteArray, the raw payload
        DirectionRole, // int, Message::Direction
        KindRole, // int, Message::Kind
        TimestampRole, // qint64, wall clock in microseconds since the epoch
        IdRole, // QString
        SizeRole, // qint64, payload bytes
        TopicRole, // QString, empty when the message is not a Phoenix frame
        EventRole, // QString
        RefRole, // QString, empty when null
        JoinRefRole, // QString, empty when null
        StatusRole, // QString, a phx_reply's status, empty otherwise
    };
    Q_ENUM(Roles)

    // The Phoenix fields of a message, empty strings (and isFrame false)
    // when it is not a Phoenix frame.
    struct PhoenixFields
    {
        bool isFrame = false;
        QString joinRef;
        QString ref;
        QString topic;
        QString event;
        QString status; // phx_reply only
    };

    static constexpr int DefaultCapacity = 100000;
    static constexpr int DefaultBatchSize = 4096;
    static constexpr int DefaultBatchIntervalMs = 50;
    static constexpr qint64 DefaultByteCapacity = qint64(64) * 1024 * 1024;

    explicit MessageLogModel(QObject *parent = nullptr);
    explicit MessageLogModel(int capacity, QObject *parent = nullptr);
    ~MessageLogModel() override;

    int capacity() const { return m_capacity; }
    // At least 1. Shrinking below rowCount() evicts the oldest rows.
    void setCapacity(int capacity);
    qint64 byteCapacity() const { return m_byteCapacity; }
    // At least 1. Takes effect from the next flush.
    void setByteCapacity(qint64 bytes);
    // Payload bytes of the rows in the log.
    qint64 byteCount() const { return m_bytes; }
    int batchSize() const { return m_batchSize; }
    void setBatchSize(int size);
    int batchIntervalMs() const { return m_batchTimer.interval(); }
    void setBatchIntervalMs(int ms);

    // Queues the message; it becomes a row at the next flush.
    void append(const Message &message);
    // Inserts every pending message now.
    void flush();
    // Forgets every row, every pending message and the counters.
    void clear();

    // The message in a row, a null Message when out of range.
    Message message(int row) const;
    // The row's Phoenix fields, decoded on first use.
    const PhoenixFields &phoenixFields(int row) const;

    // The protocol of a Phoenix connection: every message is then decoded
    // with it. Unset (plain WebSocket): only JSON arrays, as 2.0.0.
    std::optional<phoenix::Serializer::Version> phoenixVersion() const { return m_phoenixVersion; }
    void setPhoenixVersion(std::optional<phoenix::Serializer::Version> version);
    // The fields of one message as this model would decode it.
    static PhoenixFields decodePhoenix(const Message &message,
                                       std::optional<phoenix::Serializer::Version> version);
    int pendingCount() const { return static_cast<int>(m_pending.size()); }
    // Messages appended since construction or clear(), evicted ones included.
    qint64 totalCount() const { return m_total; }
    // Messages that were appended but are no longer in the log.
    qint64 evictedCount() const { return m_evicted; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // "Text", "JSON", ...: translated, for people
    static QString kindText(Message::Kind kind);
    // One line, at most maxChars characters: text with line breaks folded,
    // binary as hex bytes, close frames with their code and reason.
    static QString previewText(const Message &message, int maxChars = 200);
    // The whole payload as text for people: text frames decoded, Ping/Pong
    // payloads when they are UTF-8, Close frames as "1000 Normal closure:
    // reason". A null string when the payload is binary (show it as hex).
    static QString readableText(const Message &message);
    // A Close frame's payload as on the wire (2-byte big-endian code, then
    // the UTF-8 reason) in words; "(no status)" when empty.
    static QString closeText(const QByteArray &payload);

Q_SIGNALS:
    // After every flush, eviction and clear().
    void countsChanged();

private:
    // A slot of the ring: the message and, once asked for, its Phoenix fields.
    struct Row
    {
        Message message;
        mutable std::shared_ptr<const PhoenixFields> phoenix; // null: not decoded yet
    };

    const Message &at(int row) const;
    const Row &rowAt(int row) const;
    // KeepSlots: the caller overwrites the evicted slots at once (flush()).
    enum Eviction { ReleaseSlots, KeepSlots };
    void evictOldest(int count, Eviction eviction = ReleaseSlots);
    // Grows the ring (up to the capacity) so that it holds at least size slots.
    void reserveRing(int size);

    std::vector<Row> m_ring;
    int m_head = 0; // slot of row 0
    int m_count = 0;
    int m_capacity;
    qint64 m_byteCapacity = DefaultByteCapacity;
    qint64 m_bytes = 0;
    int m_batchSize = DefaultBatchSize;
    QList<Message> m_pending;
    QTimer m_batchTimer;
    qint64 m_total = 0;
    qint64 m_evicted = 0;
    std::optional<phoenix::Serializer::Version> m_phoenixVersion;
};

} // namespace maxmon
