#pragma once

#include "messageprinter.h"
#include "sessionoptions.h"

#include <maxmon/connectionconfig.h>
#include <maxmon/connectionstate.h>
#include <maxmon/latencystats.h>

#include <QObject>
#include <QTimer>

#include <optional>

namespace maxmon {
class ConnectionRecorder;
class MessageRecorder;
class SessionStore;
class WebSocketClient;
} // namespace maxmon

namespace maxmon::cli {

class StdinReader;

// One interactive or scripted connection, as maxmon-cli connect and record
// run it: once connected it sends the --send messages (again on every
// reconnect, and every --send-every), then stdin lines; prints and/or
// records every message; ends on --count, --duration, the end of stdin
// (--exit-on-eof), the server's close, a failure, or a signal. With --count N
// exactly N data messages are printed (and recorded); what arrives while the
// connection closes is counted on stderr.
//
// At the end of stdin, --exit-on-eof waits until nothing has arrived for
// 200 ms (2 s at most) before it closes: Qt closes TCP right after the close
// frame, so replies still on their way would be lost otherwise, and
// "echo hi | maxmon-cli connect URL --exit-on-eof" should print the answer.
//
// Status, warnings and errors go to stderr as "[maxmon] ..." lines.
// SIGINT closes with 1000 (Normal closure: the user ended the session),
// SIGTERM with 1001 (Going away: the process is being stopped); either way
// the exit code is 0 once the close is done, and a second signal exits at
// once with 130.
class Session : public QObject
{
    Q_OBJECT

public:
    Session(const ConnectionConfig &config, const SessionPlan &plan, QObject *parent = nullptr);

    void setPrinter(const MessagePrinter &printer) { m_printer = printer; }
    void setRecorder(MessageRecorder *recorder) { m_recorder = recorder; }
    // Records into a session file instead: messages, state changes, errors
    // and heartbeat samples; the store is closed when the session ends.
    void setSessionStore(SessionStore *store) { m_store = store; }
    void setPrintRtts(bool print) { m_printRtts = print; }

    // Runs the event loop until the session ends; returns the exit code.
    int exec();

private:
    void onStateChanged(ConnectionState state);
    void onConnected();
    void onMessage(const Message &message);
    void onLine(const QByteArray &line);
    void sendPlanned();
    // notSent: the sentence for a refusal, its %2 left for the reason
    void send(const Message &message, const QString &notSent);
    // Closes with this code and exits once closed.
    void finish(int closeCode, const QString &reason);
    void onInterrupted(int count, int signalNumber);
    void output(const Message &message);
    void reportRecording();

    WebSocketClient *m_client;
    SessionPlan m_plan;
    std::optional<MessagePrinter> m_printer;
    MessageRecorder *m_recorder = nullptr;
    SessionStore *m_store = nullptr;
    ConnectionRecorder *m_storeRecorder = nullptr;
    StdinReader *m_input = nullptr;
    QTimer m_sendTimer { this };
    QTimer m_durationTimer { this };
    QTimer m_quietTimer { this }; // --exit-on-eof: restarted by every message
    QTimer m_lingerLimit { this };
    qint64 m_received = 0;
    qint64 m_beyondCount = 0; // data messages after --count N, not printed
    int m_lineNumber = 0;
    bool m_finishing = false;
    int m_exitCode = 0;
    // --heartbeat: every RTT on stderr, and over the whole run (not just the
    // heartbeat's rolling window) a summary at exit
    bool m_printRtts = false;
    LatencyStats m_rtts { 100000 };
};

} // namespace maxmon::cli
