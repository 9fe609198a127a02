#pragma once

#include <maxmon/framescanner.h>

#include <QByteArray>

#include <functional>

namespace maxmon {

// One direction of a proxied connection read as WebSocket, for the fault
// proxy, which sees the raw bytes Qt's QWebSocket gets: the HTTP upgrade
// request (client) or answer (server), then frames, every rule of RFC 6455
// they break reported (those Qt 6.4 lets through unchecked included). It
// stops watching where the bytes are not a WebSocket connection: TLS, a
// refused upgrade, anything that is not HTTP.
class WireWatch
{
public:
    enum class State { Http, Frames, Off };

    explicit WireWatch(FrameScanner::Sender sender);

    void setViolationHandler(std::function<void(const FrameScanner::Violation &)> handler);
    void observe(QByteArrayView bytes);
    State state() const { return m_state; }
    const FrameScanner &scanner() const { return m_scanner; }

private:
    static constexpr qsizetype maxHeadBytes = 16 * 1024;

    FrameScanner m_scanner;
    State m_state = State::Http;
    QByteArray m_head;
};

} // namespace maxmon
