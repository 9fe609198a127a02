#include "testproxy.h"

#include <QFile>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <unistd.h>

namespace maxmon::test {

namespace {

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

bool accepts(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    const bool connected = socket.waitForConnected(200);
    socket.abort();
    return connected;
}

} // namespace

TestProxy::TestProxy(Kind kind, QObject *parent)
    : QObject(parent)
    , m_kind(kind)
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    connect(&m_process, &QProcess::readyReadStandardOutput, this,
            [this] { m_output += m_process.readAllStandardOutput(); });
}

TestProxy::~TestProxy()
{
    stop();
}

QString TestProxy::binary(Kind kind)
{
    const QString name =
        kind == Kind::Http ? QStringLiteral("tinyproxy") : QStringLiteral("danted");
    QString found = QStandardPaths::findExecutable(name);
    if (found.isEmpty())
        found = QStandardPaths::findExecutable(
            name, { QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin") });
    return found;
}

void TestProxy::setBasicAuth(const QString &user, const QString &password)
{
    m_user = user;
    m_password = password;
}

QString TestProxy::writeConfig(quint16 port) const
{
    QString text;
    if (m_kind == Kind::Http) {
        text = QStringLiteral("Port %1\nListen 127.0.0.1\nTimeout 30\nMaxClients 50\n"
                              "Allow 127.0.0.1\nLogLevel Info\nDisableViaHeader Yes\n")
                   .arg(port);
        if (!m_user.isEmpty())
            text += QStringLiteral("BasicAuth %1 %2\n").arg(m_user, m_password);
    } else {
        text = QStringLiteral("logoutput: stderr\ninternal: 127.0.0.1 port = %1\n"
                              "external: 127.0.0.1\nclientmethod: none\nsocksmethod: %2\n")
                   .arg(port)
                   .arg(m_requireUsername ? QStringLiteral("username") : QStringLiteral("none"));
        // As root danted insists on users to switch to; as anyone else it
        // stays who it is and must not be told otherwise.
        if (::geteuid() == 0)
            text += QStringLiteral("user.privileged: root\nuser.unprivileged: nobody\n");
        text += QStringLiteral("client pass {\n    from: 127.0.0.1/32 to: 0.0.0.0/0\n}\n"
                               "socks pass {\n    from: 127.0.0.1/32 to: 0.0.0.0/0\n}\n");
    }
    QString path = m_dir.filePath(QStringLiteral("proxy.conf"));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(text.toUtf8());
    return path;
}

bool TestProxy::start(QString *why)
{
    const QString program = binary(m_kind);
    if (program.isEmpty()) {
        *why = QStringLiteral("%1 is not installed (scripts/deps installs it)")
                   .arg(m_kind == Kind::Http ? QStringLiteral("tinyproxy")
                                             : QStringLiteral("danted (dante-server)"));
        return false;
    }
    // A port found free may be taken again before the proxy binds it: retry.
    for (int attempt = 0; attempt < 3; ++attempt) {
        const quint16 port = freePort();
        const QString config = writeConfig(port);
        const QStringList arguments = m_kind == Kind::Http
            ? QStringList { QStringLiteral("-d"), QStringLiteral("-c"), config }
            : QStringList { QStringLiteral("-f"), config, QStringLiteral("-p"),
                            m_dir.filePath(QStringLiteral("danted.pid")) };
        m_process.start(program, arguments);
        if (!m_process.waitForStarted(5000)) {
            *why = QStringLiteral("%1 did not start: %2").arg(program, m_process.errorString());
            return false;
        }
        const bool up = QTest::qWaitFor(
            [&] { return m_process.state() != QProcess::Running || accepts(port); }, 10000);
        if (up && m_process.state() == QProcess::Running) {
            m_port = port;
            return true;
        }
        stop();
    }
    *why = QStringLiteral("%1 did not come up: %2").arg(program, output());
    return false;
}

void TestProxy::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString TestProxy::output() const
{
    return QString::fromLocal8Bit(m_output);
}

} // namespace maxmon::test
