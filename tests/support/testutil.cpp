#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>

namespace maxmon::test {

ConnectionConfig plainConfig(const QUrl &url, int connectTimeoutMs)
{
    ConnectionConfig config;
    config.url = url;
    config.reconnect.enabled = false;
    config.heartbeat.enabled = false;
    config.connectTimeoutMs = connectTimeoutMs;
    return config;
}

quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

int openFileDescriptors()
{
    return static_cast<int>(
        QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::Files | QDir::System).size());
}

bool writePrivateFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return file.write(content) == content.size();
}

QList<ConnectionState> statesOf(const QSignalSpy &spy)
{
    QList<ConnectionState> states;
    for (const QList<QVariant> &args : spy)
        states.append(args.at(0).value<ConnectionState>());
    return states;
}

} // namespace maxmon::test
