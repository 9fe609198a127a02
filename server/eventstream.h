#pragma once

#include <QObject>
#include <QRandomGenerator>
#include <QTimer>

namespace maxmon {

class DemoConnection;

// The /events stream of one connection: StreamEvents at a steady rate,
// seq counting from 0, sent_us the server's wall clock when the event was
// made (before any delay fault, so a delay shows as latency).
//
// Timer work is batched: at rates above 100/s the timer ticks every 10 ms
// and each tick sends every event that is due by then, so 20,000 events/s
// cost 100 timer events per second, not 20,000. The schedule is kept
// against a fixed origin, so ticks that fire late do not lower the rate.
// When the client does not keep up (DemoConnection::hasRoom() says no),
// the stream waits for the connection to drain and starts its schedule
// again from then; a schedule more than a second behind (a blocked event
// loop) also starts over rather than bursting. Events are then late, never
// lost or reordered.
//
// With a count, the connection is closed with 1000 after the last event.
class EventStream : public QObject
{
    Q_OBJECT

public:
    // Its parent is the connection: it ends with it.
    EventStream(DemoConnection *connection, double rate, qint64 count);

    double rate() const { return m_rate; }
    qint64 sent() const { return m_seq; }
    void start();

private:
    void tick();
    void sendOne();

    DemoConnection *m_connection;
    double m_rate;
    qint64 m_count; // 0 = unlimited
    qint64 m_seq = 0;
    qint64 m_originNs = 0;
    qint64 m_sentSinceOrigin = 0;
    double m_value = 100; // the data: a random walk
    QRandomGenerator m_random;
    QTimer m_timer { this };
};

} // namespace maxmon
