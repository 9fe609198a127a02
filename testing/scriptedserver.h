#pragma once

#include <maxmon/testing/check.h>
#include <maxmon/testing/maxmon_testing_export.h>
#include <maxmon/testing/upgraderequest.h>

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>

class QSslConfiguration;
class QWebSocket;

namespace maxmon::testing {

/// One message of a scripted stream (ScriptedServer::sendStream()): a text
/// or binary message sent a given time after the one before it.
struct MAXMON_TESTING_EXPORT ScriptedMessage
{
    int delayMs = 0; ///< after the previous message; the first: after the handshake
    QString text; ///< the text of a text message
    QByteArray data; ///< the bytes of a binary message
    bool isBinary = false; ///< a binary message (data) instead of a text message (text)

    /// A text message, @p delayMs after the previous one.
    static ScriptedMessage textAfter(int delayMs, const QString &text);
    /// A binary message, @p delayMs after the previous one.
    static ScriptedMessage binaryAfter(int delayMs, const QByteArray &data);
};

/// Everything one client connection sent to a ScriptedServer.
struct MAXMON_TESTING_EXPORT ClientRecord
{
    UpgradeRequest request; ///< the upgrade request that opened the connection
    QStringList texts; ///< text messages, in arrival order
    QList<QByteArray> binaries; ///< binary messages, in arrival order
    bool open = true; ///< false once the connection ended
    /// The close code the connection ended with, -1 while open: the client's
    /// code, 1005 when its close frame had none, 1006 when it went away
    /// without a close frame.
    int closeCode = -1;
};

/// A scripted WebSocket server on 127.0.0.1 for tests (plain ws:// or
/// wss://), on a free port unless asked for one.
///
/// What it does with a connection depends on the path of the request and on
/// the rules set for that path. Without rules, a path follows these
/// conventions:
///
/// - `/sink`: records messages, never answers.
/// - `/reject/STATUS`: refuses the handshake with that HTTP status.
/// - `/hang`: accepts the TCP connection, never answers the handshake.
/// - `/close/CODE?reason=TEXT&after=MS`: closes with that code and reason
///   after the handshake (10 ms after it by default).
/// - any other path: echoes text and binary messages.
///
/// Rules for a path (onText(), refuse(), hang(), closeAfter(), sendStream(),
/// requireToken(), sink(), echo()) replace its convention and combine: for
/// instance requireToken() + onText() + closeAfter() on the same path. A rule
/// that cannot work (a bad regular expression, an HTTP status a refusal
/// cannot have, a close code that may not be sent, a path without a leading
/// '/') is refused when it is set: the rule returns a failed Check that says
/// why, and the path stays as it was.
///
/// It records every upgrade request (requests(), with their headers), every
/// message each client sent (clientRecords(), receivedTexts()) and how each
/// connection ended (closeCodes()). stop() drops every connection as a
/// crashed server would; restart() listens on the same port again.
///
/// @code
/// maxmon::testing::ScriptedServer server;
/// MAXMON_VERIFY(server.listen());
/// MAXMON_VERIFY(server.onText("/chat", QRegularExpression("^ping (\\d+)$"), "pong \\1"));
/// MAXMON_VERIFY(server.refuse("/private", 401, "no token", {{"WWW-Authenticate", "Bearer"}}));
/// client.setConfig(plainConfig(server.url("/chat")));
/// @endcode
class MAXMON_TESTING_EXPORT ScriptedServer : public QObject
{
    Q_OBJECT

public:
    /// HTTP headers: name and value, in order.
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    /// Decides whether a text message matches a reply rule.
    using TextPredicate = std::function<bool(const QString &text)>;

    /// A server that does not listen yet: call listen() or listenTls().
    explicit ScriptedServer(QObject *parent = nullptr);
    /// Stops the server and drops every connection.
    ~ScriptedServer() override;

    /// Listens for ws:// on 127.0.0.1, on @p port or (0) a free port.
    Check listen(quint16 port = 0);
    /// Listens for wss:// on 127.0.0.1 with this server configuration (a
    /// TestPki's serverConfiguration(), for instance).
    Check listenTls(const QSslConfiguration &configuration, quint16 port = 0);
    /// Stops listening and drops every connection (a TCP reset), as a crashed
    /// or restarting server would. Rules and records stay.
    void stop();
    /// Listens again on the port of the last listen(), with the same scheme.
    Check restart();
    /// True while the server accepts connections.
    bool isListening() const;
    /// The port it listens on (or last listened on, after stop()).
    quint16 port() const;
    /// `ws://127.0.0.1:PORT/PATH`, or wss:// after listenTls(); @p path may
    /// carry a query ("/close/4000?reason=bye").
    QUrl url(const QString &path = QStringLiteral("/echo")) const;

    /// Echoes text and binary messages on @p path (what paths do by default).
    Check echo(const QString &path);
    /// Records messages on @p path and never answers them.
    Check sink(const QString &path);
    /// Answers a text message on @p path that @p pattern matches with
    /// @p reply, in which \\0 to \\9 stand for the pattern's captures. Rules
    /// are tried in the order they were set; a message that no rule matches
    /// is echoed, or recorded only on a sink() path. Refused for an invalid
    /// pattern or a reply naming a capture the pattern does not have.
    Check onText(const QString &path, const QRegularExpression &pattern, const QString &reply);
    /// Answers a text message on @p path for which @p predicate is true with @p reply.
    Check onText(const QString &path, TextPredicate predicate, const QString &reply);
    /// Refuses the handshake on @p path with an HTTP @p status (200 to 599),
    /// a body and extra headers (after Content-Type, Content-Length and
    /// Connection, which the server always sends).
    Check refuse(const QString &path, int status, const QByteArray &body = {},
                 const Headers &headers = {});
    /// Accepts TCP connections on @p path but never answers the handshake.
    Check hang(const QString &path);
    /// Closes connections on @p path with @p code and @p reason, @p delayMs
    /// after the handshake. Refused for a code that may not be sent (only
    /// 1000 to 1003, 1007 to 1014 and 3000 to 4999 may) and for a reason over
    /// 123 bytes of UTF-8. (Qt 6.4's QWebSocket takes 1012 to 1014, which
    /// RFC 6455's registry added later, for a protocol error and closes with 1002.)
    Check closeAfter(const QString &path, int delayMs, int code, const QString &reason = {});
    /// Sends @p stream to every client on @p path after its handshake, each
    /// message its delay after the previous one.
    Check sendStream(const QString &path, const QList<ScriptedMessage> &stream);
    /// Refuses the handshake on @p path with 401 unless the request carries
    /// @p token as "Authorization: Bearer TOKEN" or as ?token=TOKEN.
    Check requireToken(const QString &path, const QString &token);
    /// Forgets every rule: all paths follow the conventions again.
    void clearRules();

    /// While on, every handshake hangs, whatever its path (a server that
    /// stopped answering).
    void setHangHandshakes(bool hang);
    /// The subprotocols the server picks from (the first the client offers
    /// that is on this list); none by default.
    void setSupportedSubprotocols(const QStringList &protocols);

    /// Every upgrade request so far, accepted or not, oldest first. maxmon's
    /// diagnostic requests for a refused handshake's answer (they carry
    /// `X-Maxmon-Diagnostic`) are no connection attempts and are left out.
    QList<UpgradeRequest> requests() const;
    /// The diagnostic requests a maxmon client sent after a refused handshake
    /// to read the server's answer (status, headers, body): the same URL and
    /// headers as the refused upgrade, plus `X-Maxmon-Diagnostic`.
    QList<UpgradeRequest> diagnosticRequests() const;
    /// The newest upgrade request; an empty one if there was none.
    UpgradeRequest lastRequest() const;
    /// What each client that completed the handshake sent, oldest first.
    QList<ClientRecord> clientRecords() const;
    /// The text messages of every client, in arrival order.
    QStringList receivedTexts() const;
    /// The binary messages of every client, in arrival order.
    QList<QByteArray> receivedBinaries() const;
    /// The close code of each connection that ended, in that order (see
    /// ClientRecord::closeCode).
    QList<int> closeCodes() const;
    /// Open connections, including those still in the handshake.
    int connectionCount() const;
    /// The server side of each open connection, for tests that act as the
    /// server themselves (ping, abort, send). They belong to the server.
    QList<QWebSocket *> clients() const;

    /// Sends a text message to every open connection.
    void sendTextToAll(const QString &text);
    /// Sends a binary message to every open connection.
    void sendBinaryToAll(const QByteArray &data);
    /// Closes every open connection with @p code and @p reason.
    void closeAll(int code, const QString &reason = {});

Q_SIGNALS:
    /// A client completed the handshake; @p socket is the server's side.
    void clientConnected(QWebSocket *socket);
    /// A client sent a text message.
    void textReceived(const QString &text);
    /// A client sent a binary message.
    void binaryReceived(const QByteArray &data);
    /// A handshake was refused with @p httpStatus (not emitted for
    /// diagnostic requests: see diagnosticRequests()).
    void requestRejected(const maxmon::testing::UpgradeRequest &request, int httpStatus);
    /// A TLS handshake with a client failed; @p errorString is the server's view.
    void tlsHandshakeFailed(const QString &errorString);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace maxmon::testing
