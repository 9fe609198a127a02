#include "session/recordkeys.h"

#include <maxmon/jsontext.h>
#include <maxmon/messagerecord.h>

#include <QByteArrayView>
#include <QJsonArray>
#include <QJsonParseError>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace maxmon {

namespace {

// QJsonDocument refuses documents nested deeper than this; a record adds one
// level around its payload.
constexpr int qtJsonNestingLimit = 1024;

constexpr qint64 usPerSecond = 1000000;
constexpr qint64 secondsPerDay = 86400;

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
qint64 daysFromCivil(qint64 year, int month, int day)
{
    year -= month <= 2 ? 1 : 0;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const qint64 yearOfEra = year - era * 400;
    const qint64 dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const qint64 dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

void civilFromDays(qint64 days, qint64 *year, int *month, int *day)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra =
        (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 monthIndex = (5 * dayOfYear + 2) / 153;
    *day = static_cast<int>(dayOfYear - (153 * monthIndex + 2) / 5 + 1);
    *month = static_cast<int>(monthIndex < 10 ? monthIndex + 3 : monthIndex - 9);
    *year = yearOfEra + era * 400 + (*month <= 2 ? 1 : 0);
}

int daysInMonth(qint64 year, int month)
{
    static constexpr int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0 && (a < 0) != (b < 0)) ? 1 : 0);
}

const qint64 minTimeUs = daysFromCivil(0, 1, 1) * secondsPerDay * usPerSecond;
const qint64 maxTimeUs = (daysFromCivil(10000, 1, 1) * secondsPerDay) * usPerSecond - 1;

// The text of these bytes, when writing it as a JSON string keeps every byte.
bool textOf(const QByteArray &bytes, QString *text)
{
    if (!QByteArrayView(bytes).isValidUtf8())
        return false;
    *text = Message::utf8ToString(bytes);
    return text->toUtf8() == bytes;
}

QString base64Of(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

// Only the canonical form (standard alphabet, padded): anything else is
// truncated or damaged, and would not be written back the same way.
bool bytesOfBase64(const QString &text, QByteArray *bytes)
{
    const QByteArray ascii = text.toLatin1();
    QByteArray::FromBase64Result decoded =
        QByteArray::fromBase64Encoding(ascii, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.toBase64() != ascii)
        return false;
    *bytes = std::move(decoded.decoded);
    return true;
}

// The document a Json message can be embedded as, so that writing it back
// gives exactly its bytes; a null document when only its text can do that.
QJsonDocument embeddableDocument(const Message &message)
{
    QJsonDocument document = message.json();
    const QByteArray bytes = message.payload();
    if (document.isNull() || JsonText::nestingDepth(bytes) >= qtJsonNestingLimit)
        return {};
    if (document.toJson(QJsonDocument::Compact) != bytes)
        return {};
    return document;
}

} // namespace

QString MessageRecord::formatTime(qint64 timestampUs)
{
    const qint64 us = std::clamp(timestampUs, minTimeUs, maxTimeUs);
    const qint64 seconds = floorDiv(us, usPerSecond);
    const qint64 fraction = us - seconds * usPerSecond;
    const qint64 days = floorDiv(seconds, secondsPerDay);
    const qint64 secondOfDay = seconds - days * secondsPerDay;
    qint64 year = 0;
    int month = 0;
    int day = 0;
    civilFromDays(days, &year, &month, &day);
    return QString::asprintf(
        "%04lld-%02d-%02dT%02lld:%02lld:%02lld.%06lldZ", static_cast<long long>(year), month, day,
        static_cast<long long>(secondOfDay / 3600), static_cast<long long>(secondOfDay / 60 % 60),
        static_cast<long long>(secondOfDay % 60), static_cast<long long>(fraction));
}

bool MessageRecord::parseTime(const QString &text, qint64 *timestampUs)
{
    static const QRegularExpression iso(
        QStringLiteral("^([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})"
                       "(?:\\.([0-9]{1,6}))?(?:(Z)|([+-])([0-9]{2}):([0-9]{2}))$"));
    const QRegularExpressionMatch match = iso.match(text);
    if (!match.hasMatch())
        return false;
    const auto number = [&match](int group) {
        return match.capturedView(group).toInt();
    };
    const qint64 year = number(1);
    const int month = number(2);
    const int day = number(3);
    const int hour = number(4);
    const int minute = number(5);
    const int second = number(6);
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23
        || minute > 59 || second > 59)
        return false;
    qint64 offsetSeconds = 0;
    if (!match.hasCaptured(8)) {
        const int offsetHours = number(10);
        const int offsetMinutes = number(11);
        if (offsetHours > 23 || offsetMinutes > 59)
            return false;
        offsetSeconds = (offsetHours * 3600 + offsetMinutes * 60)
            * (match.capturedView(9) == QLatin1String("-") ? -1 : 1);
    }
    qint64 fraction = 0;
    if (match.hasCaptured(7)) {
        const QString digits = match.captured(7).leftJustified(6, QLatin1Char('0'));
        fraction = digits.toLongLong();
    }
    const qint64 seconds =
        daysFromCivil(year, month, day) * secondsPerDay + hour * 3600 + minute * 60 + second;
    const qint64 us = (seconds - offsetSeconds) * usPerSecond + fraction;
    if (us < minTimeUs || us > maxTimeUs)
        return false;
    *timestampUs = us;
    return true;
}

QJsonObject MessageRecord::toJson(const Message &message)
{
    if (message.isNull())
        return {};
    QJsonObject record { { recordkeys::direction, Message::directionName(message.direction()) },
                         { recordkeys::id, message.id() },
                         { recordkeys::size, message.size() },
                         { recordkeys::time, formatTime(message.timestampUs()) } };
    if (!message.meta().isEmpty())
        record.insert(recordkeys::meta, message.meta());

    Message::Kind kind = message.kind();
    const QByteArray bytes = message.payload();
    QJsonValue payload(QJsonValue::Undefined);
    if (kind == Message::Kind::Json) {
        const QJsonDocument document = embeddableDocument(message);
        if (document.isObject())
            payload = document.object();
        else if (document.isArray())
            payload = document.array();
    }
    if (!message.isTextFrame()) {
        payload = base64Of(bytes);
    } else if (QString text; payload.isUndefined() && textOf(bytes, &text)) {
        payload = text;
    } else if (payload.isUndefined()) {
        kind = Message::Kind::Text;
        record.insert(recordkeys::utf8, false);
        payload = base64Of(bytes);
    }
    record.insert(recordkeys::kind, Message::kindName(kind));
    record.insert(recordkeys::payload, payload);
    return record;
}

QByteArray MessageRecord::encode(const Message &message)
{
    if (message.isNull())
        return {};
    QByteArray line = QJsonDocument(toJson(message)).toJson(QJsonDocument::Compact);
    // Qt 6.4's JSON reader drops a U+FEFF that starts a string (it reads
    // strings with QString::fromUtf8), but keeps the escaped form.
    return line.replace("\xEF\xBB\xBF", "\\ufeff");
}

namespace {

// The first field a record may not have, if any.
std::optional<QString> unknownField(const QJsonObject &record)
{
    static const QStringList known { recordkeys::direction, recordkeys::id,      recordkeys::kind,
                                     recordkeys::meta,      recordkeys::payload, recordkeys::size,
                                     recordkeys::time,      recordkeys::utf8 };
    for (auto it = record.constBegin(); it != record.constEnd(); ++it) {
        if (!known.contains(it.key()))
            return it.key();
    }
    return std::nullopt;
}

// The "time" field in microseconds since the epoch; 0 when there is none.
Validated<qint64> timeOf(const QJsonValue &time)
{
    qint64 timestampUs = 0;
    if (time.isUndefined())
        return timestampUs;
    if (!time.isString())
        return invalid(recordkeys::time, MessageRecord::tr("must be a string"));
    if (!MessageRecord::parseTime(time.toString(), &timestampUs)) {
        return invalid(recordkeys::time,
                       MessageRecord::tr("\"%1\" is not an ISO-8601 time like "
                                         "2024-05-01T12:00:00.123456Z")
                           .arg(time.toString()));
    }
    return timestampUs;
}

// The message a record's payload holds for its kind; rawText: "utf8": false.
Validated<Message> payloadMessage(Message::Kind kind, Message::Direction direction,
                                  const QJsonValue &payload, bool rawText)
{
    Message message;
    QByteArray bytes;
    switch (kind) {
    case Message::Kind::Json:
        if (payload.isObject()) {
            message = Message::fromJson(direction, QJsonDocument(payload.toObject()));
        } else if (payload.isArray()) {
            message = Message::fromJson(direction, QJsonDocument(payload.toArray()));
        } else if (payload.isString()) {
            message = Message::fromText(direction, payload.toString().toUtf8());
            if (message.kind() != Message::Kind::Json) {
                const QString why = message.jsonError();
                return invalid(
                    recordkeys::payload,
                    MessageRecord::tr("the text of a json record must be a JSON object or array%1")
                        .arg(why.isEmpty() ? QString() : QStringLiteral(": ") + why));
            }
        } else {
            return invalid(recordkeys::payload,
                           MessageRecord::tr("must be a JSON object, array or string"));
        }
        break;
    case Message::Kind::Text:
        if (!payload.isString())
            return invalid(recordkeys::payload, MessageRecord::tr("must be a string"));
        if (rawText) {
            if (!bytesOfBase64(payload.toString(), &bytes))
                return invalid(recordkeys::payload,
                               MessageRecord::tr("with \"utf8\":false it must be padded base64; "
                                                 "it is truncated or has stray characters"));
        } else {
            bytes = payload.toString().toUtf8();
        }
        message = Message::fromText(direction, bytes);
        break;
    case Message::Kind::Binary:
    case Message::Kind::Ping:
    case Message::Kind::Pong:
    case Message::Kind::Close:
        if (!payload.isString() || !bytesOfBase64(payload.toString(), &bytes))
            return invalid(recordkeys::payload,
                           MessageRecord::tr("must be padded base64; it is truncated, has stray "
                                             "characters or is not a string"));
        message = kind == Message::Kind::Binary ? Message::fromBinary(direction, bytes)
                                                : Message::control(kind, direction, bytes);
        break;
    }
    return message;
}

} // namespace

Validated<Message> MessageRecord::decode(const QByteArray &line)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError) {
        return invalid(
            QString(),
            tr("not valid JSON: %1 at offset %2").arg(error.errorString()).arg(error.offset));
    }
    if (!document.isObject())
        return invalid(QString(), tr("a record must be a JSON object"));
    return fromJson(document.object());
}

Validated<Message> MessageRecord::fromJson(const QJsonObject &record)
{
    if (const std::optional<QString> unknown = unknownField(record))
        return invalid(*unknown, tr("unknown field (free-form data belongs in \"meta\")"));
    const auto requiredString = [&record](const QString &key) -> Validated<QString> {
        const QJsonValue value = record.value(key);
        if (value.isUndefined())
            return invalid(key, tr("missing"));
        if (!value.isString())
            return invalid(key, tr("must be a string"));
        return value.toString();
    };

    const Validated<QString> kindName = requiredString(recordkeys::kind);
    if (!kindName)
        return invalid(kindName.error());
    Message::Kind kind = Message::Kind::Text;
    if (!Message::kindFromName(*kindName, &kind)) {
        return invalid(recordkeys::kind,
                       tr("unknown kind \"%1\": expected text, json, binary, ping, pong "
                          "or close")
                           .arg(*kindName));
    }
    const Validated<QString> directionName = requiredString(recordkeys::direction);
    if (!directionName)
        return invalid(directionName.error());
    Message::Direction direction = Message::Direction::Incoming;
    if (!Message::directionFromName(*directionName, &direction))
        return invalid(recordkeys::direction,
                       tr("must be \"in\" or \"out\", not \"%1\"").arg(*directionName));

    const QJsonValue id = record.value(recordkeys::id);
    if (!id.isUndefined() && !id.isString())
        return invalid(recordkeys::id, tr("must be a string"));

    const Validated<qint64> timestampUs = timeOf(record.value(recordkeys::time));
    if (!timestampUs)
        return invalid(timestampUs.error());

    const QJsonValue meta = record.value(recordkeys::meta);
    if (!meta.isUndefined() && !meta.isObject())
        return invalid(recordkeys::meta, tr("must be an object"));

    const QJsonValue utf8 = record.value(recordkeys::utf8);
    if (!utf8.isUndefined()) {
        if (!utf8.isBool())
            return invalid(recordkeys::utf8, tr("must be true or false"));
        if (kind != Message::Kind::Text)
            return invalid(recordkeys::utf8, tr("only text records have it"));
    }
    const bool rawText = utf8.isBool() && !utf8.toBool();

    const QJsonValue payload = record.value(recordkeys::payload);
    if (payload.isUndefined())
        return invalid(recordkeys::payload, tr("missing"));
    const Validated<Message> decoded = payloadMessage(kind, direction, payload, rawText);
    if (!decoded)
        return invalid(decoded.error());
    Message message = *decoded;

    const QJsonValue size = record.value(recordkeys::size);
    if (!size.isUndefined()) {
        const qint64 declared = size.isDouble() ? size.toInteger(-1) : -1;
        if (declared < 0)
            return invalid(recordkeys::size, tr("must be a whole number of bytes"));
        if (declared != message.size()) {
            return invalid(recordkeys::size,
                           tr("is %1, but the payload has %2 bytes (truncated?)")
                               .arg(declared)
                               .arg(message.size()));
        }
    }

    message = message.withId(id.toString()).withTimestamps(*timestampUs, 0);
    if (!meta.toObject().isEmpty())
        message = message.withMeta(meta.toObject());
    return message;
}

} // namespace maxmon
