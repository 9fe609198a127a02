#include "websocket/blockcache.h"
#include "websocket/messageaccess.h"

#include <maxmon/message.h>

#include <QByteArrayView>
#include <QJsonArray>
#include <QJsonParseError>
#include <QSharedData>
#include <QStringDecoder>
#include <QtEndian>

#include <atomic>
#include <chrono>
#include <cstddef>
#include <memory>
#include <new>
#include <thread>
#include <utility>

namespace maxmon {

namespace {

std::atomic<qint64> g_jsonParses { 0 };

// Both stamps from one clock read: the wall clock is the monotonic clock
// plus an offset read again at most every 100 ms. NTP slews both clocks
// alike, so only a step of the wall clock shows, up to 100 ms late. Every
// message takes both stamps, and a clock read costs some 40 ns in a VM.
struct Stamps
{
    qint64 wallUs;
    qint64 monotonicNs;
};

Stamps stampsNow()
{
    using namespace std::chrono;
    constexpr qint64 offsetLifetimeNs = 100 * 1000 * 1000;
    thread_local qint64 offsetNs = 0;
    thread_local qint64 offsetReadNs = 0;
    thread_local bool haveOffset = false;
    const qint64 monotonic = Message::nowMonotonicNs();
    if (!haveOffset || monotonic - offsetReadNs > offsetLifetimeNs) {
        offsetNs =
            duration_cast<nanoseconds>(system_clock::now().time_since_epoch()).count() - monotonic;
        offsetReadNs = monotonic;
        haveOffset = true;
    }
    return { (monotonic + offsetNs) / 1000, monotonic };
}

bool isControlKind(Message::Kind kind)
{
    return kind == Message::Kind::Ping || kind == Message::Kind::Pong
        || kind == Message::Kind::Close;
}

// What a frame carries: its kind, its bytes and, for text frames, the result
// of the one JSON parse. Shared by every Message made from the same frame,
// so that with*() copies neither copy the bytes nor parse them again.
class FrameContent
{
public:
    // source: for an outgoing text, the QString it was made from (see MessageAccess::wireText())
    FrameContent(Message::Kind kind, QByteArray bytes, QString sourceText = QString())
        : frameKind(kind)
        , payload(std::move(bytes))
        , source(std::move(sourceText))
    { }

    // Parses a text frame once; every message sharing this content sees the result.
    void ensureParsed() const
    {
        once([this] {
            if (frameKind != Message::Kind::Text || !looksLikeJson())
                return;
            g_jsonParses.fetch_add(1, std::memory_order_relaxed);
            QJsonParseError error;
            QJsonDocument document = QJsonDocument::fromJson(payload, &error);
            if (error.error == QJsonParseError::NoError) {
                json = std::move(document);
            } else {
                jsonError =
                    QStringLiteral("%1 at offset %2").arg(error.errorString()).arg(error.offset);
            }
        });
    }

    // Records a document the caller already holds instead of parsing.
    void adoptParsed(const QJsonDocument &document)
    {
        once([&] { json = document; });
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

    template<typename... Args>
    static std::shared_ptr<FrameContent> make(Args &&...args)
    {
        return std::allocate_shared<FrameContent>(CachedAllocator<FrameContent>(),
                                                  std::forward<Args>(args)...);
    }

    const Message::Kind frameKind; // Text, Binary, Ping, Pong or Close: Json is derived
    const QByteArray payload;
    const QString source;

    mutable QJsonDocument json;
    mutable QString jsonError;

private:
    // Runs work once, whichever thread comes first; the others wait for it.
    // Not std::call_once: every message is asked its kind once (the log, the
    // store), and call_once's thread-local bookkeeping and pthread_once call
    // were a measurable part of a message's cost.
    template<typename Work>
    void once(Work &&work) const
    {
        if (parseState.load(std::memory_order_acquire) == Parsed)
            return;
        int expected = NotParsed;
        if (parseState.compare_exchange_strong(expected, Parsing, std::memory_order_acquire)) {
            work();
            parseState.store(Parsed, std::memory_order_release);
            return;
        }
        // rare (two threads asking one new message at once): yield while the
        // parse is short, then sleep, so that a parser without a CPU gets one
        for (int spins = 0; parseState.load(std::memory_order_acquire) != Parsed; ++spins) {
            if (spins < 64)
                std::this_thread::yield();
            else
                std::this_thread::sleep_for(std::chrono::microseconds(50));
        }
    }

    enum ParseState { NotParsed, Parsing, Parsed };
    mutable std::atomic<int> parseState { NotParsed };
};

} // namespace

class Message::Private : public QSharedData
{
public:
    Private(std::shared_ptr<const FrameContent> frame, Direction dir, Stamps stamps = stampsNow())
        : content(std::move(frame))
        , direction(dir)
        , timestampUs(stamps.wallUs)
        , monotonicNs(stamps.monotonicNs)
    { }

    static void *operator new(std::size_t size)
    {
        return size == sizeof(Private) ? BlockCache<sizeof(Private)>::take() : ::operator new(size);
    }
    static void operator delete(void *block, std::size_t size)
    {
        if (size == sizeof(Private))
            BlockCache<sizeof(Private)>::give(block);
        else
            ::operator delete(block);
    }

    std::shared_ptr<const FrameContent> content;
    Direction direction;
    QString id;
    qint64 timestampUs;
    qint64 monotonicNs;
    QJsonObject meta;
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
    return Message(new Private(FrameContent::make(Kind::Text, utf8), direction));
}

Message Message::fromText(Direction direction, const QString &text)
{
    // an outgoing text keeps its QString for the socket (MessageAccess::wireText())
    QString source = direction == Direction::Outgoing ? text : QString();
    return Message(
        new Private(FrameContent::make(Kind::Text, text.toUtf8(), std::move(source)), direction));
}

Message Message::fromBinary(Direction direction, const QByteArray &data)
{
    return Message(new Private(FrameContent::make(Kind::Binary, data), direction));
}

Message Message::fromJson(Direction direction, const QJsonDocument &document)
{
    if (document.isNull())
        return fromText(direction, QByteArrayLiteral("null"));
    auto content = FrameContent::make(Kind::Text, document.toJson(QJsonDocument::Compact));
    content->adoptParsed(document);
    return Message(new Private(std::move(content), direction));
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
    if (!isControlKind(kind))
        return Message();
    return Message(new Private(FrameContent::make(kind, payload), direction));
}

Message Message::closeFrame(Direction direction, int closeCode, const QString &reason)
{
    QByteArray payload;
    if (closeCode > 0 && closeCode <= 0xffff) {
        const quint16 code = qToBigEndian(static_cast<quint16>(closeCode));
        payload.append(reinterpret_cast<const char *>(&code), sizeof code);
        payload.append(reason.toUtf8());
    }
    return control(Kind::Close, direction, payload);
}

Message::Kind Message::kind() const
{
    if (!d)
        return Kind::Text;
    const FrameContent &content = *d->content;
    if (content.frameKind != Kind::Text)
        return content.frameKind;
    content.ensureParsed();
    return content.json.isNull() ? Kind::Text : Kind::Json;
}

Message::Direction Message::direction() const
{
    return d ? d->direction : Direction::Incoming;
}

bool Message::isTextFrame() const
{
    return d && d->content->frameKind == Kind::Text;
}

bool Message::isControl() const
{
    return d && isControlKind(d->content->frameKind);
}

QString Message::id() const
{
    return d ? d->id : QString();
}

QByteArray Message::payload() const
{
    return d ? d->content->payload : QByteArray();
}

qint64 Message::size() const
{
    return d ? d->content->payload.size() : 0;
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
    return isTextFrame() ? utf8ToString(d->content->payload) : QString();
}

bool Message::isValidUtf8() const
{
    return !d || QByteArrayView(d->content->payload).isValidUtf8();
}

QJsonDocument Message::json() const
{
    if (!d)
        return {};
    d->content->ensureParsed();
    return d->content->json;
}

QString Message::jsonError() const
{
    if (!d)
        return {};
    d->content->ensureParsed();
    return d->content->jsonError;
}

int Message::closeCode() const
{
    if (!d || d->content->frameKind != Kind::Close || d->content->payload.size() < 2)
        return 1005;
    return qFromBigEndian<quint16>(d->content->payload.constData());
}

QString Message::closeReason() const
{
    if (!d || d->content->frameKind != Kind::Close)
        return {};
    return utf8ToString(d->content->payload.mid(2));
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

Message Message::withCurrentTimestamps() const
{
    const Stamps now = stampsNow();
    return withTimestamps(now.wallUs, now.monotonicNs);
}

Message Message::withMeta(const QJsonObject &meta) const
{
    if (!d)
        return *this;
    auto *p = new Private(*d);
    p->meta = meta;
    return Message(p);
}

bool Message::sharesPayloadWith(const Message &other) const
{
    return d && other.d && d->content == other.d->content;
}

QString Message::nextOutgoingId()
{
    static std::atomic<quint64> counter { 0 };
    quint64 number = counter.fetch_add(1, std::memory_order_relaxed) + 1;
    // the digits by hand: QString::number goes through the locale machinery,
    // and every message sent takes an id
    char16_t digits[20];
    int first = 20;
    do {
        digits[--first] = static_cast<char16_t>(u'0' + number % 10);
        number /= 10;
    } while (number > 0);
    return QString(reinterpret_cast<const QChar *>(digits + first), 20 - first);
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
    return stampsNow().wallUs;
}

qint64 Message::nowMonotonicNs()
{
    using namespace std::chrono;
    return duration_cast<nanoseconds>(steady_clock::now().time_since_epoch()).count();
}

QString Message::utf8ToString(const QByteArray &utf8)
{
    QStringDecoder decoder(QStringDecoder::Utf8,
                           QStringDecoder::Flag::Stateless
                               | QStringDecoder::Flag::ConvertInitialBom);
    return decoder.decode(utf8);
}

qint64 Message::jsonParseCount()
{
    return g_jsonParses.load(std::memory_order_relaxed);
}

bool operator==(const Message &a, const Message &b)
{
    if (a.d == b.d)
        return true;
    if (!a.d || !b.d)
        return false;
    return a.d->content->frameKind == b.d->content->frameKind && a.d->direction == b.d->direction
        && a.d->id == b.d->id && a.d->content->payload == b.d->content->payload
        && a.d->timestampUs == b.d->timestampUs && a.d->meta == b.d->meta;
}

QString MessageAccess::wireText(const Message &message)
{
    if (message.d && !message.d->content->source.isNull())
        return message.d->content->source;
    return message.text();
}

void MessageAccess::setId(Message &message, const QString &id)
{
    if (!message.d)
        return;
    message.d.detach();
    message.d->id = id;
}

void MessageAccess::stampNow(Message &message)
{
    if (!message.d)
        return;
    message.d.detach();
    const Stamps now = stampsNow();
    message.d->timestampUs = now.wallUs;
    message.d->monotonicNs = now.monotonicNs;
}

} // namespace maxmon
