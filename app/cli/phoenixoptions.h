#pragma once

#include <maxmon/connectionconfig.h>
#include <maxmon/phoenix/serializer.h>
#include <maxmon/result.h>

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>

#include <optional>

namespace maxmon::cli {

// One push of maxmon-cli phoenix, from --push, --push-binary or a stdin line.
struct PhoenixPushSpec
{
    QString topic; // empty: the default topic (the last --join)
    QString event;
    QJsonValue payload;
    bool binary = false;
    QByteArray binaryPayload;
};

// One --join: its topic, params and the pushes that follow it.
struct PhoenixJoinSpec
{
    QString topic;
    QJsonObject params;
    QList<PhoenixPushSpec> pushes;
};

// What maxmon-cli phoenix does once connected, and when it ends.
struct PhoenixPlan
{
    QList<PhoenixJoinSpec> joins; // in command-line order
    std::optional<phoenix::Serializer::Version> vsn; // unset: the URL's, else 2.0.0
    QList<QPair<QString, QString>> socketParams;
    std::optional<AuthConfig::Mode> authMode; // how the token travels, when one is given
    int timeoutMs = 10000; // of joins and pushes
    int heartbeatMs = 30000; // 0: no heartbeat
    bool listen = false; // after the pushes, keep printing events
    qint64 durationMs = 0; // end this long after connecting; 0: no limit
    qint64 count = 0; // end after this many broadcasts; 0: no limit
    bool readStdin = false;
    bool json = false;
    bool hexBinary = false; // binary payloads written (and read) as hex, not base64

    int pushCount() const;
    bool hasBinaryPushes() const;
    // The topic stdin lines without one go to: the last --join's.
    QString defaultTopic() const { return joins.isEmpty() ? QString() : joins.constLast().topic; }
};

// The options of maxmon-cli phoenix, besides the ConnectOptions, and the
// PhoenixPlan they make.
//
// --params and --push belong to the nearest --join before them (those given
// before any --join, to the first one). --push takes two values, EVENT and
// JSON, which QCommandLineParser cannot read: extractPushes() takes them out
// of the arguments first, leaving a placeholder that keeps their place in
// the order of the options.
class PhoenixOptions
{
    Q_DECLARE_TR_FUNCTIONS(maxmon::cli::PhoenixOptions)

public:
    PhoenixOptions();

    void addTo(QCommandLineParser *parser) const;
    // The arguments for the parser, with every "--push EVENT JSON" (also
    // "--push=EVENT JSON", and --push-binary) replaced by a placeholder. A
    // usage error (InvalidConfig) when one lacks its values.
    Result<QStringList> extractPushes(const QStringList &arguments);
    // A usage error (InvalidConfig) names the option and, for JSON, the column.
    Result<PhoenixPlan> toPlan(const QCommandLineParser &parser) const;

    // A stdin line: "EVENT", "EVENT JSON" (to the default topic), or a JSON
    // array [topic, event, payload] or [join_ref, ref, topic, event, payload]
    // (the refs are ignored: maxmon numbers its own). nullopt for a blank line;
    // an error (InvalidPayload) says what is wrong.
    static Result<std::optional<PhoenixPushSpec>> parseLine(const QByteArray &line);

private:
    struct RawPush
    {
        bool binary = false;
        QString event;
        QString data;
    };
    Result<PhoenixPushSpec> readPush(const RawPush &raw, bool hexBinary) const;
    // The parts of toPlan(), each onto *plan.
    Result<void> readJoins(const QCommandLineParser &parser, PhoenixPlan *plan) const;
    Result<void> readSocket(const QCommandLineParser &parser, PhoenixPlan *plan) const;
    Result<void> readTiming(const QCommandLineParser &parser, PhoenixPlan *plan) const;

    QCommandLineOption m_join;
    QCommandLineOption m_params;
    QCommandLineOption m_push;
    QCommandLineOption m_pushBinary;
    QCommandLineOption m_vsn;
    QCommandLineOption m_socketParam;
    QCommandLineOption m_authMode;
    QCommandLineOption m_timeout;
    QCommandLineOption m_heartbeat;
    QCommandLineOption m_listen;
    QCommandLineOption m_duration;
    QCommandLineOption m_count;
    QCommandLineOption m_stdin;
    QCommandLineOption m_json;
    QCommandLineOption m_encoding;
    QList<RawPush> m_pushes; // what extractPushes() took out, by placeholder index
};

} // namespace maxmon::cli
