#pragma once

#include <maxmon/connectionconfig.h>
#include <maxmon/recordingfile.h>

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>
#include <QTimer>

namespace maxmon {
class WebSocketClient;
}

namespace maxmon::cli {

// maxmon-cli replay FILE.jsonl URL: sends the outgoing text, JSON and
// binary messages of a recording (maxmon-cli record, connect --json) to URL
// with their original spacing in time, divided by --speed (0: as fast as
// possible). Bad lines are reported with their number and skipped, or stop
// the replay with --strict. Progress goes to stderr once a second; at the
// end, what could not be sent, and how the replies compare with the replies
// in the recording (in order, by kind and payload). It waits --wait for
// the replies after the last send, or less when all came back.
//
// SIGINT or SIGTERM stops sending, closes with 1000 and reports.
//
// Exit codes: those of connect, plus 9 (Incomplete) when a message could
// not be sent (or the replay was interrupted) or, with --check-replies,
// when the replies differ.
class ReplayCommand : public QObject
{
    Q_OBJECT

public:
    static int run(const QStringList &arguments);

private:
    struct Options
    {
        double speed = 1;
        qint64 waitMs = 1000;
        bool checkReplies = false;
    };

    ReplayCommand(const ConnectionConfig &config, const RecordingFile &recording,
                  const Options &options);
    int exec();
    void onStateChanged();
    void sendDue();
    void onReply(const Message &message);
    void progress();
    void finishSending();
    int report();

    WebSocketClient *m_client;
    QList<RecordingFile::Entry> m_outgoing;
    QList<RecordingFile::Entry> m_expectedReplies;
    Options m_options;
    qsizetype m_next = 0;
    qint64 m_originUs = 0; // the first outgoing message's recorded time
    QElapsedTimer m_clock; // since the first send
    QTimer m_sendTimer { this };
    QTimer m_progressTimer { this };
    QTimer m_waitTimer { this };
    QList<std::pair<int, QString>> m_notSent; // recording line, why
    QList<Message> m_replies;
    bool m_closing = false;
    bool m_interrupted = false;
    int m_exitCode = 0;
};

} // namespace maxmon::cli
