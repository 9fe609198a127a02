#pragma once

#include <maxmon/error.h>

namespace maxmon::cli {

// Exit codes of maxmon-cli (all commands but probe, which follows the Nagios
// plugin conventions: see probecommand.h), documented in docs/cli.md and the man page.
enum ExitCode : int {
    Ok = 0,
    Failure = 1, // anything not listed below
    Usage = 2, // bad arguments or options
    Connection = 3, // refused, host not found, network error, connection lost
    Tls = 4, // TLS handshake, certificate or pin failure
    Auth = 5, // handshake refused with 401/403, no usable token
    Timeout = 6, // connect, handshake or heartbeat timeout
    Protocol = 7, // refused handshake (404, 5xx), abnormal close, protocol error
    Config = 8, // invalid URL, profile or recording; a file that cannot be read or written
    Incomplete = 9, // replay could not send everything (or replies differed, with
                    // --check-replies); bench lost or mismatched messages
    JoinFailed = 10, // phoenix: a join refused (other than unauthorized/forbidden: Auth)
                     // or unanswered
    PushFailed = 11, // phoenix: a push answered with another status than ok, or not answered
};

ExitCode exitCodeFor(const Error &error);

} // namespace maxmon::cli
