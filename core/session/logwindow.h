#pragma once

#include "session/logring.h"

#include <maxmon/error.h>
#include <maxmon/messagelogmodel.h>
#include <maxmon/sessionentry.h>
#include <maxmon/sessionreader.h>
#include <maxmon/sessionstore.h>

#include <QCache>
#include <QPointer>

#include <memory>
#include <optional>

namespace maxmon {

// The rows of a MessageLogModel, without the model's signals: which rows
// there are and where each one lives (the in-memory ring, or a page read
// from the session file). The model calls the steps in between its
// begin/end signals.
//
//   Plain  rows are the ring's visible entries; the oldest are evicted
//   Store  rows are the session's: the ring holds the newest, older rows
//          are read from the store's file; nothing is evicted
//   File   every row is read from a session file
class MAXMON_CORE_TEST_EXPORT LogWindow
{
public:
    enum class Mode { Plain, Store, File };
    static constexpr int PageRows = 256;
    static constexpr int CachedPages = 64;

    LogWindow();
    ~LogWindow();

    Mode mode() const { return m_mode; }
    qint64 rows() const { return m_rows; }
    qint64 pending() const { return m_pending; }
    LogRing &ring() { return m_ring; }
    const LogRing &ring() const { return m_ring; }

    int capacity = MessageLogModel::DefaultCapacity;
    qint64 byteCapacity = MessageLogModel::DefaultByteCapacity;
    bool eventsShown = false;
    qint64 total = 0;
    qint64 evicted = 0;
    qint64 notStored = 0;
    qint64 notStoredSinceRow = 0; // since the last message that became a row
    mutable Error error; // reading or writing the session file

    // Forgets every row and the session; back to Plain.
    void reset();
    void useStore(SessionStore *store);
    Result<void> useFile(const QString &path);
    SessionStore *store() const { return m_store; }
    QString path() const;
    SessionReader::Rows rowSpace() const
    {
        return eventsShown ? SessionReader::Rows::MessagesAndEvents : SessionReader::Rows::Messages;
    }

    void append(const Message &message);
    void append(const SessionEvent &event);

    // Flushing, Plain: how many visible rows to evict and pending entries
    // to drop so that the batch fits (see MessageLogModel).
    struct Eviction
    {
        qint64 rows = 0;
        qint64 pending = 0;
    };
    Eviction planFlush() const;
    void evictRows(qint64 count);
    void dropPending(qint64 count);
    // The pending entries become rows; Store: the ring is trimmed to its budget.
    void commitPending();
    // Plain: rows to evict so that count fit (setCapacity()).
    void shrinkTo(int count);
    // File: rows the file has now (refreshSession()), and taking them.
    qint64 refreshFile();
    void setFileRows(qint64 rows);
    qint64 storedRows() const;

    // Where a row lives: in the ring (its index), or in the file.
    bool inRing(qint64 row) const { return row >= ringFirstRow(); }
    qint64 ringIndex(qint64 row) const { return m_ring.firstIndex() + row - ringFirstRow(); }
    // A row read from the file, nullptr when it cannot be read (yet).
    const SessionEntry *fileEntry(qint64 row) const;
    // The decoded Phoenix fields kept for a row, or nullptr.
    const MessageLogModel::PhoenixFields *cachedPhoenix(qint64 row) const;
    void cachePhoenix(qint64 row, const MessageLogModel::PhoenixFields &fields) const;
    void forgetPhoenix();
    // A file row was asked for before the store wrote it.
    bool servedPlaceholder() const { return m_servedPlaceholder; }
    void clearPlaceholder() { m_servedPlaceholder = false; }
    qint64 memoryBytes() const;

private:
    struct Page
    {
        QList<SessionEntry> entries;
        QHash<int, MessageLogModel::PhoenixFields> phoenix;
    };
    qint64 ringFirstRow() const { return m_rows - (m_ring.size() - m_pending); }
    Page *page(qint64 number) const;
    bool ensureReader() const;

    Mode m_mode = Mode::Plain;
    LogRing m_ring;
    qint64 m_rows = 0;
    qint64 m_pending = 0;
    QPointer<SessionStore> m_store;
    QString m_path;
    mutable std::unique_ptr<SessionReader> m_reader;
    mutable QCache<qint64, Page> m_pages { CachedPages };
    // the Phoenix fields of ring rows that are frames
    mutable QCache<qint64, MessageLogModel::PhoenixFields> m_ringPhoenix { 20000 };
    mutable bool m_servedPlaceholder = false;
    mutable std::unique_ptr<Page> m_partial; // a page the store is still writing
};

} // namespace maxmon
