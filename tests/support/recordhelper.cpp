// A recording process for the crash test (tst_sessioncrash): connects to a
// URL and records it into a session file, as the window and maxmon-cli
// record do (WebSocketClient, SessionStore, ConnectionRecorder), and counts
// every message it receives in an 8-byte counter file mapped into memory,
// so that the test knows exactly how many it had received when it was
// killed.
//
//   maxmon_record_helper URL SESSION.maxmon COUNTER
#include <maxmon/connectionrecorder.h>
#include <maxmon/sessionstore.h>
#include <maxmon/websocketclient.h>

#include <QCoreApplication>
#include <QFile>

#include <atomic>
#include <cstdio>

using namespace maxmon;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 4) {
        std::fprintf(stderr, "usage: maxmon_record_helper URL SESSION COUNTER\n");
        return 2;
    }
    QFile counterFile(arguments.at(3));
    if (!counterFile.open(QIODevice::ReadWrite) || !counterFile.resize(sizeof(qint64)))
        return 1;
    auto *counter = reinterpret_cast<std::atomic<qint64> *>(counterFile.map(0, sizeof(qint64)));
    if (!counter)
        return 1;
    counter->store(0);

    SessionStore store;
    if (!store.create(arguments.at(2)))
        return 1;
    ConnectionConfig config;
    config.url = QUrl(arguments.at(1));
    config.reconnect.enabled = false;
    WebSocketClient client(config);
    ConnectionRecorder recorder(&client, &store);
    QObject::connect(&client, &WebSocketClient::messageReceived, &client,
                     [counter] { counter->fetch_add(1, std::memory_order_relaxed); });
    QObject::connect(&client, &WebSocketClient::stateChanged, &app, [](ConnectionState state) {
        if (state == ConnectionState::Disconnected || state == ConnectionState::Error)
            QCoreApplication::exit(1);
    });
    if (!client.open())
        return 1;
    return QCoreApplication::exec();
}
