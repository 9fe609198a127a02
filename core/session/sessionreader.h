#pragma once

#include <maxmon/error.h>
#include <maxmon/maxmon_core_export.h>
#include <maxmon/result.h>
#include <maxmon/sessionentry.h>

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <functional>
#include <memory>

namespace maxmon {

/// Reads a session file (`.maxmon`) written by SessionStore, also while it
/// is still being written: rows by number (a page at a time), counts, the
/// events, the heartbeat samples and the per-second rates, the file's facts
/// (meta), and the full-text index.
///
/// Rows are numbered from 0 in one of two row spaces: the messages alone
/// (row r is message r + 1), or messages and events merged in the order
/// they happened (an event follows the messages stored before it).
///
/// One reader belongs to one thread at a time (it holds a SQLite
/// connection); open one per thread. A damaged or truncated file is opened
/// as far as it can be read: damage() says what is wrong and the counts
/// are what could be read. A file of a newer format is refused.
class MAXMON_CORE_EXPORT SessionReader
{
    Q_DECLARE_TR_FUNCTIONS(maxmon::SessionReader)

public:
    /// Which rows a row number counts.
    enum class Rows {
        Messages, ///< messages only: row r is message number r + 1
        MessagesAndEvents, ///< messages and events merged in time order
    };

    /// One heartbeat round trip.
    struct Sample
    {
        qint64 timestampUs = 0; ///< wall clock, microseconds since the epoch
        double rttMs = -1; ///< the round trip; < 0 for a lost probe
        double p95Ms = -1; ///< the heartbeat's p95 after it; < 0 when unknown
    };
    /// Messages and bytes in one second of wall-clock time.
    struct Second
    {
        qint64 second = 0; ///< seconds since the epoch
        qint64 messagesIn = 0; ///< messages received
        qint64 messagesOut = 0; ///< messages sent
        qint64 bytesIn = 0; ///< payload bytes received
        qint64 bytesOut = 0; ///< payload bytes sent
    };

    /// A closed reader: see open().
    SessionReader();
    /// Closes the file.
    ~SessionReader();
    SessionReader(const SessionReader &) = delete;
    SessionReader &operator=(const SessionReader &) = delete;

    /// Opens a session file read-only. Fails for a file that is no session,
    /// one of a newer format, or one that cannot be read at all; a file that
    /// is damaged further in opens, with damage() set.
    Result<void> open(const QString &path);
    /// Closes the file.
    void close();
    /// True after a successful open().
    bool isOpen() const;
    /// The file's path.
    QString path() const;
    /// The format version the file was written with.
    int formatVersion() const;
    /// When the file is damaged: what is wrong (counts are what could be read).
    Error damage() const;

    /// Reads the counts again, for a file that is still being written.
    Result<void> refresh();
    /// The messages in the file (the highest message number).
    qint64 messageCount() const;
    /// The events in the file.
    qint64 eventCount() const;
    /// messageCount(), or with events messageCount() + eventCount().
    qint64 rowCount(Rows rows) const;
    /// Messages indexed for the full-text search (numbers 1 to this).
    qint64 indexedCount() const;

    /// Up to count rows from firstRow on, in the chosen row space.
    Result<QList<SessionEntry>> read(qint64 firstRow, int count, Rows rows);
    /// The row number of a message in the merged row space.
    qint64 mergedRowOfMessage(qint64 sequence) const;
    /// The row number of each event in the merged row space, in order.
    QList<qint64> eventRows() const;
    /// Calls visit for every message from number first to last (inclusive),
    /// in order, until it returns false. Stops with the error of a damaged page.
    Result<void> scan(qint64 first, qint64 last,
                      const std::function<bool(const SessionEntry &)> &visit);
    /// Message numbers after afterSequence whose indexed text matches an
    /// FTS5 query (see SessionFilter::searchQuery()), ascending, at most limit.
    Result<QList<qint64>> search(const QString &ftsQuery, qint64 afterSequence, int limit);

    /// Every event, in order.
    Result<QList<SessionEvent>> events();
    /// Every heartbeat sample, in time order.
    Result<QList<Sample>> samples();
    /// Messages and bytes per second, in time order (seconds without any are left out).
    Result<QList<Second>> seconds();
    /// The file's facts: "format", "created", "app_version", "url", "profile", ...
    Result<QJsonObject> meta();

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace maxmon
