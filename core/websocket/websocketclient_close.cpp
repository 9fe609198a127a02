// How a connection ended, as the wire tells it: the server's raw frames (a
// ServerFrameTap on the socket, where Qt allows one) say who sent the first
// close frame, with which code and reason, and which rule of RFC 6455 was
// broken; Qt's closeCode()/closeReason() are only what the client sent.
#include "base/logging.h"
#include "websocket/connectionerrors.h"
#include "websocket/websocketclient_p.h"

#include <maxmon/redaction.h>

#include <QWebSocket>

namespace maxmon {

using Trigger = ConnectionStateMachine::Trigger;

void WebSocketClient::Private::watchFrames()
{
    if (!m_socket)
        return;
    m_tap = ServerFrameTap::install(m_socket);
    if (!m_tap)
        return;
    QObject::connect(m_tap, &ServerFrameTap::violationFound, q,
                     [this](const FrameScanner::Violation &violation) { onViolation(violation); });
    m_tap->start(); // frames that came with the handshake's answer
}

void WebSocketClient::Private::onViolation(const FrameScanner::Violation &violation)
{
    if (!violation.toleratedByQt())
        return; // Qt closes the connection for it: closeFromWire() reports it
    Tolerated &tolerated = m_tolerated[violation.rule];
    if (tolerated.count++ > 0)
        return;
    tolerated.description = violation.describe();
    qCWarning(lcWs).noquote() << m_diagnostics.url << tolerated.description
                              << "Qt 6.4 does not check this; maxmon reports it.";
    refreshWarnings();
    Q_EMIT q->diagnosticsChanged();
}

CloseInfo WebSocketClient::Private::closeFromWire() const
{
    CloseInfo close;
    close.codeSent = m_socket->closeCode();
    close.reasonSent = m_socket->closeReason();
    const bool ownLimit = ConnectionErrors::isOwnTooLargeClose(close.codeSent, close.reasonSent);
    if (!m_tap) {
        // Without the raw frames all there is to go on is what Qt says.
        close.initiator =
            ownLimit ? CloseInfo::Initiator::ClientDetected : CloseInfo::Initiator::Server;
        if (!ownLimit) {
            close.closeFrameReceived = true;
            close.codeReceived = close.codeSent;
            close.serverReason = close.reasonSent;
        }
        return close;
    }
    const FrameScanner &scanner = m_tap->scanner();
    if (m_tap->serverClosedFirst()) {
        const FrameScanner::Frame frame = *scanner.closeFrame();
        close.initiator = CloseInfo::Initiator::Server;
        close.closeFrameReceived = true;
        close.codeReceived = frame.closeCode();
        const std::optional<FrameScanner::Violation> failure = scanner.failure();
        if (failure && failure->offset == frame.offset)
            close.violation = failure->describe();
        else
            close.serverReason = QString::fromUtf8(frame.closeReason());
        return close;
    }
    close.initiator = CloseInfo::Initiator::ClientDetected;
    close.violation = ConnectionErrors::violationText(
        scanner.failure(), close.codeSent, close.reasonSent, m_config.maxIncomingMessageSize);
    return close;
}

void WebSocketClient::Private::onClosedWhileConnected()
{
    const CloseInfo close = closeFromWire();
    recordClose(close);
    if (close.initiator != CloseInfo::Initiator::Server) {
        if (ConnectionErrors::isOwnTooLargeClose(close.codeSent, close.reasonSent)) {
            Error error = ConnectionErrors::incomingTooLarge(m_config.maxIncomingMessageSize,
                                                             close.reasonSent);
            fail(error.withContext(QStringLiteral("close"), close.toJson()));
        } else {
            fail(ConnectionErrors::closedByClient(close));
        }
        return;
    }
    const std::optional<FrameScanner::Frame> frame =
        m_tap ? m_tap->scanner().closeFrame() : std::nullopt;
    recordIncoming(
        frame ? Message::control(Message::Kind::Close, Message::Direction::Incoming, frame->payload)
              : Message::closeFrame(Message::Direction::Incoming, close.codeReceived,
                                    close.serverReason));
    const bool normal = close.codeReceived == QWebSocketProtocol::CloseCodeNormal
        || close.codeReceived == 0; // no code: RFC 6455 allows it, as a normal close
    if (normal && close.violation.isEmpty()) {
        qCInfo(lcWs).noquote() << "server closed" << m_diagnostics.url << "normally";
        m_machine->fire(Trigger::PeerClosedCleanly);
    } else {
        fail(ConnectionErrors::closedByServer(close));
    }
}

void WebSocketClient::Private::recordClose(const CloseInfo &rawClose)
{
    CloseInfo close = rawClose;
    const QStringList known = secrets();
    close.reasonSent = redaction::text(close.reasonSent, known);
    close.serverReason = redaction::text(close.serverReason, known);
    close.violation = redaction::text(close.violation, known);
    m_diagnostics.lastClose = close;
    // the summary fields, as before CloseInfo
    m_diagnostics.lastCloseCode = close.effectiveCode();
    const bool server = close.initiator == CloseInfo::Initiator::Server
        || close.initiator == CloseInfo::Initiator::Lost;
    m_diagnostics.lastClosedBy = server ? QStringLiteral("server") : QStringLiteral("client");
    m_diagnostics.lastCloseReason = server ? close.serverReason : close.reasonSent;
}

} // namespace maxmon
