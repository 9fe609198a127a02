#pragma once

#include <maxmon/maxmon_core_export.h>

#include <QObject>
#include <QStringList>

#include <memory>

namespace maxmon {

class Message;
class MessageLogModel;
class SessionStore;
class WebSocketClient;
struct ConnectionConfig;

/// Records one WebSocketClient into a SessionStore: every message in both
/// directions, state changes and errors as events (each state change with
/// what the client knew then: the URL and attempt, the handshake time,
/// subprotocol and TLS once connected, the close, the retry scheduled), and every heartbeat
/// round trip (and lost probe) as a sample; and the connection's URL and
/// profile, redacted, as the session's facts.
///
/// With a log (MessageLogModel::setStore() over the same store), messages
/// and events go through the log, which hands them to the store, so that
/// the log's rows and the session's stay the same; samples go to the store.
///
/// The client does not report the close frame it sends; its owner passes it
/// with recordMessage() when it matters (maxmon-cli does).
class MAXMON_CORE_EXPORT ConnectionRecorder : public QObject
{
    Q_OBJECT

public:
    /// Starts recording client into store (both must outlive the recorder).
    ConnectionRecorder(WebSocketClient *client, SessionStore *store, QObject *parent = nullptr);
    /// Stops recording; the store stays open.
    ~ConnectionRecorder() override;

    /// Messages and events go through this log instead (see the class
    /// description); nullptr: straight to the store.
    void setLog(MessageLogModel *log);
    /// Off: the owner hands the messages over itself (recordMessage()), in
    /// the order it sees them; events and samples are still recorded.
    void setMessagesRecorded(bool recorded);
    /// Secrets to mask in the facts (the URL and profile), besides the
    /// profile's own.
    void setSecrets(const QStringList &secrets);
    /// Records the URL and the profile (redacted as in a support bundle).
    void describe(const ConnectionConfig &config);
    /// Records a message the client did not report.
    void recordMessage(const maxmon::Message &message);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace maxmon
