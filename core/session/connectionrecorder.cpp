#include <maxmon/connectionconfig.h>
#include <maxmon/connectionrecorder.h>
#include <maxmon/logexporter.h>
#include <maxmon/message.h>
#include <maxmon/messagelogmodel.h>
#include <maxmon/sessionevent.h>
#include <maxmon/sessionstore.h>
#include <maxmon/supportbundle.h>
#include <maxmon/websocketclient.h>

#include <QPointer>

namespace maxmon {

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
        const QString url = d->client ? d->client->diagnostics().url : QString();
        d->event(SessionEvent::stateChange(state, url));
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
