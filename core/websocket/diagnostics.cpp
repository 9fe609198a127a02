#include <maxmon/diagnostics.h>
#include <maxmon/localeformat.h>
#include <maxmon/message.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

namespace maxmon {

namespace {
QString isoTime(qint64 us)
{
    return QDateTime::fromMSecsSinceEpoch(us / 1000, Qt::UTC).toString(Qt::ISODateWithMs);
}
} // namespace

qint64 Diagnostics::msInState() const
{
    if (stateSinceMonotonicNs == 0)
        return 0;
    return (Message::nowMonotonicNs() - stateSinceMonotonicNs) / 1000000;
}

QJsonObject Diagnostics::toJson() const
{
    QJsonObject json {
        { QLatin1String("state"), connectionStateName(state) },
        { QLatin1String("state_since"), stateSinceUs ? isoTime(stateSinceUs) : QString() },
        { QLatin1String("ms_in_state"), msInState() },
        { QLatin1String("url"), url },
        { QLatin1String("attempt"), attempt },
        { QLatin1String("handshake_ms"), handshakeMs },
        { QLatin1String("local_address"), localAddress },
        { QLatin1String("peer_address"), peerAddress },
        { QLatin1String("subprotocol"), subprotocol },
        { QLatin1String("last_close_code"), lastCloseCode },
        { QLatin1String("last_close_reason"), lastCloseReason },
        { QLatin1String("last_closed_by"), lastClosedBy },
        { QLatin1String("bytes_in"), bytesIn },
        { QLatin1String("bytes_out"), bytesOut },
        { QLatin1String("messages_in"), messagesIn },
        { QLatin1String("messages_out"), messagesOut },
        { QLatin1String("warnings"), QJsonArray::fromStringList(warnings) },
        { QLatin1String("proxy"), proxy },
    };
    if (!lastClose.isNull())
        json.insert(QLatin1String("last_close"), lastClose.toJson());
    if (!toleratedViolations.isEmpty())
        json.insert(QLatin1String("tolerated_violations"),
                    QJsonArray::fromStringList(toleratedViolations));
    if (tls.used)
        json.insert(QLatin1String("tls"), tls.toJson());
    json.insert(QLatin1String("heartbeat"), heartbeat.toJson());
    json.insert(QLatin1String("reconnect"), reconnect.toJson());
    json.insert(QLatin1String("delivery"), delivery.toJson());
    if (lastError.isError())
        json.insert(QLatin1String("last_error"), lastError.toJson());
    return json;
}

QString Diagnostics::toText() const
{
    QStringList lines;
    auto add = [&lines](const QString &key, const QString &value) {
        lines.append(key + QLatin1String(": ") + value);
    };
    for (const QString &warning : warnings)
        add(tr("WARNING"), warning);
    add(tr("State"),
        tr("%1 for %2")
            .arg(connectionStateText(state),
                 LocaleFormat::seconds(static_cast<double>(msInState()) / 1000.0)));
    add(tr("URL"), url);
    add(tr("Attempt"), LocaleFormat::number(attempt));
    add(tr("Handshake"), handshakeMs < 0 ? tr("n/a") : LocaleFormat::milliseconds(handshakeMs, 1));
    add(tr("Local address"), localAddress.isEmpty() ? tr("n/a") : localAddress);
    add(tr("Peer address"), peerAddress.isEmpty() ? tr("n/a") : peerAddress);
    add(tr("Subprotocol"), subprotocol.isEmpty() ? tr("none") : subprotocol);
    add(tr("Proxy"), proxy.isEmpty() ? tr("n/a") : proxy);
    lines += tls.toTextLines();
    if (!lastClose.isNull()) {
        add(tr("Last close"), lastClose.toText());
    } else if (lastCloseCode != 0) {
        // lastClosedBy is a token for JSON: translated here, a whole sentence per side
        QString closed = QStringLiteral("%1%2");
        if (lastClosedBy == QLatin1String("client"))
            closed = tr("%1 by the client%2");
        else if (lastClosedBy == QLatin1String("server"))
            closed = tr("%1 by the server%2");
        add(tr("Last close"),
            closed.arg(Error::closeCodeName(lastCloseCode),
                       lastCloseReason.isEmpty() ? QString()
                                                 : QStringLiteral(" (%1)").arg(lastCloseReason)));
    }
    for (const QString &violation : toleratedViolations)
        add(tr("Unchecked by Qt"), violation);
    add(tr("Messages in / out"),
        QStringLiteral("%1 / %2").arg(LocaleFormat::number(messagesIn),
                                      LocaleFormat::number(messagesOut)));
    add(tr("Bytes in / out"),
        QStringLiteral("%1 / %2").arg(LocaleFormat::dataSize(bytesIn),
                                      LocaleFormat::dataSize(bytesOut)));
    lines.append(heartbeat.toTextLines());
    lines.append(reconnect.toTextLines());
    lines.append(delivery.toTextLines());
    if (lastError.isError()) {
        add(tr("Last error"), lastError.toString());
        // Qt's own words, when maxmon's sentence replaced them
        const QString qtMessage = lastError.context().value(QLatin1String("qtMessage")).toString();
        if (!qtMessage.isEmpty())
            add(tr("Qt's message"), qtMessage);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace maxmon
