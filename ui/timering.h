#pragma once

#include <QtGlobal>

#include <algorithm>
#include <vector>

namespace maxmon {

// A bounded ring of samples in time order (T has a qint64 timeMs): pushing
// onto a full ring overwrites the oldest sample, so memory stays fixed
// however long a connection runs. Samples must arrive in time order (the
// chart models stamp them as they come); lowerBound() relies on it.
template<typename T>
class TimeRing
{
public:
    explicit TimeRing(int capacity)
        : m_capacity(std::max(1, capacity))
    { }

    int capacity() const { return m_capacity; }
    int size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    void clear()
    {
        m_items.clear();
        m_head = 0;
        m_size = 0;
    }

    void push(const T &item)
    {
        if (m_items.size() < static_cast<size_t>(m_capacity)) {
            m_items.push_back(item);
            ++m_size;
            return;
        }
        m_items[static_cast<size_t>(m_head)] = item;
        m_head = (m_head + 1) % m_capacity;
    }

    // 0 is the oldest
    const T &at(int index) const
    {
        return m_items[static_cast<size_t>((m_head + index) % m_capacity)];
    }
    const T &last() const { return at(m_size - 1); }

    // The index of the first sample at or after timeMs (size() if none).
    int lowerBound(qint64 timeMs) const
    {
        int low = 0;
        int high = m_size;
        while (low < high) {
            const int middle = low + (high - low) / 2;
            if (at(middle).timeMs < timeMs)
                low = middle + 1;
            else
                high = middle;
        }
        return low;
    }

    // Forgets the samples before timeMs.
    void dropBefore(qint64 timeMs)
    {
        const int drop = lowerBound(timeMs);
        if (drop == 0)
            return;
        if (drop == m_size) {
            clear();
            return;
        }
        std::vector<T> kept;
        kept.reserve(static_cast<size_t>(m_size - drop));
        for (int i = drop; i < m_size; ++i)
            kept.push_back(at(i));
        m_items = std::move(kept);
        m_head = 0;
        m_size = static_cast<int>(m_items.size());
    }

private:
    std::vector<T> m_items;
    int m_capacity;
    int m_head = 0; // slot of the oldest sample once the ring is full
    int m_size = 0;
};

} // namespace maxmon
