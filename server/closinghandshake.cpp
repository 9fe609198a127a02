#include "server/closinghandshake.h"

#include "server/serverlogging.h"

#include <QTcpSocket>

#include <sys/socket.h>
#include <unistd.h>

namespace maxmon {

namespace {

// after our own shutdown, how long the client gets to close its side
constexpr int lingerAfterShutdownMs = 1000;

} // namespace

bool ClosingHandshake::takeOver(QTcpSocket *closing, std::optional<FrameScanner> scanner,
                                int timeoutMs, QObject *parent)
{
    const qintptr descriptor = closing->socketDescriptor();
    if (descriptor < 0 || closing->state() != QAbstractSocket::ConnectedState)
        return false;
    auto *handshake = new ClosingHandshake(closing, std::move(scanner), timeoutMs, parent);
    if (!handshake->start(descriptor)) {
        delete handshake;
        return false;
    }
    return true;
}

ClosingHandshake::ClosingHandshake(QTcpSocket *closing, std::optional<FrameScanner> scanner,
                                   int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_qtSocket(closing)
    , m_socket(new QTcpSocket(this))
    , m_scanner(std::move(scanner))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(timeoutMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_shutDown) {
            finish();
            return;
        }
        qCDebug(lcServer) << "closing handshake: no close frame from the client in time";
        if (m_qtSocket && m_qtSocket->bytesToWrite() > 0)
            m_qtSocket->abort(); // a client that reads nothing gets nothing more
        shutDownWhenWritten();
    });
}

ClosingHandshake::~ClosingHandshake() = default;

bool ClosingHandshake::start(qintptr descriptor)
{
    const int duplicate = ::dup(static_cast<int>(descriptor));
    if (duplicate < 0)
        return false;
    if (!m_socket->setSocketDescriptor(duplicate, QAbstractSocket::ConnectedState,
                                       QIODevice::ReadOnly)) {
        ::close(duplicate);
        return false;
    }
    connect(m_socket, &QIODevice::readyRead, this, &ClosingHandshake::onReadyRead);
    // the client closed its side, or the connection broke
    connect(m_socket, &QAbstractSocket::disconnected, this, &ClosingHandshake::finish);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, &ClosingHandshake::finish);
    m_timer.start();
    // No close frame to wait for (an HTTP refusal, or TLS where the frames
    // cannot be seen), or the client's came first: shut down once written.
    if (!m_scanner || m_scanner->isClosed())
        shutDownWhenWritten();
    return true;
}

void ClosingHandshake::onReadyRead()
{
    const QByteArray discarded = m_socket->readAll();
    if (!m_scanner || m_shutDown)
        return;
    m_scanner->feed(discarded);
    if (m_scanner->isClosed())
        shutDownWhenWritten();
}

void ClosingHandshake::shutDownWhenWritten()
{
    if (m_shutDown)
        return;
    if (m_qtSocket && m_qtSocket->state() != QAbstractSocket::UnconnectedState) {
        // Qt still writes (its close frame, replies before it): after that
        connect(m_qtSocket, &QAbstractSocket::disconnected, this,
                &ClosingHandshake::shutDownWhenWritten, Qt::UniqueConnection);
        connect(m_qtSocket, &QObject::destroyed, this, &ClosingHandshake::shutDownWhenWritten,
                Qt::UniqueConnection);
        return;
    }
    m_shutDown = true;
    ::shutdown(static_cast<int>(m_socket->socketDescriptor()), SHUT_WR);
    m_timer.start(lingerAfterShutdownMs);
}

void ClosingHandshake::finish()
{
    if (std::exchange(m_finished, true))
        return;
    m_timer.stop();
    m_socket->disconnect(this);
    if (m_qtSocket)
        m_qtSocket->disconnect(this);
    m_socket->close();
    Q_EMIT finished();
    deleteLater();
}

} // namespace maxmon
