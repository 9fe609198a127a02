#pragma once

#include <maxmon/result.h>

#include <QCoreApplication>
#include <QString>
#include <QUrlQuery>

namespace maxmon {

// Faults the demo server injects into a connection, for demos and tests.
// Server-wide defaults come from DemoServerSettings (maxmon-cli serve
// --close-after, --freeze-after, --delay); a connection's query string
// overrides them:
//
//   close=CODE&after=T[&reason=TEXT]  close with CODE, T after the handshake (default 0)
//   freeze=T                          stop reading and writing T after the handshake
//   delay=T                           hold every reply for T before sending it
//
// Durations are written as elsewhere: 500ms, 2s, 1m ("0" for at once).
struct DemoFaults
{
    Q_DECLARE_TR_FUNCTIONS(maxmon::DemoFaults)

public:
    static constexpr qint64 maxAfterMs = 3600 * 1000;
    static constexpr qint64 maxDelayMs = 60 * 1000;

    int closeCode = 0; // 0 = never close
    QString closeReason;
    qint64 closeAfterMs = 0;
    qint64 freezeAfterMs = -1; // -1 = never
    qint64 delayMs = 0;

    bool closes() const { return closeCode != 0; }
    bool freezes() const { return freezeAfterMs >= 0; }

    // The defaults with what the query sets; an InvalidConfig error names
    // the parameter (the server answers 400 with it).
    static Result<DemoFaults> fromQuery(const QUrlQuery &query, const DemoFaults &defaults);
    // Close codes a server may send (RFC 6455 7.4): 1000-1003, 1007-1014, 3000-4999.
    static bool isSendableCloseCode(int code);
    // "close 4000 after 2000 ms, delay 200 ms" or "none"
    QString toText() const;
};

} // namespace maxmon
