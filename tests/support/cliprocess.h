#pragma once

#include <QByteArray>
#include <QObject>
#include <QProcess>
#include <QStringList>

namespace maxmon::test {

// maxmon-cli (or any program) as a child process in a test. Every wait runs
// the event loop, so servers in the test process keep serving meanwhile.
// Output is collected as it comes; the process is killed if still running
// when this goes away.
class CliProcess : public QObject
{
    Q_OBJECT

public:
    explicit CliProcess(const QString &program, QObject *parent = nullptr);
    ~CliProcess() override;

    // closeInput: stdin ends at once after input (as with "< file").
    bool start(const QStringList &arguments, const QByteArray &input = {}, bool closeInput = false);
    void write(const QByteArray &data) { m_process.write(data); }
    void closeInput() { m_process.closeWriteChannel(); }
    void sendSignal(int signalNumber);

    bool waitForFinished(int timeoutMs = 30000);
    bool waitForOutput(const QByteArray &text, int timeoutMs = 30000);
    bool waitForError(const QByteArray &text, int timeoutMs = 30000);
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }

    // -1 while running, or after a crash
    int exitCode() const;
    QByteArray out() const { return m_out; }
    QByteArray err() const { return m_err; }
    QString errText() const { return QString::fromUtf8(m_err); }
    // stdout split into lines, without the line breaks (the last one may be partial)
    QList<QByteArray> outLines() const;

private:
    QProcess m_process;
    QString m_program;
    QByteArray m_out;
    QByteArray m_err;
};

// Runs and waits; for commands that end by themselves.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString errText() const { return QString::fromUtf8(err); }
};
CliRun runCli(const QString &program, const QStringList &arguments, const QByteArray &input = {},
              int timeoutMs = 30000);

} // namespace maxmon::test
