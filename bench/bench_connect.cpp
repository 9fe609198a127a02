// Connection establishment on loopback, ws:// and wss://: from open() to
// the connection being usable (WebSocketClient in Connected; QWebSocket's
// connected()), TCP + TLS + the WebSocket handshake. maxmon and the bare
// QWebSocket baseline take turns, one connect each, against the same
// server process, each connect with a fresh client object; every
// connection is closed before the next one opens.
//
//   bench_connect [--connects 100]
#include "benchoptions.h"
#include "benchutil.h"
#include "figurereport.h"

#include <maxmon/websocketclient.h>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSslConfiguration>
#include <QTimer>
#include <QWebSocket>

#include <cstdio>

using namespace maxmon;
using namespace maxmon::bench;

namespace {

// ms from open() to Connected, or -1
double connectMaxmon(const QUrl &url, const QString &caFile)
{
    ConnectionConfig config;
    config.url = url;
    config.tls.caFile = caFile;
    config.reconnect.enabled = false;
    WebSocketClient client(config);
    QEventLoop loop;
    double ms = -1;
    QElapsedTimer timer;
    QObject::connect(&client, &WebSocketClient::stateChanged, &loop, [&](ConnectionState state) {
        if (state == ConnectionState::Connected)
            ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        if (state == ConnectionState::Connected || state == ConnectionState::Error
            || state == ConnectionState::Disconnected)
            loop.quit();
    });
    timer.start();
    if (!client.open())
        return -1;
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    if (ms < 0) {
        std::fprintf(stderr, "maxmon: %s\n", qPrintable(client.lastError().toString()));
        return -1;
    }
    static_cast<void>(client.close());
    waitUntil([&] { return client.state() == ConnectionState::Disconnected; }, 5000);
    return ms;
}

double connectBare(const QUrl &url, const QSslConfiguration &tls)
{
    QWebSocket socket;
    if (url.scheme() == QLatin1String("wss"))
        socket.setSslConfiguration(tls);
    QEventLoop loop;
    double ms = -1;
    QElapsedTimer timer;
    QObject::connect(&socket, &QWebSocket::connected, &loop, [&] {
        ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        loop.quit();
    });
    QObject::connect(&socket, &QWebSocket::disconnected, &loop, &QEventLoop::quit);
    timer.start();
    socket.open(url);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    if (ms < 0) {
        std::fprintf(stderr, "bare: %s\n", qPrintable(socket.errorString()));
        socket.abort();
        return -1;
    }
    socket.close();
    waitUntil([&] { return socket.state() == QAbstractSocket::UnconnectedState; }, 5000);
    return ms;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    BenchOptions options(QStringLiteral("Connection establishment, ws:// and wss://."));
    const QCommandLineOption connectsOption(QStringLiteral("connects"),
                                            QStringLiteral("Connects per client and scheme "
                                                           "(default 100)."),
                                            QStringLiteral("n"), QStringLiteral("100"));
    options.parser().addOption(connectsOption);
    options.process(app);
    const int connects =
        options.smoke() ? 5 : std::max(1, options.parser().value(connectsOption).toInt());
    const QDir pki(options.pkiDir());
    const QString caFile = pki.filePath(QStringLiteral("ca.pem"));
    const QStringList tlsFiles { QStringLiteral("--tls-cert"),
                                 pki.filePath(QStringLiteral("server.pem")),
                                 QStringLiteral("--tls-key"),
                                 pki.filePath(QStringLiteral("server.key")) };
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!tls.addCaCertificates(caFile)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(caFile));
        return 1;
    }

    FigureReport report;
    for (const ServerProcess::Kind kind : options.servers()) {
        for (const bool secure : { false, true }) {
            ServerProcess server;
            if (!server.start(
                    kind, kind == ServerProcess::Kind::Demo ? options.cli() : options.nodeScript(),
                    secure ? tlsFiles : QStringList())) {
                std::fprintf(stderr, "%s\n", qPrintable(server.errorString()));
                return 1;
            }
            const QUrl url = server.url();
            // one of each to warm up (TLS library, DNS-free loopback paths)
            connectMaxmon(url, caFile);
            connectBare(url, tls);
            std::vector<double> maxmon;
            std::vector<double> bare;
            for (int i = 0; i < connects; ++i) {
                const double m = connectMaxmon(url, caFile);
                const double b = connectBare(url, tls);
                if (m < 0 || b < 0)
                    return 1;
                maxmon.push_back(m);
                bare.push_back(b);
            }
            const Percentiles m = percentiles(maxmon);
            const Percentiles b = percentiles(bare);
            Figure figure;
            figure.id =
                secure ? QStringLiteral("connect.wss.p95") : QStringLiteral("connect.ws.p95");
            figure.figure = QStringLiteral("connect %1 p95, %2 connects")
                                .arg(secure ? QStringLiteral("wss://") : QStringLiteral("ws://"))
                                .arg(connects);
            figure.server = server.name();
            figure.unit = QStringLiteral("ms");
            figure.maxmon = m.p95;
            figure.baseline = b.p95;
            figure.target = secure ? QStringLiteral("< 30 ms") : QStringLiteral("< 10 ms");
            figure.note = QStringLiteral("p50 %1 / %2 ms, max %3 / %4 ms")
                              .arg(m.p50, 0, 'f', 2)
                              .arg(b.p50, 0, 'f', 2)
                              .arg(m.max, 0, 'f', 2)
                              .arg(b.max, 0, 'f', 2);
            report.add(figure, m.p95 < (secure ? 30.0 : 10.0));
        }
    }
    return report.exitCode();
}
