#include "server/eventstream.h"

#include "server/democonnection.h"
#include "server/streamevent.h"

#include <maxmon/message.h>
#include <maxmon/messageserializer.h>

#include <cmath>

namespace maxmon {

namespace {
constexpr int batchTickMs = 10;
constexpr double nsPerSecond = 1e9;
} // namespace

EventStream::EventStream(DemoConnection *connection, double rate, qint64 count)
    : QObject(connection)
    , m_connection(connection)
    , m_rate(rate)
    , m_count(count)
    , m_random(QRandomGenerator::global()->generate())
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(std::max(batchTickMs, static_cast<int>(std::lround(1000.0 / rate))));
    connect(&m_timer, &QTimer::timeout, this, &EventStream::tick);
    connect(m_connection, &DemoConnection::drained, this, [this] {
        if (!m_timer.isActive())
            start();
    });
}

void EventStream::start()
{
    m_originNs = Message::nowMonotonicNs();
    m_sentSinceOrigin = 0;
    m_timer.start();
    tick(); // the first event at once
}

void EventStream::tick()
{
    const qint64 now = Message::nowMonotonicNs();
    const double elapsed = static_cast<double>(now - m_originNs);
    auto due =
        static_cast<qint64>(std::floor(elapsed * m_rate / nsPerSecond)) + 1 - m_sentSinceOrigin;
    if (due > std::max<qint64>(1, static_cast<qint64>(m_rate))) {
        // more than a second behind (a blocked event loop): start over from now
        m_originNs = now;
        m_sentSinceOrigin = 0;
        due = 1;
    }
    for (; due > 0; --due) {
        if (m_count > 0 && m_seq >= m_count)
            return;
        if (!m_connection->hasRoom()) {
            m_timer.stop(); // drained() starts a new schedule from then
            return;
        }
        sendOne();
    }
}

void EventStream::sendOne()
{
    m_value = std::round((m_value + m_random.generateDouble() - 0.5) * 100) / 100;
    StreamEvent event;
    event.seq = m_seq;
    event.sentUs = Message::nowUs();
    event.data = QJsonObject { { QStringLiteral("value"), m_value } };
    const Validated<Message> message = MessageSerializer::serialize(event);
    if (!message)
        return; // seq and sent_us stay far inside the safe range
    m_connection->sendText(message->text());
    ++m_seq;
    ++m_sentSinceOrigin;
    if (m_count > 0 && m_seq >= m_count) {
        m_timer.stop();
        m_connection->close(
            1000, QStringLiteral("%1 events sent").arg(m_count)); // protocol data: not translated
    }
}

} // namespace maxmon
