#pragma once

#include <maxmon/connectionstate.h>

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

namespace maxmon {

class ConnectionTab;
class MainWindow;

// `maxmon --self-test`: proves a build works end to end, for packaging and
// for support. Opens a tab on an echo endpoint, waits for Connected, sends a
// message through the send panel, waits for its echo in the log, then
// reports. Never waits forever.
class SelfTest : public QObject
{
    Q_OBJECT

public:
    SelfTest(MainWindow *window, const QUrl &echoUrl, QObject *parent = nullptr);

    void start(int timeoutMs = 20000);
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    // exitCode 0 on success; report is one line for a person.
    void finished(int exitCode, const QString &report);

private:
    // what the test waits for: the failure texts say it, a whole sentence each
    enum class Step { Connecting, AwaitingEcho };

    void onStateChanged(ConnectionState state);
    void onRowsInserted(int first, int last);
    void pass();
    void fail(const QString &why);
    QString timedOutText() const;
    QString closedText() const;

    MainWindow *m_window;
    QUrl m_url;
    QPointer<ConnectionTab> m_tab;
    QString m_probe;
    Step m_step = Step::Connecting;
    QTimer m_timeout;
    QElapsedTimer m_clock;
    qint64 m_connectedMs = -1;
    bool m_sent = false;
    bool m_finished = false;
};

} // namespace maxmon
