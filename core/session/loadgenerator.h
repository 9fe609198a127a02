#pragma once

#include <maxmon/connectionconfig.h>
#include <maxmon/error.h>
#include <maxmon/latencystats.h>
#include <maxmon/loadreport.h>
#include <maxmon/maxmon_core_export.h>

#include <QObject>

#include <memory>

namespace maxmon {

/// Load against an echo endpoint, for maxmon-cli bench and the benchmarks in
/// bench/: opens `connections` connections at once, waits until each has
/// connected or failed, then sends from all of them together (numbered
/// messages of messageSize bytes, at most `window` in flight per
/// connection, at `rate` messages per second in all or as fast as the
/// windows allow) until `count` messages are sent in all, or for durationMs,
/// and every echo is back. When no echo has come for replyTimeoutMs while
/// messages are in flight, it gives up: those are lost. Then every
/// connection closes with 1000 and, once they are closed (2 s at most),
/// finished() says the LoadReport is ready.
///
/// Single-threaded, on the thread it lives in: the client side of one
/// process, as a real application would be.
class MAXMON_CORE_EXPORT LoadGenerator : public QObject
{
    Q_OBJECT

public:
    /// What to run.
    struct Settings
    {
        ConnectionConfig config; ///< the echo endpoint; heartbeat and reconnect are turned off
        int connections = 1; ///< connections opened at once
        qint64 count = 1000; ///< messages in all; 0 = for durationMs
        qint64 durationMs = 0; ///< how long to send, when count is 0
        int messageSize = 64; ///< bytes, at least 16 (a sequence number and a send time)
        bool text = false; ///< text frames instead of binary ones
        double rate = 0; ///< messages per second in all; 0 = as fast as the windows allow
        int window = 1; ///< messages in flight per connection at most
        int replyTimeoutMs = 5000; ///< give up when no echo came for this long
        int sampleLimit = 1000000; ///< round trips kept for the percentiles (the most recent)

        /// Empty when usable, otherwise what is wrong.
        QString validate() const;
    };

    /// A generator for settings (which should validate()); start() runs it.
    explicit LoadGenerator(const Settings &settings, QObject *parent = nullptr);
    ~LoadGenerator() override;

    /// Opens the connections; the load starts once every one has opened or failed.
    void start();
    /// Stops sending now, waits for what is in flight (up to the drain
    /// timeout) and finishes: for Ctrl-C.
    void stop();
    /// Whether finished() was emitted.
    bool isFinished() const;
    /// What was measured so far; complete after finished().
    LoadReport report() const;
    /// The error of the first connection that failed, if any.
    Error firstError() const;

Q_SIGNALS:
    /// Every connection has opened or failed: opened of them opened.
    void connected(int opened, int failed);
    /// The run is over and report() is complete.
    void finished();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace maxmon
