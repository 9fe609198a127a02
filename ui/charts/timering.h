#pragma once

#include <maxmon/ringbuffer.h>

namespace maxmon {

// A RingBuffer of chart samples in time order (T has a qint64 timeMs), with the
// look-ups by time the chart models make. Samples must arrive in time order (the
// models stamp them as they come): lowerBound() relies on it.
template<typename T>
class TimeRing : public RingBuffer<T>
{
public:
    using RingBuffer<T>::RingBuffer;

    // The index of the first sample at or after timeMs (size() if none).
    int lowerBound(qint64 timeMs) const
    {
        return static_cast<int>(
            this->partitionPoint([timeMs](const T &sample) { return sample.timeMs < timeMs; }));
    }

    // Forgets the samples before timeMs.
    void dropBefore(qint64 timeMs) { this->dropFirst(lowerBound(timeMs)); }
};

} // namespace maxmon
