#include "requestconversion.h"
#include "scriptedroute.h"
#include "server/websocketfrontdoor.h"
#include "testinglogging.h"

#include <maxmon/testing/scriptedserver.h>

#include <QHash>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTimer>
#include <QWebSocket>

namespace maxmon::testing {

ScriptedMessage ScriptedMessage::textAfter(int delayMs, const QString &text)
{
    ScriptedMessage message;
    message.delayMs = delayMs;
    message.text = text;
    return message;
}

ScriptedMessage ScriptedMessage::binaryAfter(int delayMs, const QByteArray &data)
{
    ScriptedMessage message;
    message.delayMs = delayMs;
    message.data = data;
    message.isBinary = true;
    return message;
}

struct ScriptedServer::Private
{
    explicit Private(ScriptedServer *server)
        : q(server)
        , frontDoor(new WebSocketFrontDoor(QStringLiteral("maxmon-scripted"), server))
    { }

    ScriptedServer *q;
    WebSocketFrontDoor *frontDoor;
    QHash<QString, ScriptedRoute> routes;
    bool hang = false;
    quint16 lastPort = 0;
    QList<QPointer<QWebSocket>> clients;
    QList<ClientRecord> records;
    QStringList texts;
    QList<QByteArray> binaries;
    QList<int> closeCodes;

    // The path's rules, or its convention; a convention path that makes no
    // sense is refused with 500 and the reason, so the test sees it.
    ScriptedRoute routeFor(const HttpUpgradeRequest &request, Check *problem) const;
    WebSocketFrontDoor::Decision decide(const HttpUpgradeRequest &request) const;
    void serve(QWebSocket *socket, const HttpUpgradeRequest &request);
    void startScript(QWebSocket *socket, const ScriptedRoute &route);
    // Changes the route of a path after checking the path.
    template<typename Change>
    Check change(const QString &path, Change apply);
};

ScriptedRoute ScriptedServer::Private::routeFor(const HttpUpgradeRequest &request,
                                                Check *problem) const
{
    const auto it = routes.constFind(request.path);
    if (it != routes.constEnd())
        return it.value();
    ScriptedRoute route;
    *problem = ScriptedRoute::fromConvention(request.path, request.query, &route);
    return route;
}

WebSocketFrontDoor::Decision
ScriptedServer::Private::decide(const HttpUpgradeRequest &request) const
{
    if (hang)
        return WebSocketFrontDoor::Decision::ignore();
    Check problem;
    const ScriptedRoute route = routeFor(request, &problem);
    if (!problem) {
        qCWarning(lcTesting, "ScriptedServer: refusing %s with 500: %s", qPrintable(request.path),
                  qPrintable(problem.message()));
        return WebSocketFrontDoor::Decision::reject(500, problem.message().toUtf8());
    }
    if (route.requiredToken) {
        const QString token = request.bearerToken().isEmpty()
            ? request.query.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded)
            : request.bearerToken();
        if (token.isEmpty() || token != *route.requiredToken)
            return WebSocketFrontDoor::Decision::reject(401);
    }
    switch (route.handshake) {
    case ScriptedRoute::Handshake::Refuse:
        return WebSocketFrontDoor::Decision::reject(route.status, route.body, route.headers);
    case ScriptedRoute::Handshake::Hang:
        return WebSocketFrontDoor::Decision::ignore();
    case ScriptedRoute::Handshake::Accept:
        break;
    }
    return WebSocketFrontDoor::Decision::accept();
}

void ScriptedServer::Private::serve(QWebSocket *socket, const HttpUpgradeRequest &request)
{
    Check problem;
    const ScriptedRoute route = routeFor(request, &problem);
    clients.append(socket);
    const qsizetype index = records.size();
    ClientRecord record;
    record.request = toUpgradeRequest(request);
    records.append(record);

    QObject::connect(socket, &QWebSocket::textMessageReceived, q,
                     [this, socket, index, route](const QString &text) {
                         records[index].texts.append(text);
                         texts.append(text);
                         Q_EMIT q->textReceived(text);
                         if (const std::optional<QString> reply = route.replyTo(text))
                             socket->sendTextMessage(*reply);
                         else if (!route.sink)
                             socket->sendTextMessage(text);
                     });
    QObject::connect(socket, &QWebSocket::binaryMessageReceived, q,
                     [this, socket, index, route](const QByteArray &data) {
                         records[index].binaries.append(data);
                         binaries.append(data);
                         Q_EMIT q->binaryReceived(data);
                         if (!route.sink)
                             socket->sendBinaryMessage(data);
                     });
    QObject::connect(socket, &QWebSocket::disconnected, q, [this, socket, index] {
        const int code = socket->closeCode(); // an int: 4000 is outside the enum's range
        records[index].open = false;
        records[index].closeCode = code;
        closeCodes.append(code);
    });
    startScript(socket, route);
    Q_EMIT q->clientConnected(socket);
}

void ScriptedServer::Private::startScript(QWebSocket *socket, const ScriptedRoute &route)
{
    int at = 0;
    for (const ScriptedMessage &message : route.stream) {
        at += message.delayMs;
        QTimer::singleShot(at, socket, [socket, message] {
            if (message.isBinary)
                socket->sendBinaryMessage(message.data);
            else
                socket->sendTextMessage(message.text);
        });
    }
    if (route.close) {
        const ScriptedRoute::Close close = *route.close;
        QTimer::singleShot(close.delayMs, socket, [socket, close] {
            socket->close(static_cast<QWebSocketProtocol::CloseCode>(close.code), close.reason);
        });
    }
}

template<typename Change>
Check ScriptedServer::Private::change(const QString &path, Change apply)
{
    if (const QString problem = ScriptedRoute::checkPath(path); !problem.isEmpty())
        return Check::fail(problem);
    ScriptedRoute route = routes.value(path);
    if (const QString problem = apply(route); !problem.isEmpty())
        return Check::fail(QStringLiteral("%1 (rule for %2 refused)").arg(problem, path));
    routes.insert(path, route);
    return Check::pass();
}

ScriptedServer::ScriptedServer(QObject *parent)
    : QObject(parent)
    , d(new Private(this))
{
    qRegisterMetaType<QWebSocket *>(); // for QSignalSpy on clientConnected()
    qRegisterMetaType<UpgradeRequest>();
    d->frontDoor->setRouter(
        [this](const HttpUpgradeRequest &request) { return d->decide(request); });
    connect(d->frontDoor, &WebSocketFrontDoor::newConnection, this,
            [this](QWebSocket *socket, const HttpUpgradeRequest &request) {
                d->serve(socket, request);
            });
    connect(d->frontDoor, &WebSocketFrontDoor::requestRejected, this,
            [this](const HttpUpgradeRequest &request, int status) {
                if (!isDiagnostic(request))
                    Q_EMIT requestRejected(toUpgradeRequest(request), status);
            });
    connect(d->frontDoor, &WebSocketFrontDoor::tlsHandshakeFailed, this,
            &ScriptedServer::tlsHandshakeFailed);
}

ScriptedServer::~ScriptedServer()
{
    stop();
}

Check ScriptedServer::listen(quint16 port)
{
    if (!d->frontDoor->listen(QHostAddress::LocalHost, port))
        return Check::fail(QStringLiteral("ScriptedServer cannot listen on 127.0.0.1:%1: %2")
                               .arg(port)
                               .arg(d->frontDoor->errorString()));
    d->lastPort = d->frontDoor->port();
    return Check::pass();
}

Check ScriptedServer::listenTls(const QSslConfiguration &configuration, quint16 port)
{
    if (d->frontDoor->isListening())
        return Check::fail(QStringLiteral("ScriptedServer::listenTls(): already listening"));
    if (configuration.localCertificate().isNull() || configuration.privateKey().isNull())
        return Check::fail(QStringLiteral(
            "ScriptedServer::listenTls(): the configuration has no certificate or no key"));
    d->frontDoor->setSslConfiguration(configuration);
    return listen(port);
}

void ScriptedServer::stop()
{
    d->frontDoor->close();
    for (QWebSocket *client : clients())
        client->abort();
}

Check ScriptedServer::restart()
{
    if (d->lastPort == 0)
        return Check::fail(QStringLiteral("ScriptedServer::restart(): it never listened"));
    if (d->frontDoor->isListening())
        return Check::pass();
    return listen(d->lastPort);
}

bool ScriptedServer::isListening() const
{
    return d->frontDoor->isListening();
}

quint16 ScriptedServer::port() const
{
    return d->frontDoor->isListening() ? d->frontDoor->port() : d->lastPort;
}

QUrl ScriptedServer::url(const QString &path) const
{
    const QString scheme = d->frontDoor->isSecure() ? QStringLiteral("wss") : QStringLiteral("ws");
    return QUrl(QStringLiteral("%1://127.0.0.1:%2%3").arg(scheme).arg(port()).arg(path));
}

Check ScriptedServer::echo(const QString &path)
{
    return d->change(path, [](ScriptedRoute &route) {
        route.sink = false;
        return QString();
    });
}

Check ScriptedServer::sink(const QString &path)
{
    return d->change(path, [](ScriptedRoute &route) {
        route.sink = true;
        return QString();
    });
}

Check ScriptedServer::onText(const QString &path, const QRegularExpression &pattern,
                             const QString &reply)
{
    return d->change(path, [&](ScriptedRoute &route) {
        QString problem = ScriptedRoute::checkPattern(pattern, reply);
        if (problem.isEmpty())
            route.textRules.append({ pattern, {}, reply });
        return problem;
    });
}

Check ScriptedServer::onText(const QString &path, TextPredicate predicate, const QString &reply)
{
    return d->change(path, [&](ScriptedRoute &route) {
        if (!predicate)
            return QStringLiteral("the predicate is empty");
        route.textRules.append({ {}, std::move(predicate), reply });
        return QString();
    });
}

Check ScriptedServer::refuse(const QString &path, int status, const QByteArray &body,
                             const Headers &headers)
{
    return d->change(path, [&](ScriptedRoute &route) {
        QString problem = ScriptedRoute::checkStatus(status);
        for (const auto &header : headers) {
            if (header.first.isEmpty() || header.first.contains(':')
                || (header.first + header.second).contains('\n'))
                problem = QStringLiteral("the header '%1' cannot be sent")
                              .arg(QString::fromUtf8(header.first));
        }
        if (!problem.isEmpty())
            return problem;
        route.handshake = ScriptedRoute::Handshake::Refuse;
        route.status = status;
        route.body = body;
        route.headers = headers;
        return QString();
    });
}

Check ScriptedServer::hang(const QString &path)
{
    return d->change(path, [](ScriptedRoute &route) {
        route.handshake = ScriptedRoute::Handshake::Hang;
        return QString();
    });
}

Check ScriptedServer::closeAfter(const QString &path, int delayMs, int code, const QString &reason)
{
    return d->change(path, [&](ScriptedRoute &route) {
        QString problem = ScriptedRoute::checkCloseCode(code);
        if (problem.isEmpty())
            problem = ScriptedRoute::checkReason(reason);
        if (problem.isEmpty() && delayMs < 0)
            problem = QStringLiteral("a negative delay (%1 ms)").arg(delayMs);
        if (problem.isEmpty())
            route.close = ScriptedRoute::Close { delayMs, code, reason };
        return problem;
    });
}

Check ScriptedServer::sendStream(const QString &path, const QList<ScriptedMessage> &stream)
{
    return d->change(path, [&](ScriptedRoute &route) {
        for (const ScriptedMessage &message : stream) {
            if (message.delayMs < 0)
                return QStringLiteral("a negative delay (%1 ms) in the stream")
                    .arg(message.delayMs);
        }
        route.stream = stream;
        return QString();
    });
}

Check ScriptedServer::requireToken(const QString &path, const QString &token)
{
    return d->change(path, [&](ScriptedRoute &route) {
        if (token.isEmpty())
            return QStringLiteral("an empty token");
        route.requiredToken = token;
        return QString();
    });
}

void ScriptedServer::clearRules()
{
    d->routes.clear();
}

void ScriptedServer::setHangHandshakes(bool hang)
{
    d->hang = hang;
}

void ScriptedServer::setSupportedSubprotocols(const QStringList &protocols)
{
    d->frontDoor->setSupportedSubprotocols(protocols);
}

QList<UpgradeRequest> ScriptedServer::requests() const
{
    return toUpgradeRequests(d->frontDoor->requests());
}

QList<UpgradeRequest> ScriptedServer::diagnosticRequests() const
{
    return toUpgradeRequests(d->frontDoor->requests(), true);
}

UpgradeRequest ScriptedServer::lastRequest() const
{
    const QList<UpgradeRequest> all = requests();
    return all.isEmpty() ? UpgradeRequest() : all.constLast();
}

QList<ClientRecord> ScriptedServer::clientRecords() const
{
    return d->records;
}

QStringList ScriptedServer::receivedTexts() const
{
    return d->texts;
}

QList<QByteArray> ScriptedServer::receivedBinaries() const
{
    return d->binaries;
}

QList<int> ScriptedServer::closeCodes() const
{
    return d->closeCodes;
}

int ScriptedServer::connectionCount() const
{
    return d->frontDoor->connectionCount();
}

QList<QWebSocket *> ScriptedServer::clients() const
{
    QList<QWebSocket *> alive;
    for (const QPointer<QWebSocket> &client : d->clients) {
        if (client && client->state() == QAbstractSocket::ConnectedState)
            alive.append(client);
    }
    return alive;
}

void ScriptedServer::sendTextToAll(const QString &text)
{
    for (QWebSocket *client : clients())
        client->sendTextMessage(text);
}

void ScriptedServer::sendBinaryToAll(const QByteArray &data)
{
    for (QWebSocket *client : clients())
        client->sendBinaryMessage(data);
}

void ScriptedServer::closeAll(int code, const QString &reason)
{
    for (QWebSocket *client : clients())
        client->close(static_cast<QWebSocketProtocol::CloseCode>(code), reason);
}

} // namespace maxmon::testing
