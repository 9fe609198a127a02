#include "waiter.h"

#include <QTest>

namespace maxmon::testing::detail {

Check waitUntil(const std::function<bool()> &done, int timeoutMs, const QString &what,
                const std::function<QString()> &seen, const std::function<QString()> &failed)
{
    QString early;
    const auto finished = [&] {
        if (done())
            return true;
        if (failed)
            early = failed();
        return !early.isEmpty();
    };
    if (QTest::qWaitFor(finished, qMax(timeoutMs, 0)) && early.isEmpty())
        return Check::pass();
    if (done())
        return Check::pass();
    if (!early.isEmpty())
        return Check::fail(QStringLiteral("gave up waiting for %1: %2").arg(what, early));
    return Check::fail(QStringLiteral("waited %1 ms for %2: %3").arg(timeoutMs).arg(what, seen()));
}

QString describe(const Message &message)
{
    constexpr int maxLength = 120;
    QString text;
    switch (message.kind()) {
    case Message::Kind::Text:
    case Message::Kind::Json:
        text = QLatin1Char('"') + message.text() + QLatin1Char('"');
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
    if (text.size() > maxLength)
        text = text.left(maxLength) + QStringLiteral("... (%1 characters)").arg(text.size());
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
