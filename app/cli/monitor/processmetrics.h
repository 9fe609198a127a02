#pragma once

namespace maxmon::monitor {

class MonitorMetrics;

// The process_* metrics every Prometheus exporter has (the names and
// meanings of the Go and Python clients): CPU seconds, resident and virtual
// memory, open and maximum file descriptors, start time. Read from /proc on
// Linux at each scrape; elsewhere left out.
namespace processmetrics {

void update(MonitorMetrics *metrics);

} // namespace processmetrics

} // namespace maxmon::monitor
