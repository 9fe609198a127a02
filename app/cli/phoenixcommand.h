#pragma once

#include "phoenixoptions.h"
#include "phoenixprinter.h"

#include <maxmon/connectionstate.h>
#include <maxmon/error.h>

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>
#include <vector>

namespace maxmon {
class Message;
namespace phoenix {
class Channel;
class Push;
class Socket;
struct Frame;
struct SocketOptions;
} // namespace phoenix
} // namespace maxmon

namespace maxmon::cli {

class StdinReader;

// maxmon-cli phoenix URL --join TOPIC [--params JSON] [--push EVENT JSON]...:
// a Phoenix Channels client for the shell, on phoenix::Socket. Once
// connected it joins every topic; once a topic is joined its pushes go out
// (all at once, in order), and each reply or timeout is printed. Then it
// exits, or with --listen (the default without pushes) keeps printing
// broadcasts and presence joins and leaves until Ctrl-C, --duration or --count.
//
// stdout: one line per reply, broadcast, presence change, channel error or
// close (PhoenixPrinter: human, or JSON with --json, which also reports the
// connection's state as "system" lines); stderr: "[maxmon] ..." status lines
// and "error [Code]: ..." for what ends the command.
//
// Exit codes: those of connect (exitcode.h) for the connection; a first join
// refused as unauthorized or forbidden is Auth (5), refused otherwise or
// unanswered JoinFailed (10); any push answered with another status than
// "ok", or not answered, PushFailed (11); a server that does not speak
// Phoenix Channels Protocol (7).
class PhoenixCommand : public QObject
{
    Q_OBJECT

public:
    static int run(const QStringList &arguments);

private:
    // One --join and its channel.
    struct Topic
    {
        PhoenixJoinSpec spec;
        QPointer<phoenix::Channel> channel;
        QString joinRef; // of the join or rejoin last sent
        bool joinedOnce = false;
        bool closed = false;
        // the channel's error for the join outcome or the server event being handled
        std::optional<Error> pendingError;
    };

    PhoenixCommand(const ConnectionConfig &config, const phoenix::SocketOptions &options,
                   const PhoenixPlan &plan);
    int exec();

    void onStateChanged(ConnectionState state);
    void onOpened();
    // Joins the topic m_topics[i] names and follows its channel; false when
    // that failed (the command fails with it).
    bool joinTopic(size_t i);
    void printPresence(phoenix::Channel *channel, const QString &event, const QString &key,
                       const QJsonObject &before, const QJsonObject &changed);
    void onJoinOutcome(size_t index, const QString &status, const QJsonValue &response);
    void onChannelError(size_t index, const Error &error);
    void onChannelMessage(size_t index, const QString &event, const QJsonValue &payload,
                          const phoenix::Frame &frame);
    void onFrame(const phoenix::Frame &frame);
    void onDecodeFailed(const Error &error, const Message &message);
    void onLine(const QByteArray &line);
    void onInterrupted(int count, int signalNumber);

    void push(size_t index, const PhoenixPushSpec &spec, const QString &what);
    void onPushOutcome(size_t index, phoenix::Push *push, const QString &joinRef,
                       const QString &status, const QJsonValue &response);
    bool allJoined() const;
    // Ends the command once nothing more is to be done (see the class comment).
    void checkDone();
    void print(PhoenixEvent event);
    void printError(const QString &topic, const QString &event, const Error &error,
                    const phoenix::Frame *frame = nullptr);
    // Reports the error on stderr and ends with this exit code (the first one set wins).
    void fail(int exitCode, const Error &error);
    void finish(int closeCode, const QString &reason);
    int resultCode() const;

    phoenix::Socket *m_socket;
    PhoenixPlan m_plan;
    PhoenixPrinter m_printer;
    std::vector<Topic> m_topics;
    StdinReader *m_input = nullptr;
    bool m_inputEnded = false;
    int m_lineNumber = 0;
    int m_outstanding = 0; // pushes sent (or buffered) without an outcome
    int m_pushed = 0;
    int m_pushesOk = 0;
    int m_pushesFailed = 0; // answered with another status than ok, or timed out
    int m_notPushed = 0; // refused before sending (a bad stdin line, a closed channel)
    qint64 m_broadcasts = 0;
    bool m_opened = false;
    bool m_failed = false; // by fail(): nothing more is reported
    bool m_finishing = false;
    int m_exitCode = 0;
    QTimer m_durationTimer { this };
};

} // namespace maxmon::cli
