#pragma once

#include <maxmon/connectionstate.h>
#include <maxmon/phoenix/frame.h>
#include <maxmon/testing/maxmon_testing_export.h>

#include <QDebug>
#include <QList>
#include <QTest>

#include <optional>

class QSignalSpy;

namespace maxmon::testing {

/// A port on 127.0.0.1 that nothing listens on (bound, remembered,
/// released): for tests of "connection refused".
MAXMON_TESTING_EXPORT quint16 closedPort();

/// The states a QSignalSpy on a stateChanged(maxmon::ConnectionState)
/// signal (WebSocketClient's, phoenix::Socket's) recorded, in order.
MAXMON_TESTING_EXPORT QList<maxmon::ConnectionState> statesOf(const QSignalSpy &spy);

/// A Phoenix frame's join_ref or ref for QCOMPARE: the string, or "null".
MAXMON_TESTING_EXPORT QString refText(const std::optional<QString> &ref);

} // namespace maxmon::testing

namespace QTest {

/// QCOMPARE prints Phoenix frames as their QDebug output.
template<>
inline char *toString(const maxmon::phoenix::Frame &frame)
{
    QString text;
    QDebug(&text) << frame;
    return qstrdup(text.toUtf8().constData());
}

} // namespace QTest
