#include <maxmon/connectionconfig.h>
#include <maxmon/connectionrecorder.h>
#include <maxmon/logexporter.h>
#include <maxmon/message.h>
#include <maxmon/messagelogmodel.h>
#include <maxmon/sessionevent.h>
#include <maxmon/sessionstore.h>
#include <maxmon/supportbundle.h>
#include <maxmon/websocketclient.h>

#include <QJsonObject>
#include <QLocale>
#include <QPointer>

#include <algorithm>

namespace maxmon {

namespace {

QString milliseconds(double ms)
{
    return ConnectionRecorder::tr("%1 ms").arg(QLocale().toString(ms, 'f', ms < 10 ? 1 : 0));
}

// What the diagnostics know when the connection entered state, as an event
// row of its own: the URL and the attempt (which connection it belongs to),
// and by state the handshake time, subprotocol and TLS, the close (who, code,
// reason) or the retry that is scheduled. Shown as the client reported it,
// not worked out again.
SessionEvent connectionEvent(ConnectionState state, const Diagnostics &diagnostics)
{
    QJsonObject data { { QStringLiteral("state"), connectionStateName(state) },
                       { QStringLiteral("url"), diagnostics.url },
                       { QStringLiteral("attempt"), diagnostics.attempt } };
    QString text;
    switch (state) {
    case ConnectionState::Connecting:
        text = ConnectionRecorder::tr("Connecting to %1 (attempt %2)")
                   .arg(diagnostics.url, QLocale().toString(diagnostics.attempt));
        break;
    case ConnectionState::Connected: {
        QStringList parts { diagnostics.handshakeMs >= 0
                                ? ConnectionRecorder::tr("Connected in %1")
                                      .arg(milliseconds(diagnostics.handshakeMs))
                                : ConnectionRecorder::tr("Connected") };
        data.insert(QStringLiteral("handshake_ms"), diagnostics.handshakeMs);
        if (!diagnostics.subprotocol.isEmpty()) {
            parts.append(ConnectionRecorder::tr("subprotocol %1").arg(diagnostics.subprotocol));
            data.insert(QStringLiteral("subprotocol"), diagnostics.subprotocol);
        }
        if (diagnostics.tls.used) {
            parts.append(diagnostics.tls.chainVerified
                             ? ConnectionRecorder::tr("%1 %2, chain verified")
                                   .arg(diagnostics.tls.protocol, diagnostics.tls.cipher)
                             : ConnectionRecorder::tr("%1 %2, chain NOT verified")
                                   .arg(diagnostics.tls.protocol, diagnostics.tls.cipher));
            data.insert(QStringLiteral("tls"), diagnostics.tls.toJson());
        }
        text = parts.join(QStringLiteral(" \u00b7 "));
        break;
    }
    case ConnectionState::Disconnected:
        text = diagnostics.lastClose.isNull() ? connectionStateText(state)
                                              : diagnostics.lastClose.toText();
        if (!diagnostics.lastClose.isNull())
            data.insert(QStringLiteral("close"), diagnostics.lastClose.toJson());
        break;
    case ConnectionState::Reconnecting: {
        const ReconnectStatus &retry = diagnostics.reconnect;
        const qint64 inMs = retry.nextAttemptAtUs > 0
            ? std::max<qint64>(0, (retry.nextAttemptAtUs - Message::nowUs()) / 1000)
            : -1;
        text = inMs >= 0
            ? ConnectionRecorder::tr("Connection lost; retry %1 in %2")
                  .arg(QLocale().toString(retry.attempt), milliseconds(static_cast<double>(inMs)))
            : ConnectionRecorder::tr("Connection lost; retrying");
        if (!retry.reason.isEmpty())
            text += ConnectionRecorder::tr(": %1").arg(retry.reason);
        data.insert(QStringLiteral("retry_attempt"), retry.attempt);
        data.insert(QStringLiteral("retry_in_ms"), inMs);
        data.insert(QStringLiteral("reason"), retry.reason);
        if (!diagnostics.lastClose.isNull())
            data.insert(QStringLiteral("close"), diagnostics.lastClose.toJson());
        break;
    }
    case ConnectionState::Error:
        text = diagnostics.lastError
            ? ConnectionRecorder::tr("Failed: %1").arg(diagnostics.lastError.message())
            : connectionStateText(state);
        break;
    case ConnectionState::Disconnecting:
        text = connectionStateText(state);
        break;
    }
    return SessionEvent(SessionEvent::Type::State, text, data);
}

} // namespace

class ConnectionRecorder::Private
{
public:
    QPointer<WebSocketClient> client;
    QPointer<SessionStore> store;
    QPointer<MessageLogModel> log;
    QStringList secrets;
    bool messagesRecorded = true;

    void message(const Message &message)
    {
        if (log)
            log->append(message);
        else if (store)
            store->append(message);
    }

    void event(const SessionEvent &event)
    {
        if (log)
            log->appendEvent(event);
        else if (store)
            store->appendEvent(event);
    }
};

ConnectionRecorder::ConnectionRecorder(WebSocketClient *client, SessionStore *store,
                                       QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->client = client;
    d->store = store;
    connect(client, &WebSocketClient::messageReceived, this, [this](const Message &message) {
        if (d->messagesRecorded)
            d->message(message);
    });
    connect(client, &WebSocketClient::messageSent, this, [this](const Message &message) {
        if (d->messagesRecorded)
            d->message(message);
    });
    connect(client, &WebSocketClient::stateChanged, this, [this](ConnectionState state) {
        d->event(d->client ? connectionEvent(state, d->client->diagnostics())
                           : SessionEvent::stateChange(state));
    });
    connect(client, &WebSocketClient::errorOccurred, this,
            [this](const Error &error) { d->event(SessionEvent::fromError(error)); });
    connect(client, &WebSocketClient::latencySampled, this, [this](double rttMs) {
        if (!d->store || !d->client)
            return;
        // the heartbeat counts the sample before it reports it: the p95 includes it
        d->store->appendSample(Message::nowUs(), rttMs,
                               d->client->diagnostics().heartbeat.stats.p95Ms);
    });
    connect(client, &WebSocketClient::probeLost, this, [this] {
        if (d->store)
            d->store->appendSample(Message::nowUs(), -1);
    });
}

ConnectionRecorder::~ConnectionRecorder() = default;

void ConnectionRecorder::setLog(MessageLogModel *log)
{
    d->log = log;
}

void ConnectionRecorder::setMessagesRecorded(bool recorded)
{
    d->messagesRecorded = recorded;
}

void ConnectionRecorder::setSecrets(const QStringList &secrets)
{
    d->secrets = secrets;
}

void ConnectionRecorder::describe(const ConnectionConfig &config)
{
    if (!d->store)
        return;
    LogExporter known;
    known.setSecrets(d->secrets);
    known.addSecretsOf(config);
    d->store->setMeta(QStringLiteral("url"), config.displayUrl());
    d->store->setMeta(QStringLiteral("protocol"), ConnectionConfig::protocolName(config.protocol));
    d->store->setMeta(QStringLiteral("profile"),
                      SupportBundle::redactedProfile(config, known.secrets()));
}

void ConnectionRecorder::recordMessage(const Message &message)
{
    d->message(message);
}

} // namespace maxmon
