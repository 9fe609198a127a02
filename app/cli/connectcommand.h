#pragma once

#include "config/connectionconfig.h"
#include "websocket/latencystats.h"

#include <QObject>
#include <QStringList>

namespace maxmon {
class WebSocketClient;
}

namespace maxmon::cli {

class StdinReader;

// maxmon-cli connect URL: like websocat. Lines from stdin are sent as text
// messages, received messages go to stdout, state changes and errors to
// stderr. Ends with the exit code of the way the connection ended. With
// --json every message, received and sent, goes to stdout as a MessageRecord line.
class ConnectCommand : public QObject
{
    Q_OBJECT

public:
    static int run(const QStringList &arguments);

private:
    ConnectCommand(const ConnectionConfig &config, bool jsonRecords, bool printRtts);
    int exec();
    void onInterrupted(int count);

    WebSocketClient *m_client;
    StdinReader *m_input = nullptr;
    bool m_jsonRecords;
    int m_exitCode = 0;
    // --heartbeat: every RTT on stderr, and over the whole run (not just the
    // heartbeat's rolling window) a summary at exit
    bool m_printRtts = false;
    LatencyStats m_rtts { 100000 };
};

} // namespace maxmon::cli
