#include "replaycommand.h"

#include "commandline.h"
#include "connectoptions.h"
#include "console.h"
#include "exitcode.h"
#include "interruptwatcher.h"

#include <maxmon/localeformat.h>
#include <maxmon/units.h>
#include <maxmon/websocketclient.h>

#include <QCoreApplication>

#include <cmath>

namespace maxmon::cli {

namespace {

// what the command's status lines start with: "[replay] ..."
constexpr const char *ReplaySource = "replay";

// A payload for a report: text as is, binary as base64, shortened.
QString shown(const Message &message)
{
    QString text =
        message.isTextFrame() ? message.text() : QString::fromLatin1(message.payload().toBase64());
    if (text.size() > 80)
        text = text.left(77) + QStringLiteral("...");
    return QStringLiteral("%1 \"%2\"").arg(Message::kindName(message.kind()), text);
}

bool sameMessage(const Message &a, const Message &b)
{
    return a.isTextFrame() == b.isTextFrame() && a.payload() == b.payload();
}

} // namespace

int ReplayCommand::run(const QStringList &arguments)
{
    CommandLine commandLine(
        QStringLiteral("replay"),
        tr("Send the outgoing messages of a recording (maxmon-cli record, connect --json) to "
           "URL with their original timing, divided by --speed; report progress, messages that "
           "could not be sent and how the replies compare with the recorded ones.\n"
           "Exit codes: those of connect, and 9 when a message could not be sent (or, with "
           "--check-replies, the replies differ)."));
    QCommandLineParser &parser = commandLine.parser();
    parser.addPositionalArgument(QStringLiteral("file"), tr("the recording (JSON lines)"));
    parser.addPositionalArgument(QStringLiteral("url"), tr("ws:// or wss:// URL"),
                                 QStringLiteral("[url]"));
    const ConnectOptions connectOptions;
    connectOptions.addTo(&parser);
    const QCommandLineOption speed(QStringLiteral("speed"),
                                   tr("2 = twice as fast, 0.5 = half as fast, 0 = as fast as "
                                      "possible (default 1)."),
                                   QStringLiteral("X"), QStringLiteral("1"));
    const QCommandLineOption strict(QStringLiteral("strict"),
                                    tr("Stop at the first bad line instead of skipping it."));
    const QCommandLineOption wait(QStringLiteral("wait"),
                                  tr("After the last send, wait this long for replies (default "
                                     "1s; less when all came back)."),
                                  QStringLiteral("duration"), QStringLiteral("1s"));
    const QCommandLineOption checkReplies(
        QStringLiteral("check-replies"),
        tr("Exit with 9 when the replies differ from those in the recording."));
    parser.addOptions({ speed, strict, wait, checkReplies });

    if (const std::optional<int> stop = commandLine.parse(arguments, 1, 2, Usage))
        return *stop;
    Options options;
    bool ok = false;
    options.speed = parser.value(speed).toDouble(&ok);
    if (!ok || !(options.speed >= 0) || options.speed > 1e6) {
        commandLine.printUsageError(tr("--speed: a factor, 0 or more (0 = as fast as possible)."));
        return Usage;
    }
    const Result<qint64> waitMs = parseDurationMs(parser.value(wait));
    if (!waitMs || *waitMs > 3600000) {
        commandLine.printUsageError(QStringLiteral("--wait: ")
                                    + (waitMs ? tr("at most 1h") : waitMs.error().message()));
        return Usage;
    }
    options.waitMs = *waitMs;
    options.checkReplies = parser.isSet(checkReplies);

    int exitCode = Usage;
    std::optional<ConnectionConfig> config =
        connectOptions.read(commandLine, parser.positionalArguments().value(1), &exitCode);
    if (!config)
        return exitCode;

    const QString path = parser.positionalArguments().constFirst();
    const Result<RecordingFile> recording = RecordingFile::read(path, parser.isSet(strict));
    if (!recording) {
        console::status(tr("error: %1").arg(recording.error().message()), ReplaySource);
        return Config;
    }
    for (const RecordingFile::LineError &error : recording->errors())
        console::status(tr("%1, line %2 skipped: %3").arg(path).arg(error.line).arg(error.error),
                        ReplaySource);
    if (recording->outgoingData().isEmpty()) {
        console::status(
            tr("error: %1 holds no outgoing text, JSON or binary message to send.").arg(path),
            ReplaySource);
        return Config;
    }
    ReplayCommand replay(*config, *recording, options);
    return replay.exec();
}

ReplayCommand::ReplayCommand(const ConnectionConfig &config, const RecordingFile &recording,
                             const Options &options)
    : m_client(new WebSocketClient(config, this))
    , m_outgoing(recording.outgoingData())
    , m_expectedReplies(recording.incomingData())
    , m_options(options)
    , m_originUs(m_outgoing.constFirst().message.timestampUs())
{
    m_sendTimer.setSingleShot(true);
    m_sendTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_sendTimer, &QTimer::timeout, this, &ReplayCommand::sendDue);
    m_progressTimer.setInterval(1000);
    connect(&m_progressTimer, &QTimer::timeout, this, &ReplayCommand::progress);
    m_waitTimer.setSingleShot(true);
    connect(&m_waitTimer, &QTimer::timeout, this, [this] {
        m_closing = true;
        if (!m_client->close(1000, QStringLiteral("replay done")))
            QCoreApplication::exit(m_exitCode);
    });
}

int ReplayCommand::exec()
{
    connect(m_client, &WebSocketClient::stateChanged, this, &ReplayCommand::onStateChanged);
    connect(m_client, &WebSocketClient::errorOccurred, this,
            [](const Error &error) { console::status(console::errorText(error), ReplaySource); });
    connect(m_client, &WebSocketClient::messageReceived, this, &ReplayCommand::onReply);
    // SIGINT / SIGTERM: stop sending, close, report what was done
    auto *interrupts = new InterruptWatcher(this);
    connect(interrupts, &InterruptWatcher::interrupted, this, [this](int count) {
        m_sendTimer.stop();
        m_progressTimer.stop();
        m_interrupted = true;
        m_closing = true;
        if (count > 1 || !m_client->close(1000, QStringLiteral("replay interrupted")))
            QCoreApplication::exit(m_exitCode);
    });
    console::status(tr("%n message(s) to send", nullptr, static_cast<int>(m_outgoing.size())),
                    ReplaySource);
    if (const Result<void> opened = m_client->open(); !opened) {
        console::status(console::errorText(opened.error()), ReplaySource);
        return exitCodeFor(opened.error());
    }
    if (m_client->state() == ConnectionState::Error) // failed before the event loop ran
        m_exitCode = exitCodeFor(m_client->lastError());
    else
        m_exitCode = QCoreApplication::exec();
    return report();
}

void ReplayCommand::onStateChanged()
{
    const ConnectionState state = m_client->state();
    console::status(
        QStringLiteral("%1 %2").arg(connectionStateText(state), m_client->diagnostics().url),
        ReplaySource);
    if (state == ConnectionState::Connected && m_next == 0 && !m_clock.isValid()) {
        m_clock.start();
        m_progressTimer.start();
        sendDue();
    } else if (state == ConnectionState::Error) {
        QCoreApplication::exit(exitCodeFor(m_client->lastError()));
    } else if (state == ConnectionState::Disconnected) {
        QCoreApplication::exit(0);
    }
}

void ReplayCommand::sendDue()
{
    const qint64 elapsedUs = m_clock.nsecsElapsed() / 1000;
    while (m_next < m_outgoing.size()) {
        const RecordingFile::Entry &entry = m_outgoing.at(m_next);
        const qint64 offsetUs = std::max<qint64>(0, entry.message.timestampUs() - m_originUs);
        const qint64 dueUs = m_options.speed > 0
            ? static_cast<qint64>(std::llround(static_cast<double>(offsetUs) / m_options.speed))
            : 0;
        if (dueUs > elapsedUs) {
            m_sendTimer.start(static_cast<int>((dueUs - elapsedUs + 999) / 1000));
            return;
        }
        // a fresh id; send() stamps the time
        const Result<QString> sent = m_client->send(entry.message.withId(QString()));
        if (!sent)
            m_notSent.append({ entry.line, sent.error().message() });
        ++m_next;
    }
    finishSending();
}

void ReplayCommand::finishSending()
{
    progress();
    m_progressTimer.stop();
    if (m_replies.size() >= m_expectedReplies.size() && !m_expectedReplies.isEmpty())
        m_waitTimer.start(0);
    else
        m_waitTimer.start(static_cast<int>(m_options.waitMs));
}

void ReplayCommand::onReply(const Message &message)
{
    if (message.isControl())
        return;
    m_replies.append(message);
    // everything sent and every recorded reply back: no need to wait longer
    if (m_next == m_outgoing.size() && m_waitTimer.isActive() && !m_expectedReplies.isEmpty()
        && m_replies.size() >= m_expectedReplies.size())
        m_waitTimer.start(0);
}

void ReplayCommand::progress()
{
    console::status(
        tr("%1/%2 sent, %3 replies").arg(m_next).arg(m_outgoing.size()).arg(m_replies.size()),
        ReplaySource);
}

int ReplayCommand::report()
{
    // those never reached (the connection failed first) were not sent either
    for (qsizetype i = m_next; i < m_outgoing.size(); ++i)
        m_notSent.append({ m_outgoing.at(i).line,
                           m_interrupted ? tr("interrupted") : tr("the connection was gone") });
    const qsizetype sent = m_outgoing.size() - m_notSent.size();
    console::status(tr("%1 of %Ln message(s) sent", nullptr, static_cast<int>(m_outgoing.size()))
                        .arg(LocaleFormat::number(sent)),
                    ReplaySource);
    for (const auto &[line, why] : std::as_const(m_notSent))
        console::status(tr("  line %1 not sent: %2").arg(line).arg(why), ReplaySource);

    qsizetype matched = 0;
    while (matched < m_replies.size() && matched < m_expectedReplies.size()
           && sameMessage(m_replies.at(matched), m_expectedReplies.at(matched).message))
        ++matched;
    const bool repliesMatch = matched == m_replies.size() && matched == m_expectedReplies.size();
    console::status(tr("replies: %1 received, %2 recorded, %3 matched in order")
                        .arg(m_replies.size())
                        .arg(m_expectedReplies.size())
                        .arg(matched),
                    ReplaySource);
    if (!repliesMatch) {
        const QString expected = matched < m_expectedReplies.size()
            ? tr("%1 (line %2)")
                  .arg(shown(m_expectedReplies.at(matched).message))
                  .arg(m_expectedReplies.at(matched).line)
            : tr("nothing more");
        const QString got =
            matched < m_replies.size() ? shown(m_replies.at(matched)) : tr("nothing more");
        console::status(tr("  first difference at reply %1: recorded %2, received %3")
                            .arg(matched + 1)
                            .arg(expected, got),
                        ReplaySource);
    }
    if (m_exitCode != 0 && !m_closing)
        return m_exitCode;
    if (!m_notSent.isEmpty() || (m_options.checkReplies && !repliesMatch))
        return Incomplete;
    return m_exitCode;
}

} // namespace maxmon::cli
