#pragma once

#include <QObject>

class QSocketNotifier;

namespace maxmon::cli {

// Turns SIGINT and SIGTERM into a Qt signal (through a self-pipe), so a
// command can finish cleanly: close the connection, print its summary.
// One instance at a time; the default handlers come back when it is destroyed.
class InterruptWatcher : public QObject
{
    Q_OBJECT

public:
    explicit InterruptWatcher(QObject *parent = nullptr);
    ~InterruptWatcher() override;

    int count() const { return m_count; }

Q_SIGNALS:
    // count: 1 on the first signal, 2 on the second, ...; signalNumber: SIGINT or SIGTERM
    void interrupted(int count, int signalNumber);

private:
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
    int m_count = 0;
};

} // namespace maxmon::cli
