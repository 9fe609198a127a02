#include "session.h"

#include "console.h"
#include "exitcode.h"
#include "interruptwatcher.h"
#include "stdinreader.h"

#include <maxmon/connectionrecorder.h>
#include <maxmon/localeformat.h>
#include <maxmon/messagerecorder.h>
#include <maxmon/sessionstore.h>
#include <maxmon/websocketclient.h>

#include <QCoreApplication>

#include <csignal>

namespace maxmon::cli {

namespace {

constexpr int quietBeforeCloseMs = 200;
constexpr int lingerLimitMs = 2000;

} // namespace

Session::Session(const ConnectionConfig &config, const SessionPlan &plan, QObject *parent)
    : QObject(parent)
    , m_client(new WebSocketClient(config, this))
    , m_plan(plan)
{
    m_client->setVariables(plan.variables);
    m_sendTimer.setInterval(static_cast<int>(plan.sendEveryMs));
    connect(&m_sendTimer, &QTimer::timeout, this, &Session::sendPlanned);
    m_durationTimer.setSingleShot(true);
    connect(&m_durationTimer, &QTimer::timeout, this,
            [this] { finish(1000, QStringLiteral("--duration reached")); });
    for (QTimer *timer : { &m_quietTimer, &m_lingerLimit }) {
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, this,
                [this] { finish(1000, QStringLiteral("end of input")); });
    }
    m_quietTimer.setInterval(quietBeforeCloseMs);
    m_lingerLimit.setInterval(lingerLimitMs);
}

int Session::exec()
{
    if (m_store) {
        // Events and samples, connected first: a state is recorded before
        // what this session does about it. The messages go through output().
        m_storeRecorder = new ConnectionRecorder(m_client, m_store, this);
        m_storeRecorder->setMessagesRecorded(false);
        m_storeRecorder->describe(m_client->config());
    }
    connect(m_client, &WebSocketClient::stateChanged, this, &Session::onStateChanged);
    connect(m_client, &WebSocketClient::errorOccurred, this,
            [](const Error &error) { console::status(console::errorText(error)); });
    connect(m_client, &WebSocketClient::messageReceived, this, &Session::onMessage);
    connect(m_client, &WebSocketClient::messageSent, this, &Session::output);
    if (m_printRtts) {
        connect(m_client, &WebSocketClient::latencySampled, this, [this](double rttMs) {
            m_rtts.addSample(rttMs);
            console::status(tr("rtt %1").arg(LocaleFormat::milliseconds(rttMs, 2)));
        });
        connect(m_client, &WebSocketClient::probeLost, this, [this] {
            m_rtts.addLoss();
            console::status(
                tr("ping lost: no pong within %1 ms").arg(m_client->config().heartbeat.timeoutMs));
        });
        connect(m_client, &WebSocketClient::healthChanged, this, [this] {
            console::status(
                tr("health: %1").arg(m_client->diagnostics().heartbeat.health.toText()));
        });
    }
    auto *interrupts = new InterruptWatcher(this);
    connect(interrupts, &InterruptWatcher::interrupted, this, &Session::onInterrupted);

    // Relaxed TLS and the like: said before anything happens, and again once connected.
    console::warnings(m_client->diagnostics().warnings);
    if (const Result<void> opened = m_client->open(); !opened) {
        console::status(console::errorText(opened.error()));
        return exitCodeFor(opened.error());
    }
    // failed before the event loop ran (QCoreApplication::exit() does nothing then)
    const int exitCode = m_client->state() == ConnectionState::Error
        ? exitCodeFor(m_client->lastError())
        : QCoreApplication::exec();
    if (m_beyondCount > 0)
        console::status(tr("%n message(s) that arrived after --count %1 were not printed", nullptr,
                           static_cast<int>(m_beyondCount))
                            .arg(m_plan.count));
    if (m_printRtts)
        console::status(tr("rtt summary: %1").arg(m_rtts.summary().toText()));
    reportRecording();
    if (m_store && m_store->lastError())
        return Failure;
    return exitCode;
}

void Session::reportRecording()
{
    if (m_recorder)
        console::status(
            tr("%n message(s) recorded in %1", nullptr, static_cast<int>(m_recorder->count()))
                .arg(m_recorder->path()));
    if (!m_store)
        return;
    const QString path = m_store->path();
    if (const Result<void> closed = m_store->close(); !closed)
        console::status(tr("error: %1").arg(closed.error().toString()));
    console::status(
        tr("%n message(s) recorded in %1", nullptr, static_cast<int>(m_store->storedCount()))
            .arg(path));
    if (m_store->notStoredCount() > 0)
        console::status(tr("%Ln message(s) could not be stored (the disk did not keep up)", nullptr,
                           static_cast<int>(m_store->notStoredCount())));
}

void Session::onStateChanged(ConnectionState state)
{
    const Diagnostics diagnostics = m_client->diagnostics();
    if (state == ConnectionState::Reconnecting) {
        console::status(tr("%1 %2 (attempt %3, next try in %4 ms)")
                            .arg(connectionStateText(state), diagnostics.url)
                            .arg(diagnostics.reconnect.attempt + 1)
                            .arg(diagnostics.reconnect.msUntilNextAttempt()));
    } else {
        console::status(QStringLiteral("%1 %2").arg(connectionStateText(state), diagnostics.url));
    }
    switch (state) {
    case ConnectionState::Connected:
        if (diagnostics.tls.used)
            console::status(console::tlsSummary(diagnostics.tls));
        console::warnings(diagnostics.warnings);
        onConnected();
        break;
    case ConnectionState::Error:
        m_sendTimer.stop();
        QCoreApplication::exit(exitCodeFor(m_client->lastError()));
        break;
    case ConnectionState::Disconnected:
        QCoreApplication::exit(m_exitCode);
        break;
    default:
        m_sendTimer.stop();
        break;
    }
}

void Session::onConnected()
{
    if (m_finishing) // a signal or --duration while connecting
        return;
    sendPlanned();
    if (m_plan.sendEveryMs > 0)
        m_sendTimer.start();
    if (m_plan.durationMs > 0 && !m_durationTimer.isActive())
        m_durationTimer.start(static_cast<int>(m_plan.durationMs));
    // Read stdin only once connected, so that no line is read before it can be sent.
    if (!m_input) {
        m_input = new StdinReader(this);
        connect(m_input, &StdinReader::lineRead, this, &Session::onLine);
        connect(m_input, &StdinReader::endOfInput, this, [this] {
            if (!m_plan.exitOnEof)
                return;
            m_quietTimer.start();
            m_lingerLimit.start();
        });
    }
}

void Session::sendPlanned()
{
    for (qsizetype i = 0; i < m_plan.sends.size(); ++i)
        send(m_plan.sends.at(i), tr("--send %1 not sent: %2").arg(i + 1));
}

void Session::onLine(const QByteArray &line)
{
    ++m_lineNumber;
    if (m_finishing)
        return;
    const Result<std::optional<Message>> message = m_plan.input.toMessage(line);
    // one sentence for the translators, its %2 the reason
    const QString notSent = tr("stdin line %1 not sent: %2").arg(m_lineNumber);
    if (!message)
        console::status(QString(notSent).arg(message.error().message()));
    else if (*message)
        send(**message, notSent);
}

void Session::send(const Message &message, const QString &notSent)
{
    if (const Result<QString> sent = m_client->send(message); !sent)
        console::status(QString(notSent).arg(sent.error().toString()));
}

void Session::onMessage(const Message &message)
{
    const bool counted = !message.isControl() && m_plan.count > 0;
    if (counted && m_received >= m_plan.count) {
        // arrived while closing: --count N means N, but none goes unmentioned
        ++m_beyondCount;
        return;
    }
    output(message);
    if (m_quietTimer.isActive())
        m_quietTimer.start();
    if (counted && ++m_received == m_plan.count)
        finish(1000, QStringLiteral("--count reached"));
}

void Session::output(const Message &message)
{
    if (m_printer) {
        const QByteArray line = m_printer->format(message);
        if (!line.isNull())
            console::out(line);
    }
    if (m_storeRecorder)
        m_storeRecorder->recordMessage(message);
    if (m_recorder) {
        if (const Result<void> written = m_recorder->write(message); !written) {
            console::status(tr("error: %1").arg(written.error().toString()));
            m_recorder = nullptr;
            m_exitCode = Failure;
            finish(1011, QString());
        }
    }
}

void Session::finish(int closeCode, const QString &reason)
{
    if (m_finishing)
        return;
    m_finishing = true;
    m_sendTimer.stop();
    m_durationTimer.stop();
    m_quietTimer.stop();
    m_lingerLimit.stop();
    const ConnectionState state = m_client->state();
    const bool wasConnected = state == ConnectionState::Connected;
    if (state == ConnectionState::Disconnected || state == ConnectionState::Error
        || !m_client->close(closeCode, reason)) {
        QCoreApplication::exit(m_exitCode);
        return;
    }
    // The client does not report the close frame it sends: show and record it here.
    if (wasConnected)
        output(Message::closeFrame(Message::Direction::Outgoing, closeCode, reason));
}

void Session::onInterrupted(int count, int signalNumber)
{
    if (count > 1) {
        QCoreApplication::exit(InterruptWatcher::InterruptedTwiceExitCode);
        return;
    }
    if (signalNumber == SIGTERM)
        finish(1001, QStringLiteral("maxmon-cli terminated"));
    else
        finish(1000, QStringLiteral("maxmon-cli interrupted"));
}

} // namespace maxmon::cli
