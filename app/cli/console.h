#pragma once

#include <QByteArray>
#include <QString>

namespace maxmon {
class Error;
struct TlsSessionInfo;
} // namespace maxmon

// Where maxmon-cli writes: data on stdout, everything else on stderr, each
// line flushed at once so that pipes and logs see it as it happens.
namespace maxmon::cli::console {

void err(const QString &line);
void out(const QByteArray &line); // adds the line break
bool stdoutIsTerminal();
// QCoreApplication::translate in this namespace's context, maxmon::cli::console,
// which is where lupdate files the strings of console::tr() calls
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1);
// "TLS TLSv1.3, TLS_AES_256_GCM_SHA384, chain verified, server CN=..., valid until ..."
QString tlsSummary(const TlsSessionInfo &tls);
// "error [ConnectionRefused]: message", then detail and hint: the code is
// for scripts that grep stderr, the rest for people
QString errorText(const Error &error);

} // namespace maxmon::cli::console
