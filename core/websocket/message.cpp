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
#include <mutex>
#include <new>
#include <utility>

// Under AddressSanitizer the blocks waiting in a BlockCache are poisoned,
// so that a use after free is still caught.
#if defined(__SANITIZE_ADDRESS__)
#define MAXMON_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define MAXMON_ASAN 1
#endif
#endif
#ifdef MAXMON_ASAN
#include <sanitizer/asan_interface.h>
#define MAXMON_POISON(block, size) ASAN_POISON_MEMORY_REGION(block, size)
#define MAXMON_UNPOISON(block, size) ASAN_UNPOISON_MEMORY_REGION(block, size)
#else
#define MAXMON_POISON(block, size) static_cast<void>(0)
#define MAXMON_UNPOISON(block, size) static_cast<void>(0)
#endif

namespace maxmon {

namespace {

std::atomic<qint64> g_jsonParses { 0 };

// Blocks of one size that this thread freed, kept for its next
// allocations of that size. A busy connection makes and drops messages by
// the hundred thousand a second, and in bursts (the log evicts a batch at a
// time): glibc's malloc takes such bursts of small frees into its fastbins,
// which every larger allocation then consolidates, at a cost that showed as
// a quarter of the client's time in bench_throughput. Two of the three
// blocks of a message (its Private and its FrameContent) come from here.
// Bounded: beyond MaxBlocks, blocks go back to malloc.
template<std::size_t Size>
class BlockCache
{
public:
    static void *take()
    {
        State &state = local();
        if (!state.head || state.released)
            return ::operator new(Size);
        --state.count;
        Node *block = std::exchange(state.head, state.head->next);
        MAXMON_UNPOISON(block, Size);
        return block;
    }

    static void give(void *block)
    {
        State &state = local();
        if (state.count >= MaxBlocks || state.released) {
            ::operator delete(block);
            return;
        }
        state.head = new (block) Node { state.head };
        ++state.count;
        // the link stays readable, the rest is off limits until take()
        MAXMON_POISON(static_cast<char *>(block) + sizeof(Node), Size - sizeof(Node));
    }

private:
    struct Node
    {
        Node *next;
    };
    static_assert(Size >= sizeof(Node));
    static constexpr int MaxBlocks = 16384;

    // Trivially destructible, so that it outlives the thread's other
    // thread_local objects; Release gives its blocks back at thread exit,
    // after which every block goes straight to malloc.
    struct State
    {
        Node *head;
        int count;
        bool released;
    };
    struct Release
    {
        ~Release()
        {
            State &state = s_state;
            state.released = true;
            while (state.head) {
                Node *block = std::exchange(state.head, state.head->next);
                MAXMON_UNPOISON(block, Size);
                ::operator delete(block);
            }
            state.count = 0;
        }
    };

    static State &local()
    {
        thread_local Release release; // constructed on first use: registers the cleanup
        static_cast<void>(release);
        return s_state;
    }

    static thread_local State s_state;
};

template<std::size_t Size>
thread_local typename BlockCache<Size>::State BlockCache<Size>::s_state {};

// For std::allocate_shared: the control block and the FrameContent in one
// block from the cache.
template<typename T>
struct CachedAllocator
{
    using value_type = T;

    CachedAllocator() = default;
    template<typename U>
    explicit CachedAllocator(const CachedAllocator<U> &)
    { }

    T *allocate(std::size_t n)
    {
        if (n != 1)
            return static_cast<T *>(::operator new(n * sizeof(T)));
        return static_cast<T *>(BlockCache<sizeof(T)>::take());
    }
    void deallocate(T *block, std::size_t n)
    {
        if (n != 1) {
            ::operator delete(block);
            return;
        }
        BlockCache<sizeof(T)>::give(block);
    }

    template<typename U>
    friend bool operator==(const CachedAllocator &, const CachedAllocator<U> &)
    {
        return true;
    }
    template<typename U>
    friend bool operator!=(const CachedAllocator &, const CachedAllocator<U> &)
    {
        return false;
    }
};

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
    FrameContent(Message::Kind kind, QByteArray bytes)
        : frameKind(kind)
        , payload(std::move(bytes))
    { }

    // Parses a text frame once; every message sharing this content sees the result.
    void ensureParsed() const
    {
        std::call_once(parseOnce, [this] {
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
        std::call_once(parseOnce, [&] { json = document; });
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

    mutable std::once_flag parseOnce;
    mutable QJsonDocument json;
    mutable QString jsonError;
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
    return fromText(direction, text.toUtf8());
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

} // namespace maxmon
