// The demo server against an independent WebSocket implementation
// (python3-websockets, Debian's package, run by /usr/bin/python3 on
// 127.0.0.1 only): the close frame reaches a client that keeps sending, and
// a refused handshake reads as one. Skipped where the package is missing.
#include "server/demoserver.h"
#include "server/demoserversettings.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace maxmon;

namespace {

constexpr int skipped = 77;

// Runs the peer script; the JSON it prints, or an empty object when it failed.
QJsonObject runPeer(const QString &scenario, const QUrl &url, int *exitCode)
{
    QProcess peer;
    peer.start(
        QStringLiteral("/usr/bin/python3"),
        { QStringLiteral(MAXMON_PEERS_DIR "/websockets_peer.py"), scenario, url.toString() });
    // the event loop runs meanwhile: the server is in this process
    if (!QTest::qWaitFor([&] { return peer.state() == QProcess::NotRunning; }, 60000)) {
        peer.kill();
        peer.waitForFinished();
    }
    *exitCode = peer.exitStatus() == QProcess::NormalExit ? peer.exitCode() : -1;
    if (*exitCode != 0 && *exitCode != skipped)
        qWarning().noquote() << peer.readAllStandardError();
    return QJsonDocument::fromJson(peer.readAllStandardOutput()).object();
}

} // namespace

class TestIndependentPeers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void closeFrameReachesABusyClient();
    void refusedHandshakeIsReadAsOne_data();
    void refusedHandshakeIsReadAsOne();
};

void TestIndependentPeers::initTestCase()
{
    if (!QFile::exists(QStringLiteral("/usr/bin/python3")))
        QSKIP("/usr/bin/python3 is not installed");
}

void TestIndependentPeers::closeFrameReachesABusyClient()
{
    DemoServerSettings settings;
    settings.maxMessageSize = 1024 * 1024;
    DemoServer server(settings);
    QVERIFY(server.listen());
    for (int run = 0; run < 3; ++run) {
        int exitCode = 0;
        const QJsonObject seen =
            runPeer(QStringLiteral("keep-sending"), server.url(QStringLiteral("/echo")), &exitCode);
        if (exitCode == skipped)
            QSKIP("python3-websockets is not installed (scripts/deps installs it)");
        QCOMPARE(exitCode, 0);
        QCOMPARE(seen.value(QLatin1String("received_code")).toInt(), 1009);
    }
}

void TestIndependentPeers::refusedHandshakeIsReadAsOne_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::newRow("no such endpoint") << QStringLiteral("/nope") << 404;
    QTest::newRow("no token") << QStringLiteral("/auth") << 401;
    QTest::newRow("accepted") << QStringLiteral("/echo") << 101;
}

void TestIndependentPeers::refusedHandshakeIsReadAsOne()
{
    QFETCH(QString, path);
    QFETCH(int, status);
    DemoServer server;
    QVERIFY(server.listen());
    int exitCode = 0;
    const QUrl url(QStringLiteral("ws://127.0.0.1:%1%2").arg(server.port()).arg(path));
    const QJsonObject seen = runPeer(QStringLiteral("handshake"), url, &exitCode);
    if (exitCode == skipped)
        QSKIP("python3-websockets is not installed (scripts/deps installs it)");
    QCOMPARE(exitCode, 0);
    QCOMPARE(seen.value(QLatin1String("status")).toInt(), status);
}

QTEST_GUILESS_MAIN(TestIndependentPeers)
#include "tst_independentpeers.moc"
