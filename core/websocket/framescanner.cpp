#include <maxmon/framescanner.h>

#include <QtEndian>

#include <climits>
#include <limits>

namespace maxmon {

namespace {

constexpr int opClose = 8;
constexpr quint64 maxControlPayload = 125;

bool isReservedOpcode(int opcode)
{
    return (opcode >= 3 && opcode <= 7) || opcode >= 11;
}

// RFC 6455 section 7.4: what may appear in a close frame on the wire. 1012-1014
// were registered with IANA later, for servers; 1015 and 1005/1006 never.
bool isValidCloseCodeOnTheWire(int code)
{
    return (code >= 1000 && code <= 1003) || (code >= 1007 && code <= 1014)
        || (code >= 3000 && code <= 4999);
}

// A UTF-8 validator that can be fed in pieces (RFC 3629: no overlongs, no
// surrogates, nothing past U+10FFFF). QStringDecoder cannot say whether a
// message ends in the middle of a character, which is what a text message
// split into frames needs.
struct Utf8State
{
    int needed = 0;
    int lower = 0x80;
    int upper = 0xBF;

    // false at the first byte that cannot continue a valid text
    bool accept(uchar byte)
    {
        if (needed > 0) {
            if (byte < lower || byte > upper)
                return false;
            --needed;
            lower = 0x80;
            upper = 0xBF;
            return true;
        }
        if (byte < 0x80)
            return true;
        if (byte >= 0xC2 && byte <= 0xDF) {
            needed = 1;
        } else if (byte >= 0xE0 && byte <= 0xEF) {
            needed = 2;
            if (byte == 0xE0)
                lower = 0xA0; // overlong
            else if (byte == 0xED)
                upper = 0x9F; // surrogates
        } else if (byte >= 0xF0 && byte <= 0xF4) {
            needed = 3;
            if (byte == 0xF0)
                lower = 0x90; // overlong
            else if (byte == 0xF4)
                upper = 0x8F; // past U+10FFFF
        } else {
            return false;
        }
        return true;
    }
};

bool isValidUtf8(QByteArrayView bytes)
{
    Utf8State state;
    for (const char c : bytes) {
        if (!state.accept(static_cast<uchar>(c)))
            return false;
    }
    return state.needed == 0;
}

} // namespace

int FrameScanner::Frame::closeCode() const
{
    if (opcode != opClose || payload.size() < 2)
        return 0;
    return qFromBigEndian<quint16>(payload.constData());
}

QByteArray FrameScanner::Frame::closeReason() const
{
    return opcode == opClose && payload.size() > 2 ? payload.mid(2) : QByteArray();
}

QString FrameScanner::Frame::opcodeName(int opcode)
{
    switch (opcode) {
    case 0:
        return QStringLiteral("continuation");
    case 1:
        return QStringLiteral("text");
    case 2:
        return QStringLiteral("binary");
    case 8:
        return QStringLiteral("close");
    case 9:
        return QStringLiteral("ping");
    case 10:
        return QStringLiteral("pong");
    default:
        return QStringLiteral("opcode %1").arg(opcode);
    }
}

FrameScanner::FrameScanner(Sender sender)
    : m_sender(sender)
{ }

void FrameScanner::setInspectText(bool inspect)
{
    m_inspectText = inspect;
}

void FrameScanner::setFrameHandler(std::function<void(const Frame &)> handler)
{
    m_onFrame = std::move(handler);
}

void FrameScanner::setViolationHandler(std::function<void(const Violation &)> handler)
{
    m_onViolation = std::move(handler);
}

qint64 FrameScanner::skippable() const
{
    if (m_state == State::Failed)
        return std::numeric_limits<qint64>::max();
    if (m_state != State::Payload || needsPayload())
        return 0;
    return static_cast<qint64>(m_frame.length - m_payloadSeen);
}

void FrameScanner::skip(qint64 count)
{
    if (count <= 0)
        return;
    if (m_state == State::Closed && m_position == m_closeFrame->end())
        report(Rule::DataAfterClose, static_cast<quint64>(count));
    if (m_state == State::Failed || m_state == State::Closed) {
        m_position += count;
        return;
    }
    Q_ASSERT(count <= skippable());
    m_position += count;
    m_payloadSeen += static_cast<quint64>(count);
    if (m_payloadSeen == m_frame.length)
        frameComplete();
}

void FrameScanner::feed(QByteArrayView bytes)
{
    qsizetype i = 0;
    while (i < bytes.size()) {
        switch (m_state) {
        case State::Failed:
            m_position += bytes.size() - i;
            return;
        case State::Closed:
            if (m_position == m_closeFrame->end())
                report(Rule::DataAfterClose, static_cast<quint64>(bytes.size() - i));
            m_position += bytes.size() - i;
            return;
        case State::Header:
            // the usual case: the whole header is in this chunk
            if (const qsizetype size = m_header.isEmpty() ? scanWholeHeader(bytes.sliced(i)) : 0) {
                i += size;
                break;
            }
            scanHeaderByte(bytes.at(i));
            ++m_position;
            ++i;
            break;
        case State::Payload: {
            const auto take = static_cast<qsizetype>(
                std::min<quint64>(m_frame.length - m_payloadSeen, quint64(bytes.size() - i)));
            payloadBytes(bytes.sliced(i, take));
            i += take;
            break;
        }
        }
    }
}

int FrameScanner::headerSize(uchar second)
{
    const int length7 = second & 0x7F;
    return 2 + (length7 == 126 ? 2 : length7 == 127 ? 8 : 0) + ((second & 0x80) ? 4 : 0);
}

qsizetype FrameScanner::scanWholeHeader(QByteArrayView bytes)
{
    if (bytes.size() < 2)
        return 0;
    const auto *data = reinterpret_cast<const uchar *>(bytes.data());
    const int size = headerSize(data[1]);
    if (bytes.size() < size)
        return 0;
    m_frame = Frame { m_position, 0, 0, 0, false, 0, false, {} };
    m_position += size;
    readHeader(data, size);
    return size;
}

void FrameScanner::scanHeaderByte(char byte)
{
    if (m_header.isEmpty())
        m_frame = Frame { m_position, 0, 0, 0, false, 0, false, {} };
    m_header.append(byte);
    if (m_header.size() < 2)
        return;
    const int needed = headerSize(static_cast<uchar>(m_header.at(1)));
    if (m_header.size() < needed)
        return;
    // the position is advanced by the caller, after this last byte
    const QByteArray header = std::exchange(m_header, QByteArray());
    readHeader(reinterpret_cast<const uchar *>(header.constData()), needed);
}

// data holds the whole header, size bytes (headerSize()).
void FrameScanner::readHeader(const uchar *data, int size)
{
    const int length7 = data[1] & 0x7F;
    const bool masked = data[1] & 0x80;
    m_frame.fin = data[0] & 0x80;
    m_frame.rsv = (data[0] >> 4) & 0x7;
    m_frame.opcode = data[0] & 0x0F;
    m_frame.masked = masked;
    m_frame.headerSize = size;
    if (length7 == 126)
        m_frame.length = qFromBigEndian<quint16>(data + 2);
    else if (length7 == 127)
        m_frame.length = qFromBigEndian<quint64>(data + 2);
    else
        m_frame.length = static_cast<quint64>(length7);
    m_mask = masked ? qFromBigEndian<quint32>(data + size - 4) : 0;
    headerComplete();
}

void FrameScanner::headerComplete()
{
    if (!checkHeader())
        return;
    const bool data = !m_frame.isControl();
    if (data) {
        if (m_frame.opcode != 0) {
            m_inMessage = !m_frame.fin;
            m_textMessage = m_frame.opcode == 1;
            m_utf8Needed = 0;
            m_utf8Lower = 0x80;
            m_utf8Upper = 0xBF;
            m_textInvalid = false;
        } else if (m_frame.fin) {
            m_inMessage = false;
        }
    }
    m_payloadSeen = 0;
    m_state = State::Payload;
    if (m_frame.length == 0)
        frameComplete();
}

bool FrameScanner::checkHeader()
{
    // In the order Qt 6.4 checks them, so that the first violation found is
    // the one Qt closes for.
    const bool control = m_frame.isControl();
    const int lengthBytes = m_frame.headerSize - 2 - (m_frame.masked ? 4 : 0);
    if (m_frame.rsv != 0)
        report(Rule::RsvBitsSet, static_cast<quint64>(m_frame.rsv));
    else if (isReservedOpcode(m_frame.opcode))
        report(Rule::ReservedOpcode);
    else if (control && m_frame.length > maxControlPayload)
        report(Rule::ControlFrameTooLong, m_frame.length);
    else if (control && !m_frame.fin)
        report(Rule::FragmentedControlFrame);
    else if (lengthBytes == 8 && (m_frame.length >> 63))
        report(Rule::LengthHighBitSet);
    else if ((lengthBytes == 2 && m_frame.length < 126)
             || (lengthBytes == 8 && m_frame.length <= 0xFFFF))
        report(Rule::NonMinimalLength, m_frame.length);
    else if (!control && m_frame.opcode == 0 && !m_inMessage)
        report(Rule::OrphanContinuation);
    else if (!control && m_frame.opcode != 0 && m_inMessage)
        report(Rule::MissingContinuation);
    if (m_state == State::Failed)
        return false;
    // Qt 6.4 accepts either way: reported, and the scan goes on.
    if (m_sender == Sender::Server && m_frame.masked)
        report(Rule::MaskedServerFrame);
    else if (m_sender == Sender::Client && !m_frame.masked)
        report(Rule::UnmaskedClientFrame);
    return true;
}

bool FrameScanner::needsPayload() const
{
    return m_frame.isControl() || (m_inspectText && m_textMessage && !m_textInvalid);
}

void FrameScanner::payloadBytes(QByteArrayView bytes)
{
    const bool keep = m_frame.isControl();
    const bool text = m_inspectText && !m_frame.isControl() && m_textMessage && !m_textInvalid;
    if (keep || text) {
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            const quint64 index = m_payloadSeen + static_cast<quint64>(i);
            auto byte = static_cast<uchar>(bytes.at(i));
            if (m_frame.masked)
                byte ^= static_cast<uchar>(m_mask >> (8 * (3 - index % 4)));
            if (keep) {
                m_frame.payload.append(static_cast<char>(byte));
            } else if (!m_textInvalid) {
                Utf8State state { m_utf8Needed, m_utf8Lower, m_utf8Upper };
                if (!state.accept(byte)) {
                    m_textInvalid = true;
                    report(Rule::InvalidUtf8Text, index);
                    if (m_state == State::Failed) {
                        m_position += bytes.size();
                        return;
                    }
                }
                m_utf8Needed = state.needed;
                m_utf8Lower = state.lower;
                m_utf8Upper = state.upper;
            }
        }
    }
    m_position += bytes.size();
    m_payloadSeen += static_cast<quint64>(bytes.size());
    if (m_payloadSeen == m_frame.length)
        frameComplete();
}

void FrameScanner::frameComplete()
{
    if (!m_frame.isControl() && m_frame.fin && m_inspectText && m_textMessage && !m_textInvalid
        && m_utf8Needed != 0) {
        m_textInvalid = true;
        report(Rule::InvalidUtf8Text, m_frame.length);
        if (m_state == State::Failed)
            return;
    }
    if (m_frame.opcode == opClose)
        checkClosePayload();
    if (m_state == State::Failed)
        return;
    ++m_frameCount;
    m_state = m_frame.opcode == opClose ? State::Closed : State::Header;
    if (m_frame.opcode == opClose)
        m_closeFrame = m_frame;
    if (m_onFrame)
        m_onFrame(m_frame);
}

void FrameScanner::checkClosePayload()
{
    const QByteArray &payload = m_frame.payload;
    if (payload.size() == 1) {
        report(Rule::CloseFrameTooShort);
    } else if (payload.size() >= 2 && !isValidCloseCodeOnTheWire(m_frame.closeCode())) {
        report(Rule::InvalidCloseCode, static_cast<quint64>(m_frame.closeCode()));
    } else if (payload.size() > 2 && !isValidUtf8(QByteArrayView(payload).sliced(2))) {
        report(Rule::InvalidCloseReason);
    }
    if (m_state == State::Failed) // still a close frame: the receiver answers it
        m_closeFrame = m_frame;
}

void FrameScanner::report(Rule rule, quint64 value)
{
    Violation violation;
    violation.rule = rule;
    violation.sender = m_sender;
    violation.offset = m_frame.offset;
    violation.opcode = m_frame.opcode;
    violation.value = value;
    if (rule == Rule::DataAfterClose)
        violation.offset = m_position;
    if (!violation.toleratedByQt() && rule != Rule::DataAfterClose) {
        m_state = State::Failed;
        m_failure = violation;
    }
    if (m_onViolation)
        m_onViolation(violation);
}

int FrameScanner::Violation::closeCode() const
{
    return rule == Rule::InvalidUtf8Text || rule == Rule::InvalidCloseReason ? 1007 : 1002;
}

bool FrameScanner::Violation::toleratedByQt() const
{
    // Qt 6.4 closes the TCP connection right after a close frame, so it never
    // reads what follows one.
    return rule == Rule::MaskedServerFrame || rule == Rule::UnmaskedClientFrame
        || rule == Rule::DataAfterClose;
}

QString FrameScanner::Violation::ruleName(Rule rule)
{
    switch (rule) {
    case Rule::RsvBitsSet:
        return QStringLiteral("rsv_bits_set");
    case Rule::ReservedOpcode:
        return QStringLiteral("reserved_opcode");
    case Rule::ControlFrameTooLong:
        return QStringLiteral("control_frame_too_long");
    case Rule::FragmentedControlFrame:
        return QStringLiteral("fragmented_control_frame");
    case Rule::NonMinimalLength:
        return QStringLiteral("non_minimal_length");
    case Rule::LengthHighBitSet:
        return QStringLiteral("length_high_bit_set");
    case Rule::OrphanContinuation:
        return QStringLiteral("orphan_continuation");
    case Rule::MissingContinuation:
        return QStringLiteral("missing_continuation");
    case Rule::MaskedServerFrame:
        return QStringLiteral("masked_server_frame");
    case Rule::UnmaskedClientFrame:
        return QStringLiteral("unmasked_client_frame");
    case Rule::CloseFrameTooShort:
        return QStringLiteral("close_frame_too_short");
    case Rule::InvalidCloseCode:
        return QStringLiteral("invalid_close_code");
    case Rule::InvalidCloseReason:
        return QStringLiteral("invalid_close_reason");
    case Rule::InvalidUtf8Text:
        return QStringLiteral("invalid_utf8_text");
    case Rule::DataAfterClose:
        return QStringLiteral("data_after_close");
    }
    return QString();
}

QString FrameScanner::Violation::describe() const
{
    const QString framing = describeFraming(*this);
    return framing.isEmpty() ? describeContent(*this) : framing;
}

QString FrameScanner::describeFraming(const Violation &violation)
{
    const bool server = violation.sender == Sender::Server;
    const QString frame = Frame::opcodeName(violation.opcode);
    switch (violation.rule) {
    case Rule::RsvBitsSet:
        return server ? tr("The server sent a %1 frame with RSV bits set (%2), although no "
                           "extension was negotiated (RFC 6455 section 5.2).")
                            .arg(frame)
                            .arg(violation.value)
                      : tr("The client sent a %1 frame with RSV bits set (%2), although no "
                           "extension was negotiated (RFC 6455 section 5.2).")
                            .arg(frame)
                            .arg(violation.value);
    case Rule::ReservedOpcode:
        return server ? tr("The server sent a frame with the reserved opcode %1 (RFC 6455 "
                           "section 5.2).")
                            .arg(violation.opcode)
                      : tr("The client sent a frame with the reserved opcode %1 (RFC 6455 "
                           "section 5.2).")
                            .arg(violation.opcode);
    case Rule::NonMinimalLength:
        return server ? tr("The server encoded a payload length of %1 in more bytes than "
                           "needed (RFC 6455 section 5.2).")
                            .arg(violation.value)
                      : tr("The client encoded a payload length of %1 in more bytes than "
                           "needed (RFC 6455 section 5.2).")
                            .arg(violation.value);
    case Rule::LengthHighBitSet:
        return server ? tr("The server sent a 64-bit payload length with its most significant "
                           "bit set (RFC 6455 section 5.2).")
                      : tr("The client sent a 64-bit payload length with its most significant "
                           "bit set (RFC 6455 section 5.2).");
    case Rule::OrphanContinuation:
        return server ? tr("The server sent a continuation frame with no fragmented message to "
                           "continue (RFC 6455 section 5.4).")
                      : tr("The client sent a continuation frame with no fragmented message to "
                           "continue (RFC 6455 section 5.4).");
    case Rule::MissingContinuation:
        return server ? tr("The server started a new %1 message before finishing the "
                           "fragmented one (RFC 6455 section 5.4).")
                            .arg(frame)
                      : tr("The client started a new %1 message before finishing the "
                           "fragmented one (RFC 6455 section 5.4).")
                            .arg(frame);
    default:
        break;
    }
    return QString();
}

QString FrameScanner::describeContent(const Violation &violation)
{
    const bool server = violation.sender == Sender::Server;
    const QString frame = Frame::opcodeName(violation.opcode);
    switch (violation.rule) {
    case Rule::ControlFrameTooLong:
        return server ? tr("The server sent a %1 frame with a %2-byte payload; control frames "
                           "may carry at most 125 bytes (RFC 6455 section 5.5).")
                            .arg(frame)
                            .arg(violation.value)
                      : tr("The client sent a %1 frame with a %2-byte payload; control frames "
                           "may carry at most 125 bytes (RFC 6455 section 5.5).")
                            .arg(frame)
                            .arg(violation.value);
    case Rule::FragmentedControlFrame:
        return server ? tr("The server sent a fragmented %1 frame (FIN not set); control frames "
                           "must not be fragmented (RFC 6455 section 5.5).")
                            .arg(frame)
                      : tr("The client sent a fragmented %1 frame (FIN not set); control frames "
                           "must not be fragmented (RFC 6455 section 5.5).")
                            .arg(frame);
    case Rule::MaskedServerFrame:
        return tr("The server sent a masked %1 frame; a server must not mask its frames, and "
                  "the client must close the connection (RFC 6455 section 5.1).")
            .arg(frame);
    case Rule::UnmaskedClientFrame:
        return tr("The client sent an unmasked %1 frame; a client must mask every frame, and "
                  "the server must close the connection (RFC 6455 section 5.1).")
            .arg(frame);
    case Rule::CloseFrameTooShort:
        return server ? tr("The server sent a close frame with a 1-byte payload; a close code "
                           "takes 2 bytes (RFC 6455 section 5.5.1).")
                      : tr("The client sent a close frame with a 1-byte payload; a close code "
                           "takes 2 bytes (RFC 6455 section 5.5.1).");
    case Rule::InvalidCloseCode:
        return server ? tr("The server sent close code %1, which must never be sent on the wire "
                           "(RFC 6455 section 7.4).")
                            .arg(violation.value)
                      : tr("The client sent close code %1, which must never be sent on the wire "
                           "(RFC 6455 section 7.4).")
                            .arg(violation.value);
    case Rule::InvalidCloseReason:
        return server ? tr("The server sent a close reason that is not valid UTF-8 (RFC 6455 "
                           "section 5.5.1).")
                      : tr("The client sent a close reason that is not valid UTF-8 (RFC 6455 "
                           "section 5.5.1).");
    case Rule::InvalidUtf8Text:
        return server ? tr("The server sent a text message that is not valid UTF-8 (RFC 6455 "
                           "section 8.1).")
                      : tr("The client sent a text message that is not valid UTF-8 (RFC 6455 "
                           "section 8.1).");
    case Rule::DataAfterClose:
        return server ? tr("The server sent %n byte(s) after its close frame (RFC 6455 section "
                           "5.5.1).",
                           nullptr, static_cast<int>(std::min<quint64>(violation.value, INT_MAX)))
                      : tr("The client sent %n byte(s) after its close frame (RFC 6455 section "
                           "5.5.1).",
                           nullptr, static_cast<int>(std::min<quint64>(violation.value, INT_MAX)));
    default:
        break;
    }
    return QString();
}

} // namespace maxmon
