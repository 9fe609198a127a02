#include "session/logring.h"

#include "session/sessionformat.h"

#include <algorithm>
#include <cstring>
#include <limits>

namespace maxmon {

namespace {

// "17" -> 17; anything that would not print back the same (leading zeros,
// signs) or does not fit in 32 bits stays a string.
bool decimalId(const QString &id, quint32 *number)
{
    if (id.isEmpty() || id.size() > 10 || (id.size() > 1 && id.at(0) == QLatin1Char('0')))
        return false;
    quint64 value = 0;
    for (const QChar c : id) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
        value = value * 10 + static_cast<quint64>(c.unicode() - '0');
    }
    if (value > std::numeric_limits<quint32>::max())
        return false;
    *number = static_cast<quint32>(value);
    return true;
}

constexpr int spareBlocks = 2;
constexpr int spareChunks = 2;

} // namespace

LogRing::LogRing() = default;
LogRing::~LogRing() = default;

LogRing::Entry &LogRing::push()
{
    const qint64 index = endIndex();
    if (m_chunks.empty())
        m_firstChunk = index >> ChunkShift;
    if ((index >> ChunkShift) - m_firstChunk == static_cast<qint64>(m_chunks.size())) {
        if (m_spareChunks.empty()) {
            // default-initialized: not written until used
            m_chunks.push_back(Chunk(new Entry[ChunkEntries]));
        } else {
            m_chunks.push_back(std::move(m_spareChunks.back()));
            m_spareChunks.pop_back();
        }
    }
    ++m_count;
    Entry &entry = record(index);
    entry = Entry();
    entry.bytesBefore = m_appendedBytes;
    return entry;
}

qint64 LogRing::store(const QByteArray &payload, Entry *entry, qint64 index)
{
    const qsizetype size = payload.size();
    if (size >= LargeBytes) {
        entry->flags |= Large;
        m_large.insert(index, payload);
        return size;
    }
    qint64 block = m_writePosition / BlockBytes;
    qint64 offset = m_writePosition % BlockBytes;
    if (offset + size > BlockBytes) {
        // payloads never straddle two blocks
        ++block;
        offset = 0;
    }
    if (m_blocks.empty())
        m_firstBlock = block;
    while (m_firstBlock + static_cast<qint64>(m_blocks.size()) <= block) {
        if (m_spare.empty()) {
            m_blocks.push_back(std::unique_ptr<char[]>(new char[BlockBytes]));
        } else {
            m_blocks.push_back(std::move(m_spare.back()));
            m_spare.pop_back();
        }
    }
    char *data = m_blocks[static_cast<std::size_t>(block - m_firstBlock)].get();
    if (size > 0)
        std::memcpy(data + offset, payload.constData(), static_cast<std::size_t>(size));
    entry->position = block * BlockBytes + offset;
    m_writePosition = entry->position + size;
    return size;
}

void LogRing::append(const Message &message, qint64 sequence)
{
    const qint64 index = endIndex();
    Entry &entry = push();
    entry.timestampUs = message.timestampUs();
    entry.monotonicNs = message.monotonicNs();
    entry.sequence = sequence;
    entry.wireKind = static_cast<quint8>(SessionFormat::wireKind(message));
    entry.direction = static_cast<quint8>(SessionFormat::directionCode(message.direction()));
    const QString id = message.id();
    const QJsonObject meta = message.meta();
    if (decimalId(id, &entry.idNumber))
        entry.flags |= NumericId;
    if ((!id.isEmpty() && !(entry.flags & NumericId)) || !meta.isEmpty()) {
        entry.flags |= Extras;
        m_extras.insert(index, Extra { (entry.flags & NumericId) ? QString() : id, meta, {} });
    }
    m_appendedBytes += store(message.payload(), &entry, index);
}

void LogRing::append(const SessionEvent &event, qint64 sequence)
{
    const qint64 index = endIndex();
    Entry &entry = push();
    entry.timestampUs = event.timestampUs();
    entry.sequence = sequence;
    entry.wireKind = eventKind;
    entry.flags = Extras;
    m_extras.insert(index, Extra { {}, {}, event });
}

void LogRing::dropFront(qint64 count)
{
    count = std::min(count, size());
    if (count <= 0)
        return;
    if (!m_extras.isEmpty() || !m_large.isEmpty()) {
        for (qint64 index = m_first; index < m_first + count; ++index) {
            const Entry &entry = at(index);
            if (entry.flags & Extras)
                m_extras.remove(index);
            if (entry.flags & Large)
                m_large.remove(index);
        }
    }
    m_first += count;
    m_count -= count;
    releaseChunks();
    releaseBlocks();
}

void LogRing::releaseChunks()
{
    // chunks whose entries have all been dropped
    while (!m_chunks.empty() && (m_firstChunk + 1) * ChunkEntries <= m_first) {
        if (static_cast<int>(m_spareChunks.size()) < spareChunks)
            m_spareChunks.push_back(std::move(m_chunks.front()));
        m_chunks.pop_front();
        ++m_firstChunk;
    }
}

void LogRing::releaseBlocks()
{
    // blocks before the oldest kept payload are free
    qint64 keepFrom = m_writePosition / BlockBytes;
    for (qint64 index = m_first; index < endIndex(); ++index) {
        const Entry &entry = at(index);
        if (entry.wireKind != eventKind && !(entry.flags & Large)) {
            keepFrom = entry.position / BlockBytes;
            break;
        }
    }
    while (!m_blocks.empty() && m_firstBlock < keepFrom) {
        if (static_cast<int>(m_spare.size()) < spareBlocks)
            m_spare.push_back(std::move(m_blocks.front()));
        m_blocks.pop_front();
        ++m_firstBlock;
    }
}

void LogRing::clear()
{
    m_first = endIndex();
    m_chunks.clear();
    m_spareChunks.clear();
    m_count = 0;
    m_extras.clear();
    m_large.clear();
    m_blocks.clear();
    m_spare.clear();
    m_appendedBytes = 0;
    m_firstBlock = 0;
    m_writePosition = 0;
}

qint64 LogRing::payloadSize(qint64 index) const
{
    return bytesBefore(index + 1) - bytesBefore(index);
}

bool LogRing::isEvent(qint64 index) const
{
    return at(index).wireKind == eventKind;
}

qint64 LogRing::sequence(qint64 index) const
{
    return at(index).sequence;
}

qint64 LogRing::timestampUs(qint64 index) const
{
    return at(index).timestampUs;
}

Message::Direction LogRing::direction(qint64 index) const
{
    return at(index).direction == 0 ? Message::Direction::Incoming : Message::Direction::Outgoing;
}

QByteArray LogRing::rawPayload(qint64 index) const
{
    const Entry &entry = at(index);
    if (entry.wireKind == eventKind)
        return {};
    if (entry.flags & Large)
        return m_large.value(index);
    const qint64 block = entry.position / BlockBytes;
    const char *data = m_blocks[static_cast<std::size_t>(block - m_firstBlock)].get();
    return QByteArray::fromRawData(data + entry.position % BlockBytes,
                                   static_cast<qsizetype>(payloadSize(index)));
}

Message::Kind LogRing::kind(qint64 index) const
{
    const Entry &entry = at(index);
    switch (entry.wireKind) {
    case SessionFormat::BinaryFrame:
        return Message::Kind::Binary;
    case SessionFormat::PingFrame:
        return Message::Kind::Ping;
    case SessionFormat::PongFrame:
        return Message::Kind::Pong;
    case SessionFormat::CloseFrame:
        return Message::Kind::Close;
    default:
        break;
    }
    if (!(entry.flags & KindKnown)) {
        const bool json = message(index).kind() == Message::Kind::Json;
        entry.flags |= KindKnown | (json ? IsJson : 0);
    }
    return (entry.flags & IsJson) ? Message::Kind::Json : Message::Kind::Text;
}

Message LogRing::message(qint64 index) const
{
    const Entry &entry = at(index);
    if (entry.wireKind == eventKind)
        return Message();
    // a copy of the bytes: the Message outlives the entry
    const QByteArray payload = (entry.flags & Large)
        ? m_large.value(index)
        : QByteArray(rawPayload(index).constData(), static_cast<qsizetype>(payloadSize(index)));
    const Extra extras = (entry.flags & Extras) ? m_extras.value(index) : Extra();
    QString id = extras.id;
    if (entry.flags & NumericId)
        id = QString::number(entry.idNumber);
    Message message = SessionFormat::toMessage(entry.wireKind, entry.direction, id, payload, {},
                                               entry.timestampUs);
    message = message.withTimestamps(entry.timestampUs, entry.monotonicNs);
    if (!extras.meta.isEmpty())
        message = message.withMeta(extras.meta);
    return message;
}

SessionEvent LogRing::event(qint64 index) const
{
    const Entry &entry = at(index);
    return entry.wireKind == eventKind ? m_extras.value(index).event : SessionEvent();
}

SessionEntry LogRing::entry(qint64 index) const
{
    if (isEvent(index))
        return SessionEntry(event(index), sequence(index));
    return SessionEntry(message(index), sequence(index));
}

bool LogRing::isKnownNonFrame(qint64 index) const
{
    return at(index).flags & NonFrame;
}

void LogRing::setKnownNonFrame(qint64 index, bool known) const
{
    const Entry &entry = at(index);
    if (known)
        entry.flags |= NonFrame;
    else
        entry.flags &= static_cast<quint8>(~NonFrame);
}

void LogRing::forgetNonFrames()
{
    for (qint64 index = m_first; index < endIndex(); ++index)
        at(index).flags &= static_cast<quint8>(~NonFrame);
}

qint64 LogRing::memoryBytes() const
{
    qint64 bytes = static_cast<qint64>(m_blocks.size() + m_spare.size()) * BlockBytes;
    bytes += chunkCount() * ChunkEntries * static_cast<qint64>(sizeof(Entry));
    for (const QByteArray &large : m_large)
        bytes += large.size();
    return bytes;
}

} // namespace maxmon
