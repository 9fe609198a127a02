#pragma once

#include <maxmon/authconfig.h>
#include <maxmon/configissue.h>
#include <maxmon/heartbeatconfig.h>
#include <maxmon/maxmon_core_export.h>
#include <maxmon/phoenixconfig.h>
#include <maxmon/proxyconfig.h>
#include <maxmon/reconnectconfig.h>
#include <maxmon/secretref.h>
#include <maxmon/sendtemplate.h>
#include <maxmon/tlsconfig.h>

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
