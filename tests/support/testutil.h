#pragma once

#include <maxmon/connectionconfig.h>
#include <maxmon/connectionstate.h>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

class QSignalSpy;

namespace maxmon::test {

// A client configuration for tests: no reconnect and no heartbeat, so a
// test sees exactly the behaviour it is about; tests turn them on as needed.
ConnectionConfig plainConfig(const QUrl &url, int connectTimeoutMs = 2000);

// A port on 127.0.0.1 that nothing listens on: bound, remembered, released.
quint16 closedPort();

// Open file descriptors of this process, to show that cycles leak none.
int openFileDescriptors();

// Writes a file only its owner may read (as the SecretStore demands of
// token files); false when it cannot.
bool writePrivateFile(const QString &path, const QByteArray &content);

// The states a QSignalSpy on WebSocketClient::stateChanged recorded.
QList<ConnectionState> statesOf(const QSignalSpy &spy);

} // namespace maxmon::test
