#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace maxmon {
class Error;
struct TlsSessionInfo;
} // namespace maxmon

namespace maxmon::cli {

// The translation context of the console's texts and of maxmon-cli's own
// (usage, --lang): console is a namespace and main() no class, and lupdate
// needs a class to file them under the context they are looked up in.
class Console
{
    Q_DECLARE_TR_FUNCTIONS(maxmon::cli::Console)
};

} // namespace maxmon::cli

// Where maxmon-cli writes: data on stdout, everything else on stderr, each
// line flushed at once so that pipes and logs see it as it happens.
namespace maxmon::cli::console {

void err(const QString &line);
void out(const QByteArray &line); // adds the line break
bool stdoutIsTerminal();
// "[maxmon] <text>" on stderr: what the command is doing; source names the
// part speaking where a command runs several ("[serve] ...", "[replay] ...")
void status(const QString &text, const char *source = "maxmon");
// "[maxmon] WARNING: <warning>" on stderr
void warning(const QString &text);
// One warning() each.
void warnings(const QStringList &texts);
// "TLS TLSv1.3, TLS_AES_256_GCM_SHA384, chain verified, server CN=..., valid until ..."
QString tlsSummary(const TlsSessionInfo &tls);
// "error [ConnectionRefused]: message", then detail and hint: the code is
// for scripts that grep stderr, the rest for people. "error [Code]:" stays
// English in every language (docs/cli.md); only the message is translated.
QString errorText(const Error &error);

} // namespace maxmon::cli::console
