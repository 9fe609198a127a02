#include <maxmon/error.h>
#include <maxmon/messagelogmodel.h>

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace maxmon {

namespace {

const QChar ellipsis(0x2026);

QString timeOfDay(qint64 timestampUs)
{
    return QDateTime::fromMSecsSinceEpoch(timestampUs / 1000)
        .toString(QStringLiteral("HH:mm:ss.zzz"));
}

QString hexPreview(const QByteArray &bytes, int maxChars)
{
    const int maxBytes = std::max(1, maxChars / 3);
    QString hex = QString::fromLatin1(bytes.left(maxBytes).toHex(' '));
    if (bytes.size() > maxBytes)
        hex += QLatin1Char(' ') + ellipsis;
    return hex;
}

// Line breaks and other control characters would make the row taller or
// unreadable: show them as spaces.
QString oneLine(const QByteArray &utf8, int maxChars)
{
    // A UTF-8 character takes at most 4 bytes: no need to decode more.
    const qsizetype maxBytes = static_cast<qsizetype>(maxChars) * 4;
    QString text = QString::fromUtf8(utf8.left(maxBytes));
    bool truncated = utf8.size() > maxBytes;
    if (text.size() > maxChars) {
        text.truncate(maxChars);
        truncated = true;
    }
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control)
            c = QLatin1Char(' ');
    }
    if (truncated)
        text += ellipsis;
    return text;
}

} // namespace

MessageLogModel::MessageLogModel(QObject *parent)
    : MessageLogModel(DefaultCapacity, parent)
{ }

MessageLogModel::MessageLogModel(int capacity, QObject *parent)
    : QAbstractTableModel(parent)
    , m_capacity(std::max(1, capacity))
{
    qRegisterMetaType<maxmon::Message>();
    m_batchTimer.setSingleShot(true);
    m_batchTimer.setInterval(DefaultBatchIntervalMs);
    connect(&m_batchTimer, &QTimer::timeout, this, &MessageLogModel::flush);
}

MessageLogModel::~MessageLogModel() = default;

void MessageLogModel::setCapacity(int capacity)
{
    capacity = std::max(1, capacity);
    if (capacity == m_capacity)
        return;
    if (m_count > capacity) {
        beginRemoveRows(QModelIndex(), 0, m_count - capacity - 1);
        evictOldest(m_count - capacity);
        endRemoveRows();
    }
    // Lay the ring out again, oldest first, sized for what it holds now.
    std::vector<Row> ring;
    ring.reserve(static_cast<size_t>(m_count));
    for (int row = 0; row < m_count; ++row)
        ring.push_back(rowAt(row));
    m_ring = std::move(ring);
    m_head = 0;
    m_capacity = capacity;
    Q_EMIT countsChanged();
}

void MessageLogModel::setByteCapacity(qint64 bytes)
{
    m_byteCapacity = std::max<qint64>(1, bytes);
}

void MessageLogModel::setBatchSize(int size)
{
    m_batchSize = std::max(1, size);
}

void MessageLogModel::setBatchIntervalMs(int ms)
{
    m_batchTimer.setInterval(std::max(0, ms));
}

void MessageLogModel::append(const Message &message)
{
    m_pending.append(message);
    ++m_total;
    if (m_pending.size() >= m_batchSize)
        flush();
    else if (!m_batchTimer.isActive())
        m_batchTimer.start(); // not restarted by later messages: bounded delay
}

void MessageLogModel::flush()
{
    m_batchTimer.stop();
    if (m_pending.isEmpty())
        return;
    QList<Message> batch;
    batch.swap(m_pending);

    // A batch bigger than the whole log: only its newest messages stay.
    qint64 incomingBytes = 0;
    qsizetype dropped = std::max<qsizetype>(0, batch.size() - m_capacity);
    for (qsizetype i = batch.size() - 1; i >= dropped; --i) {
        const qint64 size = batch.at(i).size();
        if (i < batch.size() - 1 && incomingBytes + size > m_byteCapacity) {
            dropped = i + 1;
            break;
        }
        incomingBytes += size;
    }
    if (dropped > 0) {
        m_evicted += dropped;
        batch.remove(0, dropped);
    }
    const int incoming = static_cast<int>(batch.size());
    // Rows to evict: what the count needs, then more while the bytes do.
    const int overflow = std::max(0, m_count + incoming - m_capacity);
    int evict = overflow;
    qint64 bytesAfter = m_bytes + incomingBytes;
    for (int row = 0; row < evict; ++row)
        bytesAfter -= at(row).size();
    for (; evict < m_count && bytesAfter > m_byteCapacity; ++evict)
        bytesAfter -= at(evict).size();
    if (evict > 0) {
        beginRemoveRows(QModelIndex(), 0, evict - 1);
        // A full ring takes the batch into exactly the slots the count made
        // room in: each old message is released as a new one takes its
        // slot, in one pass. Rows evicted for bytes are released here.
        const bool overwritten = evict == overflow && static_cast<int>(m_ring.size()) == m_capacity;
        evictOldest(evict, overwritten ? KeepSlots : ReleaseSlots);
        endRemoveRows();
    }
    m_bytes += incomingBytes;

    reserveRing(m_count + incoming);
    const int slots = static_cast<int>(m_ring.size());
    beginInsertRows(QModelIndex(), m_count, m_count + incoming - 1);
    for (Message &message : batch) {
        m_ring[static_cast<size_t>((m_head + m_count) % slots)] =
            Row { std::move(message), nullptr };
        ++m_count;
    }
    endInsertRows();
    // The pending list keeps its capacity: no regrowth for every batch.
    if (m_pending.isEmpty()) {
        batch.clear();
        m_pending.swap(batch);
    }
    Q_EMIT countsChanged();
}

void MessageLogModel::clear()
{
    m_batchTimer.stop();
    beginResetModel();
    m_ring = {};
    m_head = 0;
    m_count = 0;
    m_bytes = 0;
    m_pending.clear();
    m_total = 0;
    m_evicted = 0;
    endResetModel();
    Q_EMIT countsChanged();
}

Message MessageLogModel::message(int row) const
{
    if (row < 0 || row >= m_count)
        return Message();
    return at(row);
}

const Message &MessageLogModel::at(int row) const
{
    return rowAt(row).message;
}

const MessageLogModel::Row &MessageLogModel::rowAt(int row) const
{
    return m_ring[static_cast<size_t>((m_head + row) % static_cast<int>(m_ring.size()))];
}

const MessageLogModel::PhoenixFields &MessageLogModel::phoenixFields(int row) const
{
    static const PhoenixFields none;
    if (row < 0 || row >= m_count)
        return none;
    const Row &slot = rowAt(row);
    if (!slot.phoenix) {
        // Most messages of a plain connection are no frames: share one answer.
        static const auto notAFrame = std::make_shared<const PhoenixFields>();
        PhoenixFields fields = decodePhoenix(slot.message, m_phoenixVersion);
        slot.phoenix =
            fields.isFrame ? std::make_shared<const PhoenixFields>(std::move(fields)) : notAFrame;
    }
    return *slot.phoenix;
}

void MessageLogModel::setPhoenixVersion(std::optional<phoenix::Serializer::Version> version)
{
    if (version == m_phoenixVersion)
        return;
    m_phoenixVersion = version;
    for (Row &row : m_ring)
        row.phoenix.reset();
    if (m_count > 0)
        Q_EMIT dataChanged(index(0, TopicColumn), index(m_count - 1, StatusColumn));
}

MessageLogModel::PhoenixFields
MessageLogModel::decodePhoenix(const Message &message,
                               std::optional<phoenix::Serializer::Version> version)
{
    PhoenixFields fields;
    if (message.isNull() || message.isControl())
        return fields;
    if (!version) {
        // Plain WebSocket: only what looks like a 2.0.0 frame, a JSON array.
        // The first byte decides before any parsing.
        const QByteArray payload = message.payload();
        const auto first = std::find_if(payload.cbegin(), payload.cend(), [](char c) {
            return c != ' ' && c != '\t' && c != '\n' && c != '\r';
        });
        if (first == payload.cend() || *first != '[' || message.kind() != Message::Kind::Json)
            return fields;
        version = phoenix::Serializer::Version::V2;
    }
    const Result<phoenix::Frame> frame = phoenix::Serializer(*version).decode(message);
    if (!frame)
        return fields;
    fields.isFrame = true;
    fields.joinRef = frame->joinRef.value_or(QString());
    fields.ref = frame->ref.value_or(QString());
    fields.topic = frame->topic;
    fields.event = frame->event;
    fields.status = frame->replyStatus();
    return fields;
}

void MessageLogModel::evictOldest(int count, Eviction eviction)
{
    const int slots = static_cast<int>(m_ring.size());
    for (int i = 0; i < count; ++i) {
        Row &slot = m_ring[static_cast<size_t>(m_head)];
        m_bytes -= slot.message.size();
        if (eviction == ReleaseSlots)
            slot = Row(); // release the payload now
        m_head = (m_head + 1) % slots;
    }
    m_count -= count;
    m_evicted += count;
    if (m_count == 0)
        m_head = 0;
}

void MessageLogModel::reserveRing(int size)
{
    const int slots = static_cast<int>(m_ring.size());
    if (size <= slots)
        return;
    // Grow geometrically, so filling the log costs amortized O(1) per message,
    // but never beyond the capacity: a quiet connection keeps a small ring.
    const int newSlots = std::min(m_capacity, std::max({ size, slots * 2, 1024 }));
    std::vector<Row> ring(static_cast<size_t>(newSlots));
    for (int row = 0; row < m_count; ++row)
        ring[static_cast<size_t>(row)] = rowAt(row);
    m_ring = std::move(ring);
    m_head = 0;
}

int MessageLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int MessageLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MessageLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Message &message = at(index.row());

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return timeOfDay(message.timestampUs());
        case DirectionColumn:
            return message.direction() == Message::Direction::Incoming
                ? QStringLiteral("\u2193 ") + tr("in")
                : QStringLiteral("\u2191 ") + tr("out");
        case KindColumn:
            return kindText(message.kind());
        case SizeColumn:
            return QLocale().toString(message.size());
        case TopicColumn:
            return phoenixFields(index.row()).topic;
        case EventColumn:
            return phoenixFields(index.row()).event;
        case RefColumn:
            return phoenixFields(index.row()).ref;
        case StatusColumn:
            return phoenixFields(index.row()).status;
        case PreviewColumn:
            return previewText(message);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn) {
            return QDateTime::fromMSecsSinceEpoch(message.timestampUs() / 1000)
                .toString(Qt::ISODateWithMs);
        }
        if (index.column() == SizeColumn)
            return tr("%Ln byte(s)", nullptr, static_cast<int>(message.size()));
        if (index.column() == RefColumn) {
            const PhoenixFields &fields = phoenixFields(index.row());
            if (fields.isFrame)
                return tr("join_ref %1 \u00b7 ref %2")
                    .arg(fields.joinRef.isEmpty() ? tr("null") : fields.joinRef,
                         fields.ref.isEmpty() ? tr("null") : fields.ref);
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case MessageRole:
        return QVariant::fromValue(message);
    case PayloadRole:
        return message.payload();
    case DirectionRole:
        return static_cast<int>(message.direction());
    case KindRole:
        return static_cast<int>(message.kind());
    case TimestampRole:
        return message.timestampUs();
    case IdRole:
        return message.id();
    case SizeRole:
        return message.size();
    case TopicRole:
        return phoenixFields(index.row()).topic;
    case EventRole:
        return phoenixFields(index.row()).event;
    case RefRole:
        return phoenixFields(index.row()).ref;
    case JoinRefRole:
        return phoenixFields(index.row()).joinRef;
    case StatusRole:
        return phoenixFields(index.row()).status;
    default:
        break;
    }
    return QVariant();
}

QVariant MessageLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case TimeColumn:
            return tr("Time");
        case DirectionColumn:
            return tr("Dir.");
        case KindColumn:
            return tr("Kind");
        case SizeColumn:
            return tr("Size");
        case TopicColumn:
            return tr("Topic");
        case EventColumn:
            return tr("Event");
        case RefColumn:
            return tr("Ref");
        case StatusColumn:
            return tr("Status");
        case PreviewColumn:
            return tr("Message");
        default:
            break;
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case DirectionColumn:
            return tr("Direction: in (received) or out (sent)");
        case TopicColumn:
            return tr("Phoenix frames: the channel's topic");
        case EventColumn:
            return tr("Phoenix frames: the event (phx_join, phx_reply, heartbeat, ...)");
        case RefColumn:
            return tr("Phoenix frames: the ref that matches a reply to its push");
        case StatusColumn:
            return tr("Phoenix replies: the status (ok, error, ...)");
        default:
            break;
        }
    }
    return QVariant();
}

QHash<int, QByteArray> MessageLogModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(MessageRole, QByteArrayLiteral("message"));
    names.insert(PayloadRole, QByteArrayLiteral("payload"));
    names.insert(DirectionRole, QByteArrayLiteral("direction"));
    names.insert(KindRole, QByteArrayLiteral("kind"));
    names.insert(TimestampRole, QByteArrayLiteral("timestamp"));
    names.insert(IdRole, QByteArrayLiteral("id"));
    names.insert(SizeRole, QByteArrayLiteral("size"));
    names.insert(TopicRole, QByteArrayLiteral("topic"));
    names.insert(EventRole, QByteArrayLiteral("event"));
    names.insert(RefRole, QByteArrayLiteral("ref"));
    names.insert(JoinRefRole, QByteArrayLiteral("joinRef"));
    names.insert(StatusRole, QByteArrayLiteral("status"));
    return names;
}

QString MessageLogModel::kindText(Message::Kind kind)
{
    switch (kind) {
    case Message::Kind::Text:
        return tr("Text");
    case Message::Kind::Binary:
        return tr("Binary");
    case Message::Kind::Json:
        return tr("JSON");
    case Message::Kind::Ping:
        return tr("Ping");
    case Message::Kind::Pong:
        return tr("Pong");
    case Message::Kind::Close:
        return tr("Close");
    }
    return QString();
}

QString MessageLogModel::previewText(const Message &message, int maxChars)
{
    const QByteArray payload = message.payload();
    switch (message.kind()) {
    case Message::Kind::Binary:
        return hexPreview(payload, maxChars);
    case Message::Kind::Close:
        return oneLine(closeText(payload).toUtf8(), maxChars);
    case Message::Kind::Ping:
    case Message::Kind::Pong:
        if (!message.isValidUtf8())
            return hexPreview(payload, maxChars);
        break;
    case Message::Kind::Text:
    case Message::Kind::Json:
        break;
    }
    return oneLine(payload, maxChars);
}

QString MessageLogModel::readableText(const Message &message)
{
    switch (message.kind()) {
    case Message::Kind::Text:
    case Message::Kind::Json:
        return message.text();
    case Message::Kind::Close:
        return closeText(message.payload());
    case Message::Kind::Ping:
    case Message::Kind::Pong:
        // never Message::text(): it is for text frames only
        if (message.isValidUtf8())
            return QString::fromUtf8(message.payload());
        break;
    case Message::Kind::Binary:
        break;
    }
    return QString();
}

QString MessageLogModel::closeText(const QByteArray &payload)
{
    if (payload.isEmpty())
        return tr("(no status)");
    if (payload.size() < 2) // not a valid close payload: say what is there
        return QString::fromLatin1(payload.toHex(' '));
    const int code = (static_cast<unsigned char>(payload.at(0)) << 8)
        | static_cast<unsigned char>(payload.at(1));
    const QString name = Error::closeCodeName(code);
    const QByteArray reason = payload.mid(2);
    return reason.isEmpty() ? name : tr("%1: %2").arg(name, QString::fromUtf8(reason));
}

} // namespace maxmon
