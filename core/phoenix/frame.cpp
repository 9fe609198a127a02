#include <maxmon/phoenix/frame.h>

#include <QCoreApplication>
#include <QDebug>

namespace maxmon::phoenix {

Frame Frame::json(std::optional<QString> joinRef, std::optional<QString> ref, QString topic,
                  QString event, QJsonValue payload)
{
    Frame frame;
    frame.joinRef = std::move(joinRef);
    frame.ref = std::move(ref);
    frame.topic = std::move(topic);
    frame.event = std::move(event);
    frame.payload = std::move(payload);
    return frame;
}

Frame Frame::binary(std::optional<QString> joinRef, std::optional<QString> ref, QString topic,
                    QString event, QByteArray payload)
{
    Frame frame =
        json(std::move(joinRef), std::move(ref), std::move(topic), std::move(event), QJsonValue());
    frame.binaryPayload = std::move(payload);
    frame.isBinary = true;
    return frame;
}

Frame Frame::binaryReply(QString joinRef, QString ref, QString topic, QString status,
                         QByteArray response)
{
    Frame frame = binary(std::move(joinRef), std::move(ref), std::move(topic), events::reply(),
                         std::move(response));
    frame.payload = QJsonObject { { QLatin1String("status"), status } };
    return frame;
}

bool Frame::isReply() const
{
    return event == events::reply();
}

QString Frame::replyStatus() const
{
    if (!isReply())
        return {};
    return payload.toObject().value(QLatin1String("status")).toString();
}

bool operator==(const Frame &a, const Frame &b)
{
    return a.joinRef == b.joinRef && a.ref == b.ref && a.topic == b.topic && a.event == b.event
        && a.isBinary == b.isBinary && a.payload == b.payload && a.binaryPayload == b.binaryPayload;
}

QDebug operator<<(QDebug debug, const Frame &frame)
{
    const QDebugStateSaver saver(debug);
    const auto ref = [](const std::optional<QString> &value) {
        return value ? QLatin1Char('"') + *value + QLatin1Char('"') : QStringLiteral("null");
    };
    debug.nospace().noquote() << "Frame(" << ref(frame.joinRef) << ", " << ref(frame.ref) << ", "
                              << frame.topic << ", " << frame.event << ", ";
    if (frame.isBinary)
        debug << "binary " << frame.binaryPayload.toHex(' ') << ", " << frame.payload << ')';
    else
        debug << frame.payload << ')';
    return debug;
}

QString jsonTypeName(const QJsonValue &value)
{
    const char *name = QT_TRANSLATE_NOOP("maxmon::phoenix::Frame", "missing");
    switch (value.type()) {
    case QJsonValue::Null:
        name = QT_TRANSLATE_NOOP("maxmon::phoenix::Frame", "null");
        break;
    case QJsonValue::Bool:
        name = QT_TRANSLATE_NOOP("maxmon::phoenix::Frame", "a boolean");
        break;
    case QJsonValue::Double:
        name = QT_TRANSLATE_NOOP("maxmon::phoenix::Frame", "a number");
        break;
    case QJsonValue::String:
        name = QT_TRANSLATE_NOOP("maxmon::phoenix::Frame", "a string");
        break;
    case QJsonValue::Array:
        name = QT_TRANSLATE_NOOP("maxmon::phoenix::Frame", "an array");
        break;
    case QJsonValue::Object:
        name = QT_TRANSLATE_NOOP("maxmon::phoenix::Frame", "an object");
        break;
    case QJsonValue::Undefined:
        break;
    }
    return Frame::tr(name);
}

} // namespace maxmon::phoenix
