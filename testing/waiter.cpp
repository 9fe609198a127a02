#include "waiter.h"

#include <QCoreApplication>
#include <QDeadlineTimer>

namespace maxmon::testing::detail {

Check waitUntil(const std::function<bool()> &done, int timeoutMs, const QString &what,
                const std::function<QString()> &seen, const std::function<QString()> &failed)
{
    // Not QTest::qWaitFor(): it sleeps 10 ms between rounds of events, which
    // stalls servers and proxies in this process that live on short timers.
    // Events are processed the whole time, in slices short enough to notice
    // the condition at once (as QTRY_VERIFY does).
    constexpr int sliceMs = 5;
    QDeadlineTimer deadline(qMax(timeoutMs, 0), Qt::PreciseTimer);
    while (!done()) {
        if (const QString early = failed ? failed() : QString(); !early.isEmpty())
            return Check::fail(QStringLiteral("gave up waiting for %1: %2").arg(what, early));
        if (deadline.hasExpired())
            return Check::fail(
                QStringLiteral("waited %1 ms for %2: %3").arg(timeoutMs).arg(what, seen()));
        QCoreApplication::processEvents(
            QEventLoop::AllEvents,
            static_cast<int>(qMin<qint64>(deadline.remainingTime(), sliceMs)));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    return Check::pass();
}

QString quoted(const QString &text)
{
    constexpr int maxLength = 120;
    if (text.size() <= maxLength)
        return QLatin1Char('"') + text + QLatin1Char('"');
    return QStringLiteral("\"%1...\" (%2 characters)").arg(text.left(maxLength)).arg(text.size());
}

QString describe(const Message &message)
{
    QString text;
    switch (message.kind()) {
    case Message::Kind::Text:
    case Message::Kind::Json:
        text = quoted(message.text());
        break;
    case Message::Kind::Close:
        text =
            QStringLiteral("close %1 \"%2\"").arg(message.closeCode()).arg(message.closeReason());
        break;
    default:
        text = QStringLiteral("%1 bytes: %2")
                   .arg(message.size())
                   .arg(QString::fromLatin1(message.payload().left(48).toHex(' ')));
        break;
    }
    return QStringLiteral("%1 %2").arg(Message::kindName(message.kind()), text);
}

QString describe(const QList<Message> &messages, int limit)
{
    if (messages.isEmpty())
        return QStringLiteral("no message arrived");
    QStringList lines;
    const qsizetype first = qMax<qsizetype>(0, messages.size() - limit);
    if (first > 0)
        lines.append(QStringLiteral("  (%1 earlier not shown)").arg(first));
    for (qsizetype i = first; i < messages.size(); ++i)
        lines.append(QStringLiteral("  [%1] %2").arg(i).arg(describe(messages.at(i))));
    return QStringLiteral("%1 message(s) arrived:\n%2")
        .arg(messages.size())
        .arg(lines.join(QLatin1Char('\n')));
}

QString listOrNone(const QStringList &items)
{
    return items.isEmpty() ? QStringLiteral("none") : items.join(QStringLiteral(", "));
}

} // namespace maxmon::testing::detail
