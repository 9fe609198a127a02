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
// records sit in one circular array that grows by doubling (a plain copy of
// trivially copyable records) up to the expected size (setExpectedSize(): a
// log's capacity, not the next power of two), and each one knows the payload
// bytes appended before it, so the bytes of any run of entries (and an
// entry's own size) is a subtraction. Entries are addressed by their index:
// 0 for the first ever appended, increasing.
class MAXMON_CORE_TEST_EXPORT LogRing
{
public:
    // Bytes of one arena block; a payload of at least largeBytes is kept by reference.
    static constexpr qsizetype BlockBytes = 256 * 1024;
    static constexpr qsizetype LargeBytes = 16 * 1024;

    LogRing();
    ~LogRing();
    LogRing(const LogRing &) = delete;
    LogRing &operator=(const LogRing &) = delete;

    void append(const Message &message, qint64 sequence = 0);
    void append(const SessionEvent &event, qint64 sequence = 0);
    // Drops the oldest count entries.
    void dropFront(qint64 count);
    void clear();
    // How many entries the ring is expected to hold at most: the index grows
    // to exactly that many slots (and by doubling beyond, if it must).
    void setExpectedSize(qint64 entries);
    // Slots of the index (for tests and benchmarks).
    qint64 slotCount() const { return static_cast<qint64>(m_entries.size()); }

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
    // 48 bytes: the size is bytesBefore of the next entry minus its own
    struct Entry
    {
        qint64 timestampUs = 0;
        qint64 monotonicNs = 0;
        qint64 sequence = 0;
        qint64 position = 0; // in the arena: block number * BlockBytes + offset
        qint64 bytesBefore = 0; // payload bytes appended before this entry
        quint32 idNumber = 0;
        quint8 wireKind = 0; // SessionFormat::WireKind, or eventKind
        quint8 direction = 0;
        mutable quint8 flags = 0;
    };
    static_assert(std::is_trivially_copyable_v<Entry>);
    static_assert(sizeof(Entry) == 48);
    struct Extra
    {
        QString id;
        QJsonObject meta;
        SessionEvent event;
    };
    static constexpr quint8 eventKind = 0xff;

    std::size_t slot(qint64 offset) const
    {
        // a conditional wrap: the array need not be a power of two long
        const std::size_t unwrapped = m_head + static_cast<std::size_t>(offset);
        return unwrapped >= m_entries.size() ? unwrapped - m_entries.size() : unwrapped;
    }
    const Entry &at(qint64 index) const { return m_entries[slot(index - m_first)]; }
    Entry &push();
    void relayout(std::size_t slots);
    qint64 store(const QByteArray &payload, Entry *entry, qint64 index);
    void releaseBlocks();

    std::vector<Entry> m_entries; // circular; m_first at m_head
    std::size_t m_head = 0;
    std::size_t m_expected = 0; // setExpectedSize()
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
