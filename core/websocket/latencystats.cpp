#include <maxmon/latencystats.h>
#include <maxmon/localeformat.h>
#include <maxmon/message.h>

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace maxmon {

namespace {
QString ms(double value)
{
    return LocaleFormat::decimal(value, value < 10 ? 2 : 1);
}
} // namespace

QJsonObject LatencyStats::Summary::toJson() const
{
    return QJsonObject {
        { QLatin1String("samples"), samples },
        { QLatin1String("lost"), lost },
        { QLatin1String("probes"), probes },
        { QLatin1String("total_samples"), totalSamples },
        { QLatin1String("total_lost"), totalLost },
        { QLatin1String("last_ms"), lastMs },
        { QLatin1String("min_ms"), minMs },
        { QLatin1String("max_ms"), maxMs },
        { QLatin1String("mean_ms"), meanMs },
        { QLatin1String("p50_ms"), p50Ms },
        { QLatin1String("p95_ms"), p95Ms },
        { QLatin1String("p99_ms"), p99Ms },
        { QLatin1String("jitter_ms"), jitterMs },
        { QLatin1String("loss_ratio"), lossRatio },
        { QLatin1String("started_us"), startedUs },
        { QLatin1String("ended_us"), endedUs },
    };
}

QString LatencyStats::Summary::toText() const
{
    // Summary has no tr() of its own: the texts are LatencyStats's
    const QString loss = LatencyStats::tr("loss %1/%2 (%3 %)")
                             .arg(LocaleFormat::number(lost), LocaleFormat::number(probes),
                                  LocaleFormat::decimal(lossRatio * 100.0, 1));
    if (samples == 0)
        return LatencyStats::tr("no RTT samples, %1").arg(loss);
    return LatencyStats::tr("%Ln sample(s), RTT min/p50/p95/p99/max %1/%2/%3/%4/%5 ms, mean %6 "
                            "ms, jitter %7 ms, %8",
                            nullptr, samples)
        .arg(ms(minMs), ms(p50Ms), ms(p95Ms), ms(p99Ms), ms(maxMs), ms(meanMs), ms(jitterMs), loss);
}

LatencyStats::LatencyStats(int window)
    : m_window(std::max(window, 1))
    , m_samples(m_window)
    , m_outcomes(m_window)
    , m_startedUs(Message::nowUs())
{ }

void LatencyStats::addSample(double rttMs)
{
    m_samples.push(rttMs);
    addOutcome(Outcome::Answered);
    ++m_totalSamples;
    m_last = rttMs;
    m_dirty = true;
}

void LatencyStats::addLoss()
{
    addOutcome(Outcome::Lost);
    ++m_totalLost;
}

void LatencyStats::addOutcome(Outcome outcome)
{
    if (m_outcomes.isFull() && m_outcomes.first() == Outcome::Lost)
        --m_lostInWindow; // the oldest outcome leaves the window
    m_outcomes.push(outcome);
    if (outcome == Outcome::Lost)
        ++m_lostInWindow;
}

void LatencyStats::reset()
{
    if (m_totalSamples > 0 || m_totalLost > 0) {
        Summary archived = summary();
        archived.endedUs = Message::nowUs();
        m_history.append(archived);
        if (m_history.size() > MaxHistory)
            m_history.removeFirst();
    }
    m_samples.clear();
    m_outcomes.clear();
    m_lostInWindow = 0;
    m_totalSamples = m_totalLost = 0;
    m_last = -1;
    m_startedUs = Message::nowUs();
    m_dirty = true;
}

void LatencyStats::refresh() const
{
    if (!m_dirty)
        return;
    const auto count = static_cast<int>(m_samples.size());
    m_sorted.resize(static_cast<size_t>(count));
    double sum = 0;
    double jitterSum = 0;
    double previous = 0;
    for (int i = 0; i < count; ++i) {
        const double value = m_samples.at(i);
        m_sorted[static_cast<size_t>(i)] = value;
        sum += value;
        if (i > 0)
            jitterSum += std::abs(value - previous);
        previous = value;
    }
    std::sort(m_sorted.begin(), m_sorted.end());
    m_mean = count > 0 ? sum / count : 0;
    m_jitter = count > 1 ? jitterSum / (count - 1) : 0;
    m_dirty = false;
}

double LatencyStats::min() const
{
    refresh();
    return m_sorted.empty() ? 0 : m_sorted.front();
}

double LatencyStats::max() const
{
    refresh();
    return m_sorted.empty() ? 0 : m_sorted.back();
}

double LatencyStats::mean() const
{
    refresh();
    return m_mean;
}

double LatencyStats::percentile(double p) const
{
    refresh();
    if (m_sorted.empty())
        return 0;
    const double n = static_cast<double>(m_sorted.size());
    // the epsilon keeps 0.95 * 20 (= 19.000000000000004 in binary) at rank 19
    const double rank = std::ceil(std::clamp(p, 0.0, 100.0) / 100.0 * n - 1e-9);
    const auto index = static_cast<size_t>(std::clamp(rank, 1.0, n)) - 1;
    return m_sorted[index];
}

double LatencyStats::jitter() const
{
    refresh();
    return m_jitter;
}

double LatencyStats::lossRatio() const
{
    return m_outcomes.isEmpty() ? 0
                                : static_cast<double>(m_lostInWindow) / double(m_outcomes.size());
}

LatencyStats::Summary LatencyStats::summary() const
{
    Summary s;
    s.samples = sampleCount();
    s.lost = m_lostInWindow;
    s.probes = static_cast<int>(m_outcomes.size());
    s.totalSamples = m_totalSamples;
    s.totalLost = m_totalLost;
    s.lastMs = m_last;
    s.minMs = min();
    s.maxMs = max();
    s.meanMs = mean();
    s.p50Ms = percentile(50);
    s.p95Ms = percentile(95);
    s.p99Ms = percentile(99);
    s.jitterMs = jitter();
    s.lossRatio = lossRatio();
    s.startedUs = m_startedUs;
    return s;
}

} // namespace maxmon
