#include "requestconversion.h"
#include "server/phoenixhub.h"
#include "server/websocketfrontdoor.h"
#include "testinglogging.h"

#include <maxmon/testing/phoenixserver.h>

#include <QPointer>
#include <QSslConfiguration>
#include <QSslKey>
#include <QWebSocket>

namespace maxmon::testing {

using phoenix::Frame;

namespace {

// Why a topic pattern cannot work; empty when it can.
QString checkPattern(const QString &pattern)
{
    if (pattern.isEmpty())
        return QStringLiteral("an empty topic pattern");
    if (pattern.chopped(1).contains(QLatin1Char('*')))
        return QStringLiteral("the topic pattern '%1' has a '*' before its end: patterns are a "
                              "topic or a prefix ending in '*'")
            .arg(pattern);
    return {};
}

QString checkPatterns(const QStringList &patterns)
{
    for (const QString &pattern : patterns) {
        if (QString problem = checkPattern(pattern); !problem.isEmpty())
            return problem;
    }
    return {};
}

// Why an answer cannot answer a join; empty when it can.
QString checkJoinAnswer(const PhoenixServer::Answer &answer)
{
    using Kind = PhoenixServer::Answer::Kind;
    if (answer.kind != Kind::Reply && answer.kind != Kind::NoReply)
        return QStringLiteral("a join can be answered with a reply or no reply, not with a "
                              "crash, a close or a broadcast");
    return {};
}

QString checkAnswer(const PhoenixServer::Answer &answer)
{
    if (answer.kind == PhoenixServer::Answer::Kind::Reply && answer.status.isEmpty())
        return QStringLiteral("a reply without a status");
    return {};
}

PhoenixAnswer toHubAnswer(const PhoenixServer::Answer &answer)
{
    PhoenixAnswer hubAnswer;
    hubAnswer.kind = static_cast<PhoenixAnswer::Kind>(answer.kind);
    hubAnswer.status = answer.status;
    hubAnswer.response = answer.response;
    hubAnswer.event = answer.event;
    hubAnswer.includeSender = answer.includeSender;
    return hubAnswer;
}

} // namespace

static_assert(static_cast<int>(PhoenixServer::Answer::Kind::Broadcast)
                  == static_cast<int>(PhoenixAnswer::Kind::Broadcast),
              "PhoenixServer::Answer::Kind mirrors PhoenixAnswer::Kind");

PhoenixServer::Answer PhoenixServer::Answer::ok(const QJsonValue &response)
{
    return reply(QStringLiteral("ok"), response);
}

PhoenixServer::Answer PhoenixServer::Answer::error(const QJsonValue &response)
{
    return reply(QStringLiteral("error"), response);
}

PhoenixServer::Answer PhoenixServer::Answer::reply(const QString &status,
                                                   const QJsonValue &response)
{
    Answer answer;
    answer.status = status;
    answer.response = response;
    return answer;
}

PhoenixServer::Answer PhoenixServer::Answer::noReply()
{
    Answer answer;
    answer.kind = Kind::NoReply;
    return answer;
}

PhoenixServer::Answer PhoenixServer::Answer::crash()
{
    Answer answer;
    answer.kind = Kind::Crash;
    return answer;
}

PhoenixServer::Answer PhoenixServer::Answer::close()
{
    Answer answer;
    answer.kind = Kind::Close;
    return answer;
}

PhoenixServer::Answer PhoenixServer::Answer::broadcast(const QString &event, bool includeSender)
{
    Answer answer;
    answer.kind = Kind::Broadcast;
    answer.event = event;
    answer.includeSender = includeSender;
    return answer;
}

struct PhoenixServer::Private
{
    struct Rule
    {
        QString pattern;
        QString event; // empty: joins
        Handler handler;
    };

    explicit Private(PhoenixServer *server)
        : frontDoor(new WebSocketFrontDoor(QStringLiteral("maxmon-phoenix-test"), server))
        , hub(new PhoenixHub(server))
    { }

    WebSocketFrontDoor *frontDoor;
    PhoenixHub *hub;
    QList<Rule> rules;
    QList<QPointer<QWebSocket>> clients;
    QList<Frame> frames;
    quint16 lastPort = 0;

    std::optional<PhoenixAnswer> script(const Frame &frame) const;
    Check addRule(const QString &pattern, const QString &event, Handler handler);
};

std::optional<PhoenixAnswer> PhoenixServer::Private::script(const Frame &frame) const
{
    const bool join = frame.event == phoenix::events::join();
    for (const Rule &rule : rules) {
        if ((join ? !rule.event.isEmpty() : rule.event != frame.event)
            || !PhoenixHub::matches({ rule.pattern }, frame.topic))
            continue;
        const Answer answer = rule.handler(frame);
        const QString problem = join ? checkJoinAnswer(answer) : checkAnswer(answer);
        if (problem.isEmpty())
            return toHubAnswer(answer);
        // a handler's answer is only known now: say so, and refuse the frame
        qCWarning(lcTesting, "PhoenixServer: the handler for %s on %s answered wrongly: %s",
                  qPrintable(frame.event), qPrintable(frame.topic), qPrintable(problem));
        return toHubAnswer(Answer::error(QJsonObject {
            { QStringLiteral("reason"), QStringLiteral("test handler: %1").arg(problem) } }));
    }
    return std::nullopt;
}

Check PhoenixServer::Private::addRule(const QString &pattern, const QString &event, Handler handler)
{
    QString problem = checkPattern(pattern);
    if (problem.isEmpty() && !handler)
        problem = QStringLiteral("an empty handler");
    if (!problem.isEmpty())
        return Check::fail(
            QStringLiteral("PhoenixServer: %1 (handler for %2 %3 refused)")
                .arg(problem, event.isEmpty() ? phoenix::events::join() : event, pattern));
    rules.append({ pattern, event, std::move(handler) });
    return Check::pass();
}

PhoenixServer::PhoenixServer(QObject *parent)
    : QObject(parent)
    , d(new Private(this))
{
    d->frontDoor->setSupportedSubprotocols({ QStringLiteral("phoenix") });
    d->frontDoor->setRouter([this](const HttpUpgradeRequest &request) {
        if (request.path == PhoenixHub::path())
            return d->hub->route(request);
        return WebSocketFrontDoor::Decision::reject(404);
    });
    connect(d->frontDoor, &WebSocketFrontDoor::newConnection, this,
            [this](QWebSocket *socket, const HttpUpgradeRequest &request) {
                d->clients.append(socket);
                d->hub->serve(socket, request);
            });
    connect(d->frontDoor, &WebSocketFrontDoor::requestRejected, this,
            [this](const HttpUpgradeRequest &request, int status) {
                if (!isDiagnostic(request))
                    Q_EMIT requestRejected(toUpgradeRequest(request), status);
            });
    connect(d->hub, &PhoenixHub::frameReceived, this, [this](const Frame &frame) {
        d->frames.append(frame);
        Q_EMIT frameReceived(frame);
    });
    d->hub->setScript([this](const Frame &frame) { return d->script(frame); });
}

PhoenixServer::~PhoenixServer()
{
    stop();
}

Check PhoenixServer::listen(quint16 port)
{
    if (!d->frontDoor->listen(QHostAddress::LocalHost, port))
        return Check::fail(QStringLiteral("PhoenixServer cannot listen on 127.0.0.1:%1: %2")
                               .arg(port)
                               .arg(d->frontDoor->errorString()));
    d->lastPort = d->frontDoor->port();
    return Check::pass();
}

Check PhoenixServer::listenTls(const QSslConfiguration &configuration, quint16 port)
{
    if (d->frontDoor->isListening())
        return Check::fail(QStringLiteral("PhoenixServer::listenTls(): already listening"));
    if (configuration.localCertificate().isNull() || configuration.privateKey().isNull())
        return Check::fail(QStringLiteral(
            "PhoenixServer::listenTls(): the configuration has no certificate or no key"));
    d->frontDoor->setSslConfiguration(configuration);
    return listen(port);
}

void PhoenixServer::stop()
{
    d->frontDoor->close();
    for (const QPointer<QWebSocket> &client : std::as_const(d->clients)) {
        if (client)
            client->abort();
    }
    d->clients.clear();
}

Check PhoenixServer::restart()
{
    if (d->lastPort == 0)
        return Check::fail(QStringLiteral("PhoenixServer::restart(): it never listened"));
    if (d->frontDoor->isListening())
        return Check::pass();
    return listen(d->lastPort);
}

bool PhoenixServer::isListening() const
{
    return d->frontDoor->isListening();
}

quint16 PhoenixServer::port() const
{
    return d->frontDoor->isListening() ? d->frontDoor->port() : d->lastPort;
}

QUrl PhoenixServer::url(const QString &path) const
{
    const QString scheme = d->frontDoor->isSecure() ? QStringLiteral("wss") : QStringLiteral("ws");
    return QUrl(QStringLiteral("%1://127.0.0.1:%2%3").arg(scheme).arg(port()).arg(path));
}

Check PhoenixServer::onJoin(const QString &topicPattern, const Answer &answer)
{
    QString problem = checkJoinAnswer(answer);
    if (problem.isEmpty())
        problem = checkAnswer(answer);
    if (!problem.isEmpty())
        return Check::fail(QStringLiteral("PhoenixServer: %1 (handler for phx_join %2 refused)")
                               .arg(problem, topicPattern));
    return onJoin(topicPattern, [answer](const Frame &) { return answer; });
}

Check PhoenixServer::onJoin(const QString &topicPattern, Handler handler)
{
    return d->addRule(topicPattern, QString(), std::move(handler));
}

Check PhoenixServer::onEvent(const QString &topicPattern, const QString &event,
                             const Answer &answer)
{
    if (const QString problem = checkAnswer(answer); !problem.isEmpty())
        return Check::fail(QStringLiteral("PhoenixServer: %1 (handler for %2 %3 refused)")
                               .arg(problem, event, topicPattern));
    return onEvent(topicPattern, event, [answer](const Frame &) { return answer; });
}

Check PhoenixServer::onEvent(const QString &topicPattern, const QString &event, Handler handler)
{
    if (event.isEmpty() || event == phoenix::events::join())
        return Check::fail(
            QStringLiteral("PhoenixServer: onEvent() needs an event other than phx_join (use "
                           "onJoin()); '%1' refused")
                .arg(event));
    return d->addRule(topicPattern, event, std::move(handler));
}

void PhoenixServer::clearHandlers()
{
    d->rules.clear();
}

void PhoenixServer::setToken(const QString &token)
{
    PhoenixHub::Settings settings = d->hub->settings();
    settings.token = token;
    d->hub->setSettings(settings);
}

QString PhoenixServer::token() const
{
    return d->hub->settings().token;
}

void PhoenixServer::setSocketTokenRequired(bool required)
{
    PhoenixHub::Settings settings = d->hub->settings();
    settings.requireSocketToken = required;
    d->hub->setSettings(settings);
}

Check PhoenixServer::protectTopics(const QStringList &topicPatterns)
{
    if (const QString problem = checkPatterns(topicPatterns); !problem.isEmpty())
        return Check::fail(QStringLiteral("PhoenixServer::protectTopics(): %1").arg(problem));
    PhoenixHub::Settings settings = d->hub->settings();
    settings.protectedTopics = topicPatterns;
    d->hub->setSettings(settings);
    return Check::pass();
}

Check PhoenixServer::trackPresenceOn(const QStringList &topicPatterns)
{
    if (const QString problem = checkPatterns(topicPatterns); !problem.isEmpty())
        return Check::fail(QStringLiteral("PhoenixServer::trackPresenceOn(): %1").arg(problem));
    PhoenixHub::Settings settings = d->hub->settings();
    settings.presenceTopics = topicPatterns;
    d->hub->setSettings(settings);
    return Check::pass();
}

void PhoenixServer::setIdleTimeout(int ms)
{
    PhoenixHub::Settings settings = d->hub->settings();
    settings.idleTimeoutMs = ms;
    d->hub->setSettings(settings);
}

void PhoenixServer::broadcast(const QString &topic, const QString &event, const QJsonValue &payload)
{
    d->hub->broadcast(Frame::json(std::nullopt, std::nullopt, topic, event, payload));
}

int PhoenixServer::crashChannel(const QString &topic)
{
    return d->hub->crash(topic);
}

void PhoenixServer::trackPresence(const QString &topic, const QString &key, const QJsonObject &meta)
{
    d->hub->trackPresence(topic, key, meta);
}

bool PhoenixServer::untrackPresence(const QString &topic, const QString &key)
{
    return d->hub->untrackPresence(topic, key);
}

void PhoenixServer::closeAll(int code, const QString &reason)
{
    for (const QPointer<QWebSocket> &client : std::as_const(d->clients)) {
        if (client && client->state() == QAbstractSocket::ConnectedState)
            client->close(static_cast<QWebSocketProtocol::CloseCode>(code), reason);
    }
}

QList<Frame> PhoenixServer::frames() const
{
    return d->frames;
}

int PhoenixServer::count(const QString &event, const QString &topic) const
{
    int n = 0;
    for (const Frame &frame : std::as_const(d->frames)) {
        if (frame.event == event && (topic.isEmpty() || frame.topic == topic))
            ++n;
    }
    return n;
}

QList<UpgradeRequest> PhoenixServer::requests() const
{
    return toUpgradeRequests(d->frontDoor->requests());
}

QList<UpgradeRequest> PhoenixServer::diagnosticRequests() const
{
    return toUpgradeRequests(d->frontDoor->requests(), true);
}

int PhoenixServer::connectionCount() const
{
    return d->frontDoor->connectionCount();
}

int PhoenixServer::subscriberCount(const QString &topic) const
{
    return d->hub->subscriberCount(topic);
}

QJsonObject PhoenixServer::presenceState(const QString &topic) const
{
    return d->hub->presenceState(topic);
}

} // namespace maxmon::testing
