#pragma once

#include <maxmon/maxmon_core_export.h>
#include <maxmon/message.h>
#include <maxmon/messagetype.h>
#include <maxmon/validationerror.h>

#include <QJsonObject>

namespace maxmon {

/// Writes and reads typed messages (see isMessageType) as JSON objects whose
/// "type" field names the type: `{"type":"event", ...}`. Every failure is a
/// ValidationError naming the field; nothing throws, whatever the input.
///
/// @code
/// Validated<Message> message = MessageSerializer::serialize(event);
/// Validated<Event> back = MessageSerializer::deserialize<Event>(*message);
/// @endcode
class MAXMON_CORE_EXPORT MessageSerializer
{
    Q_DECLARE_TR_FUNCTIONS(maxmon::MessageSerializer)

public:
    /// The key that names the type: "type".
    static QString typeKey() { return QStringLiteral("type"); }

    /// The value's fields plus "type"; the value is not validated.
    template<typename T>
    static QJsonObject toJsonObject(const T &value)
    {
        static_assert(checkMessageType<T>());
        QJsonObject object = value.toJson();
        object.insert(typeKey(), T::messageType());
        return object;
    }

    /// A JSON message for a valid value; an invalid one is refused.
    template<typename T>
    static Validated<Message> serialize(const T &value,
                                        Message::Direction direction = Message::Direction::Outgoing)
    {
        static_assert(checkMessageType<T>());
        if (ValidationResult valid = value.validate(); !valid)
            return invalid(valid.error());
        return Message::fromJson(direction, QJsonDocument(toJsonObject(value)));
    }

    /// The value an object holds: "type" must name T, the fields must read
    /// and the value must validate.
    template<typename T>
    static Validated<T> deserialize(const QJsonObject &object)
    {
        static_assert(checkMessageType<T>());
        if (ValidationResult typed = checkType(object, T::messageType()); !typed)
            return invalid(typed.error());
        Validated<T> value = T::fromJson(object);
        if (!value)
            return value;
        if (ValidationResult valid = value->validate(); !valid)
            return invalid(valid.error());
        return value;
    }

    /// deserialize() of the JSON object a message holds.
    template<typename T>
    static Validated<T> deserialize(const Message &message)
    {
        Validated<QJsonObject> object = objectOf(message);
        if (!object)
            return invalid(object.error());
        return deserialize<T>(*object);
    }

    /// deserialize() of the JSON object a text holds.
    template<typename T>
    static Validated<T> deserialize(const QByteArray &json)
    {
        Validated<QJsonObject> object = objectOf(json);
        if (!object)
            return invalid(object.error());
        return deserialize<T>(*object);
    }

    /// The JSON object a message holds, or why it holds none.
    static Validated<QJsonObject> objectOf(const Message &message);
    /// The JSON object a text holds, or why it holds none.
    static Validated<QJsonObject> objectOf(const QByteArray &json);
    /// Whether "type" is present and names the expected type.
    static ValidationResult checkType(const QJsonObject &object, const QString &expected);
};

} // namespace maxmon
