#include "session/sessionwriter.h"

#include "session/sessionformat.h"
#include "session/sessiontables.h"

#include <QJsonArray>
#include <QThread>

#include <chrono>

namespace maxmon {

namespace {

// A chunk is handed to the writer when it holds this much, or at the latest
// after commitIntervalMs.
constexpr qint64 chunkBytes = 256 * 1024;
constexpr std::size_t chunkItems = 4096;
// Payloads at least this large are kept by reference, not copied.
constexpr qint64 sharedPayloadBytes = 16 * 1024;
// How long one step of background indexing may hold the writer.
constexpr qint64 indexBudgetNs = 20 * 1000 * 1000;
// Item::kind of the Gap events the writer makes itself.
constexpr quint8 gapMarker = 1;

} // namespace

SessionWriter::SessionWriter(const QString &path, const Settings &settings,
                             const Callbacks &callbacks)
    : m_path(path)
    , m_settings(settings)
    , m_callbacks(callbacks)
{ }

SessionWriter::~SessionWriter()
{
    stop();
}

Result<void> SessionWriter::start()
{
    m_tables = std::make_unique<SessionTables>();
    if (Result<void> opened = m_tables->open(m_path, m_settings.redaction); !opened) {
        m_tables.reset();
        return opened;
    }
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("maxmon session writer"));
    m_thread->start();
    return {};
}

void SessionWriter::stop()
{
    if (!m_thread)
        return;
    {
        std::lock_guard lock(m_mutex);
        recordGapLocked();
        sealOpenChunkLocked();
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_tables->close();
    m_tables.reset();
}

bool SessionWriter::admit(qint64 cost, QString *reason)
{
    if (m_failed) {
        *reason = tr("the session file cannot be written: %1").arg(m_error.message());
        return false;
    }
    if (m_stopping) {
        *reason = tr("the session was closed");
        return false;
    }
    if (m_full) {
        *reason = tr("the session file reached its size limit");
        return false;
    }
    if (m_queuedBytes > 0 && m_queuedBytes + cost > m_settings.maxQueuedBytes) {
        *reason = tr("the disk did not keep up");
        return false;
    }
    return true;
}

void SessionWriter::recordGapLocked()
{
    if (m_pendingGap == 0 || m_failed)
        return;
    const SessionEvent gap = SessionEvent::gap(m_pendingGap, m_pendingGapReason);
    Item &item =
        push(ItemType::Event, gap.timestampUs(), gap.text().toUtf8(),
             SessionEvent::typeName(gap.type()).toUtf8(), SessionFormat::jsonText(gap.data()));
    item.sequence = m_nextMessage - 1;
    item.kind = gapMarker;
    m_pendingGap = 0;
    m_pendingGapReason.clear();
}

SessionWriter::Item &SessionWriter::push(ItemType type, qint64 timeUs, const QByteArray &payload,
                                         const QByteArray &id, const QByteArray &meta)
{
    if (!m_open) {
        m_open = std::make_unique<Chunk>();
        m_open->bytes.reserve(chunkBytes + 4096);
        m_open->items.reserve(chunkItems);
    }
    Chunk &chunk = *m_open;
    Item item;
    item.type = type;
    item.timeUs = timeUs;
    item.offset = static_cast<qint32>(chunk.bytes.size());
    item.payloadSize = static_cast<qint32>(payload.size());
    item.idSize = static_cast<qint32>(id.size());
    item.metaSize = static_cast<qint32>(meta.size());
    if (payload.size() >= sharedPayloadBytes) {
        item.shared = static_cast<qint32>(chunk.shared.size());
        chunk.shared.push_back(payload);
    } else {
        chunk.bytes.append(payload);
    }
    chunk.bytes.append(id).append(meta);
    const qint64 cost =
        static_cast<qint64>(sizeof(Item)) + payload.size() + id.size() + meta.size();
    chunk.cost += cost;
    m_queuedBytes += cost;
    ++m_enqueuedItems;
    chunk.items.push_back(item);
    if (chunk.items.size() == 1 && m_writerIdle)
        m_wake.notify_one();
    if (chunk.bytes.size() >= chunkBytes || chunk.items.size() >= chunkItems) {
        sealOpenChunkLocked();
        m_wake.notify_one();
    }
    return m_open ? m_open->items.back() : m_ready.back()->items.back();
}

void SessionWriter::sealOpenChunkLocked()
{
    if (m_open && !m_open->items.empty())
        m_ready.push_back(std::move(m_open));
    m_open.reset();
}

qint64 SessionWriter::append(const Message &message)
{
    if (message.isNull())
        return 0;
    const QByteArray payload = message.payload();
    const QByteArray id = message.id().toUtf8();
    const QJsonObject metaObject = message.meta();
    const QByteArray meta =
        metaObject.isEmpty() ? QByteArray() : SessionFormat::jsonText(metaObject);
    const qint64 cost =
        static_cast<qint64>(sizeof(Item)) + payload.size() + id.size() + meta.size();
    const int kind = SessionFormat::wireKind(message);
    const int direction = SessionFormat::directionCode(message.direction());

    std::lock_guard lock(m_mutex);
    QString reason;
    if (!admit(cost, &reason)) {
        if (m_pendingGap == 0)
            m_pendingGapReason = reason;
        ++m_pendingGap;
        ++m_notStored;
        return 0;
    }
    recordGapLocked();
    const qint64 sequence = m_nextMessage++;
    // push() may seal the chunk: set the fields before
    Item &item = push(ItemType::Message, message.timestampUs(), payload, id, meta);
    item.kind = static_cast<quint8>(kind);
    item.direction = static_cast<quint8>(direction);
    item.sequence = sequence;
    return sequence;
}

void SessionWriter::appendEvent(const SessionEvent &event)
{
    if (event.isNull())
        return;
    std::lock_guard lock(m_mutex);
    if (m_failed || m_stopping)
        return;
    recordGapLocked();
    Item &item =
        push(ItemType::Event, event.timestampUs(), event.text().toUtf8(),
             SessionEvent::typeName(event.type()).toUtf8(), SessionFormat::jsonText(event.data()));
    item.sequence = m_nextMessage - 1;
}

void SessionWriter::appendSample(qint64 timestampUs, double rttMs, double p95Ms)
{
    std::lock_guard lock(m_mutex);
    if (m_failed || m_stopping)
        return;
    Item &item = push(ItemType::Sample, timestampUs, {}, {}, {});
    item.rtt = rttMs;
    item.p95 = p95Ms;
}

void SessionWriter::setMeta(const QString &key, const QJsonValue &value)
{
    const QByteArray text = SessionTables::metaText(value);
    std::lock_guard lock(m_mutex);
    if (m_failed || m_stopping)
        return;
    push(ItemType::Meta, 0, text, key.toUtf8(), {});
}

bool SessionWriter::flush(int timeoutMs)
{
    std::unique_lock lock(m_mutex);
    recordGapLocked();
    sealOpenChunkLocked();
    const qint64 target = m_enqueuedItems;
    m_wake.notify_one();
    return m_committed.wait_for(lock, std::chrono::milliseconds(timeoutMs), [&] {
        return m_writtenItems >= target || m_failed;
    }) && !m_failed;
}

qint64 SessionWriter::accepted() const
{
    std::lock_guard lock(m_mutex);
    return m_nextMessage - 1;
}

qint64 SessionWriter::notStored() const
{
    std::lock_guard lock(m_mutex);
    return m_notStored;
}

Error SessionWriter::lastError() const
{
    std::lock_guard lock(m_mutex);
    return m_error;
}

void SessionWriter::run()
{
    std::vector<std::unique_ptr<Chunk>> work;
    const auto interval = std::chrono::milliseconds(std::max(1, m_settings.commitIntervalMs));
    bool indexing = true;
    for (;;) {
        bool stopping = false;
        {
            std::unique_lock lock(m_mutex);
            const auto ready = [&] {
                return !m_ready.empty() || m_stopping;
            };
            if (!ready() && !m_open && !indexing) {
                // nothing at all to do: sleep until the first item comes
                m_writerIdle = true;
                m_wake.wait(lock, [&] { return ready() || m_open; });
                m_writerIdle = false;
            }
            // items trickle in: gather them for at most one interval
            if (!ready() && m_open)
                m_wake.wait_for(lock, interval, ready);
            sealOpenChunkLocked();
            work.swap(m_ready);
            stopping = m_stopping;
        }
        if (!work.empty()) {
            const bool written = writeChunks(work);
            qint64 cost = 0;
            qint64 items = 0;
            for (const auto &chunk : work) {
                cost += chunk->cost;
                items += static_cast<qint64>(chunk->items.size());
            }
            work.clear();
            {
                std::lock_guard lock(m_mutex);
                m_queuedBytes -= cost;
                if (written)
                    m_writtenItems += items;
            }
            m_committed.notify_all();
            if (written && m_callbacks.stored)
                m_callbacks.stored(m_stored.load());
            indexing = true;
        } else if (stopping || m_failed) {
            break;
        } else {
            indexing = indexSome();
        }
    }
}

bool SessionWriter::writeChunks(std::vector<std::unique_ptr<Chunk>> &chunks)
{
    if (m_failed)
        return false;
    if (Result<void> begun = m_tables->begin(); !begun) {
        fail(begun.error());
        return false;
    }
    qint64 lastMessage = 0;
    qint64 gaps = 0;
    for (const auto &chunk : chunks) {
        for (const Item &item : chunk->items) {
            if (Result<void> written = writeItem(*chunk, item); !written) {
                m_tables->rollback();
                fail(written.error());
                return false;
            }
            if (item.type == ItemType::Message)
                lastMessage = item.sequence;
            else if (item.type == ItemType::Event && item.kind == gapMarker)
                ++gaps;
        }
    }
    if (Result<void> committed = m_tables->commit(); !committed) {
        fail(committed.error());
        return false;
    }
    if (lastMessage > 0)
        m_stored.store(lastMessage, std::memory_order_relaxed);
    if (m_settings.maxFileBytes > 0 && m_tables->fileBytes() >= m_settings.maxFileBytes) {
        std::lock_guard lock(m_mutex);
        m_full = true;
    }
    if (gaps > 0 && m_callbacks.gap)
        m_callbacks.gap(notStored());
    return true;
}

Result<void> SessionWriter::writeItem(const Chunk &chunk, const Item &item)
{
    const char *tail = chunk.bytes.constData() + item.offset;
    QByteArray payload;
    if (item.shared >= 0) {
        payload = chunk.shared[static_cast<std::size_t>(item.shared)];
    } else {
        payload = QByteArray::fromRawData(tail, item.payloadSize);
        tail += item.payloadSize;
    }
    const QByteArray id = QByteArray::fromRawData(tail, item.idSize);
    const QByteArray meta = QByteArray::fromRawData(tail + item.idSize, item.metaSize);
    switch (item.type) {
    case ItemType::Message:
        return m_tables->insertMessage(item.sequence, item.timeUs, item.direction, item.kind, id,
                                       payload, meta);
    case ItemType::Event:
        return m_tables->insertEvent(item.sequence, item.timeUs, id, payload, meta);
    case ItemType::Sample:
        return m_tables->insertSample(item.timeUs, item.rtt, item.p95);
    case ItemType::Meta:
        return m_tables->setMeta(id, payload);
    }
    return {};
}

bool SessionWriter::indexSome()
{
    if (m_failed)
        return false;
    // a failed index step is retried later; the text search reads what is
    // not indexed, so nothing is lost meanwhile
    const Result<bool> more = m_tables->indexMore(m_stored.load(), indexBudgetNs);
    return more && *more;
}

void SessionWriter::fail(const Error &error)
{
    {
        std::lock_guard lock(m_mutex);
        m_failed = true;
        m_error = error;
    }
    m_committed.notify_all();
    if (m_callbacks.failed)
        m_callbacks.failed(error);
}

} // namespace maxmon
