#pragma once

#include <maxmon/connectionconfig.h>
#include <maxmon/error.h>
#include <maxmon/latencystats.h>
#include <maxmon/loadreport.h>
#include <maxmon/maxmon_core_export.h>

#include <QObject>

#include <memory>

namespace maxmon {

// Load against an echo endpoint, for maxmon-cli bench and the benchmarks in
// bench/: opens `connections` connections at once, waits until each has
// connected or failed, then sends from all of them together (numbered
// messages of messageSize bytes, at most `window` in flight per
// connection, at `rate` messages per second in all or as fast as the
// windows allow) until `count` messages are sent in all, or for durationMs,
// and every echo is back. When no echo has come for replyTimeoutMs while
// messages are in flight, it gives up: those are lost. Then every
// connection closes with 1000 and, once they are closed (2 s at most),
// finished() says the LoadReport is ready.
//
// Single-threaded, on the thread it lives in: the client side of one
// process, as a real application would be.
class MAXMON_CORE_EXPORT LoadGenerator : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        ConnectionConfig config; // the echo endpoint; heartbeat and reconnect are turned off
        int connections = 1;
        qint64 count = 1000; // messages in all; 0 = for durationMs
        qint64 durationMs = 0;
        int messageSize = 64; // bytes, at least 16 (a sequence number and a send time)
        bool text = false; // text frames instead of binary ones
        double rate = 0; // messages per second in all; 0 = as fast as the windows allow
        int window = 1;
        int replyTimeoutMs = 5000;
        int sampleLimit = 1000000; // round trips kept for the percentiles (the most recent)

        // Empty when usable, otherwise what is wrong.
        QString validate() const;
    };

    explicit LoadGenerator(const Settings &settings, QObject *parent = nullptr);
    ~LoadGenerator() override;

    void start();
    // Stops sending now, waits for what is in flight (up to the drain
    // timeout) and finishes: for Ctrl-C.
    void stop();
    bool isFinished() const;
    LoadReport report() const;
    // The error of the first connection that failed, if any.
    Error firstError() const;

Q_SIGNALS:
    void connected(int opened, int failed); // every connection has opened or failed
    void finished();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace maxmon
