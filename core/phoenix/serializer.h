#pragma once

#include <maxmon/maxmon_core_export.h>
#include <maxmon/message.h>
#include <maxmon/phoenix/frame.h>
#include <maxmon/result.h>

#include <QCoreApplication>

namespace maxmon::phoenix {

/// Who put a frame on the wire. Binary pushes are laid out differently by the
/// two sides: the client's carry a ref, the server's do not; replies and
/// broadcasts only ever come from the server.
enum class Sender {
    Client, ///< a client: maxmon's side
    Server, ///< the Phoenix server
};

/// Encodes and decodes Phoenix Channels frames exactly like the official
/// JavaScript client (and the server's V2 serializer). Never throws and never
/// crashes on any input: every malformed frame is a PhoenixError that says
/// what is wrong with it.
///
/// Protocol 2.0.0 (the default):
///
/// - text: `[join_ref, ref, topic, event, payload]`; join_ref and ref may be null
/// - binary: u8 kind, then u8 sizes, then the fields, then the payload bytes:
///   - 0, push from the client: join_ref ref topic event
///   - 0, push from the server: join_ref topic event (no ref)
///   - 1, reply (server): join_ref ref topic status, decoded as event "phx_reply"
///   - 2, broadcast (server): topic event (no join_ref, no ref)
///
/// Protocol 1.0.0: text only, `{"topic", "event", "payload", "ref", "join_ref"}`.
class MAXMON_CORE_EXPORT Serializer
{
    Q_DECLARE_TR_FUNCTIONS(maxmon::phoenix::Serializer)

public:
    /// The protocol version.
    enum class Version {
        V1, ///< "1.0.0": JSON objects, text only
        V2, ///< "2.0.0": JSON arrays and binary frames
    };

    /// The most bytes of one binary header field (topic, event, ref, ...).
    static constexpr int MaxFieldSize = 255;

    /// A serializer of one protocol version.
    explicit Serializer(Version version = Version::V2);

    /// The protocol version.
    Version version() const { return m_version; }
    /// "2.0.0": the value of the socket URL's vsn parameter.
    static QString versionString(Version version);
    /// The version of a vsn value; nullopt for an unknown one.
    static std::optional<Version> versionFromString(const QString &vsn);

    /// A frame from the UTF-8 JSON of a text frame.
    Result<Frame> decodeText(const QByteArray &utf8) const;
    /// A frame from the bytes of a binary frame that sender put on the wire.
    Result<Frame> decodeBinary(const QByteArray &data, Sender sender = Sender::Server) const;
    /// A message as seen by maxmon, the client: incoming ones come from the
    /// server, outgoing ones from the client. Control frames are not Phoenix frames.
    Result<Frame> decode(const Message &message) const;

    /// The bytes to send: a text frame (UTF-8 JSON) unless frame.isBinary.
    Result<QByteArray> encode(const Frame &frame, Sender sender = Sender::Client) const;
    /// encode() as a Message going in direction (outgoing: from the client).
    Result<Message> encodeMessage(const Frame &frame, Message::Direction direction) const;

private:
    Result<Frame> decodeArray(const QJsonValue &value) const;
    Result<Frame> decodeObject(const QJsonValue &value) const;
    Result<Frame> decodeDocument(const QJsonDocument &document) const;
    Result<QByteArray> encodeBinary(const Frame &frame, Sender sender) const;

    Version m_version;
};

} // namespace maxmon::phoenix
