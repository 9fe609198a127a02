#include <maxmon/messageserializer.h>

#include <QJsonParseError>

namespace maxmon {

Validated<QJsonObject> MessageSerializer::objectOf(const Message &message)
{
    if (message.isNull())
        return invalid(QString(), tr("the message is empty (null)"));
    if (!message.isTextFrame()) {
        return invalid(QString(),
                       tr("a %1 message cannot hold JSON").arg(Message::kindName(message.kind())));
    }
    const QJsonDocument document = message.json();
    if (document.isNull()) {
        const QString why = message.jsonError();
        return invalid(QString(),
                       why.isEmpty() ? tr("not a JSON object") : tr("not valid JSON: %1").arg(why));
    }
    if (!document.isObject())
        return invalid(QString(), tr("must be a JSON object, not an array"));
    return document.object();
}

Validated<QJsonObject> MessageSerializer::objectOf(const QByteArray &json)
{
    return objectOf(Message::fromText(Message::Direction::Incoming, json));
}

ValidationResult MessageSerializer::checkType(const QJsonObject &object, const QString &expected)
{
    const QJsonValue type = object.value(typeKey());
    if (type.isUndefined())
        return invalid(typeKey(), tr("missing: expected \"%1\"").arg(expected));
    if (!type.isString())
        return invalid(typeKey(), tr("must be a string"));
    if (type.toString() != expected) {
        return invalid(typeKey(), tr("is \"%1\", expected \"%2\"").arg(type.toString(), expected));
    }
    return {};
}

} // namespace maxmon
