#pragma once

#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <functional>
#include <vector>

namespace maxmon::bench {

// Resident set size of this process, in KiB (/proc/self/statm).
qint64 rssKiB();
// Nearest rank on a copy; 0 when empty. p in [0, 100].
double percentile(std::vector<double> values, double p);
struct Percentiles
{
    double p50 = 0;
    double p95 = 0;
    double p99 = 0;
    double max = 0;
    qsizetype samples = 0;
};
Percentiles percentiles(std::vector<double> values);

// The non-negative integer after key (say "\"seq\":") in a JSON payload,
// or -1: read without a JSON parse, which would cost more than what is measured.
qint64 integerAfter(QByteArrayView payload, QByteArrayView key);

// Runs the event loop for ms, nothing else (no polling wakeups).
void runFor(int ms);
// Runs the event loop until done() (checked every millisecond) or timeoutMs.
bool waitUntil(const std::function<bool()> &done, int timeoutMs);

// Runs this executable again with arguments, for a measurement that needs a
// fresh process (memory); returns the JSON objects it printed, one a line,
// or an empty list when it failed.
QList<QJsonObject> runChild(const QStringList &arguments, int timeoutMs = 300000);
// Prints a JSON object as one line on stdout (a child's result).
void printJson(const QJsonObject &object);

} // namespace maxmon::bench
