#include "phoenixprinter.h"

#include <maxmon/messagerecord.h>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace maxmon::cli {

namespace {

QJsonValue orNull(const std::optional<QString> &text)
{
    return text ? QJsonValue(*text) : QJsonValue(QJsonValue::Null);
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QString PhoenixEvent::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Reply:
        return QStringLiteral("reply");
    case Kind::Broadcast:
        return QStringLiteral("broadcast");
    case Kind::Presence:
        return QStringLiteral("presence");
    case Kind::Error:
        return QStringLiteral("error");
    case Kind::System:
        return QStringLiteral("system");
    }
    return QString();
}

QByteArray PhoenixPrinter::format(const PhoenixEvent &event) const
{
    return m_mode == Mode::Json ? json(event) : human(event);
}

QByteArray PhoenixPrinter::compact(const QJsonValue &value)
{
    // QJsonDocument holds only objects and arrays: wrap the value, drop the brackets
    const QByteArray wrapped = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

QByteArray PhoenixPrinter::binary(const QByteArray &data) const
{
    return m_hexBinary ? data.toHex() : data.toBase64();
}

QByteArray PhoenixPrinter::human(const PhoenixEvent &event) const
{
    QByteArrayList parts;
    parts << QDateTime::fromMSecsSinceEpoch(event.timeUs / 1000)
                 .toString(QStringLiteral("HH:mm:ss.zzz"))
                 .toLatin1();
    parts << (event.topic.isEmpty() ? QByteArray("-") : event.topic.toUtf8());
    parts << PhoenixEvent::kindName(event.kind).toUtf8();
    if (!event.event.isEmpty())
        parts << event.event.toUtf8();
    if (!event.status.isEmpty())
        parts << event.status.toUtf8();
    const QJsonObject object = event.payload.toObject();
    if (event.binaryPayload) {
        parts << tr("binary %n byte(s):", nullptr, static_cast<int>(event.binaryPayload->size()))
                     .toUtf8();
        if (!event.binaryPayload->isEmpty())
            parts << binary(*event.binaryPayload);
    } else if (event.kind == PhoenixEvent::Kind::Error) {
        parts << '[' + object.value(QLatin1String("code")).toString().toUtf8() + ']';
        parts << object.value(QLatin1String("message")).toString().toUtf8();
    } else if (event.kind == PhoenixEvent::Kind::System) {
        parts << object.value(QLatin1String("message")).toString().toUtf8();
    } else if (event.kind == PhoenixEvent::Kind::Presence) {
        parts << object.value(QLatin1String("key")).toString().toUtf8();
        parts << compact(object.value(QLatin1String("metas")));
    } else if (!event.payload.isNull() && !event.payload.isUndefined()) {
        parts << compact(event.payload);
    }
    if (event.ref)
        parts << "ref=" + event.ref->toUtf8();
    return parts.join(' ');
}

QByteArray PhoenixPrinter::json(const PhoenixEvent &event) const
{
    QJsonObject line { { QLatin1String("kind"), PhoenixEvent::kindName(event.kind) },
                       { QLatin1String("time"), MessageRecord::formatTime(event.timeUs) },
                       { QLatin1String("topic"), orNull(event.topic) },
                       { QLatin1String("event"), orNull(event.event) },
                       { QLatin1String("ref"), orNull(event.ref) },
                       { QLatin1String("join_ref"), orNull(event.joinRef) },
                       { QLatin1String("status"), orNull(event.status) },
                       { QLatin1String("payload"),
                         event.payload.isUndefined() ? QJsonValue() : event.payload } };
    if (event.binaryPayload) {
        line.insert(QLatin1String("payload"), QString::fromLatin1(binary(*event.binaryPayload)));
        line.insert(QLatin1String("binary"), true);
    }
    return QJsonDocument(line).toJson(QJsonDocument::Compact);
}

} // namespace maxmon::cli
