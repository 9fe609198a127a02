#include "connectcommand.h"

#include "connectoptions.h"
#include "exitcode.h"
#include "heartbeatoptions.h"
#include "interruptwatcher.h"
#include "session/messagerecord.h"
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

void printWarnings(const QStringList &warnings)
{
    for (const QString &warning : warnings)
        printErr(QStringLiteral("[maxmon] WARNING: ") + warning);
}

QString tlsSummary(const TlsSessionInfo &tls)
{
    QString text =
        QCoreApplication::translate("maxmon-cli", "TLS %1, %2, chain %3")
            .arg(tls.protocol, tls.cipher,
                 tls.chainVerified ? QCoreApplication::translate("maxmon-cli", "verified")
                                   : QCoreApplication::translate("maxmon-cli", "NOT verified"));
    if (tls.pinCheck == TlsSessionInfo::PinCheck::Matched)
        text += QCoreApplication::translate("maxmon-cli", ", pin matched");
    if (!tls.peerChain.isEmpty())
        text += QCoreApplication::translate("maxmon-cli", ", server %1")
                    .arg(tls.peerChain.constFirst().subject);
    return text;
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
    const ConnectOptions options;
    options.addTo(&parser);
    const QCommandLineOption json(
        QStringLiteral("json"),
        QCoreApplication::translate("maxmon-cli",
                                    "Print every message, received and sent, as one JSON "
                                    "record per line (see README, \"Message records\")."));
    parser.addOption(json);
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

    Result<ConnectionConfig> config = options.toConfig(parser);
    if (!config) {
        printErr(config.error().toString());
        return Usage;
    }

    const Result<bool> printRtts = heartbeatOptions.applyTo(parser, &*config);
    if (!printRtts) {
        printErr(printRtts.error().message());
        return Usage;
    }

    ConnectCommand command(*config, parser.isSet(json), *printRtts);
    return command.exec();
}

ConnectCommand::ConnectCommand(const ConnectionConfig &config, bool jsonRecords, bool printRtts)
    : m_client(new WebSocketClient(config, this))
    , m_jsonRecords(jsonRecords)
    , m_printRtts(printRtts)
{ }

int ConnectCommand::exec()
{
    connect(m_client, &WebSocketClient::stateChanged, this, [this](ConnectionState state) {
        const Diagnostics diagnostics = m_client->diagnostics();
        printErr(QStringLiteral("[maxmon] %1 %2").arg(connectionStateText(state), diagnostics.url));
        if (state == ConnectionState::Connected) {
            if (diagnostics.tls.used)
                printErr(QStringLiteral("[maxmon] %1").arg(tlsSummary(diagnostics.tls)));
            printWarnings(diagnostics.warnings);
        }
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
    if (m_jsonRecords) {
        const auto printRecord = [](const Message &message) {
            printOut(MessageRecord::encode(message));
        };
        connect(m_client, &WebSocketClient::messageReceived, this, printRecord);
        connect(m_client, &WebSocketClient::messageSent, this, printRecord);
    } else {
        connect(m_client, &WebSocketClient::messageReceived, this, [](const Message &message) {
            if (message.isControl())
                return;
            printOut(message.kind() == Message::Kind::Binary ? message.payload().toBase64()
                                                             : message.payload());
        });
    }

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

    // Relaxed TLS and the like: said before anything happens, and again once connected.
    printWarnings(m_client->diagnostics().warnings);
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
