#include "servecommand.h"

#include "exitcode.h"
#include "server/demoserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace maxmon::cli {

int ServeCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "maxmon-cli", "Run the embedded demo server: a WebSocket peer on this machine."));
    parser.addHelpOption();
    const QCommandLineOption listen(
        QStringLiteral("listen"),
        QCoreApplication::translate("maxmon-cli", "Address to listen on (default 127.0.0.1)."),
        QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption port(
        QStringLiteral("port"),
        QCoreApplication::translate("maxmon-cli", "Port to listen on (default 8765, 0 = any)."),
        QStringLiteral("port"), QStringLiteral("8765"));
    parser.addOptions({ listen, port });
    if (!parser.parse(arguments) || !parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(parser.errorText()));
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return Ok;
    }
    const QHostAddress address(parser.value(listen));
    bool portOk = false;
    const uint portNumber = parser.value(port).toUInt(&portOk);
    if (address.isNull() || !portOk || portNumber > 65535) {
        std::fprintf(stderr, "maxmon-cli serve: invalid --listen or --port\n");
        return Usage;
    }

    DemoServer server;
    if (!server.listen(address, static_cast<quint16>(portNumber))) {
        std::fprintf(stderr, "maxmon-cli serve: cannot listen on %s:%u: %s\n",
                     qPrintable(address.toString()), portNumber, qPrintable(server.errorString()));
        return Connection;
    }
    // The one line on stdout: scripts read the URL from it.
    std::printf("%s\n", qPrintable(server.url().toString()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}

} // namespace maxmon::cli
