#pragma once

#include <maxmon/maxmon_core_export.h>

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

namespace maxmon {

/// Reads the raw bytes of one direction of a WebSocket connection, after the
/// HTTP upgrade, and reports its frames and every rule of RFC 6455 they
/// break, without changing anything: for proxies, servers and monitors that
/// see the bytes a WebSocket implementation parses.
///
/// Qt 6.4's QWebSocket checks most of these rules itself and closes the
/// connection when one is broken, but it lets some through unchecked (a
/// server's masked frames, a client's unmasked ones, data after the close
/// frame): Violation::toleratedByQt() says which. maxmon's fault proxy, demo
/// server and client use a scanner to report what Qt does not.
///
/// The scanner stops at the first violation that ends the connection
/// (hasFailed()) and after a close frame (isClosed()): a receiver stops
/// reading there. Violations Qt tolerates are reported and scanning goes on.
///
/// Payload bytes are needed only for control frames and, with
/// setInspectText(), text messages: a caller that peeks bytes out of a
/// socket can pass the others to skip() (see skippable()).
class MAXMON_CORE_EXPORT FrameScanner
{
    Q_DECLARE_TR_FUNCTIONS(maxmon::FrameScanner)

public:
    /// Whose frames the bytes are: a client masks every frame, a server none.
    enum class Sender {
        Client, ///< client to server
        Server, ///< server to client
    };

    /// A rule of RFC 6455 that a frame breaks.
    enum class Rule {
        RsvBitsSet, ///< 5.2: RSV1-3 set, and no extension was negotiated
        ReservedOpcode, ///< 5.2: opcode 3-7 or 11-15
        ControlFrameTooLong, ///< 5.5: a control frame's payload over 125 bytes
        FragmentedControlFrame, ///< 5.5: a control frame without FIN
        NonMinimalLength, ///< 5.2: a length encoded in more bytes than needed
        LengthHighBitSet, ///< 5.2: the most significant bit of a 64-bit length set
        OrphanContinuation, ///< 5.4: a continuation frame with no message to continue
        MissingContinuation, ///< 5.4: a new text or binary frame inside a fragmented message
        MaskedServerFrame, ///< 5.1: a server's frame is masked
        UnmaskedClientFrame, ///< 5.1: a client's frame is not masked
        CloseFrameTooShort, ///< 5.5.1: a close payload of one byte
        InvalidCloseCode, ///< 7.4: a close code that may not be sent (1005, 999, 1015, ...)
        InvalidCloseReason, ///< 5.5.1: a close reason that is not UTF-8
        InvalidUtf8Text, ///< 8.1: a text message that is not UTF-8
        DataAfterClose, ///< 5.5.1: bytes after the close frame
    };

    /// One frame: its header, and the payload of a control frame.
    struct MAXMON_CORE_EXPORT Frame
    {
        qint64 offset = 0; ///< of its first byte, counted from the first byte scanned
        int headerSize = 0; ///< 2 to 14 bytes
        quint64 length = 0; ///< of the payload
        int opcode = 0; ///< 0 continuation, 1 text, 2 binary, 8 close, 9 ping, 10 pong
        bool fin = false; ///< the last frame of its message
        int rsv = 0; ///< the RSV bits: RSV1 = 4, RSV2 = 2, RSV3 = 1
        bool masked = false; ///< the frame carries a masking key
        QByteArray payload; ///< unmasked; control frames only

        /// Close, ping or pong.
        bool isControl() const { return opcode >= 8; }
        /// The offset just past the frame.
        qint64 end() const { return offset + headerSize + static_cast<qint64>(length); }
        /// A close frame's code; 0 when its payload has none (or is one byte).
        int closeCode() const;
        /// A close frame's reason, as sent (not necessarily UTF-8).
        QByteArray closeReason() const;
        /// "text", "binary", "close", ..., or "opcode 3" for a reserved one.
        static QString opcodeName(int opcode);
    };

    /// A broken rule, where it was found, and how a receiver must react.
    struct MAXMON_CORE_EXPORT Violation
    {
        Rule rule = Rule::RsvBitsSet; ///< which rule
        Sender sender = Sender::Server; ///< whose frame broke it
        qint64 offset = 0; ///< of the frame that broke it
        int opcode = 0; ///< of that frame
        quint64 value = 0; ///< the payload length, RSV bits or close code concerned

        /// One sentence a user can read, e.g. "The server sent a ping frame with
        /// a 126-byte payload; control frames may carry at most 125 bytes
        /// (RFC 6455 section 5.5)."
        QString describe() const;
        /// The close code a receiver answers with: 1007 for bad UTF-8, else 1002.
        int closeCode() const;
        /// Whether Qt 6.4's QWebSocket lets this through without closing.
        bool toleratedByQt() const;
        /// A stable name for JSON and logs, e.g. "masked_server_frame".
        static QString ruleName(Rule rule);
    };

    /// A scanner for the frames \p sender sends.
    explicit FrameScanner(Sender sender);

    /// Whether text messages are checked for UTF-8 (off by default: it
    /// needs their payload bytes, which skippable() then does not offer).
    void setInspectText(bool inspect);
    /// Called for each frame once its last byte is scanned.
    void setFrameHandler(std::function<void(const Frame &)> handler);
    /// Called for each violation as soon as it is found.
    void setViolationHandler(std::function<void(const Violation &)> handler);

    /// Scans the next bytes of the stream.
    void feed(QByteArrayView bytes);
    /// How many of the next bytes are payload the scanner has no use for.
    qint64 skippable() const;
    /// Scans \p count bytes without looking at them; at most skippable(),
    /// or any count once the scanner has stopped.
    void skip(qint64 count);

    /// Bytes scanned (fed or skipped) so far.
    qint64 position() const { return m_position; }
    /// Whose frames these are.
    Sender sender() const { return m_sender; }
    /// A close frame was scanned: nothing after it is a frame.
    bool isClosed() const { return m_state == State::Closed; }
    /// A violation that ends the connection was found: scanning stopped there.
    bool hasFailed() const { return m_state == State::Failed; }
    /// The close frame, once scanned.
    std::optional<Frame> closeFrame() const { return m_closeFrame; }
    /// The violation that stopped the scan, if any.
    std::optional<Violation> failure() const { return m_failure; }
    /// Frames scanned so far.
    qint64 frameCount() const { return m_frameCount; }

private:
    enum class State { Header, Payload, Closed, Failed };

    // Violation::describe()'s sentences: for the rules of the header and of
    // fragmentation (RFC 6455 sections 5.2, 5.4), else empty; for the others
    // (masking, control and close frames, UTF-8: 5.1, 5.5, 7.4, 8.1).
    static QString describeFraming(const Violation &violation);
    static QString describeContent(const Violation &violation);

    void scanHeaderByte(char byte);
    // The header's size once its first two bytes are known.
    static int headerSize(uchar second);
    // A header that lies whole in bytes: read without copying; its size, or 0.
    qsizetype scanWholeHeader(QByteArrayView bytes);
    void readHeader(const uchar *data, int size);
    void headerComplete();
    bool checkHeader();
    void payloadBytes(QByteArrayView bytes);
    void frameComplete();
    void checkClosePayload();
    void report(Rule rule, quint64 value = 0);
    bool needsPayload() const;

    Sender m_sender;
    bool m_inspectText = false;
    std::function<void(const Frame &)> m_onFrame;
    std::function<void(const Violation &)> m_onViolation;
    State m_state = State::Header;
    qint64 m_position = 0;
    qint64 m_frameCount = 0;
    QByteArray m_header; // the current frame's header bytes so far
    Frame m_frame;
    quint32 m_mask = 0;
    quint64 m_payloadSeen = 0;
    bool m_inMessage = false; // a fragmented data message is open
    bool m_textMessage = false; // ... and it is text
    int m_utf8Needed = 0; // continuation bytes the text still owes
    int m_utf8Lower = 0x80; // bounds for the next continuation byte (overlongs, surrogates)
    int m_utf8Upper = 0xBF;
    bool m_textInvalid = false; // reported for this message already
    std::optional<Frame> m_closeFrame;
    std::optional<Violation> m_failure;
};

} // namespace maxmon
