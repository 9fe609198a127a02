#pragma once

#include <maxmon/connectionconfig.h>
#include <maxmon/phoenix/frame.h>
#include <maxmon/phoenix/socketoptions.h>

#include <QDebug>
#include <QTest>

// QCOMPARE prints frames as the Frame's QDebug output.
namespace QTest {
template<>
inline char *toString(const maxmon::phoenix::Frame &frame)
{
    QString text;
    QDebug(&text) << frame;
    return qstrdup(text.toUtf8().constData());
}
} // namespace QTest

namespace maxmon::test {

// A frame's join_ref or ref for QCOMPARE: the string, or "null".
inline QString refText(const std::optional<QString> &ref)
{
    return ref ? *ref : QStringLiteral("null");
}

// A profile for a test socket: quick to give up on a dead server.
inline ConnectionConfig phoenixConfig(const QUrl &url)
{
    ConnectionConfig config;
    config.url = url;
    config.connectTimeoutMs = 2000;
    config.closeTimeoutMs = 500;
    return config;
}

// Short timeouts and schedules, and no heartbeat unless a test wants one.
inline phoenix::SocketOptions fastOptions()
{
    phoenix::SocketOptions options;
    options.timeoutMs = 1000;
    options.heartbeat = phoenix::SocketOptions::phoenixHeartbeat(0);
    options.reconnectAfterMs = { 20 };
    options.rejoinAfterMs = { 50, 100 };
    return options;
}

} // namespace maxmon::test
