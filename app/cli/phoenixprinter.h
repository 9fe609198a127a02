#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace maxmon::cli {

// One thing maxmon-cli phoenix reports on stdout.
struct PhoenixEvent
{
    enum class Kind {
        Reply, // the outcome of a join or push: the server's reply, or "timeout"
        Broadcast, // any other event the server sends to a joined topic
        Presence, // event "join" or "leave", payload {"key": ..., "metas": [...]}
        Error, // payload {"code", "message", ...}: Error::toJson()
        System, // payload {"message": ...}: the connection or a channel changed
    };

    Kind kind = Kind::System;
    qint64 timeUs = 0; // UTC, microseconds since the epoch
    QString topic; // empty: none
    QString event;
    std::optional<QString> ref;
    std::optional<QString> joinRef;
    QString status; // of a reply; empty otherwise
    QJsonValue payload = QJsonValue::Null;
    std::optional<QByteArray> binaryPayload; // instead of payload, for binary frames

    static QString kindName(Kind kind); // "reply", "broadcast", ...
};

// The lines maxmon-cli phoenix prints, one per event:
//   Human  "12:00:01.232 room:lobby reply new_msg ok {"body":"hi"} ref=2":
//          local time, topic ("-" for none), kind, event, status, the payload
//          as compact JSON (a presence: key and metas; an error: [Code] and
//          message; binary: "binary N byte(s): " and base64 or hex), ref
//   Json   one compact JSON object with the keys kind, time (UTC, ISO 8601
//          with microseconds), topic, event, ref, join_ref, status and
//          payload, always present (null when not applicable), and
//          "binary": true when the payload is binary (then a base64 or hex string)
class PhoenixPrinter
{
    Q_DECLARE_TR_FUNCTIONS(maxmon::cli::PhoenixPrinter)

public:
    enum class Mode { Human, Json };

    PhoenixPrinter(Mode mode, bool hexBinary)
        : m_mode(mode)
        , m_hexBinary(hexBinary)
    { }

    Mode mode() const { return m_mode; }
    // The line, without a line break.
    QByteArray format(const PhoenixEvent &event) const;

    // A JSON value in compact form; strings quoted.
    static QByteArray compact(const QJsonValue &value);

private:
    QByteArray human(const PhoenixEvent &event) const;
    QByteArray json(const PhoenixEvent &event) const;
    QByteArray binary(const QByteArray &data) const;

    Mode m_mode;
    bool m_hexBinary;
};

} // namespace maxmon::cli
