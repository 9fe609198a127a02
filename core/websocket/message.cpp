#include "websocket/message.h"

#include <QByteArrayView>
#include <QJsonArray>
#include <QJsonParseError>
#include <QSharedData>

#include <atomic>
#include <chrono>
#include <mutex>

namespace maxmon {

class Message::Private : public QSharedData
{
public:
    Private(Kind kind, Direction dir, QByteArray bytes)
        : frameKind(kind)
        , direction(dir)
        , payload(std::move(bytes))
        , timestampUs(Message::nowUs())
        , monotonicNs(Message::nowMonotonicNs())
    { }

    // A copy for the with*() functions: same payload (shared), same parse
    // result if the original already has one, otherwise parsed lazily later.
    Private(const Private &other)
        : QSharedData()
        , frameKind(other.frameKind)
        , direction(other.direction)
        , id(other.id)
        , payload(other.payload)
        , timestampUs(other.timestampUs)
        , monotonicNs(other.monotonicNs)
        , meta(other.meta)
    {
        if (other.parsed.load(std::memory_order_acquire)) {
            std::call_once(parseOnce, [&] {
                json = other.json;
                jsonError = other.jsonError;
                parsed.store(true, std::memory_order_release);
            });
        }
    }

    // Parses a text frame once; every copy sharing this Private sees the result.
    void ensureParsed() const
    {
        std::call_once(parseOnce, [this] {
            if (frameKind == Kind::Text && looksLikeJson()) {
                QJsonParseError error;
                json = QJsonDocument::fromJson(payload, &error);
                if (error.error != QJsonParseError::NoError) {
                    json = QJsonDocument();
                    jsonError = QStringLiteral("%1 at offset %2")
                                    .arg(error.errorString())
                                    .arg(error.offset);
                }
            }
            parsed.store(true, std::memory_order_release);
        });
    }

    // Only objects and arrays count as JSON messages: a frame "42" is text.
    bool looksLikeJson() const
    {
        for (char c : payload) {
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
                continue;
            return c == '{' || c == '[';
        }
        return false;
    }

    Kind frameKind; // Text, Binary, Ping, Pong or Close: Json is derived
    Direction direction;
    QString id;
    QByteArray payload;
    qint64 timestampUs;
    qint64 monotonicNs;
    QJsonObject meta;

    mutable std::once_flag parseOnce;
    mutable std::atomic<bool> parsed { false };
    mutable QJsonDocument json;
    mutable QString jsonError;
};

Message::Message() = default;
Message::Message(const Message &other) = default;
Message::Message(Message &&other) noexcept = default;
Message &Message::operator=(const Message &other) = default;
Message &Message::operator=(Message &&other) noexcept = default;
Message::~Message() = default;

Message::Message(Private *data)
    : d(data)
{ }

Message Message::fromText(Direction direction, const QByteArray &utf8)
{
    return Message(new Private(Kind::Text, direction, utf8));
}

Message Message::fromText(Direction direction, const QString &text)
{
    return fromText(direction, text.toUtf8());
}

Message Message::fromBinary(Direction direction, const QByteArray &data)
{
    return Message(new Private(Kind::Binary, direction, data));
}

Message Message::fromJson(Direction direction, const QJsonDocument &document)
{
    auto *p = new Private(Kind::Text, direction, document.toJson(QJsonDocument::Compact));
    // We already hold the document: record it instead of parsing it again.
    std::call_once(p->parseOnce, [&] {
        p->json = document;
        p->parsed.store(true, std::memory_order_release);
    });
    return Message(p);
}

Message Message::fromJson(Direction direction, const QJsonValue &value)
{
    if (value.isObject())
        return fromJson(direction, QJsonDocument(value.toObject()));
    if (value.isArray())
        return fromJson(direction, QJsonDocument(value.toArray()));
    // A scalar has no QJsonDocument form; wrap-and-strip gives its JSON text.
    const QByteArray wrapped = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return fromText(direction, wrapped.mid(1, wrapped.size() - 2));
}

Message Message::control(Kind kind, Direction direction, const QByteArray &payload)
{
    Q_ASSERT(kind == Kind::Ping || kind == Kind::Pong || kind == Kind::Close);
    return Message(new Private(kind, direction, payload));
}

Message::Kind Message::kind() const
{
    if (!d)
        return Kind::Text;
    if (d->frameKind != Kind::Text)
        return d->frameKind;
    d->ensureParsed();
    return d->json.isNull() ? Kind::Text : Kind::Json;
}

Message::Direction Message::direction() const
{
    return d ? d->direction : Direction::Incoming;
}

bool Message::isTextFrame() const
{
    return d && d->frameKind == Kind::Text;
}

bool Message::isControl() const
{
    return d
        && (d->frameKind == Kind::Ping || d->frameKind == Kind::Pong
            || d->frameKind == Kind::Close);
}

QString Message::id() const
{
    return d ? d->id : QString();
}

QByteArray Message::payload() const
{
    return d ? d->payload : QByteArray();
}

qint64 Message::size() const
{
    return d ? d->payload.size() : 0;
}

qint64 Message::timestampUs() const
{
    return d ? d->timestampUs : 0;
}

qint64 Message::monotonicNs() const
{
    return d ? d->monotonicNs : 0;
}

QJsonObject Message::meta() const
{
    return d ? d->meta : QJsonObject();
}

QString Message::text() const
{
    return d ? QString::fromUtf8(d->payload) : QString();
}

bool Message::isValidUtf8() const
{
    return !d || QByteArrayView(d->payload).isValidUtf8();
}

QJsonDocument Message::json() const
{
    if (!d)
        return {};
    d->ensureParsed();
    return d->json;
}

QString Message::jsonError() const
{
    if (!d)
        return {};
    d->ensureParsed();
    return d->jsonError;
}

Message Message::withId(const QString &id) const
{
    if (!d)
        return *this;
    auto *p = new Private(*d);
    p->id = id;
    return Message(p);
}

Message Message::withTimestamps(qint64 timestampUs, qint64 monotonicNs) const
{
    if (!d)
        return *this;
    auto *p = new Private(*d);
    p->timestampUs = timestampUs;
    p->monotonicNs = monotonicNs;
    return Message(p);
}

Message Message::withMeta(const QJsonObject &meta) const
{
    if (!d)
        return *this;
    auto *p = new Private(*d);
    p->meta = meta;
    return Message(p);
}

QString Message::nextOutgoingId()
{
    static std::atomic<quint64> counter { 0 };
    return QString::number(counter.fetch_add(1, std::memory_order_relaxed) + 1);
}

QString Message::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Text:
        return QStringLiteral("text");
    case Kind::Binary:
        return QStringLiteral("binary");
    case Kind::Json:
        return QStringLiteral("json");
    case Kind::Ping:
        return QStringLiteral("ping");
    case Kind::Pong:
        return QStringLiteral("pong");
    case Kind::Close:
        return QStringLiteral("close");
    }
    return QString();
}

bool Message::kindFromName(const QString &name, Kind *kind)
{
    for (Kind candidate :
         { Kind::Text, Kind::Binary, Kind::Json, Kind::Ping, Kind::Pong, Kind::Close }) {
        if (name == kindName(candidate)) {
            *kind = candidate;
            return true;
        }
    }
    return false;
}

QString Message::directionName(Direction direction)
{
    return direction == Direction::Incoming ? QStringLiteral("in") : QStringLiteral("out");
}

bool Message::directionFromName(const QString &name, Direction *direction)
{
    if (name == QLatin1String("in"))
        *direction = Direction::Incoming;
    else if (name == QLatin1String("out"))
        *direction = Direction::Outgoing;
    else
        return false;
    return true;
}

qint64 Message::nowUs()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
}

qint64 Message::nowMonotonicNs()
{
    using namespace std::chrono;
    return duration_cast<nanoseconds>(steady_clock::now().time_since_epoch()).count();
}

bool operator==(const Message &a, const Message &b)
{
    if (a.d == b.d)
        return true;
    if (!a.d || !b.d)
        return false;
    return a.d->frameKind == b.d->frameKind && a.d->direction == b.d->direction
        && a.d->id == b.d->id && a.d->payload == b.d->payload
        && a.d->timestampUs == b.d->timestampUs && a.d->meta == b.d->meta;
}

} // namespace maxmon
