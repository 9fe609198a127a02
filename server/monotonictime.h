#pragma once

#include <QtGlobal>

namespace maxmon {

// Message::nowMonotonicNs() counts nanoseconds; delays and timers count
// milliseconds.
inline constexpr qint64 nsPerMs = 1000000;

} // namespace maxmon
