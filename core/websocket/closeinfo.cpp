#include <maxmon/closeinfo.h>
#include <maxmon/error.h>

namespace maxmon {

namespace {

QString codeWithReason(int code, const QString &reason)
{
    const QString name = Error::closeCodeName(code);
    return reason.isEmpty() ? name : QStringLiteral("%1 (\"%2\")").arg(name, reason);
}

} // namespace

int CloseInfo::effectiveCode() const
{
    switch (initiator) {
    case Initiator::Server:
        return codeReceived != 0 ? codeReceived : 1005;
    case Initiator::Lost:
        return 1006;
    case Initiator::ClientRequest:
    case Initiator::ClientDetected:
        return codeSent;
    case Initiator::None:
        break;
    }
    return 0;
}

QString CloseInfo::initiatorName(Initiator initiator)
{
    switch (initiator) {
    case Initiator::ClientRequest:
        return QStringLiteral("client_request");
    case Initiator::ClientDetected:
        return QStringLiteral("client_detected");
    case Initiator::Server:
        return QStringLiteral("server");
    case Initiator::Lost:
        return QStringLiteral("lost");
    case Initiator::None:
        break;
    }
    return QString();
}

QJsonObject CloseInfo::toJson() const
{
    QJsonObject json { { QLatin1String("initiator"), initiatorName(initiator) },
                       { QLatin1String("close_frame_received"), closeFrameReceived } };
    if (codeSent != 0) {
        json.insert(QLatin1String("code_sent"), codeSent);
        json.insert(QLatin1String("reason_sent"), reasonSent);
    }
    if (closeFrameReceived && codeReceived != 0)
        json.insert(QLatin1String("code_received"), codeReceived);
    if (!serverReason.isEmpty())
        json.insert(QLatin1String("server_reason"), serverReason);
    if (!violation.isEmpty())
        json.insert(QLatin1String("violation"), violation);
    return json;
}

QString CloseInfo::toText() const
{
    QString text;
    switch (initiator) {
    case Initiator::None:
        return QString();
    case Initiator::ClientRequest:
        text = tr("Closed by the client, as asked, with %1.")
                   .arg(codeWithReason(codeSent, reasonSent));
        if (closeFrameReceived)
            text += QLatin1Char(' ')
                + tr("The server answered with %1.")
                      .arg(codeWithReason(codeReceived != 0 ? codeReceived : 1005, serverReason));
        return text;
    case Initiator::ClientDetected:
        text = violation.isEmpty()
            ? tr("Closed by the client after a problem with what the server sent.")
            : tr("Closed by the client after it found a problem in what the server sent: %1")
                  .arg(violation);
        text += QLatin1Char(' ')
            + tr("The client sent %1; the server sent no close frame and gave no reason.")
                  .arg(codeWithReason(codeSent, reasonSent));
        return text;
    case Initiator::Server:
        if (!violation.isEmpty())
            text = tr("Closed by the server: %1").arg(violation);
        else if (codeReceived == 0)
            text = tr("Closed by the server with a close frame without a code (1005 No status "
                      "received).");
        else if (serverReason.isEmpty())
            text = tr("Closed by the server with %1; the server gave no reason.")
                       .arg(Error::closeCodeName(codeReceived));
        else
            text = tr("Closed by the server with %1; reason given by the server: \"%2\".")
                       .arg(Error::closeCodeName(codeReceived), serverReason);
        if (codeSent != 0 && (codeSent != codeReceived || !violation.isEmpty()))
            text += QLatin1Char(' ')
                + tr("The client answered with %1.").arg(codeWithReason(codeSent, reasonSent));
        return text;
    case Initiator::Lost:
        return tr("The connection was lost without a close frame (1006 Abnormal closure).");
    }
    return text;
}

} // namespace maxmon
