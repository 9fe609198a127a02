#pragma once

#include <maxmon/maxmon_core_export.h>

#include <QString>
#include <QStringList>

#include <optional>

/// The JavaScript client's authToken option: the token travels in the
/// Sec-WebSocket-Protocol header, never in the URL, so that it stays out of
/// access logs. The client offers two subprotocols, "phoenix" and
/// `base64url.bearer.phx.<token>`; the server answers with "phoenix".
///
/// Despite the prefix's name, both the JavaScript client (btoa) and the
/// server (`Base.decode64!(token, padding: false)`) use the standard base64
/// alphabet without padding, so maxmon does too.
namespace maxmon::phoenix::authtoken {

/// "base64url.bearer.phx.": the start of the token's subprotocol.
MAXMON_CORE_EXPORT QString prefix();
/// "phoenix": the subprotocol the server answers with.
MAXMON_CORE_EXPORT QString serverSubprotocol();

/// `base64url.bearer.phx.<base64 of the UTF-8 token, no padding>`, or nullopt
/// when that is not a valid subprotocol name: '/' is an HTTP separator
/// (RFC 6455 section 4.1), and the base64 of a printable ASCII token contains
/// one only where the token has a '?' (or DEL) in every third position.
MAXMON_CORE_EXPORT std::optional<QString> subprotocolFor(const QString &token);
/// What a client offers: "phoenix" first, then the other subprotocols, then
/// the token's; nullopt as subprotocolFor().
MAXMON_CORE_EXPORT std::optional<QStringList> subprotocolsFor(const QString &token,
                                                              const QStringList &others = {});
/// The token a client sent with its subprotocols, or an empty string.
MAXMON_CORE_EXPORT QString tokenFrom(const QStringList &subprotocols);

} // namespace maxmon::phoenix::authtoken
