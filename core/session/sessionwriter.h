#pragma once

#include <maxmon/error.h>
#include <maxmon/logexporter.h>
#include <maxmon/message.h>
#include <maxmon/sessionevent.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

class QThread;

namespace maxmon {

class SessionTables;

// The hand-off between whoever appends to a session (usually the GUI
// thread) and the thread that writes it, and that thread's work.
//
// append() copies the message into the open chunk under a mutex nobody
// holds for long, and never waits: when the bytes waiting would pass
// maxQueuedBytes (the disk does not keep up) or the file reached
// maxFileBytes, the message is counted as not stored, and before the next
// one that is stored a Gap event records how many were lost, in order.
//
// The writer takes every waiting chunk at least every commitIntervalMs and
// writes them in one transaction: a process killed at any moment loses at
// most what arrived in the last interval plus one commit. When it has
// nothing to write it indexes stored messages for the text search, a few
// thousand at a time.
class MAXMON_CORE_TEST_EXPORT SessionWriter
{
    Q_DECLARE_TR_FUNCTIONS(maxmon::SessionWriter)

public:
    struct Settings
    {
        qint64 maxFileBytes = 0;
        qint64 maxQueuedBytes = 0;
        int commitIntervalMs = 50;
        // none: messages are written as they are (copies of existing files)
        std::optional<LogExporter> redaction;
    };
    // Called on the writer thread after each commit, and on a write error.
    struct Callbacks
    {
        std::function<void(qint64 stored)> stored;
        std::function<void(const Error &error)> failed;
        std::function<void(qint64 count)> gap;
    };

    SessionWriter(const QString &path, const Settings &settings, const Callbacks &callbacks);
    ~SessionWriter();

    // Creates the file's tables and starts the thread.
    Result<void> start();
    // Writes what waits, then ends the thread; the file is complete.
    void stop();

    // 0 when not stored (counted, see above), else the message's number.
    qint64 append(const Message &message);
    void appendEvent(const SessionEvent &event);
    void appendSample(qint64 timestampUs, double rttMs, double p95Ms);
    void setMeta(const QString &key, const QJsonValue &value);
    // Hands over what waits and blocks until it is committed (false after
    // timeoutMs or when the writer failed).
    bool flush(int timeoutMs);

    qint64 accepted() const;
    qint64 stored() const { return m_stored.load(std::memory_order_relaxed); }
    qint64 notStored() const;
    Error lastError() const;

private:
    enum class ItemType : quint8 { Message, Event, Sample, Meta };
    struct Item
    {
        qint64 timeUs = 0;
        qint64 sequence = 0; // messages: id; events: the position
        double rtt = 0;
        double p95 = 0;
        qint32 offset = 0; // into the chunk's bytes: payload (unless shared), id, meta
        qint32 shared = -1; // a large payload kept by reference: its index in Chunk::shared
        qint32 payloadSize = 0;
        qint32 idSize = 0;
        qint32 metaSize = 0;
        ItemType type = ItemType::Message;
        quint8 kind = 0;
        quint8 direction = 0;
    };
    struct Chunk
    {
        QByteArray bytes;
        std::vector<QByteArray> shared;
        std::vector<Item> items;
        qint64 cost = 0; // counted against maxQueuedBytes
    };

    // under m_mutex
    bool admit(qint64 cost, QString *reason);
    void recordGapLocked();
    Item &push(ItemType type, qint64 timeUs, const QByteArray &payload, const QByteArray &id,
               const QByteArray &meta);
    void sealOpenChunkLocked();

    void run();
    bool writeChunks(std::vector<std::unique_ptr<Chunk>> &chunks);
    Result<void> writeItem(const Chunk &chunk, const Item &item);
    bool indexSome();
    void fail(const Error &error);

    const QString m_path;
    const Settings m_settings;
    const Callbacks m_callbacks;
    std::unique_ptr<SessionTables> m_tables;
    QThread *m_thread = nullptr;

    mutable std::mutex m_mutex;
    std::condition_variable m_wake; // the writer: work or stop
    std::condition_variable m_committed; // flush(): a commit happened
    std::unique_ptr<Chunk> m_open;
    std::vector<std::unique_ptr<Chunk>> m_ready;
    qint64 m_queuedBytes = 0;
    qint64 m_nextMessage = 1;
    qint64 m_enqueuedItems = 0; // items ever handed over
    qint64 m_writtenItems = 0; // items ever committed
    qint64 m_pendingGap = 0;
    QString m_pendingGapReason;
    qint64 m_notStored = 0;
    bool m_full = false; // the file reached maxFileBytes
    bool m_failed = false;
    bool m_stopping = false;
    bool m_writerIdle = false;
    Error m_error;

    std::atomic<qint64> m_stored { 0 };
};

} // namespace maxmon
