#pragma once

#include <maxmon/configissue.h>
#include <maxmon/maxmon_core_export.h>
#include <maxmon/phoenixconfig.h>
#include <maxmon/secretref.h>

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QUrl>

namespace maxmon {

struct MAXMON_CORE_EXPORT HttpHeader
{
    QString name;
    QString value;

    friend bool operator==(const HttpHeader &a, const HttpHeader &b)
    {
        return a.name == b.name && a.value == b.value;
    }
};

struct MAXMON_CORE_EXPORT AuthConfig
{
    enum class Mode {
        None,
        BearerHeader, // Authorization: Bearer <token>
        QueryParameter, // ?token=<token> (name configurable)
        PhoenixSubprotocol, // Sec-WebSocket-Protocol: base64url.bearer.phx.<token>
    };

    Mode mode = Mode::None;
    QString queryParameter = QStringLiteral("token");
    SecretRef tokenSource;
    // The token itself, set at run time (CLI --token, secret store). Never
    // written by toJson().
    QString token;

    static QString modeName(Mode mode);
};

struct MAXMON_CORE_EXPORT HeartbeatConfig
{
    enum class Strategy {
        Ping, // WebSocket ping/pong control frames
        Application, // a protocol layer supplies the probe (Phoenix "heartbeat")
    };

    bool enabled = true;
    Strategy strategy = Strategy::Ping;
    int intervalMs = 5000;
    int timeoutMs = 5000; // a probe without answer after this is lost
    int maxMissed = 2; // consecutive lost probes that declare the link dead
    bool adaptive = true; // move the interval between min and max with link quality
    int minIntervalMs = 1000;
    int maxIntervalMs = 30000;
};

// Defaults in the spirit of the Phoenix JS client: quick first retries,
// capped at a few seconds, retrying forever.
struct MAXMON_CORE_EXPORT ReconnectConfig
{
    bool enabled = true;
    int initialDelayMs = 100;
    int maxDelayMs = 5000;
    double multiplier = 2.0;
    double jitter = 0.2; // +-20 % of each delay
    int maxAttempts = 0; // 0 = unlimited
    int resetAfterMs = 10000; // attempts count from 1 again after this long connected
    // When set, the delays themselves instead of initial/multiplier/max: attempt
    // n waits scheduleMs[n-1], the last entry repeating (the Phoenix JS client's
    // reconnectAfterMs is 10, 50, 100, 150, 200, 250, 500, 1000, 2000, then 5000).
    QList<int> scheduleMs;
};

struct MAXMON_CORE_EXPORT TlsConfig
{
    QString caFile; // PEM bundle added to the system roots
    QString clientCertificateFile; // PEM
    QString clientKeyFile; // PEM
    SecretRef keyPassphrase;
    QStringList spkiPins; // base64 SHA-256 of the SubjectPublicKeyInfo
    // Explicit, per profile, never the default: accept these QSslError names
    // (for example "SelfSignedCertificate", "HostNameMismatch") and warn.
    bool allowInsecure = false;
    QStringList allowedErrors;
};

struct MAXMON_CORE_EXPORT ProxyConfig
{
    enum class Mode { System, None, Http, Socks5 };

    Mode mode = Mode::System;
    QString host;
    int port = 0;
    QString user;
    SecretRef password;

    static QString modeName(Mode mode);
};

// A message saved with a profile to be sent again: the send panel's
// "templates". JSON: {"name": "join lobby", "kind": "json", "payload": "..."}
// with the payload as text (text, json) or base64 (binary). Stored in plain
// text with the profile, so validate() warns about credential-like values.
struct MAXMON_CORE_EXPORT SendTemplate
{
    enum class Kind { Text, Json, Binary };

    QString name;
    Kind kind = Kind::Text;
    QByteArray payload; // the exact bytes to send; UTF-8 for text and json

    static QString kindName(Kind kind);

    friend bool operator==(const SendTemplate &a, const SendTemplate &b)
    {
        return a.name == b.name && a.kind == b.kind && a.payload == b.payload;
    }
};

// Everything needed to open one connection. A value type: cheap to copy,
// compared with ==, read from and written to JSON (without secrets).
struct MAXMON_CORE_EXPORT ConnectionConfig
{
    Q_DECLARE_TR_FUNCTIONS(maxmon::ConnectionConfig)

public:
    // What is spoken on top of WebSocket: nothing (messages as they are), or
    // Phoenix Channels through a phoenix::Socket with the settings in phoenix.
    enum class Protocol { WebSocket, Phoenix };

    QString name;
    QUrl url;
    Protocol protocol = Protocol::WebSocket;
    PhoenixConfig phoenix; // written only for Phoenix or when not the defaults
    QList<HttpHeader> headers;
    QStringList subprotocols;
    AuthConfig auth;
    int connectTimeoutMs = 10000; // TCP + TLS + WebSocket handshake
    int closeTimeoutMs = 3000; // wait for the peer's close before aborting
    HeartbeatConfig heartbeat;
    ReconnectConfig reconnect;
    int messageQueueSize = 1000; // outbound messages waiting to be written
    qint64 outboundHighWaterBytes = 4 * 1024 * 1024; // bytesToWrite() above this: hold back
    qint64 maxIncomingMessageSize = 64 * 1024 * 1024;
    qint64 maxOutgoingMessageSize = 64 * 1024 * 1024;
    TlsConfig tls;
    ProxyConfig proxy;
    QList<SendTemplate> templates; // optional; written only when there are any
    // Record this profile's connections in session files (when the window
    // records at all: SessionSettings). "record": false in JSON to stop it.
    bool record = true;

    static QString protocolName(Protocol protocol); // "websocket", "phoenix"

    // The template with this name, or nullptr.
    const SendTemplate *findTemplate(const QString &name) const;
    // Adds the template, or replaces the one with the same name in place.
    void setTemplate(const SendTemplate &sendTemplate);
    bool removeTemplate(const QString &name);

    // Every problem, each with the path of its field; empty when valid.
    QList<ConfigIssue> validate() const;
    bool isValid() const { return !ConfigIssue::hasErrors(validate()); }

    QJsonObject toJson() const; // never contains auth.token
    // Reads what it can; unknown keys are warnings, wrong values errors.
    static ConnectionConfig fromJson(const QJsonObject &json, QList<ConfigIssue> *issues);
    static ConnectionConfig fromFile(const QString &path, QList<ConfigIssue> *issues);
    bool saveToFile(const QString &path, QString *error) const;

    // The URL to open: url plus the token as query parameter when configured.
    QUrl effectiveUrl() const;
    // The URL with the token and other secret-looking query values masked.
    QString displayUrl() const;
};

MAXMON_CORE_EXPORT bool operator==(const ConnectionConfig &a, const ConnectionConfig &b);
inline bool operator!=(const ConnectionConfig &a, const ConnectionConfig &b)
{
    return !(a == b);
}

// Checks a URL typed by a user: scheme ws/wss, host, port range.
MAXMON_CORE_EXPORT QList<ConfigIssue>
validateWebSocketUrl(const QString &text, const QString &path = QStringLiteral("url"));
MAXMON_CORE_EXPORT QList<ConfigIssue>
validateWebSocketUrl(const QUrl &url, const QString &path = QStringLiteral("url"));

} // namespace maxmon
