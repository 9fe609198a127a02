#include "console.h"

#include <maxmon/error.h>
#include <maxmon/tlssessioninfo.h>

#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

namespace maxmon::cli::console {

void err(const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
    std::fflush(stderr);
}

void out(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

bool stdoutIsTerminal()
{
    return ::isatty(STDOUT_FILENO) == 1;
}

void status(const QString &text, const char *source)
{
    err(QLatin1Char('[') + QLatin1String(source) + QLatin1String("] ") + text);
}

void warning(const QString &text)
{
    status(Console::tr("WARNING: %1").arg(text));
}

void warnings(const QStringList &texts)
{
    for (const QString &text : texts)
        warning(text);
}

QString tlsSummary(const TlsSessionInfo &tls)
{
    QString text = (tls.chainVerified ? Console::tr("TLS %1, %2, chain verified")
                                      : Console::tr("TLS %1, %2, chain NOT verified"))
                       .arg(tls.protocol, tls.cipher);
    if (tls.pinCheck == TlsSessionInfo::PinCheck::Matched)
        text += Console::tr(", pin matched");
    if (!tls.peerChain.isEmpty()) {
        const CertificateInfo &leaf = tls.peerChain.constFirst();
        text += Console::tr(", server %1, valid until %2")
                    .arg(leaf.subject, leaf.notAfter.toString(QStringLiteral("yyyy-MM-dd")));
    }
    return text;
}

} // namespace maxmon::cli::console

namespace maxmon::cli::console {

QString errorText(const Error &error)
{
    return QStringLiteral("error [%1]: %2").arg(error.codeName(), error.toString());
}

} // namespace maxmon::cli::console
