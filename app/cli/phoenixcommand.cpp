#include "phoenixcommand.h"

#include "commandline.h"
#include "connectoptions.h"
#include "console.h"
#include "exitcode.h"
#include "interruptwatcher.h"
#include "stdinreader.h"

#include <maxmon/phoenix/channel.h>
#include <maxmon/phoenix/presence.h>
#include <maxmon/phoenix/push.h>
#include <maxmon/phoenix/socket.h>
#include <maxmon/websocketclient.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

#include <csignal>

namespace maxmon::cli {

namespace {

using phoenix::Channel;
using phoenix::Frame;
using phoenix::Push;
using Kind = PhoenixEvent::Kind;

std::optional<QString> nonEmpty(const QString &text)
{
    return text.isEmpty() ? std::nullopt : std::optional<QString>(text);
}

QString description()
{
    return PhoenixCommand::tr(
        "A Phoenix Channels client: connects to the socket at URL (\"/websocket\" and ?vsn= "
        "are added as the JavaScript client does: ws://host:4000/socket), joins every --join "
        "topic, sends the --push events of each topic once it is joined and prints every "
        "reply (or timeout). Without pushes, or with --listen, it then keeps printing "
        "broadcasts and presence joins and leaves until Ctrl-C, --duration or --count.\n"
        "--params and --push belong to the nearest --join before them:\n"
        "  maxmon-cli phoenix ws://127.0.0.1:8765/socket --join room:lobby --params "
        "'{\"user\":\"ann\"}' --push new_msg '{\"body\":\"hi\"}'\n"
        "A token (--token-env, --token-file, ...) travels as the authToken subprotocol "
        "unless --auth-mode says otherwise.\n"
        "stdout: one line per event, \"TIME TOPIC KIND EVENT [STATUS] [PAYLOAD] [ref=N]\", "
        "KIND being reply, broadcast, presence, error or system; with --json one JSON object "
        "per line. stderr: status lines and errors.\n"
        "Exit codes: 0 every push answered ok, 1 other failure, 2 usage, 3 connection, "
        "4 TLS, 5 authentication (also a join refused as unauthorized or forbidden), "
        "6 timeout, 7 protocol (also: the server does not speak Phoenix Channels), "
        "8 configuration, 10 a join refused or unanswered, 11 a push answered with an error "
        "or not answered within --timeout.");
}

} // namespace

int PhoenixCommand::run(const QStringList &arguments)
{
    CommandLine commandLine(QStringLiteral("phoenix"), description());
    QCommandLineParser &parser = commandLine.parser();
    parser.addPositionalArgument(QStringLiteral("url"),
                                 tr("ws:// or wss:// URL of the socket, e.g. ws://host/socket"),
                                 QStringLiteral("[url]"));
    PhoenixOptions phoenixOptions;
    phoenixOptions.addTo(&parser);
    const ConnectOptions connectOptions;
    connectOptions.addTo(&parser);

    const Result<QStringList> parsable = phoenixOptions.extractPushes(arguments);
    if (!parsable) {
        commandLine.printUsageError(parsable.error().message());
        return Usage;
    }
    if (const std::optional<int> stop = commandLine.parse(*parsable, 0, 1, Usage))
        return *stop;
    const Result<PhoenixPlan> plan = phoenixOptions.toPlan(parser);
    if (!plan) {
        commandLine.printUsageError(plan.error().message());
        return Usage;
    }
    int exitCode = Usage;
    std::optional<ConnectionConfig> config =
        connectOptions.read(commandLine, parser.positionalArguments().value(0), &exitCode);
    if (!config)
        return exitCode;
    const bool hasToken = !config->auth.token.isEmpty() || config->auth.tokenSource.isSet();
    // ConnectOptions makes a token a bearer header unless the profile says otherwise
    if (hasToken && (plan->authMode || !parser.isSet(QStringLiteral("profile"))))
        config->auth.mode = plan->authMode.value_or(AuthConfig::Mode::PhoenixSubprotocol);

    phoenix::SocketOptions options;
    options.vsn = plan->vsn;
    options.params = plan->socketParams;
    options.timeoutMs = plan->timeoutMs;
    options.heartbeat = phoenix::SocketOptions::phoenixHeartbeat(plan->heartbeatMs);
    if (plan->hasBinaryPushes()
        && phoenix::Socket::versionFor(config->url, options) == phoenix::Serializer::Version::V1) {
        commandLine.printUsageError(
            tr("--push-binary needs protocol 2.0.0: 1.0.0 has no binary frames."));
        return Usage;
    }

    PhoenixCommand command(*config, options, *plan);
    return command.exec();
}

PhoenixCommand::PhoenixCommand(const ConnectionConfig &config,
                               const phoenix::SocketOptions &options, const PhoenixPlan &plan)
    : m_socket(new phoenix::Socket(config, options, this))
    , m_plan(plan)
    , m_printer(plan.json ? PhoenixPrinter::Mode::Json : PhoenixPrinter::Mode::Human,
                plan.hexBinary)
{
    m_durationTimer.setSingleShot(true);
    connect(&m_durationTimer, &QTimer::timeout, this,
            [this] { finish(1000, tr("--duration reached")); });
}

int PhoenixCommand::exec()
{
    connect(m_socket, &phoenix::Socket::stateChanged, this, &PhoenixCommand::onStateChanged);
    connect(m_socket, &phoenix::Socket::opened, this, &PhoenixCommand::onOpened);
    connect(m_socket, &phoenix::Socket::frameReceived, this, &PhoenixCommand::onFrame);
    connect(m_socket, &phoenix::Socket::decodeFailed, this, &PhoenixCommand::onDecodeFailed);
    connect(m_socket, &phoenix::Socket::errorOccurred, this, [](const Error &error) {
        // a frame that does not decode is reported by onDecodeFailed, with a hint
        if (!error.context().contains(QLatin1String("messageSize")))
            console::status(console::errorText(error));
    });
    auto *interrupts = new InterruptWatcher(this);
    connect(interrupts, &InterruptWatcher::interrupted, this, &PhoenixCommand::onInterrupted);

    console::warnings(m_socket->client()->diagnostics().warnings);
    if (const Result<void> opened = m_socket->open(); !opened) {
        console::status(console::errorText(opened.error()));
        return exitCodeFor(opened.error());
    }
    // failed before the event loop ran (QCoreApplication::exit() does nothing then)
    const int exitCode = m_socket->state() == ConnectionState::Error
        ? exitCodeFor(m_socket->client()->lastError())
        : QCoreApplication::exec();
    if (m_pushed > 0 || m_notPushed > 0)
        console::status(
            tr("%n push(es): %1 ok, %2 failed, %3 without reply, %4 not pushed", nullptr, m_pushed)
                .arg(m_pushesOk)
                .arg(m_pushesFailed)
                .arg(m_outstanding)
                .arg(m_notPushed));
    return exitCode;
}

void PhoenixCommand::onStateChanged(ConnectionState state)
{
    const Diagnostics diagnostics = m_socket->client()->diagnostics();
    console::status(QStringLiteral("%1 %2").arg(connectionStateText(state), diagnostics.url));
    if (m_plan.json
        && (state == ConnectionState::Connected || state == ConnectionState::Reconnecting
            || state == ConnectionState::Disconnected)) {
        PhoenixEvent event;
        event.event = connectionStateName(state).toLower();
        event.payload = QJsonObject { { QLatin1String("message"),
                                        QStringLiteral("%1 %2").arg(connectionStateText(state),
                                                                    diagnostics.url) },
                                      { QLatin1String("url"), diagnostics.url } };
        print(event);
    }
    switch (state) {
    case ConnectionState::Connected:
        if (diagnostics.tls.used)
            console::status(console::tlsSummary(diagnostics.tls));
        console::warnings(diagnostics.warnings);
        break;
    case ConnectionState::Error: {
        const Error error = m_socket->client()->lastError();
        if (m_plan.json)
            printError(QString(), QString(), error);
        QCoreApplication::exit(m_exitCode != 0 ? m_exitCode : exitCodeFor(error));
        break;
    }
    case ConnectionState::Disconnected:
        QCoreApplication::exit(resultCode());
        break;
    default:
        break;
    }
}

void PhoenixCommand::onOpened()
{
    if (m_opened || m_finishing)
        return; // channels rejoin by themselves after a reconnect
    m_opened = true;
    if (m_plan.durationMs > 0)
        m_durationTimer.start(static_cast<int>(m_plan.durationMs));
    // All topics first: a handler below may look any of them up.
    m_topics.resize(static_cast<size_t>(m_plan.joins.size()));
    for (size_t i = 0; i < m_topics.size(); ++i)
        m_topics[i].spec = m_plan.joins.at(static_cast<qsizetype>(i));
    for (size_t i = 0; i < m_topics.size(); ++i) {
        if (!joinTopic(i))
            return;
    }
}

bool PhoenixCommand::joinTopic(size_t i)
{
    Topic &topic = m_topics[i];
    Channel *channel = m_socket->channel(topic.spec.topic, topic.spec.params);
    topic.channel = channel;
    connect(channel, &Channel::errorOccurred, this,
            [this, i](const Error &error) { onChannelError(i, error); });
    connect(channel, &Channel::messageReceived, this,
            [this, i](const QString &event, const QJsonValue &payload, const Frame &frame) {
                onChannelMessage(i, event, payload, frame);
            });
    connect(channel, &Channel::closed, this, [this, i] {
        m_topics[i].closed = true;
        checkDone();
    });
    connect(
        channel->presence(), &phoenix::Presence::joined, this,
        [this, channel](const QString &key, const QJsonObject &before, const QJsonObject &joined) {
            printPresence(channel, QStringLiteral("join"), key, before, joined);
        });
    connect(channel->presence(), &phoenix::Presence::left, this,
            [this, channel](const QString &key, const QJsonObject &after, const QJsonObject &left) {
                printPresence(channel, QStringLiteral("leave"), key, after, left);
            });
    const Result<Push *> join = channel->join(m_plan.timeoutMs);
    if (!join) { // cannot happen with a new channel; reported all the same
        fail(Failure, join.error());
        return false;
    }
    topic.joinRef = (*join)->ref();
    // A rejoin gets a new ref right after the channel enters Joining; a
    // timeout clears it before the outcome is reported, so keep it here.
    connect(channel, &Channel::stateChanged, this, [this, i, channel](Channel::State state) {
        if (state != Channel::State::Joining)
            return;
        QMetaObject::invokeMethod(
            this,
            [this, i, channel = QPointer<Channel>(channel)] {
                if (channel && !channel->joinRef().isEmpty())
                    m_topics[i].joinRef = channel->joinRef();
            },
            Qt::QueuedConnection);
    });
    connect(*join, &Push::received, this,
            [this, i](const QString &status, const QJsonValue &response) {
                onJoinOutcome(i, status, response);
            });
    return true;
}

// One line per key and change, with the metas that changed. A join whose
// metas were all present already (the joiner's own, in the state and again in
// the diff that follows) is no change.
void PhoenixCommand::printPresence(Channel *channel, const QString &event, const QString &key,
                                   const QJsonObject &before, const QJsonObject &changed)
{
    QJsonArray metas = changed.value(QLatin1String("metas")).toArray();
    if (event == QLatin1String("join")) {
        const QJsonArray known = before.value(QLatin1String("metas")).toArray();
        QSet<QString> knownRefs;
        for (const QJsonValue meta : known)
            knownRefs.insert(meta.toObject().value(QLatin1String("phx_ref")).toString());
        QJsonArray added;
        for (const QJsonValue meta : std::as_const(metas)) {
            const QString ref = meta.toObject().value(QLatin1String("phx_ref")).toString();
            if (ref.isEmpty() || !knownRefs.contains(ref))
                added.append(meta);
        }
        if (added.isEmpty())
            return;
        metas = added;
    }
    PhoenixEvent line;
    line.kind = Kind::Presence;
    line.topic = channel->topic();
    line.event = event;
    line.joinRef = nonEmpty(channel->joinRef());
    line.payload = QJsonObject { { QLatin1String("key"), key }, { QLatin1String("metas"), metas } };
    print(line);
}

void PhoenixCommand::onJoinOutcome(size_t index, const QString &outcome, const QJsonValue &response)
{
    Topic &topic = m_topics[index];
    const std::optional<Error> error = std::exchange(topic.pendingError, std::nullopt);
    if (m_failed || !topic.channel)
        return;
    // a timeout has reset the push (and its ref) by now: the one kept when it was sent
    QString joinRef = topic.channel->joinRef();
    if (joinRef.isEmpty())
        joinRef = topic.joinRef;
    PhoenixEvent reply;
    reply.kind = Kind::Reply;
    reply.topic = topic.spec.topic;
    reply.event = phoenix::events::join();
    reply.ref = nonEmpty(joinRef);
    reply.joinRef = nonEmpty(joinRef);
    reply.status = outcome;
    reply.payload = outcome == QLatin1String("timeout") ? QJsonValue() : response;
    print(reply);

    if (outcome == QLatin1String("ok")) {
        if (topic.joinedOnce)
            return; // a rejoin: the pushes went out with the first join
        topic.joinedOnce = true;
        for (qsizetype i = 0; i < topic.spec.pushes.size(); ++i)
            push(index, topic.spec.pushes.at(i), tr("--push %1 to %2").arg(i + 1).arg(reply.topic));
        if (m_plan.readStdin && !m_input && allJoined()) {
            // read only once every topic is joined, so that each line can go out at once
            m_input = new StdinReader(this);
            connect(m_input, &StdinReader::lineRead, this, &PhoenixCommand::onLine);
            connect(m_input, &StdinReader::endOfInput, this, [this] {
                m_inputEnded = true;
                checkDone();
            });
        }
        checkDone();
        return;
    }
    const Error refusal = error.value_or(Error(
        Error::Code::JoinRefused, tr("The join of \"%1\" failed: %2.").arg(reply.topic, outcome)));
    printError(reply.topic, reply.event, refusal);
    if (topic.joinedOnce) {
        // a rejoin: the channel tries again on its schedule, as the JavaScript client
        console::status(console::errorText(refusal));
        return;
    }
    fail(exitCodeFor(refusal) == Auth ? Auth : JoinFailed, refusal);
}

void PhoenixCommand::onChannelError(size_t index, const Error &error)
{
    // Emitted just before the join outcome or the server event it is about,
    // which report it with their own line.
    m_topics[index].pendingError = error;
}

void PhoenixCommand::onChannelMessage(size_t index, const QString &event, const QJsonValue &payload,
                                      const Frame &frame)
{
    Topic &topic = m_topics[index];
    const std::optional<Error> error = std::exchange(topic.pendingError, std::nullopt);
    if (m_failed)
        return;
    if (error || event == phoenix::events::error()) {
        printError(
            topic.spec.topic, event,
            error.value_or(Error(
                Error::Code::PhoenixError,
                tr("The channel \"%1\" crashed on the server (phx_error).").arg(topic.spec.topic))),
            &frame);
        return;
    }
    PhoenixEvent line;
    line.topic = topic.spec.topic;
    line.event = event;
    line.ref = frame.ref;
    line.joinRef = frame.joinRef;
    if (event == phoenix::events::close()) {
        line.kind = Kind::System;
        line.payload =
            QJsonObject { { QLatin1String("message"), tr("the server closed the channel") } };
        print(line);
        return;
    }
    const phoenix::Presence::Events presence =
        topic.channel ? topic.channel->presence()->events() : phoenix::Presence::Events();
    if (event == presence.state || event == presence.diff)
        return; // reported as presence joins and leaves
    if (frame.isReply()) {
        // a reply to no push waiting for one: late, after its timeout
        line.kind = Kind::Reply;
        line.status = frame.replyStatus();
        line.payload = payload.toObject().value(QLatin1String("response"));
    } else {
        line.kind = Kind::Broadcast;
        line.payload = payload;
        ++m_broadcasts;
    }
    if (frame.isBinary)
        line.binaryPayload = frame.binaryPayload;
    print(line);
    checkDone();
}

void PhoenixCommand::onFrame(const Frame &frame)
{
    // Events only clients send, coming back: an echo server, not a Phoenix one.
    const bool clientEvent = frame.event == phoenix::events::join()
        || frame.event == phoenix::events::leave()
        || (frame.topic == QLatin1String("phoenix") && frame.event == phoenix::events::heartbeat());
    if (!clientEvent || m_failed)
        return;
    Error error(Error::Code::ProtocolError,
                tr("The server sent back \"%1\", which only clients send: it echoes messages "
                   "rather than speaking Phoenix Channels.")
                    .arg(frame.event),
                QString(), tr("Check that the URL is the Phoenix socket's (ws://host/socket)."));
    printError(frame.topic, frame.event, error);
    fail(Protocol, error);
}

void PhoenixCommand::onDecodeFailed(const Error &decodeError, const Message &message)
{
    if (m_failed)
        return;
    Error error = decodeError;
    error.withHint(tr("The server at %1 does not speak Phoenix Channels %2: is this the "
                      "socket's URL (ws://host/socket), and the protocol its (--vsn)?")
                       .arg(m_socket->client()->diagnostics().url,
                            phoenix::Serializer::versionString(m_socket->serializer().version())));
    error.withContext(QStringLiteral("messageKind"), Message::kindName(message.kind()));
    printError(QString(), QString(), error);
    fail(Protocol, error);
}

void PhoenixCommand::onLine(const QByteArray &line)
{
    ++m_lineNumber;
    if (m_finishing)
        return;
    const QString what = tr("stdin line %1").arg(m_lineNumber);
    const Result<std::optional<PhoenixPushSpec>> spec = PhoenixOptions::parseLine(line);
    if (spec && !spec->has_value())
        return;
    Error error;
    if (!spec) {
        error = spec.error();
    } else {
        const QString name = (*spec)->topic.isEmpty() ? m_plan.defaultTopic() : (*spec)->topic;
        for (size_t i = 0; i < m_topics.size(); ++i) {
            if (m_topics[i].spec.topic == name) {
                push(i, **spec, what);
                return;
            }
        }
        error =
            Error(Error::Code::InvalidPayload, tr("%1 is not joined: give it a --join.").arg(name));
    }
    console::status(tr("%1 not pushed: %2").arg(what, error.message()));
    ++m_notPushed;
    checkDone();
}

void PhoenixCommand::push(size_t index, const PhoenixPushSpec &spec, const QString &what)
{
    Channel *channel = m_topics[index].channel;
    const Result<Push *> pushed = !channel
        ? failure(Error(Error::Code::InvalidState, tr("the channel is closed")))
        : spec.binary ? channel->pushBinary(spec.event, spec.binaryPayload, m_plan.timeoutMs)
                      : channel->push(spec.event, spec.payload, m_plan.timeoutMs);
    if (!pushed) {
        console::status(tr("%1 not pushed: %2").arg(what, pushed.error().message()));
        ++m_notPushed;
        return;
    }
    ++m_pushed;
    ++m_outstanding;
    Push *sent = *pushed;
    // the join it goes with, should the channel rejoin before a timeout
    const QString joinRef = channel->joinRef();
    connect(sent, &Push::received, this,
            [this, index, sent, joinRef](const QString &status, const QJsonValue &response) {
                onPushOutcome(index, sent, joinRef, status, response);
            });
}

void PhoenixCommand::onPushOutcome(size_t index, Push *push, const QString &joinRef,
                                   const QString &outcome, const QJsonValue &response)
{
    --m_outstanding;
    ++(outcome == QLatin1String("ok") ? m_pushesOk : m_pushesFailed);
    if (m_failed)
        return;
    const Frame reply = push->reply();
    PhoenixEvent line;
    line.kind = Kind::Reply;
    line.topic = m_topics[index].spec.topic;
    line.event = push->event();
    line.ref = nonEmpty(push->ref());
    line.joinRef = reply.joinRef ? reply.joinRef : nonEmpty(joinRef);
    line.status = outcome;
    line.payload = outcome == QLatin1String("timeout") ? QJsonValue() : response;
    if (reply.isBinary)
        line.binaryPayload = reply.binaryPayload;
    print(line);
    checkDone();
}

bool PhoenixCommand::allJoined() const
{
    for (const Topic &topic : m_topics) {
        if (!topic.joinedOnce)
            return false;
    }
    return !m_topics.empty();
}

void PhoenixCommand::checkDone()
{
    if (m_finishing || !allJoined() || m_outstanding > 0)
        return;
    const bool allClosed = std::all_of(m_topics.cbegin(), m_topics.cend(),
                                       [](const Topic &topic) { return topic.closed; });
    if (allClosed) {
        finish(1000, tr("every channel closed"));
        return;
    }
    if (m_plan.readStdin && !m_inputEnded)
        return;
    if (!m_plan.listen)
        finish(1000, tr("done"));
    else if (m_plan.count > 0 && m_broadcasts >= m_plan.count)
        finish(1000, tr("--count reached"));
}

void PhoenixCommand::print(PhoenixEvent event)
{
    event.timeUs = Message::nowUs();
    console::out(m_printer.format(event));
}

void PhoenixCommand::printError(const QString &topic, const QString &event, const Error &error,
                                const Frame *frame)
{
    PhoenixEvent line;
    line.kind = Kind::Error;
    line.topic = topic;
    line.event = event;
    if (frame) {
        line.ref = frame->ref;
        line.joinRef = frame->joinRef;
    }
    line.payload = error.toJson();
    print(line);
}

void PhoenixCommand::fail(int exitCode, const Error &error)
{
    console::status(console::errorText(error));
    m_failed = true;
    if (m_exitCode == 0)
        m_exitCode = exitCode;
    finish(1000, QString());
}

void PhoenixCommand::finish(int closeCode, const QString &reason)
{
    if (m_finishing)
        return;
    m_finishing = true;
    m_durationTimer.stop();
    const ConnectionState state = m_socket->state();
    if (state == ConnectionState::Disconnected || state == ConnectionState::Error
        || !m_socket->close(closeCode, reason))
        QCoreApplication::exit(resultCode());
}

int PhoenixCommand::resultCode() const
{
    if (m_exitCode != 0)
        return m_exitCode;
    if (!allJoined())
        return JoinFailed;
    return m_pushesFailed > 0 || m_notPushed > 0 || m_outstanding > 0 ? PushFailed : Ok;
}

void PhoenixCommand::onInterrupted(int count, int signalNumber)
{
    if (count > 1) {
        QCoreApplication::exit(InterruptWatcher::InterruptedTwiceExitCode);
        return;
    }
    if (signalNumber == SIGTERM)
        finish(1001, tr("maxmon-cli terminated"));
    else
        finish(1000, tr("maxmon-cli interrupted"));
}

} // namespace maxmon::cli
