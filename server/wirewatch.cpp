#include "server/wirewatch.h"

namespace maxmon {

WireWatch::WireWatch(FrameScanner::Sender sender)
    : m_scanner(sender)
{
    m_scanner.setInspectText(true);
}

void WireWatch::setViolationHandler(std::function<void(const FrameScanner::Violation &)> handler)
{
    m_scanner.setViolationHandler(std::move(handler));
}

void WireWatch::observe(QByteArrayView bytes)
{
    if (m_state == State::Frames) {
        if (!m_scanner.hasFailed())
            m_scanner.feed(bytes);
        return;
    }
    if (m_state == State::Off)
        return;
    m_head.append(bytes.data(), bytes.size());
    const bool client = m_scanner.sender() == FrameScanner::Sender::Client;
    const QByteArray start = client ? QByteArray("GET ") : QByteArray("HTTP/1.1 ");
    const qsizetype compared = std::min(start.size(), m_head.size());
    if (m_head.left(compared) != start.left(compared)) { // TLS, or not HTTP at all
        m_state = State::Off;
        m_head.clear();
        return;
    }
    const qsizetype lineEnd = m_head.indexOf("\r\n");
    if (lineEnd >= 0) {
        // "GET /path HTTP/1.1" from a client, "HTTP/1.1 101 Switching Protocols" back
        const QByteArray line = m_head.left(lineEnd);
        const bool upgrade = client ? line.startsWith("GET ") && line.endsWith(" HTTP/1.1")
                                    : line.startsWith("HTTP/1.1 101");
        if (!upgrade) {
            m_state = State::Off;
            m_head.clear();
            return;
        }
    }
    const qsizetype end = m_head.indexOf("\r\n\r\n");
    if (end < 0) {
        if (m_head.size() > maxHeadBytes || (lineEnd < 0 && m_head.size() > 1024)) {
            m_state = State::Off;
            m_head.clear();
        }
        return;
    }
    const QByteArray rest = m_head.mid(end + 4);
    m_head.clear();
    m_state = State::Frames;
    if (!rest.isEmpty())
        m_scanner.feed(rest);
}

} // namespace maxmon
