#pragma once

#include <maxmon/authconfig.h>
#include <maxmon/configissue.h>
#include <maxmon/heartbeatconfig.h>
#include <maxmon/maxmon_core_export.h>
#include <maxmon/phoenixconfig.h>
#include <maxmon/profilevariable.h>
#include <maxmon/proxyconfig.h>
#include <maxmon/reconnectconfig.h>
#include <maxmon/secretref.h>
#include <maxmon/sendtemplate.h>
#include <maxmon/tlsconfig.h>
#include <maxmon/variables.h>

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QUrl>

namespace maxmon {

/// An extra header of the WebSocket handshake request.
struct MAXMON_CORE_EXPORT HttpHeader
{
    QString name; ///< the header's name, an RFC 7230 token ("X-Client")
    QString value; ///< the value, without line breaks

    /// Equal in name and value.
    friend bool operator==(const HttpHeader &a, const HttpHeader &b)
    {
        return a.name == b.name && a.value == b.value;
    }
};

/// Everything needed to open one connection: a connection profile.
///
/// A value type: cheap to copy, compared with ==, read from and written to
/// JSON without secrets (tokens and passwords are only named, as SecretRef).
/// Each section (auth, heartbeat, reconnect, tls, proxy, phoenix, templates)
/// is a struct of its own with its own toJson(), fromJson() and validate().
///
/// @code
/// ConnectionConfig config;
/// config.url = QUrl(QStringLiteral("wss://max.example/socket"));
/// config.auth.mode = AuthConfig::Mode::BearerHeader;
/// config.auth.token = token;
/// if (const QList<ConfigIssue> issues = config.validate(); ConfigIssue::hasErrors(issues))
///     ...
/// @endcode
struct MAXMON_CORE_EXPORT ConnectionConfig
{
    Q_DECLARE_TR_FUNCTIONS(maxmon::ConnectionConfig)

public:
    /// What is spoken on top of WebSocket.
    enum class Protocol {
        WebSocket, ///< nothing: messages as they are
        Phoenix, ///< Phoenix Channels, through a phoenix::Socket with the settings in phoenix
    };

    /// The profile's name, shown and used as its key in a ProfileStore.
    QString name;
    /// The ws:// or wss:// URL to connect to.
    QUrl url;
    /// What is spoken on top of WebSocket.
    Protocol protocol = Protocol::WebSocket;
    /// The Phoenix socket's settings; written only for Phoenix or when not the defaults.
    PhoenixConfig phoenix;
    /// Extra headers of the handshake request.
    QList<HttpHeader> headers;
    /// The subprotocols offered in Sec-WebSocket-Protocol.
    QStringList subprotocols;
    /// How the connection authenticates.
    AuthConfig auth;
    /// Time allowed for TCP, TLS and the WebSocket handshake together.
    int connectTimeoutMs = 10000;
    /// Time to wait for the peer's close frame before aborting.
    int closeTimeoutMs = 3000;
    /// How the connection checks that it is alive.
    HeartbeatConfig heartbeat;
    /// When a lost connection is opened again.
    ReconnectConfig reconnect;
    /// Outbound messages that may wait to be written; more are refused with an error.
    int messageQueueSize = 1000;
    /// Back-pressure: above this many bytes not yet written, messages wait in the queue.
    qint64 outboundHighWaterBytes = 4 * 1024 * 1024;
    /// Larger incoming messages close the connection (1009).
    qint64 maxIncomingMessageSize = 64 * 1024 * 1024;
    /// Larger outgoing messages are refused before sending.
    qint64 maxOutgoingMessageSize = 64 * 1024 * 1024;
    /// TLS settings of wss:// connections.
    TlsConfig tls;
    /// The proxy the connection goes through.
    ProxyConfig proxy;
    /// Messages saved to be sent again; written only when there are any.
    QList<SendTemplate> templates;
    /// Record this profile's connections in session files (when recording is
    /// on at all: SessionSettings). "record": false in JSON turns it off.
    bool record = true;
    /// Variables for `{{name}}` in the URL, headers and messages; a secret one
    /// is saved as a reference. Written as the "variables" object when there are any.
    QList<ProfileVariable> variables;

    /// The protocol's name in a profile: "websocket", "phoenix".
    static QString protocolName(Protocol protocol);

    /// The template with this name, or nullptr.
    const SendTemplate *findTemplate(const QString &name) const;
    /// Adds the template, or replaces the one with the same name in place.
    void setTemplate(const SendTemplate &sendTemplate);
    /// Removes the template with this name; false if there was none.
    bool removeTemplate(const QString &name);

    /// Every problem, each with the path of its field; empty when valid.
    QList<ConfigIssue> validate() const;
    /// Whether validate() finds no error (warnings are fine).
    bool isValid() const { return !ConfigIssue::hasErrors(validate()); }

    /// The profile as JSON: every field, never auth.token or another secret.
    QJsonObject toJson() const;
    /// Reads what it can; unknown keys are warnings, wrong values errors,
    /// each in issues (may be nullptr) with its path. validate()'s issues are
    /// included, except where reading already reported the same path.
    static ConnectionConfig fromJson(const QJsonObject &json, QList<ConfigIssue> *issues);
    /// fromJson() of a file; a file that cannot be read or is not a JSON
    /// object is an issue with an empty path.
    static ConnectionConfig fromFile(const QString &path, QList<ConfigIssue> *issues);
    /// Writes toJson() to path atomically; false with *error set when that fails.
    bool saveToFile(const QString &path, QString *error) const;

    /// The plain profile variables in Scope::Profile (secret ones are
    /// resolved from their SecretRef when connecting).
    Variables plainVariables() const;
    /// The URL to open: url plus the token as query parameter when configured.
    QUrl effectiveUrl() const;
    /// The URL with the token and other secret-looking query values masked.
    QString displayUrl() const;
};

/// Equal in every field that toJson() writes, and in the run-time auth.token.
MAXMON_CORE_EXPORT bool operator==(const ConnectionConfig &a, const ConnectionConfig &b);
/// Different in some field.
inline bool operator!=(const ConnectionConfig &a, const ConnectionConfig &b)
{
    return !(a == b);
}

/// Parses a URL typed by a user in QUrl::StrictMode, except that the braces of
/// `{{name}}` references are allowed: they stay percent-encoded until
/// Variables::resolveUrl() replaces them.
MAXMON_CORE_EXPORT QUrl parseWebSocketUrl(const QString &text);

/// The URL as a user would type it: parseWebSocketUrl()'s inverse, with the
/// braces of `{{name}}` references shown, not percent-encoded.
MAXMON_CORE_EXPORT QString webSocketUrlText(const QUrl &url);

/// Checks a URL typed by a user: scheme ws/wss, host, port range, no
/// fragment. The issues carry path; empty when the URL is fine.
MAXMON_CORE_EXPORT QList<ConfigIssue>
validateWebSocketUrl(const QString &text, const QString &path = QStringLiteral("url"));
/// validateWebSocketUrl() of a parsed URL.
MAXMON_CORE_EXPORT QList<ConfigIssue>
validateWebSocketUrl(const QUrl &url, const QString &path = QStringLiteral("url"));

} // namespace maxmon
