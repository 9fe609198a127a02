#include "scriptedroute.h"

namespace maxmon::testing {

namespace {

// \0 .. \9 in a reply stand for the captures of the rule's pattern.
const QRegularExpression &captureReference()
{
    static const QRegularExpression reference(QStringLiteral("\\\\(\\d)"));
    return reference;
}

QString substitute(const QString &reply, const QRegularExpressionMatch &match)
{
    QString result;
    qsizetype from = 0;
    QRegularExpressionMatchIterator it = captureReference().globalMatch(reply);
    while (it.hasNext()) {
        const QRegularExpressionMatch reference = it.next();
        result += reply.mid(from, reference.capturedStart() - from);
        result += match.captured(reference.captured(1).toInt());
        from = reference.capturedEnd();
    }
    return result + reply.mid(from);
}

} // namespace

std::optional<QString> ScriptedRoute::replyTo(const QString &text) const
{
    for (const TextRule &rule : textRules) {
        if (rule.predicate) {
            if (rule.predicate(text))
                return rule.reply;
            continue;
        }
        const QRegularExpressionMatch match = rule.pattern.match(text);
        if (match.hasMatch())
            return substitute(rule.reply, match);
    }
    return std::nullopt;
}

Check ScriptedRoute::fromConvention(const QString &path, const QUrlQuery &query,
                                    ScriptedRoute *route)
{
    *route = ScriptedRoute();
    if (path == QLatin1String("/sink")) {
        route->sink = true;
    } else if (path == QLatin1String("/hang")) {
        route->handshake = Handshake::Hang;
    } else if (path.startsWith(QLatin1String("/reject/"))) {
        bool ok = false;
        const int status = path.mid(8).toInt(&ok);
        const QString problem = ok ? checkStatus(status)
                                   : QStringLiteral("'%1' is not an HTTP status").arg(path.mid(8));
        if (!problem.isEmpty())
            return Check::fail(problem);
        route->handshake = Handshake::Refuse;
        route->status = status;
    } else if (path.startsWith(QLatin1String("/close/"))) {
        bool ok = false;
        Close close;
        close.code = path.mid(7).toInt(&ok);
        close.reason = query.queryItemValue(QStringLiteral("reason"), QUrl::FullyDecoded);
        if (query.hasQueryItem(QStringLiteral("after")))
            close.delayMs = query.queryItemValue(QStringLiteral("after")).toInt();
        QString problem = ok ? checkCloseCode(close.code)
                             : QStringLiteral("'%1' is not a close code").arg(path.mid(7));
        if (problem.isEmpty())
            problem = checkReason(close.reason);
        if (!problem.isEmpty())
            return Check::fail(problem);
        route->close = close;
    }
    return Check::pass();
}

QString ScriptedRoute::checkPath(const QString &path)
{
    if (!path.startsWith(QLatin1Char('/')))
        return QStringLiteral("the path '%1' does not start with '/'").arg(path);
    if (path.contains(QLatin1Char('?')))
        return QStringLiteral("the path '%1' has a query: rules are per path").arg(path);
    return {};
}

QString ScriptedRoute::checkStatus(int status)
{
    // 1xx would not end the handshake, and 101 would accept it
    if (status < 200 || status > 599)
        return QStringLiteral("HTTP status %1 cannot refuse a handshake: use 200 to 599")
            .arg(status);
    return {};
}

QString ScriptedRoute::checkCloseCode(int code)
{
    // RFC 6455 7.4: 1004-1006 and 1015 are reserved, below 1000 unused, above 4999 invalid
    const bool allowed = (code >= 1000 && code <= 1003) || (code >= 1007 && code <= 1014)
        || (code >= 3000 && code <= 4999);
    if (!allowed)
        return QStringLiteral("close code %1 may not be sent: use 1000-1003, 1007-1014 or "
                              "3000-4999")
            .arg(code);
    return {};
}

QString ScriptedRoute::checkReason(const QString &reason)
{
    // a close frame's payload is at most 125 bytes, 2 of them the code
    const qsizetype size = reason.toUtf8().size();
    if (size > 123)
        return QStringLiteral("a close reason of %1 bytes does not fit in a close frame (at "
                              "most 123 bytes of UTF-8)")
            .arg(size);
    return {};
}

QString ScriptedRoute::checkPattern(const QRegularExpression &pattern, const QString &reply)
{
    if (!pattern.isValid())
        return QStringLiteral("invalid regular expression '%1': %2 at offset %3")
            .arg(pattern.pattern(), pattern.errorString())
            .arg(pattern.patternErrorOffset());
    QRegularExpressionMatchIterator it = captureReference().globalMatch(reply);
    while (it.hasNext()) {
        const int group = it.next().captured(1).toInt();
        if (group > pattern.captureCount())
            return QStringLiteral("the reply '%1' uses \\%2, but '%3' has %4 capture group(s)")
                .arg(reply)
                .arg(group)
                .arg(pattern.pattern())
                .arg(pattern.captureCount());
    }
    return {};
}

} // namespace maxmon::testing
