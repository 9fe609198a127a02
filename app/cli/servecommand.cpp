#include "servecommand.h"

#include "commandline.h"
#include "console.h"
#include "exitcode.h"
#include "interruptwatcher.h"
#include "serveoptions.h"
#include "server/democonnection.h"
#include "server/demoendpoint.h"
#include "server/demoserver.h"

#include <maxmon/localeformat.h>

#include <QCoreApplication>
#include <QLocale>
#include <QSslConfiguration>
#include <QTimer>

#include <optional>

namespace maxmon::cli {

namespace {

void printBanner(const DemoServer &server, const ServePlan &plan)
{
    // The one line on stdout: scripts read the URL from it.
    console::out(server.url().toString().toUtf8());
    QUrl base = server.url();
    base.setPath(QString());
    console::status(ServeCommand::tr("maxmon demo server on %1").arg(base.toString()), "serve");
    for (const DemoEndpoint *endpoint : server.endpoints())
        console::status(
            QStringLiteral("  %1  %2").arg(endpoint->path(), -8).arg(endpoint->description()),
            "serve");
    if (!plan.tokenGiven)
        console::status(ServeCommand::tr("/auth token: %1").arg(server.authToken()), "serve");
    const DemoServerSettings &settings = plan.settings;
    console::status(
        ServeCommand::tr("limits: %Ln connection(s), messages up to %1, %2 events/s per "
                         "stream, %3 events/s in all",
                         nullptr, settings.maxConnections)
            .arg(LocaleFormat::dataSize(settings.maxMessageSize),
                 QLocale().toString(settings.maxEventsRate),
                 QLocale().toString(settings.maxTotalEventsRate)),
        "serve");
    console::status(
        ServeCommand::tr("faults for every connection: %1").arg(settings.faults.toText()), "serve");
}

void printConnections(DemoServer *server)
{
    QObject::connect(server, &DemoServer::connectionOpened, server, [](DemoConnection *connection) {
        console::status(ServeCommand::tr("%1 connected to %2")
                            .arg(connection->peer(), connection->request().path),
                        "serve");
        QObject::connect(
            connection, &DemoConnection::closed, connection, [peer = connection->peer()] {
                console::status(ServeCommand::tr("%1 disconnected").arg(peer), "serve");
            });
    });
    QObject::connect(
        server, &DemoServer::requestRejected, server,
        [](const HttpUpgradeRequest &request, int httpStatus) {
            console::status(
                ServeCommand::tr("refused %1 with %2").arg(request.path).arg(httpStatus), "serve");
        });
}

// SIGINT or SIGTERM: close every connection with 1001, exit when they are closed
// (or after 2 s anyway); a second signal exits at once.
void shutDownOnInterrupt(InterruptWatcher *interrupts, DemoServer *server)
{
    QObject::connect(interrupts, &InterruptWatcher::interrupted, server, [server](int count) {
        if (count > 1 || server->connectionCount() == 0) {
            QCoreApplication::exit(Ok);
            return;
        }
        console::status(ServeCommand::tr("shutting down: closing %n connection(s) with 1001",
                                         nullptr, server->connectionCount()),
                        "serve");
        server->shutdown();
        auto *poll = new QTimer(server);
        QObject::connect(poll, &QTimer::timeout, server, [server] {
            if (server->connectionCount() == 0)
                QCoreApplication::exit(Ok);
        });
        poll->start(20);
        QTimer::singleShot(2000, server, [] { QCoreApplication::exit(Ok); });
    });
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
    const ServeOptions options;
    options.addTo(&commandLine.parser());
    if (const std::optional<int> stop = commandLine.parse(arguments, 0, 0, Usage))
        return *stop;
    const Result<ServePlan> plan = options.toPlan(commandLine.parser());
    if (!plan) {
        commandLine.printUsageError(plan.error().message());
        return Usage;
    }

    DemoServer server(plan->settings);
    if (plan->tls) {
        const Result<QSslConfiguration> tls = plan->tls->load();
        if (!tls) {
            console::status(tr("error: %1").arg(tls.error().message()), "serve");
            return Tls;
        }
        server.setSslConfiguration(*tls);
    }
    if (plan->verbose)
        printConnections(&server);
    if (!server.listen(plan->address, plan->port)) {
        console::status(tr("cannot listen on %1:%2: %3")
                            .arg(plan->address.toString())
                            .arg(plan->port)
                            .arg(server.errorString()),
                        "serve");
        return Connection;
    }
    printBanner(server, *plan);
    InterruptWatcher interrupts;
    shutDownOnInterrupt(&interrupts, &server);
    return QCoreApplication::exec();
}

} // namespace maxmon::cli
