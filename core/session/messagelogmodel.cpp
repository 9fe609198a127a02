#include "session/logtext.h"
#include "session/logwindow.h"

#include <maxmon/error.h>
#include <maxmon/messagelogmodel.h>
#include <maxmon/sessionstore.h>

#include <QDateTime>
#include <QLocale>
#include <QTimer>

#include <algorithm>
#include <climits>
#include <utility>

namespace maxmon {

class MessageLogModel::Private
{
public:
    LogWindow window;
    int batchSize = DefaultBatchSize;
    QTimer batchTimer;
    std::optional<phoenix::Serializer::Version> phoenixVersion;
    bool countsDirty = false; // messages the store did not take since the last signal
};

MessageLogModel::MessageLogModel(QObject *parent)
    : MessageLogModel(DefaultCapacity, parent)
{ }

MessageLogModel::MessageLogModel(int capacity, QObject *parent)
    : QAbstractTableModel(parent)
    , d(std::make_unique<Private>())
{
    qRegisterMetaType<maxmon::Message>();
    qRegisterMetaType<maxmon::SessionEvent>();
    d->window.capacity = std::max(1, capacity);
    d->batchTimer.setSingleShot(true);
    d->batchTimer.setInterval(DefaultBatchIntervalMs);
    connect(&d->batchTimer, &QTimer::timeout, this, &MessageLogModel::flush);
}

MessageLogModel::~MessageLogModel() = default;

int MessageLogModel::capacity() const
{
    return d->window.capacity;
}

void MessageLogModel::setCapacity(int capacity)
{
    capacity = std::max(1, capacity);
    LogWindow &window = d->window;
    if (capacity == window.capacity)
        return;
    if (window.mode() == LogWindow::Mode::Plain && window.rows() > capacity) {
        beginRemoveRows(QModelIndex(), 0, static_cast<int>(window.rows() - capacity - 1));
        window.shrinkTo(capacity);
        endRemoveRows();
    }
    window.capacity = capacity;
    Q_EMIT countsChanged();
}

qint64 MessageLogModel::byteCapacity() const
{
    return d->window.byteCapacity;
}

void MessageLogModel::setByteCapacity(qint64 bytes)
{
    d->window.byteCapacity = std::max<qint64>(1, bytes);
}

qint64 MessageLogModel::byteCount() const
{
    return d->window.ring().bytes();
}

int MessageLogModel::batchSize() const
{
    return d->batchSize;
}

void MessageLogModel::setBatchSize(int size)
{
    d->batchSize = std::max(1, size);
}

int MessageLogModel::batchIntervalMs() const
{
    return d->batchTimer.interval();
}

void MessageLogModel::setBatchIntervalMs(int ms)
{
    d->batchTimer.setInterval(std::max(0, ms));
}

void MessageLogModel::append(const Message &message)
{
    LogWindow &window = d->window;
    const qint64 before = window.pending();
    window.append(message);
    if (window.pending() == before)
        d->countsDirty = true; // not taken by the store: said at the next flush
    if (window.pending() >= d->batchSize)
        flush();
    else if (!d->batchTimer.isActive())
        d->batchTimer.start(); // not restarted by later messages: bounded delay
}

void MessageLogModel::appendEvent(const SessionEvent &event)
{
    d->window.append(event);
    if (d->window.pending() >= d->batchSize)
        flush();
    else if (d->window.pending() > 0 && !d->batchTimer.isActive())
        d->batchTimer.start();
}

void MessageLogModel::flush()
{
    d->batchTimer.stop();
    LogWindow &window = d->window;
    const bool dirty = std::exchange(d->countsDirty, false);
    if (window.pending() == 0) {
        if (dirty)
            Q_EMIT countsChanged();
        return;
    }
    if (window.mode() == LogWindow::Mode::Plain) {
        const LogWindow::Eviction eviction = window.planFlush();
        if (eviction.rows > 0) {
            beginRemoveRows(QModelIndex(), 0, static_cast<int>(eviction.rows - 1));
            window.evictRows(eviction.rows);
            endRemoveRows();
        }
        if (eviction.pending > 0)
            window.dropPending(eviction.pending);
    }
    const qint64 first = window.rows();
    beginInsertRows(QModelIndex(), static_cast<int>(first),
                    static_cast<int>(first + window.pending() - 1));
    window.commitPending();
    endInsertRows();
    Q_EMIT countsChanged();
}

void MessageLogModel::clear()
{
    d->batchTimer.stop();
    beginResetModel();
    if (SessionStore *store = d->window.store())
        store->disconnect(this);
    d->window.reset();
    d->countsDirty = false;
    endResetModel();
    Q_EMIT countsChanged();
}

void MessageLogModel::setStore(SessionStore *store)
{
    d->batchTimer.stop();
    beginResetModel();
    if (SessionStore *old = d->window.store())
        old->disconnect(this);
    d->window.useStore(store);
    endResetModel();
    if (store) {
        // rows asked for before the writer had them: show them once written
        connect(store, &SessionStore::stored, this, [this] {
            if (!d->window.servedPlaceholder() || rowCount() == 0)
                return;
            d->window.clearPlaceholder();
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        });
        connect(store, &SessionStore::errorOccurred, this, [this](const Error &error) {
            d->window.error = error;
            Q_EMIT countsChanged();
        });
        connect(store, &QObject::destroyed, this, &MessageLogModel::clear);
    }
    Q_EMIT countsChanged();
}

SessionStore *MessageLogModel::store() const
{
    return d->window.store();
}

Result<void> MessageLogModel::openSession(const QString &path)
{
    d->batchTimer.stop();
    beginResetModel();
    if (SessionStore *old = d->window.store())
        old->disconnect(this);
    Result<void> opened = d->window.useFile(path);
    endResetModel();
    Q_EMIT countsChanged();
    return opened;
}

void MessageLogModel::refreshSession()
{
    LogWindow &window = d->window;
    if (window.mode() != LogWindow::Mode::File)
        return;
    const qint64 rows = window.refreshFile();
    if (rows <= window.rows())
        return;
    beginInsertRows(QModelIndex(), static_cast<int>(window.rows()), static_cast<int>(rows - 1));
    window.setFileRows(rows);
    endInsertRows();
    Q_EMIT countsChanged();
}

bool MessageLogModel::isReadOnly() const
{
    return d->window.mode() == LogWindow::Mode::File;
}

QString MessageLogModel::sessionPath() const
{
    return d->window.path();
}

qint64 MessageLogModel::storedRowCount() const
{
    return d->window.storedRows();
}

qint64 MessageLogModel::notStoredCount() const
{
    return d->window.notStored;
}

Error MessageLogModel::sessionError() const
{
    return d->window.error;
}

void MessageLogModel::setEventsShown(bool shown)
{
    LogWindow &window = d->window;
    if (shown == window.eventsShown)
        return;
    d->batchTimer.stop();
    beginResetModel();
    window.eventsShown = shown;
    switch (window.mode()) {
    case LogWindow::Mode::Plain:
        window.reset();
        break;
    case LogWindow::Mode::Store:
        window.useStore(window.store());
        break;
    case LogWindow::Mode::File:
        window.useFile(window.path());
        break;
    }
    endResetModel();
    Q_EMIT countsChanged();
}

bool MessageLogModel::eventsShown() const
{
    return d->window.eventsShown;
}

SessionEntry MessageLogModel::entry(int row) const
{
    const LogWindow &window = d->window;
    if (row < 0 || row >= window.rows())
        return {};
    if (window.inRing(row))
        return window.ring().entry(window.ringIndex(row));
    const SessionEntry *entry = window.fileEntry(row);
    return entry ? *entry : SessionEntry();
}

Message MessageLogModel::message(int row) const
{
    return entry(row).message();
}

SessionEvent MessageLogModel::event(int row) const
{
    return entry(row).event();
}

bool MessageLogModel::isEvent(int row) const
{
    const LogWindow &window = d->window;
    if (row >= 0 && row < window.rows() && window.inRing(row))
        return window.ring().isEvent(window.ringIndex(row));
    return entry(row).isEvent();
}

MessageLogModel::PhoenixFields MessageLogModel::phoenixFields(int row) const
{
    const LogWindow &window = d->window;
    if (row < 0 || row >= window.rows())
        return {};
    if (const PhoenixFields *cached = window.cachedPhoenix(row))
        return *cached;
    const bool inRing = window.inRing(row);
    // most messages of a plain connection are no frames: a flag, not a copy
    if (inRing && window.ring().isKnownNonFrame(window.ringIndex(row)))
        return {};
    const SessionEntry found = entry(row);
    if (!found.isMessage())
        return {};
    PhoenixFields fields = decodePhoenix(found.message(), d->phoenixVersion);
    if (inRing && !fields.isFrame)
        window.ring().setKnownNonFrame(window.ringIndex(row), true);
    else
        window.cachePhoenix(row, fields);
    return fields;
}

std::optional<phoenix::Serializer::Version> MessageLogModel::phoenixVersion() const
{
    return d->phoenixVersion;
}

void MessageLogModel::setPhoenixVersion(std::optional<phoenix::Serializer::Version> version)
{
    if (version == d->phoenixVersion)
        return;
    d->phoenixVersion = version;
    d->window.forgetPhoenix();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, TopicColumn), index(rowCount() - 1, StatusColumn));
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

int MessageLogModel::pendingCount() const
{
    return static_cast<int>(d->window.pending());
}

qint64 MessageLogModel::totalCount() const
{
    return d->window.total;
}

qint64 MessageLogModel::evictedCount() const
{
    return d->window.evicted;
}

qint64 MessageLogModel::memoryBytes() const
{
    return d->window.memoryBytes();
}

int MessageLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(std::min<qint64>(d->window.rows(), INT_MAX));
}

int MessageLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MessageLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::TextAlignmentRole
        && role < MessageRole)
        return QVariant();
    const LogWindow &window = d->window;
    const int row = index.row();
    SessionEntry found;
    qint64 ringIndex = -1;
    if (window.inRing(row)) {
        ringIndex = window.ringIndex(row);
        found = window.ring().entry(ringIndex);
    } else if (const SessionEntry *read = window.fileEntry(row)) {
        found = *read;
    } else {
        // not written yet, or the file cannot be read there
        if (role == Qt::DisplayRole && index.column() == PreviewColumn)
            return window.error ? tr("(cannot be read: %1)").arg(window.error.message())
                                : tr("(being written)");
        return QVariant();
    }
    if (found.isEvent())
        return LogText::eventCell(found, index.column(), role);
    return LogText::messageCell(
        found, index.column(), role,
        [&] { return ringIndex >= 0 ? window.ring().kind(ringIndex) : found.message().kind(); },
        [&] { return phoenixFields(row); });
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
    return LogText::kindText(kind);
}

QString MessageLogModel::previewText(const Message &message, int maxChars)
{
    return LogText::preview(message, maxChars);
}

QString MessageLogModel::readableText(const Message &message)
{
    return LogText::readable(message);
}

QString MessageLogModel::closeText(const QByteArray &payload)
{
    return LogText::closeText(payload);
}

} // namespace maxmon
