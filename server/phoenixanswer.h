#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace maxmon {

// What the Phoenix side of the demo server answers to a join or a push:
// the built-in events are answers (see PhoenixConnection), and a hub's
// script (PhoenixHub::setScript) may give others.
struct PhoenixAnswer
{
    enum class Kind {
        Reply, // a reply with status and response; for a join, "ok" joins
        NoReply, // never answered
        Crash, // phx_error for the channel, which is forgotten (pushes only)
        Close, // ok reply, then phx_close (pushes only)
        Broadcast, // ok reply, and the push broadcast to the topic (pushes only)
    };
    Kind kind = Kind::Reply;
    QString status = QStringLiteral("ok");
    QJsonValue response = QJsonObject();
    QString event; // Broadcast: the event broadcast, empty for the push's
    bool includeSender = true; // Broadcast: the sender gets it too
};

} // namespace maxmon
