#include "servecommand.h"

#include "commandline.h"
#include "console.h"
#include "exitcode.h"
#include "interruptwatcher.h"
#include "server/democonnection.h"
#include "server/demoendpoint.h"
#include "server/demoserver.h"
#include "server/servertlsfiles.h"

#include <maxmon/localeformat.h>
#include <maxmon/units.h>

#include <QCoreApplication>
#include <QLocale>
#include <QSslConfiguration>
#include <QTimer>

#include <optional>

namespace maxmon::cli {

namespace {

void status(const QString &text)
{
    console::err(QStringLiteral("[serve] ") + text);
}

} // namespace

int ServeCommand::run(const QStringList &arguments)
{
    CommandLine commandLine(
        QStringLiteral("serve"),
        tr("Run the embedded demo server, a WebSocket peer on this machine:\n"
           "  /echo    echoes text and binary messages\n"
           "  /events  a JSON event stream: ?rate=N per second, ?count=N\n"
           "  /auth    needs the token (Authorization: Bearer or ?token=), then echoes\n"
           "Faults per connection in the query: ?close=CODE&after=T, ?freeze=T, ?delay=T; or "
           "for every connection with the options below.\n"
           "SIGINT or SIGTERM closes every connection with 1001 and exits 0.\n"
           "Exit codes: 0 stopped by a signal, 2 usage, 3 cannot listen, 4 TLS files."));
    QCommandLineParser &parser = commandLine.parser();
    const auto option = [](const char *name, const QString &description, const char *valueName,
                           const QString &defaultValue = QString()) {
        return QCommandLineOption(QString::fromLatin1(name), description,
                                  QString::fromLatin1(valueName), defaultValue);
    };
    const DemoServerSettings defaults;
    const QCommandLineOption listen =
        option("listen", tr("Address to listen on (default 127.0.0.1)."), "address",
               QStringLiteral("127.0.0.1"));
    const QCommandLineOption port = option("port", tr("Port to listen on (default 8765, 0 = any)."),
                                           "port", QStringLiteral("8765"));
    const QCommandLineOption tlsCert = option(
        "tls-cert", tr("Serve wss:// with this certificate (PEM; the chain may follow)."), "FILE");
    const QCommandLineOption tlsKey =
        option("tls-key", tr("The certificate's private key (PEM)."), "FILE");
    const QCommandLineOption tlsKeyPassphraseEnv = option(
        "tls-key-passphrase-env", tr("Read the --tls-key passphrase from this variable."), "VAR");
    const QCommandLineOption tlsClientCa = option(
        "tls-client-ca", tr("Require client certificates issued by these CAs (PEM)."), "FILE");
    const QCommandLineOption authToken =
        option("auth-token", tr("The token /auth wants (default: made up and printed at start)."),
               "TOKEN");
    const QCommandLineOption authTokenEnv =
        option("auth-token-env", tr("Read the /auth token from this environment variable."), "VAR");
    const QCommandLineOption eventsRate = option(
        "events-rate", tr("/events rate when the URL gives none, per second (default 5)."), "N");
    const QCommandLineOption maxEventsRate =
        option("max-events-rate",
               tr("Highest /events rate a connection may ask for (default 20000)."), "N");
    const QCommandLineOption maxTotalEventsRate =
        option("max-total-events-rate",
               tr("Highest rate of all /events streams together (default 100000)."), "N");
    const QCommandLineOption maxConnections = option(
        "max-connections", tr("Refuse connections beyond this many with 503 (default 1000)."), "N");
    const QCommandLineOption maxMessageSize =
        option("max-message-size",
               tr("Close (1009) connections that send larger messages (default 1MiB)."), "size");
    const QCommandLineOption closeAfter =
        option("close-after", tr("Fault: close every connection this long after its handshake."),
               "duration");
    const QCommandLineOption closeCode =
        option("close-code", tr("The code --close-after closes with (default 1000)."), "code",
               QStringLiteral("1000"));
    const QCommandLineOption freezeAfter =
        option("freeze-after",
               tr("Fault: stop reading and writing (pings unanswered) this long after the "
                  "handshake."),
               "duration");
    const QCommandLineOption delay = option(
        "delay", tr("Fault: hold every message the server sends for this long."), "duration");
    const QCommandLineOption verbose(QStringLiteral("verbose"),
                                     tr("Print every connection and refused request."));
    parser.addOptions({ listen, port, tlsCert, tlsKey, tlsKeyPassphraseEnv, tlsClientCa, authToken,
                        authTokenEnv, eventsRate, maxEventsRate, maxTotalEventsRate, maxConnections,
                        maxMessageSize, closeAfter, closeCode, freezeAfter, delay, verbose });

    if (const std::optional<int> stop = commandLine.parse(arguments, 0, 0, Usage))
        return *stop;
    const auto usageError = [&commandLine](const QString &message) {
        commandLine.printUsageError(message);
        return Usage;
    };

    const QHostAddress address(parser.value(listen));
    bool portOk = false;
    const uint portNumber = parser.value(port).toUInt(&portOk);
    if (address.isNull())
        return usageError(tr("--listen: \"%1\" is not an IP address.").arg(parser.value(listen)));
    if (!portOk || portNumber > 65535)
        return usageError(tr("--port: a number from 0 to 65535."));

    DemoServerSettings settings;
    const auto number = [&parser](const QCommandLineOption &which, double min, double max,
                                  double *target) {
        if (!parser.isSet(which))
            return true;
        bool ok = false;
        const double value = parser.value(which).toDouble(&ok);
        if (!ok || !(value >= min) || value > max)
            return false;
        *target = value;
        return true;
    };
    double connections = settings.maxConnections;
    if (!number(eventsRate, 0.01, 1e6, &settings.eventsRate)
        || !number(maxEventsRate, 0.01, 1e6, &settings.maxEventsRate)
        || !number(maxTotalEventsRate, 0.01, 1e7, &settings.maxTotalEventsRate))
        return usageError(tr("Event rates are events per second, from 0.01 to 1000000 (all "
                             "streams: 10000000)."));
    if (!number(maxConnections, 1, 100000, &connections))
        return usageError(tr("--max-connections: a number from 1 to 100000."));
    settings.maxConnections = static_cast<int>(connections);
    if (settings.eventsRate > settings.maxEventsRate)
        return usageError(tr("--events-rate is above --max-events-rate."));
    if (parser.isSet(maxMessageSize)) {
        const Result<qint64> size = parseByteRate(parser.value(maxMessageSize));
        if (!size || *size < 1 || *size > qint64(1) << 31)
            return usageError(QStringLiteral("--max-message-size: ")
                              + (size ? tr("from 1 byte to 2GiB") : size.error().message()));
        settings.maxMessageSize = *size;
    }

    // Faults for every connection: the same checks as a query string's.
    QUrlQuery faultQuery;
    if (parser.isSet(closeAfter)) {
        faultQuery.addQueryItem(QStringLiteral("close"), parser.value(closeCode));
        faultQuery.addQueryItem(QStringLiteral("after"), parser.value(closeAfter));
    }
    if (parser.isSet(freezeAfter))
        faultQuery.addQueryItem(QStringLiteral("freeze"), parser.value(freezeAfter));
    if (parser.isSet(delay))
        faultQuery.addQueryItem(QStringLiteral("delay"), parser.value(delay));
    const Result<DemoFaults> faults = DemoFaults::fromQuery(faultQuery, DemoFaults());
    if (!faults)
        return usageError(tr("fault options (close = --close-code, after = --close-after, freeze "
                             "= --freeze-after): %1")
                              .arg(faults.error().message()));
    settings.faults = *faults;

    if (parser.isSet(authToken) && parser.isSet(authTokenEnv))
        return usageError(tr("Give the /auth token one way: --auth-token or --auth-token-env."));
    settings.authToken = parser.value(authToken);
    if (parser.isSet(authTokenEnv)) {
        settings.authToken = qEnvironmentVariable(qPrintable(parser.value(authTokenEnv)));
        if (settings.authToken.isEmpty())
            return usageError(
                tr("--auth-token-env: %1 is not set.").arg(parser.value(authTokenEnv)));
    }
    const bool tokenGiven = !settings.authToken.isEmpty();

    DemoServer server(settings);
    if (parser.isSet(tlsCert) != parser.isSet(tlsKey))
        return usageError(tr("--tls-cert and --tls-key go together."));
    if (parser.isSet(tlsCert)) {
        const QByteArray passphrase = parser.isSet(tlsKeyPassphraseEnv)
            ? qgetenv(qPrintable(parser.value(tlsKeyPassphraseEnv)))
            : QByteArray();
        ServerTlsFiles files;
        files.certificateFile = parser.value(tlsCert);
        files.keyFile = parser.value(tlsKey);
        files.keyPassphrase = passphrase;
        files.clientCaFile = parser.value(tlsClientCa);
        const Result<QSslConfiguration> tls = files.load();
        if (!tls) {
            status(tr("error: %1").arg(tls.error().message()));
            return Tls;
        }
        server.setSslConfiguration(*tls);
    } else if (parser.isSet(tlsClientCa)) {
        return usageError(tr("--tls-client-ca needs --tls-cert and --tls-key."));
    }

    if (parser.isSet(verbose)) {
        QObject::connect(
            &server, &DemoServer::connectionOpened, &server, [](DemoConnection *connection) {
                status(
                    tr("%1 connected to %2").arg(connection->peer(), connection->request().path));
                QObject::connect(
                    connection, &DemoConnection::closed, connection,
                    [peer = connection->peer()] { status(tr("%1 disconnected").arg(peer)); });
            });
        QObject::connect(&server, &DemoServer::requestRejected, &server,
                         [](const HttpUpgradeRequest &request, int httpStatus) {
                             status(tr("refused %1 with %2").arg(request.path).arg(httpStatus));
                         });
    }
    if (!server.listen(address, static_cast<quint16>(portNumber))) {
        status(tr("cannot listen on %1:%2: %3")
                   .arg(address.toString())
                   .arg(portNumber)
                   .arg(server.errorString()));
        return Connection;
    }
    // The one line on stdout: scripts read the URL from it.
    console::out(server.url().toString().toUtf8());
    QUrl base = server.url();
    base.setPath(QString());
    status(tr("maxmon demo server on %1").arg(base.toString()));
    for (const DemoEndpoint *endpoint : server.endpoints())
        status(QStringLiteral("  %1  %2").arg(endpoint->path(), -8).arg(endpoint->description()));
    if (!tokenGiven)
        status(tr("/auth token: %1").arg(server.authToken()));
    status(tr("limits: %Ln connection(s), messages up to %1, %2 events/s per stream, %3 "
              "events/s in all",
              nullptr, settings.maxConnections)
               .arg(LocaleFormat::dataSize(settings.maxMessageSize),
                    QLocale().toString(settings.maxEventsRate),
                    QLocale().toString(settings.maxTotalEventsRate)));
    status(tr("faults for every connection: %1").arg(settings.faults.toText()));

    InterruptWatcher interrupts;
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &server, [&server](int count) {
        if (count > 1 || server.connectionCount() == 0) {
            QCoreApplication::exit(Ok);
            return;
        }
        status(tr("shutting down: closing %n connection(s) with 1001", nullptr,
                  server.connectionCount()));
        server.shutdown();
        // done when every client has answered the close, or after 2 s anyway
        auto *poll = new QTimer(&server);
        QObject::connect(poll, &QTimer::timeout, &server, [&server] {
            if (server.connectionCount() == 0)
                QCoreApplication::exit(Ok);
        });
        poll->start(20);
        QTimer::singleShot(2000, &server, [] { QCoreApplication::exit(Ok); });
    });
    return QCoreApplication::exec();
}

} // namespace maxmon::cli
