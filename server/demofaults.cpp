#include "server/demofaults.h"

#include <maxmon/units.h>

#include <QCoreApplication>
#include <QStringList>

namespace maxmon {

namespace {

Error invalid(const QString &parameter, const QString &message)
{
    return Error(Error::Code::InvalidConfig, parameter + QStringLiteral(": ") + message);
}

// A duration parameter within [0, max], or the error naming it.
Result<qint64> duration(const QUrlQuery &query, const QString &key, qint64 max)
{
    const Result<qint64> ms = parseDurationMs(query.queryItemValue(key, QUrl::FullyDecoded));
    if (!ms)
        return failure(invalid(key, ms.error().message()));
    if (*ms > max)
        return failure(invalid(key, DemoFaults::tr("at most %1 ms").arg(max)));
    return *ms;
}

} // namespace

bool DemoFaults::isSendableCloseCode(int code)
{
    return (code >= 1000 && code <= 1003) || (code >= 1007 && code <= 1014)
        || (code >= 3000 && code <= 4999);
}

Result<DemoFaults> DemoFaults::fromQuery(const QUrlQuery &query, const DemoFaults &defaults)
{
    DemoFaults faults = defaults;
    const QString close = QStringLiteral("close");
    const QString after = QStringLiteral("after");
    const QString reason = QStringLiteral("reason");
    const QString freeze = QStringLiteral("freeze");
    const QString delay = QStringLiteral("delay");
    if (query.hasQueryItem(close)) {
        bool ok = false;
        const int code = query.queryItemValue(close).toInt(&ok);
        if (!ok || !isSendableCloseCode(code))
            return failure(invalid(close,
                                   tr("a close code a server may send: 1000-1003, 1007-1014 or "
                                      "3000-4999")));
        faults.closeCode = code;
        faults.closeAfterMs = 0;
    }
    if (query.hasQueryItem(after)) {
        if (!faults.closes())
            return failure(invalid(after, tr("needs close=CODE")));
        const Result<qint64> ms = duration(query, after, maxAfterMs);
        if (!ms)
            return failure(ms.error());
        faults.closeAfterMs = *ms;
    }
    if (query.hasQueryItem(reason)) {
        faults.closeReason = query.queryItemValue(reason, QUrl::FullyDecoded);
        // a close frame holds 125 bytes, 2 of them the code
        if (faults.closeReason.toUtf8().size() > 123)
            return failure(invalid(reason, tr("at most 123 bytes of UTF-8")));
    }
    if (query.hasQueryItem(freeze)) {
        const Result<qint64> ms = duration(query, freeze, maxAfterMs);
        if (!ms)
            return failure(ms.error());
        faults.freezeAfterMs = *ms;
    }
    if (query.hasQueryItem(delay)) {
        const Result<qint64> ms = duration(query, delay, maxDelayMs);
        if (!ms)
            return failure(ms.error());
        faults.delayMs = *ms;
    }
    return faults;
}

QString DemoFaults::toText() const
{
    QStringList parts;
    if (closes())
        parts.append(tr("close %1 after %2 ms").arg(closeCode).arg(closeAfterMs));
    if (freezes())
        parts.append(tr("freeze after %1 ms").arg(freezeAfterMs));
    if (delayMs > 0)
        parts.append(tr("delay %1 ms").arg(delayMs));
    return parts.isEmpty() ? tr("none") : parts.join(QLatin1String(", "));
}

} // namespace maxmon
