#include "serverprocess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QStandardPaths>

#include <csignal>
#include <sys/prctl.h>

namespace maxmon::bench {

ServerProcess::~ServerProcess()
{
    stop();
}

bool ServerProcess::start(Kind kind, const QString &program, const QStringList &extra)
{
    m_kind = kind;
    QStringList arguments;
    QString executable = program;
    if (kind == Kind::Demo) {
        arguments =
            QStringList { QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0") }
            + extra;
    } else {
        executable = QStandardPaths::findExecutable(QStringLiteral("node"));
        arguments = QStringList { program, QStringLiteral("--port"), QStringLiteral("0") } + extra;
    }
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    // A benchmark that exits early, or is killed by ctest's timeout, must
    // not leave its server behind.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    // its status lines are not ours to show
    m_process.setStandardErrorFile(QProcess::nullDevice());
    m_process.start(executable, arguments);
    QElapsedTimer timer;
    timer.start();
    while (!m_process.canReadLine() && timer.elapsed() < 15000
           && m_process.state() != QProcess::NotRunning)
        m_process.waitForReadyRead(100);
    if (!m_process.canReadLine()) {
        m_error = QStringLiteral("%1 did not start: %2").arg(name(), m_process.errorString());
        stop();
        return false;
    }
    m_base = QUrl(QString::fromUtf8(m_process.readLine().trimmed()));
    return m_base.isValid();
}

void ServerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

QString ServerProcess::name() const
{
    return m_kind == Kind::Demo ? QStringLiteral("maxmon-cli serve") : QStringLiteral("node ws");
}

QUrl ServerProcess::url(const QString &pathAndQuery) const
{
    QUrl url = m_base;
    const qsizetype question = pathAndQuery.indexOf(QLatin1Char('?'));
    url.setPath(question < 0 ? pathAndQuery : pathAndQuery.left(question));
    url.setQuery(question < 0 ? QString() : pathAndQuery.mid(question + 1));
    return url;
}

bool ServerProcess::nodePeerAvailable(const QString &script)
{
    if (script.isEmpty() || QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty())
        return false;
    const QDir dir = QFileInfo(script).absoluteDir();
    return QFileInfo::exists(script)
        && QFileInfo::exists(dir.filePath(QStringLiteral("node_modules/ws/package.json")));
}

} // namespace maxmon::bench
