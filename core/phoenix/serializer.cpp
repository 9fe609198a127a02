#include <maxmon/phoenix/serializer.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace maxmon::phoenix {

namespace {

// the kind byte of a binary frame (Phoenix's V2 serializer)
enum BinaryKind : quint8 { PushKind = 0, ReplyKind = 1, BroadcastKind = 2 };

QString kindName(int kind)
{
    switch (kind) {
    case PushKind:
        return QStringLiteral("push");
    case ReplyKind:
        return QStringLiteral("reply");
    case BroadcastKind:
        return QStringLiteral("broadcast");
    default:
        return QStringLiteral("unknown");
    }
}

QJsonValue refToJson(const std::optional<QString> &ref)
{
    return ref ? QJsonValue(*ref) : QJsonValue(QJsonValue::Null);
}

QJsonValue definedOrNull(const QJsonValue &value)
{
    return value.isUndefined() ? QJsonValue(QJsonValue::Null) : value;
}

} // namespace

Serializer::Serializer(Version version)
    : m_version(version)
{ }

QString Serializer::versionString(Version version)
{
    return version == Version::V1 ? QStringLiteral("1.0.0") : QStringLiteral("2.0.0");
}

std::optional<Serializer::Version> Serializer::versionFromString(const QString &vsn)
{
    if (vsn == QLatin1String("1.0.0"))
        return Version::V1;
    if (vsn == QLatin1String("2.0.0"))
        return Version::V2;
    return std::nullopt;
}

// ---- decoding ---------------------------------------------------------------

namespace {

Error decodeError(const QString &message, const QString &detail, const QString &hint = {})
{
    return Error(Error::Code::PhoenixError, message, detail, hint);
}

// A binary header field, with the name used in error messages.
struct Field
{
    const char *name;
    QString *out;
};

// What a binary frame's header holds; a reply's status is its event.
struct BinaryHeader
{
    QString joinRef;
    QString ref;
    QString topic;
    QString event;
};

// The header fields of each kind, in order (see the table in serializer.h),
// each read into header; empty for an unknown kind.
QList<Field> headerFields(int kind, Sender sender, BinaryHeader *header)
{
    if (kind == PushKind && sender == Sender::Client) {
        return { { "join_ref", &header->joinRef },
                 { "ref", &header->ref },
                 { "topic", &header->topic },
                 { "event", &header->event } };
    }
    if (kind == PushKind)
        return { { "join_ref", &header->joinRef },
                 { "topic", &header->topic },
                 { "event", &header->event } };
    if (kind == ReplyKind) {
        return { { "join_ref", &header->joinRef },
                 { "ref", &header->ref },
                 { "topic", &header->topic },
                 { "status", &header->event } };
    }
    if (kind == BroadcastKind)
        return { { "topic", &header->topic }, { "event", &header->event } };
    return {};
}

} // namespace

Result<Frame> Serializer::decodeBinary(const QByteArray &data, Sender sender) const
{
    const QString detail =
        (sender == Sender::Client
             ? tr("Phoenix protocol %1, binary frame of %2 bytes from the client")
             : tr("Phoenix protocol %1, binary frame of %2 bytes from the server"))
            .arg(versionString(m_version))
            .arg(data.size());
    if (m_version == Version::V1) {
        return failure(decodeError(tr("protocol 1.0.0 has no binary frames"), detail,
                                   tr("Connect with vsn=2.0.0 to use binary payloads.")));
    }
    if (data.isEmpty()) {
        return failure(decodeError(
            tr("binary frame is empty: expected a kind byte (0 push, 1 reply, 2 broadcast)"),
            detail));
    }

    const int kind = quint8(data.at(0));
    BinaryHeader header;
    const QList<Field> fields = headerFields(kind, sender, &header);
    if (fields.isEmpty()) {
        return failure(decodeError(
            tr("binary frame has unknown kind %1 (expected 0 push, 1 reply or 2 broadcast)")
                .arg(kind),
            detail));
    }

    if (sender == Sender::Client && kind != PushKind) {
        return failure(decodeError(
            tr("binary frame of kind %1 (%2) can only come from the server, not the client")
                .arg(kind)
                .arg(kindName(kind)),
            detail));
    }

    const qsizetype headerSize = 1 + fields.size();
    if (data.size() < headerSize) {
        return failure(decodeError(
            tr("binary frame of kind %1 (%2) truncated: the header needs %3 bytes, the frame "
               "has %4")
                .arg(kind)
                .arg(kindName(kind))
                .arg(headerSize)
                .arg(data.size()),
            detail));
    }

    qsizetype offset = headerSize;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const qsizetype size = quint8(data.at(1 + i));
        const qsizetype left = data.size() - offset;
        if (size > left) {
            return failure(decodeError(
                tr("binary frame of kind %1 (%2) truncated: header says %3 is %4 bytes, %5 left")
                    .arg(kind)
                    .arg(kindName(kind))
                    .arg(QLatin1String(fields.at(i).name))
                    .arg(size)
                    .arg(left),
                detail));
        }
        // Like the JavaScript client's TextDecoder: invalid UTF-8 becomes U+FFFD.
        *fields.at(i).out = QString::fromUtf8(data.constData() + offset, size);
        offset += size;
    }
    const QByteArray payload = data.mid(offset);

    switch (kind) {
    case PushKind:
        return Frame::binary(header.joinRef,
                             sender == Sender::Client ? std::optional<QString>(header.ref)
                                                      : std::nullopt,
                             header.topic, header.event, payload);
    case ReplyKind:
        return Frame::binaryReply(header.joinRef, header.ref, header.topic, header.event, payload);
    default:
        return Frame::binary(std::nullopt, std::nullopt, header.topic, header.event, payload);
    }
}

Result<Frame> Serializer::decodeText(const QByteArray &utf8) const
{
    const QString detail = tr("Phoenix protocol %1, text frame of %2 bytes")
                               .arg(versionString(m_version))
                               .arg(utf8.size());
    if (utf8.trimmed().isEmpty())
        return failure(decodeError(tr("text frame is empty"), detail));

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(utf8, &parseError);
    if (parseError.error == QJsonParseError::NoError)
        return decodeDocument(document);

    // QJsonDocument only parses arrays and objects: a lone scalar ("42",
    // "null") is valid JSON of the wrong shape, not a syntax error.
    QJsonParseError wrappedError;
    const QJsonDocument wrapped = QJsonDocument::fromJson('[' + utf8 + ']', &wrappedError);
    if (wrappedError.error == QJsonParseError::NoError && wrapped.array().size() == 1) {
        const QJsonValue scalar = wrapped.array().at(0);
        if (!scalar.isArray() && !scalar.isObject()) {
            return failure(decodeError(
                m_version == Version::V1
                    ? tr("text frame is not a JSON object (protocol 1.0.0): got %1")
                          .arg(jsonTypeName(scalar))
                    : tr("text frame is not a 5-element array: got %1").arg(jsonTypeName(scalar)),
                detail));
        }
    }
    return failure(decodeError(tr("text frame is not valid JSON: %1 at offset %2")
                                   .arg(parseError.errorString())
                                   .arg(parseError.offset),
                               detail));
}

Result<Frame> Serializer::decodeDocument(const QJsonDocument &document) const
{
    const QJsonValue value =
        document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    return m_version == Version::V1 ? decodeObject(value) : decodeArray(value);
}

Result<Frame> Serializer::decodeArray(const QJsonValue &value) const
{
    const QString detail = tr("Phoenix protocol 2.0.0: [join_ref, ref, topic, event, payload]");
    if (!value.isArray()) {
        const bool looksLikeV1 = value.toObject().contains(QLatin1String("topic"));
        return failure(decodeError(
            tr("text frame is not a 5-element array: got %1").arg(jsonTypeName(value)), detail,
            looksLikeV1 ? tr("This looks like protocol 1.0.0: connect with vsn=1.0.0.")
                        : QString()));
    }
    const QJsonArray array = value.toArray();
    if (array.size() != 5) {
        return failure(decodeError(
            tr("text frame is not a 5-element array: it has %1 elements").arg(array.size()),
            detail));
    }

    Frame frame;
    const char *refNames[] = { "join_ref", "ref" };
    std::optional<QString> *refs[] = { &frame.joinRef, &frame.ref };
    for (int i = 0; i < 2; ++i) {
        const QJsonValue element = array.at(i);
        if (element.isString()) {
            *refs[i] = element.toString();
        } else if (!element.isNull()) {
            return failure(decodeError(tr("%1 must be a string or null, got %2")
                                           .arg(QLatin1String(refNames[i]), jsonTypeName(element)),
                                       detail));
        }
    }
    const char *names[] = { "topic", "event" };
    QString *strings[] = { &frame.topic, &frame.event };
    for (int i = 0; i < 2; ++i) {
        const QJsonValue element = array.at(2 + i);
        if (!element.isString()) {
            return failure(decodeError(tr("%1 must be a string, got %2")
                                           .arg(QLatin1String(names[i]), jsonTypeName(element)),
                                       detail));
        }
        *strings[i] = element.toString();
    }
    frame.payload = array.at(4);
    return frame;
}

Result<Frame> Serializer::decodeObject(const QJsonValue &value) const
{
    const QString detail = tr("Phoenix protocol 1.0.0: {\"topic\", \"event\", \"payload\", "
                              "\"ref\", \"join_ref\"}");
    if (!value.isObject()) {
        const bool looksLikeV2 = value.toArray().size() == 5;
        return failure(decodeError(
            tr("text frame is not a JSON object (protocol 1.0.0): got %1").arg(jsonTypeName(value)),
            detail,
            looksLikeV2 ? tr("This looks like protocol 2.0.0: connect with vsn=2.0.0.")
                        : QString()));
    }
    const QJsonObject object = value.toObject();
    for (const char *key : { "topic", "event", "payload", "ref" }) {
        if (!object.contains(QLatin1String(key))) {
            return failure(decodeError(
                tr("text frame has no \"%1\" key (protocol 1.0.0 needs topic, event, payload "
                   "and ref)")
                    .arg(QLatin1String(key)),
                detail));
        }
    }

    Frame frame;
    const char *names[] = { "topic", "event" };
    QString *strings[] = { &frame.topic, &frame.event };
    for (int i = 0; i < 2; ++i) {
        const QJsonValue element = object.value(QLatin1String(names[i]));
        if (!element.isString()) {
            return failure(decodeError(tr("%1 must be a string, got %2")
                                           .arg(QLatin1String(names[i]), jsonTypeName(element)),
                                       detail));
        }
        *strings[i] = element.toString();
    }
    const char *refNames[] = { "join_ref", "ref" };
    std::optional<QString> *refs[] = { &frame.joinRef, &frame.ref };
    for (int i = 0; i < 2; ++i) {
        // join_ref may be absent: the server's 1.0.0 serializer never writes it
        const QJsonValue element = object.value(QLatin1String(refNames[i]));
        if (element.isString()) {
            *refs[i] = element.toString();
        } else if (!element.isNull() && !element.isUndefined()) {
            return failure(decodeError(tr("%1 must be a string or null, got %2")
                                           .arg(QLatin1String(refNames[i]), jsonTypeName(element)),
                                       detail));
        }
    }
    frame.payload = object.value(QLatin1String("payload"));
    return frame;
}

Result<Frame> Serializer::decode(const Message &message) const
{
    if (message.isNull())
        return failure(decodeError(tr("no message to decode"), QString()));
    switch (message.kind()) {
    case Message::Kind::Binary:
        return decodeBinary(message.payload(),
                            message.direction() == Message::Direction::Incoming ? Sender::Server
                                                                                : Sender::Client);
    case Message::Kind::Json:
        // already parsed once by the message, and shared by all its copies
        return decodeDocument(message.json());
    case Message::Kind::Text:
        return decodeText(message.payload());
    case Message::Kind::Ping:
    case Message::Kind::Pong:
    case Message::Kind::Close:
        break;
    }
    return failure(decodeError(
        tr("a WebSocket %1 frame is not a Phoenix frame").arg(Message::kindName(message.kind())),
        QString()));
}

// ---- encoding ---------------------------------------------------------------

Result<QByteArray> Serializer::encode(const Frame &frame, Sender sender) const
{
    if (frame.isBinary)
        return encodeBinary(frame, sender);
    if (m_version == Version::V1) {
        QJsonObject object { { QLatin1String("topic"), frame.topic },
                             { QLatin1String("event"), frame.event },
                             { QLatin1String("payload"), definedOrNull(frame.payload) },
                             { QLatin1String("ref"), refToJson(frame.ref) } };
        if (frame.joinRef)
            object.insert(QLatin1String("join_ref"), *frame.joinRef);
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    }
    const QJsonArray array { refToJson(frame.joinRef), refToJson(frame.ref), frame.topic,
                             frame.event, definedOrNull(frame.payload) };
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

Result<QByteArray> Serializer::encodeBinary(const Frame &frame, Sender sender) const
{
    if (m_version == Version::V1) {
        return failure(Error(Error::Code::PhoenixError, tr("protocol 1.0.0 has no binary frames"),
                             QString(), tr("Connect with vsn=2.0.0 to use binary payloads.")));
    }

    BinaryKind kind = PushKind;
    QList<QPair<const char *, QString>> fields;
    if (sender == Sender::Client) {
        // what phoenix.js does: a missing ref is written as an empty field
        fields = { { "join_ref", frame.joinRef.value_or(QString()) },
                   { "ref", frame.ref.value_or(QString()) },
                   { "topic", frame.topic },
                   { "event", frame.event } };
    } else if (frame.isReply()) {
        const QJsonValue status = frame.payload.toObject().value(QLatin1String("status"));
        if (!status.isString()) {
            return failure(Error(Error::Code::PhoenixError,
                                 tr("a binary reply needs the payload {\"status\": string}, "
                                    "status is %1")
                                     .arg(jsonTypeName(status))));
        }
        kind = ReplyKind;
        fields = { { "join_ref", frame.joinRef.value_or(QString()) },
                   { "ref", frame.ref.value_or(QString()) },
                   { "topic", frame.topic },
                   { "status", status.toString() } };
    } else if (!frame.joinRef && !frame.ref) {
        kind = BroadcastKind;
        fields = { { "topic", frame.topic }, { "event", frame.event } };
    } else if (frame.ref) {
        return failure(Error(Error::Code::PhoenixError,
                             tr("a binary push from the server has no ref field: ref must be "
                                "null")));
    } else {
        fields = { { "join_ref", *frame.joinRef },
                   { "topic", frame.topic },
                   { "event", frame.event } };
    }

    QList<QByteArray> encoded;
    encoded.reserve(fields.size());
    qsizetype total = 1 + fields.size() + frame.binaryPayload.size();
    for (const auto &[name, text] : fields) {
        encoded.append(text.toUtf8());
        const qsizetype size = encoded.constLast().size();
        if (size > MaxFieldSize) {
            return failure(Error(Error::Code::PhoenixError,
                                 tr("cannot encode %1 in a binary frame: it is %2 bytes, at "
                                    "most %3 fit")
                                     .arg(QLatin1String(name))
                                     .arg(size)
                                     .arg(MaxFieldSize)));
        }
        total += size;
    }

    QByteArray bytes;
    bytes.reserve(total);
    bytes.append(char(kind));
    for (const QByteArray &field : encoded)
        bytes.append(char(quint8(field.size())));
    for (const QByteArray &field : encoded)
        bytes.append(field);
    bytes.append(frame.binaryPayload);
    return bytes;
}

Result<Message> Serializer::encodeMessage(const Frame &frame, Message::Direction direction) const
{
    const Sender sender =
        direction == Message::Direction::Outgoing ? Sender::Client : Sender::Server;
    const Result<QByteArray> bytes = encode(frame, sender);
    if (!bytes)
        return failure(bytes.error());
    return frame.isBinary ? Message::fromBinary(direction, *bytes)
                          : Message::fromText(direction, *bytes);
}

} // namespace maxmon::phoenix
