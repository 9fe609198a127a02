#pragma once

#include <QObject>

class QSocketNotifier;

namespace maxmon::cli {

// Turns SIGINT and SIGTERM (and, for a daemon, SIGHUP) into Qt signals
// through a self-pipe, so a command can finish cleanly: close the
// connection, print its summary. The signal handler only writes a byte;
// everything else runs in the event loop. One instance at a time; the
// default handlers come back when it is destroyed.
class InterruptWatcher : public QObject
{
    Q_OBJECT

public:
    enum class Hangup { Default, Watch };
    // The exit code of a command interrupted a second time while it was
    // finishing: what shells report for SIGINT.
    static constexpr int InterruptedTwiceExitCode = 130;

    // Hangup::Watch: SIGHUP emits hangup() (reload) instead of ending the process.
    explicit InterruptWatcher(QObject *parent = nullptr, Hangup hangup = Hangup::Default);
    ~InterruptWatcher() override;

    int count() const { return m_count; }

Q_SIGNALS:
    // count: 1 on the first signal, 2 on the second, ...; signalNumber: SIGINT or SIGTERM
    void interrupted(int count, int signalNumber);
    // SIGHUP, with Hangup::Watch; not counted
    void hangup();

private:
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
    bool m_watchHangup;
    int m_count = 0;
};

} // namespace maxmon::cli
