#pragma once

#include <QtGlobal>

namespace maxmon {

// Messages per second from a counter that only grows (the client's
// diagnostics), sampled now and then: the rate over the last interval.
class RateMeter
{
public:
    // count: the counter now; nowMs: a monotonic clock in milliseconds.
    // Returns the new rate. A counter that went backwards (a new client)
    // starts over.
    double sample(qint64 count, qint64 nowMs);
    double rate() const { return m_rate; }
    void reset();

private:
    qint64 m_lastCount = -1;
    qint64 m_lastMs = 0;
    double m_rate = 0;
};

} // namespace maxmon
