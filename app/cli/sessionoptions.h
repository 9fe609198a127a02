#pragma once

#include "inputformat.h"

#include <maxmon/result.h>
#include <maxmon/variables.h>

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

namespace maxmon::cli {

// What a connect or record session does once connected, and when it ends.
struct SessionPlan
{
    InputFormat input;
    bool hexBinary = false; // received binary messages printed as hex, not base64
    QList<Message> sends; // --send, in order, read like stdin lines
    qint64 sendEveryMs = 0; // send them again on this schedule; 0 = once
    qint64 count = 0; // end after this many received data messages; 0 = no limit
    qint64 durationMs = 0; // end after this long connected; 0 = no limit
    bool exitOnEof = false; // end (close with 1000) when stdin ends
    Variables variables; // --var, session scope, every value secret
};

// The options of maxmon-cli connect and record that make a SessionPlan:
// --count, --duration, --send, --send-every, --exit-on-eof and the input
// framing (--binary with --encoding hex|base64, or --json-input), and the
// session variables (--var NAME=VALUE) for {{NAME}} in the URL, headers and
// messages.
class SessionOptions
{
    Q_DECLARE_TR_FUNCTIONS(maxmon::cli::SessionOptions)

public:
    SessionOptions();

    void addTo(QCommandLineParser *parser) const;
    // A usage error (InvalidConfig) names the option.
    Result<SessionPlan> toPlan(const QCommandLineParser &parser) const;

private:
    QCommandLineOption m_count;
    QCommandLineOption m_duration;
    QCommandLineOption m_send;
    QCommandLineOption m_sendEvery;
    QCommandLineOption m_exitOnEof;
    QCommandLineOption m_binary;
    QCommandLineOption m_encoding;
    QCommandLineOption m_jsonInput;
    QCommandLineOption m_var;
};

} // namespace maxmon::cli
