#pragma once

#include "metricsregistry.h"

#include <maxmon/configissue.h>
#include <maxmon/connectionconfig.h>

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace maxmon::monitor {

// A Phoenix topic a target keeps joined, and optionally a push sent to it
// every pushIntervalMs while joined (its reply latency is a metric).
// JSON: "room:lobby", or {"topic": "room:lobby", "params": {...},
// "push": {"event": "ping", "payload": {}, "interval_ms": 10000}}.
struct TopicConfig
{
    QString topic;
    QJsonObject params;
    QString pushEvent; // empty: no periodic push
    QJsonValue pushPayload = QJsonObject();
    int pushIntervalMs = 0;

    friend bool operator==(const TopicConfig &a, const TopicConfig &b)
    {
        return a.topic == b.topic && a.params == b.params && a.pushEvent == b.pushEvent
            && a.pushPayload == b.pushPayload && a.pushIntervalMs == b.pushIntervalMs;
    }
    friend bool operator!=(const TopicConfig &a, const TopicConfig &b) { return !(a == b); }
};

// One monitored endpoint: a name, labels for its metrics, the connection
// profile it connects with (a file, inline, or just a URL) and, for Phoenix,
// the topics it keeps joined.
//
// JSON: {"name": "eu-1", "url": "wss://...", "profile": "eu.json" | {...},
//        "protocol": "websocket" | "phoenix", "labels": {"env": "prod"},
//        "topics": [...]}
// "url" alone is a profile with every default; with "profile" it replaces
// the profile's URL (one profile for a fleet). Topics make a target Phoenix
// unless "protocol" says otherwise, which is then an error.
struct TargetConfig
{
    Q_DECLARE_TR_FUNCTIONS(maxmon::monitor::TargetConfig)

public:
    QString name;
    Labels labels; // sorted by name, without "target"
    ConnectionConfig connection;
    QList<TopicConfig> topics;
    // Where the profile came from, for messages ("targets[1].profile (/etc/maxmon/eu.json)");
    // not compared.
    QString profileSource;

    // target="<name>" and then the labels: what every series of the target carries
    Labels metricLabels() const;

    // Reads targets[index] (or "defaults" when index < 0): json over
    // defaults, profiles relative to baseDir. Every problem goes into issues
    // with its path ("targets[2].labels.env: must be a string"); warnings of
    // a profile file keep their own paths after the target's.
    static TargetConfig fromJson(const QJsonObject &json, const TargetConfig &defaults,
                                 const QString &baseDir, const QString &path,
                                 QList<ConfigIssue> *issues);

    // Label names the monitor's own metrics use, or Prometheus sets
    // (job, instance): a target may not use them.
    static bool isReservedLabel(const QString &name);

    friend bool operator==(const TargetConfig &a, const TargetConfig &b)
    {
        return a.name == b.name && a.labels == b.labels && a.connection == b.connection
            && a.topics == b.topics;
    }
    friend bool operator!=(const TargetConfig &a, const TargetConfig &b) { return !(a == b); }
};

} // namespace maxmon::monitor
