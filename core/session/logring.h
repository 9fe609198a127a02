#pragma once

#include <maxmon/maxmon_core_export.h>
#include <maxmon/message.h>
#include <maxmon/sessionentry.h>

#include <QByteArray>
#include <QHash>
#include <QJsonObject>

#include <deque>
#include <memory>
#include <type_traits>
#include <vector>

namespace maxmon {

// The in-memory part of the message log: the newest entries in a compact
// layout instead of one heap object per message. Payloads are copied into
// one arena of fixed-size blocks, each entry is a fixed-size index record
// (time, sizes, kind, direction, where its payload is), and the rare extras
// (an id that is not a number, meta, an event) sit in a side table. Large
// payloads are kept by reference (the Message's own buffer, no copy).
//
// Entries are appended at the back and dropped from the front, in order, so
// an arena block is released once its last entry is dropped. The index
// records sit in chunks of ChunkEntries, taken and released whole like the
// arena blocks: the index never moves or copies a record, so no append pays
// for growing it (an array of 100,000 records that doubled cost 12-18 ms of
// page faults at once on the benchmark VM, a stall of the connection's
// thread). Each record knows the payload bytes appended before it, so the
// bytes of any run of entries (and an entry's own size) is a subtraction.
// Entries are addressed by their index: 0 for the first ever appended,
// increasing.
class MAXMON_CORE_TEST_EXPORT LogRing
{
public:
    // Bytes of one arena block; a payload of at least largeBytes is kept by reference.
    static constexpr qsizetype BlockBytes = 256 * 1024;
    static constexpr qsizetype LargeBytes = 16 * 1024;
    // Index records per chunk (a power of two: 192 KiB).
    static constexpr int ChunkShift = 12;
    static constexpr qint64 ChunkEntries = qint64(1) << ChunkShift;

    LogRing();
    ~LogRing();
    LogRing(const LogRing &) = delete;
    LogRing &operator=(const LogRing &) = delete;

    void append(const Message &message, qint64 sequence = 0);
    void append(const SessionEvent &event, qint64 sequence = 0);
    // Drops the oldest count entries.
    void dropFront(qint64 count);
    void clear();
    // Index chunks in use and kept for reuse (for tests and benchmarks).
    qint64 chunkCount() const
    {
        return static_cast<qint64>(m_chunks.size()) + static_cast<qint64>(m_spareChunks.size());
    }

    // Index of the oldest entry kept, and one past the newest.
    qint64 firstIndex() const { return m_first; }
    qint64 endIndex() const { return m_first + m_count; }
    qint64 size() const { return m_count; }
    // Payload bytes of the entries kept.
    qint64 bytes() const { return m_appendedBytes - bytesBefore(m_first); }
    qint64 payloadSize(qint64 index) const;
    // Payload bytes appended before the entry index (firstIndex() to
    // endIndex()); an event has none. The bytes of the entries from a to b
    // are bytesBefore(b) - bytesBefore(a).
    qint64 bytesBefore(qint64 index) const
    {
        return index == endIndex() ? m_appendedBytes : at(index).bytesBefore;
    }

    bool isEvent(qint64 index) const;
    qint64 sequence(qint64 index) const;
    qint64 timestampUs(qint64 index) const;
    Message::Direction direction(qint64 index) const;
    // The kind, Json or Text decided once per entry (a JSON parse) and kept.
    Message::Kind kind(qint64 index) const;
    // A Message as it was appended (same bytes, id, times and meta); a null
    // message for an event.
    Message message(qint64 index) const;
    SessionEvent event(qint64 index) const;
    SessionEntry entry(qint64 index) const;
    // The payload without a copy, valid until the entry is dropped.
    QByteArray rawPayload(qint64 index) const;

    // Per entry: set once its Phoenix fields were found to be no frame.
    bool isKnownNonFrame(qint64 index) const;
    void setKnownNonFrame(qint64 index, bool known) const;
    void forgetNonFrames();

    // Memory held: arena blocks, index records and extras, for benchmarks.
    qint64 memoryBytes() const;

private:
    enum Flags : quint8 {
        NumericId = 1, // id is the decimal number in idNumber (32 bits)
        Extras = 2, // id, meta or event in m_extras
        KindKnown = 4,
        IsJson = 8,
        NonFrame = 16,
        Large = 32, // payload in m_large
    };
    // 48 bytes: the size is bytesBefore of the next entry minus its own.
    // Trivial, so that a new chunk is not written before its entries are:
    // its pages are touched one at a time as entries arrive.
    struct Entry
    {
        qint64 timestampUs;
        qint64 monotonicNs;
        qint64 sequence;
        qint64 position; // in the arena: block number * BlockBytes + offset
        qint64 bytesBefore; // payload bytes appended before this entry
        quint32 idNumber;
        quint8 wireKind; // SessionFormat::WireKind, or eventKind
        quint8 direction;
        mutable quint8 flags;
    };
    static_assert(std::is_trivial_v<Entry>);
    static_assert(sizeof(Entry) == 48);
    using Chunk = std::unique_ptr<Entry[]>;
    struct Extra
    {
        QString id;
        QJsonObject meta;
        SessionEvent event;
    };
    static constexpr quint8 eventKind = 0xff;

    // The chunks own the records; at() is the read-only view of one.
    Entry &record(qint64 index) const
    {
        const auto chunk = static_cast<std::size_t>((index >> ChunkShift) - m_firstChunk);
        return m_chunks[chunk][static_cast<std::size_t>(index & (ChunkEntries - 1))];
    }
    const Entry &at(qint64 index) const { return record(index); }
    Entry &push();
    qint64 store(const QByteArray &payload, Entry *entry, qint64 index);
    void releaseChunks();
    void releaseBlocks();

    std::deque<Chunk> m_chunks; // chunk m_firstChunk first: entries m_firstChunk * ChunkEntries on
    std::vector<Chunk> m_spareChunks; // released chunks kept for reuse
    qint64 m_firstChunk = 0;
    qint64 m_count = 0;
    qint64 m_first = 0;
    qint64 m_appendedBytes = 0; // payload bytes of every entry ever appended
    std::deque<std::unique_ptr<char[]>> m_blocks; // block m_firstBlock first
    std::vector<std::unique_ptr<char[]>> m_spare; // released blocks kept for reuse
    qint64 m_firstBlock = 0;
    qint64 m_writePosition = 0; // where the next payload goes
    QHash<qint64, Extra> m_extras;
    QHash<qint64, QByteArray> m_large;
};

} // namespace maxmon
