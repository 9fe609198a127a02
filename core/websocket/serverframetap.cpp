#include "websocket/serverframetap.h"

#include "base/logging.h"

#include <QMetaMethod>
#include <QTcpSocket>
#include <QWebSocket>

namespace maxmon {

ServerFrameTap *ServerFrameTap::install(QWebSocket *socket)
{
    auto *tcp = socket->findChild<QTcpSocket *>(QString(), Qt::FindDirectChildrenOnly);
    QObject *processor = nullptr;
    for (QObject *child : socket->children()) {
        if (qstrcmp(child->metaObject()->className(), "QWebSocketDataProcessor") == 0)
            processor = child;
    }
    int method = processor ? processor->metaObject()->indexOfMethod("process(QIODevice*)") : -1;
    // onReadyRead() calls it with a bool for the result
    if (method >= 0 && processor->metaObject()->method(method).returnType() != QMetaType::Bool)
        method = -1;
    if (!tcp || method < 0) {
        static bool warned = false;
        if (!std::exchange(warned, true))
            qCWarning(lcWs) << "cannot watch the server's raw frames with this Qt version;"
                               " close reports rely on what QWebSocket says";
        return nullptr;
    }
    return new ServerFrameTap(socket, tcp, processor, method);
}

ServerFrameTap::ServerFrameTap(QWebSocket *socket, QTcpSocket *tcp, QObject *processor,
                               int processMethod)
    : QObject(socket)
    , m_socket(socket)
    , m_tcp(tcp)
    , m_processor(processor)
    , m_processMethod(processMethod)
{
    m_scanner.setViolationHandler(
        [this](const FrameScanner::Violation &violation) { Q_EMIT violationFound(violation); });
    // Qt's readyRead() slot (QWebSocketPrivate::processData) has the
    // QWebSocket as its receiver; it is the only one.
    QObject::disconnect(tcp, &QIODevice::readyRead, socket, nullptr);
    connect(tcp, &QIODevice::readyRead, this, &ServerFrameTap::onReadyRead);
    // Emitted by QWebSocket right after it wrote its close frame (and again
    // when the TCP socket closes: only the first one counts).
    connect(socket, &QWebSocket::aboutToClose, this, &ServerFrameTap::onAboutToClose);
}

void ServerFrameTap::start()
{
    if (m_tcp && m_tcp->bytesAvailable() > 0)
        onReadyRead();
}

bool ServerFrameTap::serverClosedFirst() const
{
    const std::optional<FrameScanner::Frame> close = m_scanner.closeFrame();
    return close && m_qtCloseOffset >= 0 && close->end() <= m_qtCloseOffset;
}

void ServerFrameTap::onReadyRead()
{
    if (m_processing || !m_tcp || !m_processor)
        return;
    const qint64 available = m_tcp->bytesAvailable();
    scan(available);
    // What QWebSocketPrivate::processData does once connected. Once per
    // message: a plain meta-call, not QMetaMethod::invoke(), which checks the
    // argument types by name each time (~300 instructions a message).
    while (m_tcp && m_processor && m_tcp->bytesAvailable() > 0) {
        bool done = false;
        QIODevice *device = m_tcp.data();
        void *arguments[] = { &done, &device };
        m_processing = true;
        QMetaObject::metacall(m_processor, QMetaObject::InvokeMetaMethod, m_processMethod,
                              arguments);
        m_processing = false;
        if (m_tcp)
            m_head = m_end - m_tcp->bytesAvailable();
        if (!done)
            break;
    }
}

void ServerFrameTap::scan(qint64 available)
{
    m_end = m_head + available;
    qint64 position = m_scanner.position();
    const qint64 skip = std::min(m_scanner.skippable(), m_end - position);
    if (skip > 0) {
        m_scanner.skip(skip);
        position += skip;
    }
    if (position >= m_end)
        return;
    // peek() copies from the start of the buffer: at most once per frame
    // whose payload the scanner skipped, since Qt reads a frame whole.
    const QByteArray bytes = m_tcp->peek(available);
    m_scanner.feed(QByteArrayView(bytes).sliced(position - m_head));
}

void ServerFrameTap::onAboutToClose()
{
    if (m_qtCloseOffset >= 0)
        return;
    if (m_processing && m_tcp)
        m_qtCloseOffset = m_end - m_tcp->bytesAvailable();
    else
        m_qtCloseOffset = m_head;
}

} // namespace maxmon
