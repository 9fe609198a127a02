#include <maxmon/testing/testutil.h>

#include <QSignalSpy>
#include <QTcpServer>

namespace maxmon::testing {

quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

QList<ConnectionState> statesOf(const QSignalSpy &spy)
{
    QList<ConnectionState> states;
    for (const QList<QVariant> &args : spy)
        states.append(args.at(0).value<ConnectionState>());
    return states;
}

QString refText(const std::optional<QString> &ref)
{
    return ref ? *ref : QStringLiteral("null");
}

} // namespace maxmon::testing
