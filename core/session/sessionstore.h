#pragma once

#include <maxmon/error.h>
#include <maxmon/logexporter.h>
#include <maxmon/maxmon_core_export.h>
#include <maxmon/message.h>
#include <maxmon/result.h>
#include <maxmon/sessionevent.h>

#include <QJsonValue>
#include <QObject>

#include <memory>

namespace maxmon {

/// Writes one session file (`.maxmon`, a SQLite database; see "Sessions on disk"
/// in docs/gui.md): every message of a connection in both directions,
/// its events (state changes, errors, gaps) and heartbeat samples.
///
/// The caller's thread only hands messages over: append() copies the bytes
/// into a bounded queue and returns at once. A writer on its own QThread
/// redacts them with the exports' rules (setRedaction(), LogExporter), and
/// writes them in batched transactions at least every commitIntervalMs()
/// (WAL mode), so that a process killed at any moment loses at most the
/// last commit interval.
///
/// If the disk does not keep up and the queue holds maxQueuedBytes(), or the
/// file reached maxFileBytes(), messages are not stored, never silently:
/// notStoredCount() counts them, and a Gap event with the count is stored
/// in their place in the order of the session. append() never blocks.
///
/// Files are created with permissions 0600; defaultDirectory() is the
/// user's data directory. SessionReader reads a file, also while it is
/// being written.
class MAXMON_CORE_EXPORT SessionStore : public QObject
{
    Q_OBJECT

public:
    /// The largest file a session grows to (2 GiB); see setMaxFileBytes().
    static constexpr qint64 DefaultMaxFileBytes = qint64(2) * 1024 * 1024 * 1024;
    /// Bytes that may wait for the writer (32 MiB).
    static constexpr qint64 DefaultMaxQueuedBytes = qint64(32) * 1024 * 1024;
    /// The longest time between two commits.
    static constexpr int DefaultCommitIntervalMs = 50;

    /// A store with no file yet: see create().
    explicit SessionStore(QObject *parent = nullptr);
    /// Closes the file (see close()).
    ~SessionStore() override;

    /// The size a session file may reach; later messages are counted as
    /// not stored. Before create(); 0 for no limit.
    void setMaxFileBytes(qint64 bytes);
    /// See setMaxFileBytes().
    qint64 maxFileBytes() const;
    /// How many bytes may wait for the writer before messages are dropped
    /// (counted) rather than queued. Before create().
    void setMaxQueuedBytes(qint64 bytes);
    /// See setMaxQueuedBytes().
    qint64 maxQueuedBytes() const;
    /// The longest time between two commits, in ms. Before create().
    void setCommitIntervalMs(int ms);
    /// See setCommitIntervalMs().
    int commitIntervalMs() const;
    /// The secrets and names to mask before anything is written, as the
    /// exports do: LogExporter::redact() runs over every message. Before create().
    void setRedaction(const LogExporter &rules);
    /// Writes messages exactly as given, without masking anything: for a
    /// copy of a file that exists already (imports, conversions), never for
    /// a live connection. Before create().
    void setRawCopy(bool raw);

    /// Creates the file (replacing one of that name), with permissions 0600
    /// and the folder made when missing, and starts the writer.
    Result<void> create(const QString &path);
    /// Writes what waits, ends the writer and leaves the file complete
    /// (one file, its WAL checkpointed). Safe to call twice.
    Result<void> close();
    /// True between create() and close().
    bool isOpen() const;
    /// The file's path ("" before create()).
    QString path() const;

    /// Hands a message over. Returns its number in the session (1, 2, ...),
    /// or 0 when it is not stored (see the class description).
    qint64 append(const Message &message);
    /// Hands an event over; it is stored after the messages appended before it.
    void appendEvent(const SessionEvent &event);
    /// A heartbeat round trip: rttMs < 0 for a lost probe; p95Ms < 0 when unknown.
    void appendSample(qint64 timestampUs, double rttMs, double p95Ms = -1);
    /// Stores a fact about the session (the URL, the profile, ...): a string,
    /// or JSON. Never a secret: the caller redacts it.
    void setMeta(const QString &key, const QJsonValue &value);
    /// Hands over what waits and blocks until it is written; false after
    /// timeoutMs or when writing failed.
    bool flush(int timeoutMs = 30000);

    /// Messages appended and stored or about to be (the highest number
    /// given). The counts stay after close(), until the next create().
    qint64 acceptedCount() const;
    /// Messages written to the file (committed).
    qint64 storedCount() const;
    /// Messages that were not stored (see the class description).
    qint64 notStoredCount() const;
    /// Why writing stopped, when it did (disk full, file removed, ...).
    Error lastError() const;

    /// Where the window keeps its sessions, maxmon's own folder in the
    /// user's data location: ~/.local/share/maxmon/sessions on Linux.
    static QString defaultDirectory();
    /// Where development builds before 2026-12-08 kept them:
    /// ~/.local/share/maxmon/maxmon/sessions (the application data location).
    static QString legacyDirectory();
    /// Moves the sessions from legacyDirectory() to defaultDirectory() when
    /// only the legacy one exists, so that retention keeps covering them.
    /// Returns whether it moved them.
    static bool moveLegacySessions();
    /// A new file name in directory: "20240501-120000-<name>.maxmon" (name
    /// reduced to safe characters), numbered when taken.
    static QString newSessionPath(const QString &directory, const QString &name);

Q_SIGNALS:
    /// After each commit, with storedCount().
    void stored(qint64 storedCount);
    /// A Gap event was written: notStoredCount() messages were not stored so far.
    void gapRecorded(qint64 notStoredCount);
    /// Writing failed; later messages are counted as not stored.
    void errorOccurred(const maxmon::Error &error);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace maxmon
