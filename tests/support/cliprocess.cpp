#include "cliprocess.h"

#include <QTest>

#include <csignal>

namespace maxmon::test {

CliProcess::CliProcess(const QString &program, QObject *parent)
    : QObject(parent)
    , m_program(program)
{
    connect(&m_process, &QProcess::readyReadStandardOutput, this,
            [this] { m_out += m_process.readAllStandardOutput(); });
    connect(&m_process, &QProcess::readyReadStandardError, this,
            [this] { m_err += m_process.readAllStandardError(); });
}

CliProcess::~CliProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool CliProcess::start(const QStringList &arguments, const QByteArray &input, bool closeInput)
{
    m_process.start(m_program, arguments);
    if (!m_process.waitForStarted(10000))
        return false;
    if (!input.isEmpty())
        m_process.write(input);
    if (closeInput)
        m_process.closeWriteChannel();
    return true;
}

void CliProcess::sendSignal(int signalNumber)
{
    if (m_process.processId() > 0)
        ::kill(static_cast<pid_t>(m_process.processId()), signalNumber);
}

bool CliProcess::waitForFinished(int timeoutMs)
{
    const bool finished =
        QTest::qWaitFor([this] { return m_process.state() == QProcess::NotRunning; }, timeoutMs);
    m_out += m_process.readAllStandardOutput();
    m_err += m_process.readAllStandardError();
    return finished;
}

bool CliProcess::waitForOutput(const QByteArray &text, int timeoutMs)
{
    return QTest::qWaitFor(
               [&] { return m_out.contains(text) || m_process.state() == QProcess::NotRunning; },
               timeoutMs)
        && m_out.contains(text);
}

bool CliProcess::waitForError(const QByteArray &text, int timeoutMs)
{
    return QTest::qWaitFor(
               [&] { return m_err.contains(text) || m_process.state() == QProcess::NotRunning; },
               timeoutMs)
        && m_err.contains(text);
}

int CliProcess::exitCode() const
{
    if (m_process.state() != QProcess::NotRunning || m_process.exitStatus() != QProcess::NormalExit)
        return -1;
    return m_process.exitCode();
}

QList<QByteArray> CliProcess::outLines() const
{
    QList<QByteArray> lines = m_out.split('\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

CliRun runCli(const QString &program, const QStringList &arguments, const QByteArray &input,
              int timeoutMs)
{
    CliProcess process(program);
    CliRun run;
    if (!process.start(arguments, input, true))
        return run;
    process.waitForFinished(timeoutMs);
    run.exitCode = process.exitCode();
    run.out = process.out();
    run.err = process.err();
    return run;
}

} // namespace maxmon::test
