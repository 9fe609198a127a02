#pragma once

#include <maxmon/closeinfo.h>
#include <maxmon/connectionstate.h>
#include <maxmon/deliverystatus.h>
#include <maxmon/error.h>
#include <maxmon/heartbeatstatus.h>
#include <maxmon/maxmon_core_export.h>
#include <maxmon/reconnectstatus.h>
#include <maxmon/tlssessioninfo.h>

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace maxmon {

/// A snapshot of everything known about one connection, safe to show and to
/// export: the URL is redacted and no secret is ever copied in here.
/// WebSocketClient::diagnostics() makes it.
struct MAXMON_CORE_EXPORT Diagnostics
{
    Q_DECLARE_TR_FUNCTIONS(maxmon::Diagnostics)

public:
    ConnectionState state = ConnectionState::Disconnected; ///< the state now
    qint64 stateSinceUs = 0; ///< when the state was entered: wall clock, for display
    qint64 stateSinceMonotonicNs = 0; ///< the same, monotonic: for "time in state"
    QString url; ///< the URL, redacted
    int attempt = 0; ///< connection attempts since open() (1 = first try)
    double handshakeMs = -1; ///< last successful TCP+TLS+WebSocket handshake, -1 if none
    QString localAddress; ///< "127.0.0.1:53422"
    QString peerAddress; ///< the server's address and port
    QString subprotocol; ///< negotiated, empty if none
    /// The last close as a whole: who started it and why, the codes both ways.
    CloseInfo lastClose;
    /// A summary of lastClose: the code that describes it (the server's for a
    /// close it started, 1006 when lost, else the client's); 0 = no close seen yet.
    int lastCloseCode = 0;
    QString lastCloseReason; ///< the reason that came with lastCloseCode
    QString lastClosedBy; ///< "client" or "server" (also for a lost one), or empty
    /// Violations of RFC 6455 by the server that Qt 6.4 lets through
    /// unchecked (a masked frame, ...), with their counts: this connection's.
    QStringList toleratedViolations;
    Error lastError; ///< the last error; none yet: a null Error
    qint64 bytesIn = 0; ///< payload bytes received
    qint64 bytesOut = 0; ///< payload bytes sent
    qint64 messagesIn = 0; ///< messages received
    qint64 messagesOut = 0; ///< messages sent
    QStringList warnings; ///< persistent, e.g. "TLS verification disabled"
    QString proxy; ///< the proxy this attempt goes through, e.g. "SOCKS5 proxy 127.0.0.1:1080"
    TlsSessionInfo tls; ///< wss:// only, once the TLS handshake is done
    HeartbeatStatus heartbeat; ///< latency, loss, health, probe interval
    ReconnectStatus reconnect; ///< attempt and next try
    DeliveryStatus delivery; ///< queued, sent, confirmed, unconfirmed

    /// Milliseconds since the state was entered (monotonic clock).
    qint64 msInState() const;
    /// Every field, for exports and support bundles.
    QJsonObject toJson() const;
    /// Multi-line "key: value" text for the GUI's copy button and the CLI.
    QString toText() const;
};

} // namespace maxmon
