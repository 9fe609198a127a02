#include "diagnostics/ratemeter.h"

namespace maxmon {

double RateMeter::sample(qint64 count, qint64 nowMs)
{
    if (m_lastCount < 0 || count < m_lastCount) {
        m_rate = 0;
    } else if (nowMs <= m_lastMs) {
        return m_rate; // no time has passed: nothing to measure
    } else {
        m_rate = static_cast<double>(count - m_lastCount) * 1000.0
            / static_cast<double>(nowMs - m_lastMs);
    }
    m_lastCount = count;
    m_lastMs = nowMs;
    return m_rate;
}

void RateMeter::reset()
{
    *this = RateMeter();
}

} // namespace maxmon
