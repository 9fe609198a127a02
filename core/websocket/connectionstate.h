#pragma once

#include <maxmon/maxmon_core_export.h>

#include <QObject>

namespace maxmon {
Q_NAMESPACE_EXPORT(MAXMON_CORE_EXPORT)

/// The lifecycle of one connection, as WebSocketClient runs it.
enum class ConnectionState {
    Disconnected, ///< idle: never opened, closed by the user, or closed cleanly by the peer
    Connecting, ///< TCP, TLS and WebSocket handshake under way
    Connected, ///< open: messages flow
    Disconnecting, ///< close frame sent, waiting (bounded) for the peer
    Reconnecting, ///< lost or failed; the next attempt is scheduled
    Error, ///< failed for good (until the user opens again); lastError() says why
};
Q_ENUM_NS(ConnectionState)

/// The state's name, untranslated and stable, for logs and JSON: "Connected".
MAXMON_CORE_EXPORT QString connectionStateName(ConnectionState state);
/// The state's name for people, translated: "Connected".
MAXMON_CORE_EXPORT QString connectionStateText(ConnectionState state);

} // namespace maxmon
