#include "console.h"

#include "websocket/error.h"
#include "websocket/tlssessioninfo.h"

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

QString tr(const char *text, const char *disambiguation, int n)
{
    return QCoreApplication::translate("maxmon::cli::console", text, disambiguation, n);
}

QString tlsSummary(const TlsSessionInfo &tls)
{
    QString text =
        tr("TLS %1, %2, chain %3")
            .arg(tls.protocol, tls.cipher, tls.chainVerified ? tr("verified") : tr("NOT verified"));
    if (tls.pinCheck == TlsSessionInfo::PinCheck::Matched)
        text += tr(", pin matched");
    if (!tls.peerChain.isEmpty()) {
        const CertificateInfo &leaf = tls.peerChain.constFirst();
        text += tr(", server %1, valid until %2")
                    .arg(leaf.subject, leaf.notAfter.toString(QStringLiteral("yyyy-MM-dd")));
    }
    return text;
}

} // namespace maxmon::cli::console

namespace maxmon::cli::console {

QString errorText(const Error &error)
{
    return tr("error [%1]: %2").arg(error.codeName(), error.toString());
}

} // namespace maxmon::cli::console
