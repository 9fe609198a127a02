#pragma once

#include <QString>

// What the monitor tells its operator, on stderr: one line per event, each
// flushed at once. Under systemd, whose journal reads stderr (JOURNAL_STREAM
// names it), each line starts with its syslog priority ("<4>") so that
// journalctl -p warning shows the warnings and errors alone.
namespace maxmon::monitor::monitorlog {

void info(const QString &line);
void warning(const QString &line);
void error(const QString &line);

} // namespace maxmon::monitor::monitorlog
