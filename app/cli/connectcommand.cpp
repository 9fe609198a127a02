#include "connectcommand.h"

#include "exitcode.h"
#include "heartbeatoptions.h"
#include "interruptwatcher.h"
#include "stdinreader.h"
#include "websocket/websocketclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace maxmon::cli {

namespace {

constexpr int InterruptedTwice = 130; // what shells report for SIGINT

void printErr(const QString &text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
    std::fflush(stderr);
}

void printOut(const QByteArray &data)
{
    std::fwrite(data.constData(), 1, static_cast<size_t>(data.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

} // namespace

int ConnectCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("maxmon-cli",
                                    "Connect to a WebSocket server: stdin lines are "
                                    "sent as text messages, received messages are "
                                    "printed to stdout."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("url"),
                                 QCoreApplication::translate("maxmon-cli", "ws:// or wss:// URL"));
    const QCommandLineOption header(
        QStringLiteral("header"),
        QCoreApplication::translate("maxmon-cli", "Add a handshake header (repeatable)."),
        QStringLiteral("name:value"));
    const QCommandLineOption subprotocol(
        QStringLiteral("subprotocol"),
        QCoreApplication::translate("maxmon-cli", "Offer a subprotocol (repeatable)."),
        QStringLiteral("name"));
    const QCommandLineOption token(
        QStringLiteral("token"),
        QCoreApplication::translate("maxmon-cli",
                                    "Send a bearer token in the Authorization header."),
        QStringLiteral("token"));
    parser.addOptions({ header, subprotocol, token });
    const HeartbeatOptions heartbeatOptions;
    heartbeatOptions.addTo(&parser);

    if (!parser.parse(arguments)) {
        printErr(parser.errorText());
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return Ok;
    }
    if (parser.positionalArguments().size() != 1) {
        printErr(QCoreApplication::translate("maxmon-cli", "connect needs exactly one URL.\n")
                 + parser.helpText());
        return Usage;
    }

    ConnectionConfig config;
    config.url = QUrl(parser.positionalArguments().constFirst(), QUrl::StrictMode);
    for (const QString &value : parser.values(header)) {
        const qsizetype colon = value.indexOf(QLatin1Char(':'));
        if (colon <= 0) {
            printErr(
                QCoreApplication::translate("maxmon-cli", "--header needs name:value, got \"%1\".")
                    .arg(value));
            return Usage;
        }
        config.headers.append({ value.left(colon).trimmed(), value.mid(colon + 1).trimmed() });
    }
    config.subprotocols = parser.values(subprotocol);
    if (parser.isSet(token)) {
        config.auth.mode = AuthConfig::Mode::BearerHeader;
        config.auth.token = parser.value(token);
    }
    // a one-off connection from the shell reports failures instead of retrying
    config.reconnect.enabled = false;

    const Result<bool> printRtts = heartbeatOptions.applyTo(parser, &config);
    if (!printRtts) {
        printErr(printRtts.error().message());
        return Usage;
    }

    ConnectCommand command(config, *printRtts);
    return command.exec();
}

ConnectCommand::ConnectCommand(const ConnectionConfig &config, bool printRtts)
    : m_client(new WebSocketClient(config, this))
    , m_printRtts(printRtts)
{ }

int ConnectCommand::exec()
{
    connect(m_client, &WebSocketClient::stateChanged, this, [this](ConnectionState state) {
        printErr(QStringLiteral("[maxmon] %1 %2")
                     .arg(connectionStateText(state), m_client->diagnostics().url));
        if (state == ConnectionState::Error) {
            m_exitCode = exitCodeFor(m_client->lastError());
            QCoreApplication::exit(m_exitCode);
        } else if (state == ConnectionState::Disconnected) {
            QCoreApplication::exit(m_exitCode);
        }
    });
    connect(m_client, &WebSocketClient::errorOccurred, this, [](const Error &error) {
        printErr(QStringLiteral("[maxmon] error: ") + error.toString());
    });
    connect(m_client, &WebSocketClient::messageReceived, this, [](const Message &message) {
        if (message.isControl())
            return;
        printOut(message.kind() == Message::Kind::Binary ? message.payload().toBase64()
                                                         : message.payload());
    });

    // Read stdin only once connected, so that no line is read before it can be sent.
    connect(m_client, &WebSocketClient::stateChanged, this, [this](ConnectionState state) {
        if (state != ConnectionState::Connected || m_input)
            return;
        m_input = new StdinReader(this);
        connect(m_input, &StdinReader::lineRead, this, [this](const QByteArray &line) {
            const Result<QString> sent =
                m_client->send(Message::fromText(Message::Direction::Outgoing, line));
            if (!sent)
                printErr(QStringLiteral("[maxmon] not sent: ") + sent.error().toString());
        });
    });

    if (m_printRtts) {
        connect(m_client, &WebSocketClient::latencySampled, this, [this](double rttMs) {
            m_rtts.addSample(rttMs);
            printErr(QStringLiteral("[maxmon] rtt %1 ms").arg(rttMs, 0, 'f', 2));
        });
        connect(m_client, &WebSocketClient::probeLost, this, [this] {
            m_rtts.addLoss();
            printErr(QStringLiteral("[maxmon] ping lost: no pong within %1 ms")
                         .arg(m_client->config().heartbeat.timeoutMs));
        });
        connect(m_client, &WebSocketClient::healthChanged, this, [this] {
            printErr(QStringLiteral("[maxmon] health: ")
                     + m_client->diagnostics().heartbeat.health.toText());
        });
    }
    auto *interrupts = new InterruptWatcher(this);
    connect(interrupts, &InterruptWatcher::interrupted, this, &ConnectCommand::onInterrupted);

    if (const Result<void> opened = m_client->open(); !opened) {
        printErr(QStringLiteral("[maxmon] error: ") + opened.error().toString());
        return exitCodeFor(opened.error());
    }
    const int exitCode = QCoreApplication::exec();
    if (m_printRtts)
        printErr(QStringLiteral("[maxmon] rtt summary: ") + m_rtts.summary().toText());
    return exitCode;
}

void ConnectCommand::onInterrupted(int count)
{
    // first Ctrl-C: a clean close (and the summary); the second one: out now
    const ConnectionState state = m_client->state();
    if (count == 1 && (state == ConnectionState::Connected || state == ConnectionState::Connecting)
        && m_client->close())
        return;
    QCoreApplication::exit(count == 1 ? m_exitCode : InterruptedTwice);
}

} // namespace maxmon::cli
