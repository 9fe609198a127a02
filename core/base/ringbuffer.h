#pragma once

#include <QtGlobal>

#include <algorithm>
#include <vector>

namespace maxmon {

/// A bounded ring of values in the order they were pushed: pushing onto a full
/// ring overwrites the oldest value, so memory stays fixed however long it runs.
/// Memory grows with the values pushed, up to capacity(); push() is O(1).
///
/// @code
/// RingBuffer<double> last(3);
/// for (double value : { 1.0, 2.0, 3.0, 4.0 })
///     last.push(value);
/// // last.at(0) == 2.0, last.last() == 4.0
/// @endcode
template<typename T>
class RingBuffer
{
public:
    /// An empty ring that keeps the newest capacity values (at least 1).
    explicit RingBuffer(qsizetype capacity)
        : m_capacity(std::max<qsizetype>(1, capacity))
    { }

    /// How many values it keeps at most.
    qsizetype capacity() const { return m_capacity; }
    /// How many values it holds.
    qsizetype size() const { return m_size; }
    /// Whether it holds none.
    bool isEmpty() const { return m_size == 0; }
    /// Whether the next push() overwrites the oldest value.
    bool isFull() const { return m_size == m_capacity; }

    /// Forgets every value.
    void clear()
    {
        m_items.clear();
        m_head = 0;
        m_size = 0;
    }

    /// Appends value; on a full ring the oldest value goes.
    void push(const T &value)
    {
        if (!isFull()) {
            m_items.push_back(value);
            ++m_size;
            return;
        }
        m_items[static_cast<size_t>(m_head)] = value;
        m_head = (m_head + 1) % m_capacity;
    }

    /// The value at index, 0 being the oldest; index must be below size().
    const T &at(qsizetype index) const
    {
        Q_ASSERT(index >= 0 && index < m_size);
        return m_items[static_cast<size_t>((m_head + index) % m_capacity)];
    }
    /// The oldest value; the ring must not be empty.
    const T &first() const { return at(0); }
    /// The newest value; the ring must not be empty.
    const T &last() const { return at(m_size - 1); }

    /// The index of the first value for which isBefore is false, size() if none:
    /// a binary search (as std::partition_point) over a ring in which isBefore
    /// holds for a prefix, such as "earlier than t" over values in time order.
    template<typename Predicate>
    qsizetype partitionPoint(Predicate isBefore) const
    {
        qsizetype low = 0;
        qsizetype high = m_size;
        while (low < high) {
            const qsizetype middle = low + (high - low) / 2;
            if (isBefore(at(middle)))
                low = middle + 1;
            else
                high = middle;
        }
        return low;
    }

    /// Forgets the count oldest values (all of them when count >= size()).
    void dropFirst(qsizetype count)
    {
        if (count <= 0)
            return;
        if (count >= m_size) {
            clear();
            return;
        }
        std::vector<T> kept;
        kept.reserve(static_cast<size_t>(m_size - count));
        for (qsizetype i = count; i < m_size; ++i)
            kept.push_back(at(i));
        m_items = std::move(kept);
        m_head = 0;
        m_size = static_cast<qsizetype>(m_items.size());
    }

private:
    std::vector<T> m_items;
    qsizetype m_capacity;
    qsizetype m_head = 0; // slot of the oldest value once the ring is full
    qsizetype m_size = 0;
};

} // namespace maxmon
